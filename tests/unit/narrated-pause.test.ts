import { describe, expect, it } from 'vitest';
import { DEFAULT_AGREEMENT } from '../../lib/agreement.ts';
import { decideNudge } from '../../lib/decide.ts';
import { narratedPause } from '../../lib/language/softer/narration.ts';
import { promisedReturn } from '../../lib/promise-time.ts';
import { DEFAULT_SETTINGS } from '../../lib/settings.ts';

const at = (hour: number, minute = 0) => new Date(2026, 10, 30, hour, minute).getTime();
const MINUTE = 60_000;

/**
 * The one who goes quiet gets one way of saying it, wherever the words come from: the offered
 * narrated pause and the softer version of an exit ("forget it, I'm done") both say they are
 * pausing, not leaving, and when they will be back; and the promise keeper reads that time back.
 */
describe('the narrated pause', () => {
  it.each([5, 30, 60, 90, 120, 480])(
    'offered with a %i-minute agreement, promises that many minutes',
    (minutes) => {
      const now = at(19, 7);
      const words = narratedPause(minutes, now);
      expect(words).toMatch(/not leaving/);
      const back = promisedReturn(words, now);
      expect(back).not.toBeNull();
      // The clock is to the minute; the promise is the clock's minute.
      expect(Math.abs((back ?? 0) - (now + minutes * MINUTE))).toBeLessThan(MINUTE);
    },
  );

  it('past midnight, says tomorrow, and is read back as the night’s time', () => {
    const now = at(23, 50);
    const words = narratedPause(30, now);
    expect(words).toMatch(/tomorrow\.$/);
    expect(promisedReturn(words, now)).toBe(now + 30 * MINUTE);
  });

  it('says how long as a person would', () => {
    expect(narratedPause(60, at(19))).toMatch(/^I need about an hour to myself/);
    expect(narratedPause(90, at(19))).toMatch(/about an hour and a half/);
    expect(narratedPause(30, at(19))).toMatch(/about 30 minutes/);
    expect(narratedPause(120, at(19))).toMatch(/about 2 hours/);
  });

  it.each(['forget it', 'fine. I’m done', 'whatever, I’m done talking'])(
    'an exit draft (%s) gets versions that come back within the agreed pause, read back as a promise',
    (draft) => {
      const now = at(19);
      const agreement = { ...DEFAULT_AGREEMENT, maxPauseMinutes: 30 };
      const nudge = decideNudge(
        {
          site: 'whatsapp',
          draft,
          streak: 0,
          group: false,
          chats: ['c1'],
          now,
          hour: 19,
          day: 1,
          agreement,
          theirNewest: null,
        },
        DEFAULT_SETTINGS,
      );
      expect(nudge?.analysis.kinds).toContain('stonewalling-exit');
      const promising = (nudge?.rewrites ?? []).filter((version) => /in 30 minutes/.test(version));
      expect(promising.length).toBeGreaterThan(0);
      for (const version of promising) expect(promisedReturn(version, now)).toBe(now + 30 * MINUTE);
    },
  );

  it('at night, an exit comes back in the morning, not in half an hour', () => {
    const now = at(23, 30);
    const nudge = decideNudge(
      {
        site: 'whatsapp',
        draft: 'forget it',
        streak: 0,
        group: false,
        chats: ['c1'],
        now,
        hour: 23,
        day: 1,
        agreement: { ...DEFAULT_AGREEMENT, maxPauseMinutes: 30 },
        theirNewest: null,
      },
      DEFAULT_SETTINGS,
    );
    expect(nudge?.rewrites.join(' ')).not.toMatch(/in 30 minutes/);
  });
});
