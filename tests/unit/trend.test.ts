import { describe, expect, it } from 'vitest';
import type { WeekFigures, WeeklySummary } from '@/lib/summary.ts';
import { times, trendSentence } from '@/lib/trend.ts';

const week = (paused: number): WeekFigures => ({
  paused,
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
const summary = (thisWeek: number, lastWeek: number): WeeklySummary => ({
  weekStart: 0,
  thisWeek: week(thisWeek),
  lastWeek: week(lastWeek),
  days: [],
  weeks: [],
});

describe('trendSentence', () => {
  it.each([
    [
      5,
      3,
      'You caught the cycle 5 times this week, 2 more than last week — each one is a moment you noticed.',
    ],
    [2, 1, 'You caught the cycle twice this week, 1 more than last week — each one is a moment you noticed.'],
    [1, 4, 'You caught the cycle once this week, 3 fewer than last week.'],
    [4, 4, 'You caught the cycle 4 times this week, the same as last week.'],
    [1, 0, 'You caught the cycle once this week — each one is a moment you noticed.'],
    [0, 1, 'No sends needed a pause so far this week; last week you caught the cycle once.'],
    [0, 6, 'No sends needed a pause so far this week; last week you caught the cycle 6 times.'],
    [0, 0, 'No sends needed a pause this week or last.'],
  ])('reads %i this week against %i last week', (now, before, sentence) => {
    expect(trendSentence(summary(now, before))).toBe(sentence);
  });

  it('never scolds, whichever way the week went', () => {
    for (const [now, before] of [
      [9, 1],
      [1, 9],
      [0, 9],
    ] as const) {
      expect(trendSentence(summary(now, before))).not.toMatch(/too many|again|failed|only|bad|worse|should/i);
    }
  });
});

describe('times', () => {
  it('says once and twice, then counts', () => {
    expect([0, 1, 2, 3, 11].map(times)).toEqual(['0 times', 'once', 'twice', '3 times', '11 times']);
  });
});
