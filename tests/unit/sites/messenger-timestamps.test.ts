import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readMessageLabel, separatorTime } from '@/lib/sites/messenger/timestamps.ts';

/** Monday 30 November 2026, 20:30 local time. */
const NOW = new Date(2026, 10, 30, 20, 30).getTime();
const at = (month: number, date: number, hour: number, minute: number, year = 2026) =>
  new Date(year, month, date, hour, minute).getTime();

describe('Messenger time separators', () => {
  it('reads the forms seen in 2026: today, this week, then dates, in 12- and 24-hour clocks', () => {
    expect(separatorTime('7:02\u202fPM', NOW)).toBe(at(10, 30, 19, 2));
    expect(separatorTime('19:02', NOW)).toBe(at(10, 30, 19, 2));
    expect(separatorTime('Today at 2:05 PM', NOW)).toBe(at(10, 30, 14, 5));
    expect(separatorTime('Yesterday at 23:10', NOW)).toBe(at(10, 29, 23, 10));
    expect(separatorTime('Thu 6:42 PM', NOW)).toBe(at(10, 26, 18, 42));
    expect(separatorTime('Thursday 18:42', NOW)).toBe(at(10, 26, 18, 42));
    expect(separatorTime('Feb 16, 2026, 2:42 PM', NOW)).toBe(at(1, 16, 14, 42));
    expect(separatorTime('16 Feb 2026, 14:42', NOW)).toBe(at(1, 16, 14, 42));
    expect(separatorTime('November 3 at 9:15 AM', NOW)).toBe(at(10, 3, 9, 15));
    expect(separatorTime('12/29/25, 11:16 AM', NOW)).toBe(at(11, 29, 11, 16, 2025));
    expect(separatorTime('29.12.25, 11:16', NOW)).toBe(at(11, 29, 11, 16, 2025));
    expect(separatorTime('12:41 a.m.', NOW)).toBe(at(10, 30, 0, 41));
    expect(separatorTime('14.05', NOW)).toBe(at(10, 30, 14, 5));
  });

  it('takes the latest moment the words can name that is not ahead of now', () => {
    // A page open since yesterday evening still says "11:50 PM" for yesterday's message.
    expect(separatorTime('11:50 PM', NOW)).toBe(at(10, 29, 23, 50));
    // Today's weekday names today when its time has passed, else a week back.
    expect(separatorTime('Mon 8:00 AM', NOW)).toBe(at(10, 30, 8, 0));
    expect(separatorTime('Mon 9:00 PM', NOW)).toBe(at(10, 23, 21, 0));
    // A date without a year: this year's, else last year's.
    expect(separatorTime('Dec 24 at 10:00 AM', NOW)).toBe(at(11, 24, 10, 0, 2025));
    // "1/2/26" is 2 January or 1 February: the later, both being past.
    expect(separatorTime('1/2/26, 09:00', NOW)).toBe(at(1, 1, 9, 0));
  });

  it('leaves what it cannot read, or what cannot be, unknown', () => {
    for (const text of [
      'Donnerstag 18:42',
      '31 Feb 2026, 10:00',
      '25:10',
      '13:10 PM',
      'Seen by Sam',
      'Active now',
      '',
      'Dec 24, 2027, 10:00 AM',
    ])
      expect(separatorTime(text, NOW), text).toBeNull();
    expect(separatorTime(null, NOW)).toBeNull();
  });

  it('never throws, and never gives a time ahead of now', () => {
    const fragment = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom(
        'Today',
        'Yesterday',
        'at',
        'Thu',
        'Sunday',
        'Feb',
        'December',
        ',',
        'AM',
        'p.m.',
        '\u202f',
        '/',
        '.',
        ':',
        'At ',
        'Enter, Message sent ',
        'You: ',
        'by ',
      ),
      fc.integer({ min: -5, max: 3000 }).map(String),
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 14 }), (parts) => {
        const text = parts.join(' ');
        const separator = separatorTime(text, NOW);
        const label = readMessageLabel(text, NOW);
        for (const moment of [separator, label.at])
          if (moment !== null) expect(moment).toBeLessThanOrEqual(NOW + 5 * 60_000);
      }),
    );
  });

  it('reads every clock time back as itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (hour, minute) => {
        const text = `Tue ${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
        const read = separatorTime(text, NOW);
        expect(read === null ? null : new Date(read).getHours() * 60 + new Date(read).getMinutes()).toBe(
          hour * 60 + minute,
        );
      }),
    );
  });
});

describe('Messenger message labels (2026-06)', () => {
  it('reads who and when from both label forms', () => {
    expect(readMessageLabel('At June 11, 2026, 8:59 AM, You: phone booth', NOW)).toEqual({
      sender: 'You',
      outgoing: true,
      at: at(5, 11, 8, 59),
      words: 'phone booth',
    });
    expect(readMessageLabel('Enter, Message sent Today at 8:01 PM by Sam: see you: at 8', NOW)).toEqual({
      sender: 'Sam',
      outgoing: false,
      at: at(10, 30, 20, 1),
      words: 'see you: at 8',
    });
    expect(readMessageLabel('At Sunday 9:00\u202fPM, Alex: ok', NOW)).toMatchObject({
      sender: 'Alex',
      at: at(10, 29, 21, 0),
    });
  });

  it('reads nothing from a label in another shape or language', () => {
    const unread = { sender: null, outgoing: null, at: null, words: '' };
    expect(readMessageLabel('Um 8:59, Du: Telefonzelle', NOW)).toEqual(unread);
    expect(readMessageLabel('You sent', NOW)).toEqual(unread);
    expect(readMessageLabel(null, NOW)).toEqual(unread);
    // A label whose time is not read still says who wrote it.
    expect(readMessageLabel('At Donnerstag 8:59, You: hi', NOW)).toMatchObject({ outgoing: true, at: null });
  });
});
