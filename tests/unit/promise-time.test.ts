import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { promisedReturn } from '../../lib/promise-time.ts';

// Every time is built from local calendar fields, so these pass in any time zone (TZ unset = UTC too).
const local = (year: number, month: number, day: number, hour: number, minute: number) =>
  new Date(year, month, day, hour, minute).getTime();
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** Monday 30 November 2026, 19:05: an evening message. */
const EVENING = local(2026, 10, 30, 19, 5);
/** The same Monday, 07:40. */
const MORNING = local(2026, 10, 30, 7, 40);
/** The same Monday, 23:50. */
const LATE = local(2026, 10, 30, 23, 50);
const later = (now: number, minutes: number) => now + minutes * MINUTE;
const today = (hour: number, minute = 0) => local(2026, 10, 30, hour, minute);
const tomorrow = (hour: number, minute = 0) => local(2026, 11, 1, hour, minute);

describe('a promise to come back', () => {
  it.each([
    // Durations: bare minutes after "back in" / "give me" / "gimme" / "brb", and every unit spelling.
    ['back in 30', EVENING, later(EVENING, 30)],
    ['Back in 30 mins', EVENING, later(EVENING, 30)],
    ['back in 30 minutes!', EVENING, later(EVENING, 30)],
    ['back in 30m', EVENING, later(EVENING, 30)],
    ['b back in 15', EVENING, later(EVENING, 15)],
    ['bk in 10 x', EVENING, later(EVENING, 10)],
    ["let's talk in 20 min", EVENING, later(EVENING, 20)],
    ['can we talk in 20mins', EVENING, later(EVENING, 20)],
    ['I’ll call you in an hour', EVENING, later(EVENING, 60)],
    ['I’ll call you in a hour', EVENING, later(EVENING, 60)],
    ['text you in 1 hr', EVENING, later(EVENING, 60)],
    ['back in 2 hours', EVENING, later(EVENING, 120)],
    ['back in half an hour', EVENING, later(EVENING, 30)],
    ['let’s pick this up in 1.5 hours', EVENING, later(EVENING, 90)],
    ['back in 90 minutes', EVENING, later(EVENING, 90)],
    ['give me an hour', EVENING, later(EVENING, 60)],
    ['give me 10', EVENING, later(EVENING, 10)],
    ['give me 10 minutes please', EVENING, later(EVENING, 10)],
    ['gimme 5', EVENING, later(EVENING, 5)],
    ['I need 30 minutes', EVENING, later(EVENING, 30)],
    ['I need about 30 minutes to myself', EVENING, later(EVENING, 30)],
    ['back in an hour or so', EVENING, later(EVENING, 60)],
    ['back in 1 min', EVENING, later(EVENING, 1)],
    ['brb 5 min', EVENING, later(EVENING, 5)],
    ['back in twenty', EVENING, later(EVENING, 20)],
    ['back in forty-five minutes', EVENING, later(EVENING, 45)],
    ['give me fifteen', EVENING, later(EVENING, 15)],
    ['back in ninety minutes', EVENING, later(EVENING, 90)],
    ['back in a couple of hours', EVENING, later(EVENING, 120)],
    ['back in couple hours', EVENING, later(EVENING, 120)],
    ['back in an hour and a half', EVENING, later(EVENING, 90)],
    ['Back in 30 😘', EVENING, later(EVENING, 30)],
    // Clock times.
    ['can we talk at 8?', EVENING, today(20)],
    ['Can we talk at 8?', MORNING, today(8)],
    ['talk at 8:30', EVENING, today(20, 30)],
    ['talk at 8.30', EVENING, today(20, 30)],
    ['call me at 20:30', EVENING, today(20, 30)],
    ['call you 8pm', EVENING, today(20)],
    ['call you 8:30 pm', EVENING, today(20, 30)],
    ['call you 8.30pm', EVENING, today(20, 30)],
    ['call you at 8 pm', EVENING, today(20)],
    ['I’ll come back to this by 8:30', EVENING, today(20, 30)],
    ['let’s talk around 9', EVENING, today(21)],
    ['let’s talk tonight at 9', MORNING, today(21)],
    ['can we chat this evening at 7', MORNING, today(19)],
    ['call you tomorrow at 9am', EVENING, tomorrow(9)],
    ['I’ll ring you tomorrow morning at 8', EVENING, tomorrow(8)],
    ['can we talk at noon', MORNING, today(12)],
    ['talk at midnight', EVENING, tomorrow(0)],
    ['talk at 8 o’clock', EVENING, today(20)],
    ['back by half 8', EVENING, today(20, 30)],
    ['let’s talk at quarter to 9', EVENING, today(20, 45)],
    ['talk at 8ish', EVENING, today(20)],
    ['I’ll be home at 6', EVENING, tomorrow(6)],
    ['call me at 17:00 tomorrow', EVENING, tomorrow(17)],
    ['back at 8, yes 8pm', EVENING, today(20)],
    ['talk at 1', LATE, tomorrow(1)],
    // The example the feature is for: both readings agree when sent at eight.
    ['I need about 30 minutes to myself… I’ll come back to this by 8:30', today(20), today(20, 30)],
    ['<b>back in 30</b>', EVENING, later(EVENING, 30)],
    ['عائد back in 30 ‏', EVENING, later(EVENING, 30)],
  ])('"%s" → the promised time', (text, now, expected) => {
    expect(promisedReturn(text, now)).toBe(expected);
  });

  it.each([
    // No return cue.
    ['dinner at 8', EVENING],
    ['in 20 min', EVENING],
    ['8pm', EVENING],
    ['', EVENING],
    // Vague.
    ['back in a few minutes', EVENING],
    ['give me a few minutes', EVENING],
    ['back in a bit', EVENING],
    ['talk later', EVENING],
    ['back soon', EVENING],
    ['let’s talk in a while', EVENING],
    ['give me a sec', EVENING],
    ['brb', EVENING],
    ['ttyl', EVENING],
    ['can we talk in 30', EVENING],
    // Ambiguous or a choice.
    ['talk at 8 or 9', EVENING],
    ['back in 5 or 10', EVENING],
    ['back in 10 min... actually in an hour', EVENING],
    ['back in an hour or two', EVENING],
    ['talk at 8, or is 9 better?', EVENING],
    ['back in 5, actually 10', EVENING],
    ['talk 7-8pm', EVENING],
    ['give me 10-15 minutes', EVENING],
    ['can we talk tomorrow at 8', EVENING],
    ['talk tomorrow', EVENING],
    ['talk tonight', EVENING],
    ['let’s talk at 8 on Monday', EVENING],
    ['talk tonight or tomorrow at 9pm', EVENING],
    ['I need about 30 minutes to myself… I’ll come back to this by 8:30', EVENING],
    ['talk this morning at 8pm', MORNING],
    // Numbers that are not times.
    ['I have 3 kids, call me later', EVENING],
    ['it was £30, talk later', EVENING],
    ['room 8, call me', EVENING],
    ['8/10 would talk again', EVENING],
    ['call me on 07700 900123', EVENING],
    ['30% battery, back later', EVENING],
    ['back in 30 secs', EVENING],
    ['back in 5 days', EVENING],
    ['call me at 1 point', EVENING],
    ['I’ll be free by 5 dec', EVENING],
    ['at 8 months we talk', EVENING],
    ['back in 1.5', EVENING],
    ['give me 200', EVENING],
    // Passed, or more than a day away.
    ['talk at 8am', EVENING],
    ['talk at 08:30', EVENING],
    ['can we chat this evening at 7', EVENING],
    ['talk at noon', EVENING],
    ['back in 25 hours', EVENING],
    ['call you tomorrow at 9am', MORNING],
    ['back in 0 min', EVENING],
  ])('"%s" → null', (text, now) => {
    expect(promisedReturn(text, now)).toBeNull();
  });
});

