import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { medianOf, progressOverWeeks } from '@/lib/progress.ts';
import {
  awaitingRecovery,
  DB_NAME,
  markComeBack,
  openComeBacks,
  openSofterDb,
  recordComeBack,
  recordOutcome,
  recordRecovery,
  weeklySummary,
} from '@/lib/store/db.ts';
import { addToTally, emptyTally } from '@/lib/summary.ts';
import { progressSentence } from '@/lib/trend.ts';
import { isoWeek, startOfDay } from '@/lib/weeks.ts';
import { outcomeAt } from './outcomes.ts';

// Berlin changes to summer time on Sunday 29 March 2026 and back on Sunday 25 October 2026.
process.env.TZ = 'Europe/Berlin';

const local = (y: number, m: number, d: number, h = 12, min = 0) => new Date(y, m - 1, d, h, min).getTime();
const MINUTE = 60_000;

const outcome = outcomeAt;

describe('isoWeek', () => {
  it.each([
    [local(2026, 11, 30), '2026-W49'],
    [local(2026, 12, 31), '2026-W53'],
    [local(2027, 1, 3), '2026-W53'],
    [local(2027, 1, 4), '2027-W01'],
    [local(2025, 12, 29), '2026-W01'],
    [local(2024, 12, 30), '2025-W01'],
    [local(2021, 1, 1), '2020-W53'],
    // Either side of both daylight-saving changes, at the edges of the day.
    [local(2026, 3, 29, 23, 59), '2026-W13'],
    [local(2026, 3, 30, 0, 0), '2026-W14'],
    [local(2026, 10, 25, 23, 59), '2026-W43'],
    [local(2026, 10, 26, 0, 30), '2026-W44'],
  ])('%s is in week %s', (time, week) => {
    expect(isoWeek(time)).toBe(week);
  });

  it('gives each of 800 consecutive days the week of its Monday, 7 days to a week', () => {
    const seen = new Map<string, number>();
    for (let day = 0; day < 800; day++) {
      const week = isoWeek(new Date(2025, 11, 1 + day, 12).getTime());
      seen.set(week, (seen.get(week) ?? 0) + 1);
    }
    const counts = [...seen.values()];
    expect(counts.slice(1, -1).every((count) => count === 7)).toBe(true);
  });
});

describe('medianOf', () => {
  it('is the middle value, or the mean of the two middle ones', () => {
    expect(medianOf(new Map())).toBeNull();
    expect(medianOf(new Map([[5, 1]]))).toBe(5);
    expect(
      medianOf(
        new Map([
          [10, 1],
          [9, 1],
        ]),
      ),
    ).toBe(9.5);
    expect(
      medianOf(
        new Map([
          [40, 1],
          [39, 1],
          [38, 1],
        ]),
      ),
    ).toBe(39);
    expect(
      medianOf(
        new Map([
          [1, 3],
          [100, 1],
        ]),
      ),
    ).toBe(1);
  });

  it('matches sorting every value', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 1, maxLength: 60 }), (values) => {
        const counts = new Map<number, number>();
        for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
        const sorted = [...values].sort((a, b) => a - b);
        const n = sorted.length;
        const expected =
          ((sorted[Math.floor((n - 1) / 2)] as number) + (sorted[Math.floor(n / 2)] as number)) / 2;
        expect(medianOf(counts)).toBe(expected);
      }),
    );
  });
});

describe('progressOverWeeks', () => {
  it('gives eight weeks ending this one, across a year end, each from Monday to Monday', () => {
    const now = local(2027, 1, 6);
    const weeks = progressOverWeeks([], now);
    expect(weeks.map((week) => week.week)).toEqual(
      ['2026-W46', '2026-W47', '2026-W48', '2026-W49', '2026-W50', '2026-W51', '2026-W52', '2026-W53']
        .slice(1)
        .concat('2027-W01'),
    );
    expect(
      weeks.every((week) => new Date(week.start).getDay() === 1 && new Date(week.start).getHours() === 0),
    ).toBe(true);
  });

  it('puts a Sunday-night pause in the week ending, across the autumn daylight-saving change', () => {
    const sunday = local(2026, 10, 25, 23, 30);
    const tally = addToTally(emptyTally(startOfDay(sunday)), outcome(sunday, { action: 'send-anyway' }));
    const weeks = progressOverWeeks([tally], local(2026, 10, 28));
    expect(weeks.at(-2)).toMatchObject({ week: '2026-W43', paused: 1, softShare: 0 });
    expect(weeks.at(-1)).toMatchObject({ week: '2026-W44', paused: 0, softShare: null });
  });

  it('counts rewrites, waits, holds and edits as soft against sent anyway, and leaves mutes out', () => {
    const day = local(2026, 11, 25);
    let tally = emptyTally(startOfDay(day));
    for (const action of ['use-rewrite', 'wait', 'edit', 'send-anyway', 'mute-chat'] as const)
      tally = addToTally(tally, outcome(day, { action }));
    tally = addToTally(tally, outcome(day, { action: 'hold', holdEnd: 'replied-first' }));
    const [thisWeek] = progressOverWeeks([tally], day).slice(-1);
    expect(thisWeek).toMatchObject({ paused: 6, softShare: 4 / 5 });
  });
});

