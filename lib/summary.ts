import type { ProtestKind } from './language/types.ts';

/** The figures for one week; `data-stat` names in the popup follow these. */
export interface WeekFigures {
  /** Sends paused by a nudge. */
  paused: number;
  /** Softer rewrites used. */
  softened: number;
  waited: number;
  sentAnyway: number;
  love: number;
  anxiety: number;
  longestStreak: number;
  /** The protest kind seen most this week, or null if none. */
  topKind: ProtestKind | null;
}

export interface DayCount {
  /** Local midnight that starts the day (epoch ms). */
  start: number;
  paused: number;
}

export interface WeeklySummary {
  /** Local midnight of the Monday that starts this week (epoch ms). */
  weekStart: number;
  thisWeek: WeekFigures;
  lastWeek: WeekFigures;
  /** Monday to Sunday of this week. */
  days: DayCount[];
}