describe('crossing a day and a clock change', () => {
  it('"back in 30" at 23:50 is 00:20 the next day', () => {
    expect(promisedReturn('back in 30', LATE)).toBe(tomorrow(0, 20));
  });

  // 2026-03-29 01:00 and 2026-10-25 02:00 are the UK's clock changes.
  it('places clock times on the calendar on the days the clocks change', () => {
    expect(promisedReturn('talk at 9pm', local(2026, 2, 29, 20, 0))).toBe(local(2026, 2, 29, 21, 0));
    expect(promisedReturn('call you tomorrow at 9am', local(2026, 2, 28, 22, 0))).toBe(
      local(2026, 2, 29, 9, 0),
    );
    expect(promisedReturn('call you tomorrow at 9am', local(2026, 9, 24, 22, 0))).toBe(
      local(2026, 9, 25, 9, 0),
    );
    expect(promisedReturn('talk at 8', local(2026, 9, 25, 0, 30))).toBe(local(2026, 9, 25, 8, 0));
    expect(promisedReturn('talk tonight at 10', local(2026, 9, 25, 9, 0))).toBe(local(2026, 9, 25, 22, 0));
  });

  it('a duration is time that passes, whatever the clocks do', () => {
    const night = local(2026, 2, 29, 0, 50);
    expect(promisedReturn('back in 30', night)).toBe(night + 30 * MINUTE);
    expect(promisedReturn('back in 2 hours', local(2026, 9, 25, 0, 30))).toBe(
      local(2026, 9, 25, 0, 30) + 120 * MINUTE,
    );
  });
});

