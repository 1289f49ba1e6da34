import { describe, expect, it } from 'vitest';
import { type Agreement, DEFAULT_AGREEMENT } from '../../lib/agreement.ts';
import { decideNudge, type SendAttempt } from '../../lib/decide.ts';
import { DEFAULT_SETTINGS } from '../../lib/settings.ts';

const NOW = new Date(2026, 10, 30, 19, 0).getTime();
const MINUTE = 60_000;

const attempt = (change: Partial<SendAttempt> = {}): SendAttempt => ({
  site: 'whatsapp',
  draft: 'see you at 8',
  streak: 0,
  group: false,
  chats: ['c1'],
  now: NOW,
  hour: 19,
  day: 1,
  agreement: DEFAULT_AGREEMENT,
  theirNewest: null,
  ...change,
});

describe('a send while the other side asked for a pause', () => {
  const signalled = (minutesAgo: number, text = 'yellow light, need a bit') => ({
    text,
    at: NOW - minutesAgo * MINUTE,
  });

  it('is paused for the pause, however calm its words, with the pause on the nudge', () => {
    const nudge = decideNudge(attempt({ theirNewest: signalled(12) }), DEFAULT_SETTINGS);
    expect(nudge?.reason).toBe('pause-signal');
    expect(nudge?.pause).toEqual({ since: NOW - 12 * MINUTE, until: NOW + 48 * MINUTE });
  });

  it('is not paused once the agreed maximum has passed, or once they wrote again', () => {
    expect(decideNudge(attempt({ theirNewest: signalled(61) }), DEFAULT_SETTINGS)).toBeNull();
    expect(decideNudge(attempt({ theirNewest: signalled(5, 'ok back now') }), DEFAULT_SETTINGS)).toBeNull();
    const short: Agreement = { ...DEFAULT_AGREEMENT, maxPauseMinutes: 10 };
    expect(
      decideNudge(attempt({ theirNewest: signalled(11), agreement: short }), DEFAULT_SETTINGS),
    ).toBeNull();
  });

  it('follows the couple’s own signal, and leaves groups, mutes and boundaries alone', () => {
    const own: Agreement = { ...DEFAULT_AGREEMENT, signal: '⏸️' };
    expect(
      decideNudge(attempt({ theirNewest: signalled(3, '⏸ brb'), agreement: own }), DEFAULT_SETTINGS)?.reason,
    ).toBe('pause-signal');
    expect(
      decideNudge(attempt({ theirNewest: signalled(3) }), { ...DEFAULT_SETTINGS, groupChats: true })?.reason,
    ).toBe('pause-signal');
    expect(decideNudge(attempt({ theirNewest: signalled(3), group: true }), DEFAULT_SETTINGS)).toBeNull();
    expect(
      decideNudge(attempt({ theirNewest: signalled(3) }), {
        ...DEFAULT_SETTINGS,
        mutedChats: [{ chat: 'c1', mutedAt: 1 }],
      }),
    ).toBeNull();
    expect(
      decideNudge(attempt({ theirNewest: signalled(3), draft: 'leave me alone' }), DEFAULT_SETTINGS),
    ).toBeNull();
  });

  it('a streak card carries what the agreement says about enough connection', () => {
    const agreement = { ...DEFAULT_AGREEMENT, enough: '20 minutes of talk most evenings' };
    const nudge = decideNudge(attempt({ streak: 3, agreement }), DEFAULT_SETTINGS);
    expect(nudge?.reason).toBe('streak');
    expect(nudge?.agreementQuote).toBe('20 minutes of talk most evenings');
    expect(decideNudge(attempt({ streak: 3 }), DEFAULT_SETTINGS)?.agreementQuote).toBeNull();
  });
});
