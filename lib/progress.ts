import type { DayTally } from './summary.ts';
import { addDays, isoWeek, startOfWeek } from './weeks.ts';

/** How many weeks the progress view shows, this one last. */
export const PROGRESS_WEEKS = 8;

/**
 * One week of the progress view; `data-trend` names in the popup follow these. The measure of
 * change is not fewer pauses but the cycle caught earlier and recovered from more smoothly.
 */
export interface WeekProgress {
  /** ISO 8601 week, "2026-W49". */
  week: string;
  /** Local midnight of its Monday (epoch ms). */
  start: number;
  /** Sends paused. */
  paused: number;
  /**
   * Of the pauses decided one way or the other, the share handled softly (a softer version, a
   * wait, a hold or an edit) against sent anyway, 0–1; null in a week with neither. Mutes are
   * neither: they say where Softer should stay away, not how a moment went.
   */
  softShare: number | null;
  /** Median minutes from a pause to the other side's next message; null when none is known yet. */
  recoveryMinutes: number | null;
  /** Messages that said when the person would be back, and the promises among them kept. */
  narrated: number;
  kept: number;
}

/** The median of a count-per-value table, or null when it is empty. */
export function medianOf(counts: ReadonlyMap<number, number>): number | null {
  let total = 0;
  for (const count of counts.values()) total += count;
  if (total === 0) return null;
  const values = [...counts.keys()].sort((a, b) => a - b);
  // The values at the two middle positions (the same one when the total is odd), 0-based.
  const lowAt = Math.floor((total - 1) / 2);
  const highAt = Math.floor(total / 2);
  let seen = 0;
  let low: number | null = null;
  for (const value of values) {
    seen += counts.get(value) ?? 0;
    if (low === null && seen > lowAt) low = value;
    if (seen > highAt) return ((low ?? value) + value) / 2;
  }
  return low;
}

function weekOf(start: number, tallies: readonly DayTally[]): WeekProgress {
  const end = addDays(start, 7);
  let paused = 0;
  let soft = 0;
  let sentAnyway = 0;
  let narrated = 0;
  let kept = 0;
  const recoveries = new Map<number, number>();
  for (const tally of tallies) {
    if (tally.day < start || tally.day >= end) continue;
    paused += tally.paused;
    soft += tally.softened + tally.waited + tally.held + tally.edited;
    sentAnyway += tally.sentAnyway;
    narrated += tally.narrated;
    kept += tally.kept;
    for (const [minutes, count] of Object.entries(tally.recoveries)) {
      recoveries.set(Number(minutes), (recoveries.get(Number(minutes)) ?? 0) + count);
    }
  }
  const decided = soft + sentAnyway;
  const median = medianOf(recoveries);
  return {
    week: isoWeek(start),
    start,
    paused,
    softShare: decided === 0 ? null : soft / decided,
    recoveryMinutes: median === null ? null : Math.round(median),
    narrated,
    kept,
  };
}

/** The first day a progress view ending in the week of `now` covers: the Monday seven weeks back. */
export const progressFrom = (now: number): number => addDays(startOfWeek(now), -7 * (PROGRESS_WEEKS - 1));

/**
 * The last eight weeks, oldest first and this week last, from day tallies (weeks in the person's
 * own time zone, lib/weeks.ts). Weeks without a tally are all zeros.
 */
export function progressOverWeeks(tallies: readonly DayTally[], now: number): WeekProgress[] {
  const first = progressFrom(now);
  return Array.from({ length: PROGRESS_WEEKS }, (_, i) => weekOf(addDays(first, 7 * i), tallies));
}
