import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  agreementFromStorage,
  carriesSignal,
  checkAgreement,
  DEFAULT_AGREEMENT,
  honouredPause,
} from '../../lib/agreement.ts';

describe('the pause signal', () => {
  it.each([
    ['yellow light', true],
    ['Yellow  Light — need 20 mins', true],
    ['YELLOW LIGHT', true],
    ['ok 🟡', true],
    ['🟡\uFE0F', true],
    ['yellowlight', false],
    ['the yellow lights are pretty', false],
    ['green light!', false],
    ['', false],
  ])('"%s" carries "yellow light, 🟡": %s', (message, expected) => {
    expect(carriesSignal(message, DEFAULT_AGREEMENT.signal)).toBe(expected);
  });

  it('any of several signals, in any script', () => {
    expect(carriesSignal('Pausa, te quiero', 'pausa, ⏸️')).toBe(true);
    expect(carriesSignal('⏸ back soon', 'pausa, ⏸️')).toBe(true);
    expect(carriesSignal('Stopp bitte', 'STOPP')).toBe(true);
  });

  it('never throws and never matches an empty signal', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (message, signal) => {
        const carried = carriesSignal(message, signal);
        if (signal.replace(/[\s,]/g, '') === '') expect(carried).toBe(false);
      }),
    );
  });
});

describe('the pause clock (the time is passed in)', () => {
  const at = 1_000_000;
  const signalled = { text: 'yellow light', at };

  it('is honoured until the agreed maximum has passed since their message', () => {
    expect(honouredPause(signalled, DEFAULT_AGREEMENT, at + 12 * 60_000)).toEqual({
      since: at,
      until: at + 60 * 60_000,
    });
    expect(honouredPause(signalled, DEFAULT_AGREEMENT, at + 60 * 60_000)).toBeNull();
    expect(
      honouredPause(signalled, { ...DEFAULT_AGREEMENT, maxPauseMinutes: 5 }, at + 6 * 60_000),
    ).toBeNull();
  });

  it('ends when their newest message carries no signal (they wrote again)', () => {
    expect(
      honouredPause({ text: 'ok I’m back', at: at + 60_000 }, DEFAULT_AGREEMENT, at + 120_000),
    ).toBeNull();
    expect(honouredPause(null, DEFAULT_AGREEMENT, at)).toBeNull();
  });
});

describe('the agreement as written and as stored', () => {
  it('is saved whole or not at all, each problem named', () => {
    const checked = checkAgreement({
      enough: 'x'.repeat(1001),
      signal: ' , ',
      maxPauseMinutes: 500,
      reEntry: 'a hug',
    });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(Object.keys(checked.errors).sort()).toEqual(['enough', 'maxPauseMinutes', 'signal']);
    expect(checkAgreement({ ...DEFAULT_AGREEMENT, enough: '  20 minutes of talk most evenings ' })).toEqual({
      ok: true,
      agreement: { ...DEFAULT_AGREEMENT, enough: '20 minutes of talk most evenings' },
    });
  });

  it('reads back field by field: one bad field does not lose the others', () => {
    expect(
      agreementFromStorage({ enough: 'tea at 6', signal: 42, maxPauseMinutes: 30, reEntry: 'walk' }),
    ).toEqual({
      enough: 'tea at 6',
      signal: DEFAULT_AGREEMENT.signal,
      maxPauseMinutes: 30,
      reEntry: 'walk',
    });
    expect(agreementFromStorage(undefined)).toEqual(DEFAULT_AGREEMENT);
  });
});
