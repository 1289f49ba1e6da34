import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Outcome } from '@/lib/outcome.ts';
import { DB_NAME, openSofterDb, recordOutcome, weeklySummary } from '@/lib/store/db.ts';
import { weekBounds } from '@/lib/weeks.ts';
import { outcomeAt } from './outcomes.ts';

// Berlin changes to summer time on Sunday 29 March 2026 and back on Sunday 25 October 2026.
process.env.TZ = 'Europe/Berlin';

const local = (y: number, m: number, d: number, h = 12, min = 0) => new Date(y, m - 1, d, h, min).getTime();

const outcome = outcomeAt;

async function store(outcomes: Outcome[]) {
  const db = await openSofterDb();
  for (const o of outcomes) await recordOutcome(db, o);
  return db;
}

describe('weekBounds', () => {
  it('starts weeks on Monday at local midnight', () => {
    const { thisWeek, days } = weekBounds(local(2026, 11, 25, 9)); // a Wednesday
    expect(new Date(thisWeek[0]).toString()).toMatch(/^Mon Nov 23 2026 00:00:00/);
    expect(days).toHaveLength(7);
  });

  it('gives a spring-forward week 167 hours and every day a local midnight', () => {
    const { thisWeek, days } = weekBounds(local(2026, 3, 27));
    expect((thisWeek[1] - thisWeek[0]) / 3_600_000).toBe(167);
    expect(days.map(([start]) => new Date(start).getHours())).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect((days[6]?.[1] ?? 0) - (days[6]?.[0] ?? 0)).toBe(23 * 3_600_000);
  });

  it('gives a fall-back week 169 hours', () => {
    const { thisWeek } = weekBounds(local(2026, 10, 22));
    expect((thisWeek[1] - thisWeek[0]) / 3_600_000).toBe(169);
  });

  it('puts Sunday night in the week that is ending, not the next one', () => {
    const sunday = local(2026, 11, 29, 23, 59);
    expect(weekBounds(sunday).thisWeek[0]).toBe(local(2026, 11, 23, 0));
  });
});

describe('weeklySummary', () => {
  beforeEach(() => indexedDB.deleteDatabase(DB_NAME));
  afterEach(() => indexedDB.deleteDatabase(DB_NAME));

  it('is all zeros for empty weeks', async () => {
    const db = await store([]);
    const summary = await weeklySummary(db, local(2026, 11, 25));
    expect(summary.thisWeek).toEqual({
      paused: 0,
      softened: 0,
      waited: 0,
      sentAnyway: 0,
      love: 0,
      anxiety: 0,
      longestStreak: 0,
      held: 0,
      repliedFirst: 0,
      topKind: null,
    });
    expect(summary.days.map((d) => d.paused)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    db.close();
  });

  it('counts this week against last week, number for number', async () => {
    const db = await store([
      outcome(local(2026, 11, 23, 8), {
        action: 'use-rewrite',
        answer: 'anxiety',
        kinds: ['blame-question'],
        streak: 0,
        reason: 'protest',
      }),
      outcome(local(2026, 11, 24, 22), {
        action: 'wait',
        answer: 'anxiety',
        streak: 5,
        kinds: ['demand-ping', 'blame-question'],
      }),
      outcome(local(2026, 11, 25, 7), { action: 'send-anyway', answer: 'love', streak: 4 }),
      outcome(local(2026, 11, 22, 23, 59), { action: 'send-anyway', streak: 9, kinds: ['demand-ping'] }), // last week
      outcome(local(2026, 11, 10), { action: 'wait', streak: 12 }), // two weeks ago
    ]);
    await recordOutcome(
      db,
      outcome(local(2026, 11, 25, 9), { action: 'hold', reason: 'pause-signal', holdEnd: 'replied-first' }),
    );
    await recordOutcome(db, outcome(local(2026, 11, 25, 10), { action: 'hold', holdEnd: 'sent' }));
    const summary = await weeklySummary(db, local(2026, 11, 25, 12));
    expect(summary.thisWeek).toEqual({
      paused: 5,
      softened: 1,
      waited: 1,
      sentAnyway: 1,
      love: 1,
      anxiety: 2,
      longestStreak: 5,
      held: 2,
      repliedFirst: 1,
      topKind: 'blame-question',
    });
    expect(summary.lastWeek).toMatchObject({
      paused: 1,
      sentAnyway: 1,
      longestStreak: 9,
      topKind: 'demand-ping',
    });
    expect(summary.days.map((d) => d.paused)).toEqual([1, 1, 3, 0, 0, 0, 0]);
    db.close();
  });

  it('counts events on the day of a daylight-saving change in that day', async () => {
    const db = await store([outcome(local(2026, 3, 29, 0, 30)), outcome(local(2026, 3, 29, 23, 30))]);
    const summary = await weeklySummary(db, local(2026, 3, 29, 23, 45));
    expect(summary.days.map((d) => d.paused)).toEqual([0, 0, 0, 0, 0, 0, 2]);
    db.close();
  });
});