describe('recovery, promises and the eight weeks in the database', () => {
  let opened: Array<{ close(): void }> = [];
  const openDb = async () => {
    const db = await openSofterDb();
    opened.push(db);
    return db;
  };
  beforeEach(() => indexedDB.deleteDatabase(DB_NAME));
  afterEach(() => {
    for (const db of opened) db.close();
    opened = [];
    indexedDB.deleteDatabase(DB_NAME);
  });

  it('learns each waiting pause’s minutes to the other side’s next message, once, in the pause’s own week', async () => {
    const db = await openDb();
    const first = local(2026, 11, 29, 23, 50); // a Sunday night: the reply comes on Monday
    for (const at of [first, first + MINUTE, first + 2 * MINUTE]) await recordOutcome(db, outcome(at));
    await recordOutcome(db, outcome(first, { chat: 'other1' }));
    expect(await awaitingRecovery(db, first + 5 * MINUTE)).toEqual([
      { chat: 'abc123', since: first },
      { chat: 'other1', since: first },
    ]);
    expect(await recordRecovery(db, 'abc123', first + 40 * MINUTE)).toBeNull();
    // The same reply read again changes nothing.
    expect(await recordRecovery(db, 'abc123', first + 40 * MINUTE)).toBeNull();
    expect(await awaitingRecovery(db, first + 45 * MINUTE)).toEqual([{ chat: 'other1', since: first }]);
    const weeks = (await weeklySummary(db, local(2026, 12, 2))).weeks;
    expect(weeks.at(-2)).toMatchObject({ week: '2026-W48', paused: 4, recoveryMinutes: 39 });
    expect(weeks.at(-1)).toMatchObject({ week: '2026-W49', paused: 0, recoveryMinutes: null });
  });

  it('answers the next waiting pause when a later one came after the reply', async () => {
    const db = await openDb();
    const at = local(2026, 11, 25, 10);
    await recordOutcome(db, outcome(at));
    await recordOutcome(db, outcome(at + 60 * MINUTE));
    expect(await recordRecovery(db, 'abc123', at + 30 * MINUTE)).toBe(at + 60 * MINUTE);
    expect(await recordRecovery(db, 'abc123', at + 70 * MINUTE)).toBeNull();
    expect((await weeklySummary(db, at)).weeks.at(-1)?.recoveryMinutes).toBe(20);
  });

  it('counts promises as narrated pauses and a kept one once; offered and kept ones leave the open list', async () => {
    const db = await openDb();
    const at = local(2026, 11, 25, 20);
    const promise = {
      at,
      site: 'whatsapp' as const,
      chat: 'abc123',
      due: at + 30 * MINUTE,
      offered: false,
      kept: false,
    };
    const id = await recordComeBack(db, promise);
    await recordComeBack(db, { ...promise, at: at + MINUTE });
    expect(await openComeBacks(db, at, 0)).toHaveLength(2);
    await markComeBack(db, id, 'kept');
    await markComeBack(db, id, 'kept');
    await markComeBack(db, id, 'offered');
    expect(await openComeBacks(db, at, 0)).toHaveLength(1);
    // Past their time and the grace after it, promises are no longer open.
    expect(await openComeBacks(db, at + 3 * 60 * MINUTE, 2 * 60 * MINUTE)).toHaveLength(0);
    expect((await weeklySummary(db, at)).weeks.at(-1)).toMatchObject({ narrated: 2, kept: 1 });
  });
});

describe('progressSentence', () => {
  const week = (paused: number, softShare: number | null, recoveryMinutes: number | null) => ({
    week: '',
    start: 0,
    paused,
    softShare,
    recoveryMinutes,
    narrated: 0,
    kept: 0,
  });
  const before = [week(0, null, null), week(4, 0.75, 40), week(3, 0.66, 45), week(5, 0.8, 35)];

  it('names a harder week as one, kindly', () => {
    const sentence = progressSentence([...before, week(8, 0.25, 50)]);
    expect(sentence).toMatch(/^A harder week/);
    expect(sentence).not.toMatch(/fail|bad|should|only/i);
  });

  it('says when they found each other again sooner', () => {
    expect(progressSentence([...before, week(4, 0.75, 15)])).toMatch(
      /sooner .* about 15 minutes .* about 40/,
    );
  });

  it('says when more pauses ended softly', () => {
    expect(progressSentence([...before, week(4, 1, 40)])).toMatch(/100%, against 75%/);
  });

  it('has something true to say with no history, and with a quiet week', () => {
    expect(progressSentence([week(0, null, null)])).toBe('Your weeks will show here as they come.');
    expect(progressSentence([...before, week(0, null, null)])).toMatch(/^No pauses so far this week/);
  });
});