describe('the pause signal', () => {
  const signal = 'yellow light, 🟡';

  it('with no time, the return is the agreed longest pause', () => {
    expect(promisedReturn('Yellow light', EVENING, { signal })).toBe(later(EVENING, 60));
    expect(promisedReturn('🟡', EVENING, { signal, maxPauseMinutes: 20 })).toBe(later(EVENING, 20));
    expect(promisedReturn('🟡 talk later', EVENING, { signal, maxPauseMinutes: 45 })).toBe(
      later(EVENING, 45),
    );
  });

  it('an explicit time wins over the agreed pause', () => {
    expect(promisedReturn('yellow light, back in 30', EVENING, { signal, maxPauseMinutes: 20 })).toBe(
      later(EVENING, 30),
    );
    expect(promisedReturn('🟡 at 9pm', EVENING, { signal })).toBe(today(21));
  });

  it('a time that cannot be read falls back to the agreement', () => {
    expect(promisedReturn('yellow light, at 8 or 9', EVENING, { signal })).toBe(later(EVENING, 60));
  });

  it('without the signal, or with no agreed signal, nothing is promised', () => {
    expect(promisedReturn('green light', EVENING, { signal })).toBeNull();
    expect(promisedReturn('yellow light', EVENING)).toBeNull();
    expect(promisedReturn('yellow light', EVENING, { signal: '' })).toBeNull();
  });
});

describe('any message', () => {
  const message = fc.oneof(
    fc.string(),
    fc.string({ unit: 'grapheme' }),
    fc.string({ unit: 'binary' }),
    fc
      .array(
        fc.constantFrom(
          'back',
          'in',
          'at',
          '30',
          '8',
          ':',
          '.',
          'pm',
          'am',
          'or',
          'tomorrow',
          'tonight',
          'min',
          'hour',
          'an',
          'half',
          'give me',
          '🟡',
          ' ',
          '-',
          '12',
          '00',
          'noon',
          'midnight',
          'yellow light',
        ),
        { maxLength: 30 },
      )
      .map((parts) => parts.join(' ')),
  );
  const moment = fc.integer({ min: local(2000, 0, 1, 0, 0), max: local(2100, 0, 1, 0, 0) });

  it('never throws, and a promise is always after now and within a day', () => {
    fc.assert(
      fc.property(message, moment, fc.integer({ min: -10, max: 2000 }), (text, now, maxPauseMinutes) => {
        const at = promisedReturn(text, now, { signal: 'yellow light, 🟡', maxPauseMinutes });
        if (at !== null) {
          expect(at).toBeGreaterThan(now);
          expect(at).toBeLessThanOrEqual(now + DAY);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('reads only the start of a huge message', () => {
    const huge = `back in 30 ${'x'.repeat(100_000)}`;
    expect(promisedReturn(huge, EVENING)).toBe(later(EVENING, 30));
    expect(promisedReturn(`${'a '.repeat(50_000)}back in 30`, EVENING)).toBeNull();
    // The 2,000th character falls inside a "30": it must not be read as "back in 3".
    expect(promisedReturn(`ok love x. ${'back in 30, '.repeat(500)}`, EVENING)).toBe(later(EVENING, 30));
  });

  it('promises nothing without a return cue', () => {
    const words = fc.constantFrom(
      'at',
      '8',
      '8pm',
      '20:30',
      'in',
      '30',
      'min',
      'an hour',
      'tonight',
      'tomorrow',
      'dinner',
      'the',
      'kids',
      'love',
      'you',
      'ok',
      'noon',
      '🟡',
      'half',
      'or',
      'is',
      'ready',
      'by',
      'around',
      '9:15',
    );
    fc.assert(
      fc.property(fc.array(words, { maxLength: 20 }), moment, (parts, now) => {
        expect(promisedReturn(parts.join(' '), now)).toBeNull();
      }),
    );
  });

  it('an unrelated sentence after a promise does not change it', () => {
    const promises = fc.constantFrom(
      'back in 30',
      'can we talk at 8?',
      'give me an hour',
      'call you tomorrow at 9am',
      'brb 5 min',
      'I’ll come back to this by 8:30',
      'back in 5 or 10',
      'talk later',
      'talk at 8 or 9',
    );
    const sentence = fc.array(
      fc.constantFrom(
        'love',
        'you',
        'so',
        'much',
        'the',
        'dog',
        'is',
        'asleep',
        'sorry',
        'really',
        'hard',
        'work',
        'was',
        'long',
        'ok',
        '❤️',
        '😘',
        'x',
        'we',
        'will',
        'be',
        'fine',
      ),
      { minLength: 1, maxLength: 12 },
    );
    fc.assert(
      fc.property(promises, sentence, moment, (promise, words, now) => {
        expect(promisedReturn(`${promise}. ${words.join(' ')}`, now)).toBe(promisedReturn(promise, now));
      }),
    );
  });
});
