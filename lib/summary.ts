import { PROTEST_KINDS, type ProtestKind } from './language/types.ts';
import type { Outcome } from './outcome.ts';
import { progressOverWeeks, type WeekProgress } from './progress.ts';
import { weekBounds } from './weeks.ts';

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
  /** Messages held to send only if still silent. */
  held: number;
  /** Holds that ended because the other side wrote first. */
  repliedFirst: number;
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
  /** The last eight weeks, oldest first, this week last (lib/progress.ts). */
  weeks: WeekProgress[];
}

/** What one local day adds up to, kept as a running tally so a summary never reads the events. */
export interface DayTally extends Omit<WeekFigures, 'topKind'> {
  /** Local midnight starting the day (epoch ms), in the zone the outcome was recorded in. */
  day: number;
  kinds: Partial<Record<ProtestKind, number>>;
  /** Pauses the person chose to edit themselves, and chats muted from the card. */
  edited: number;
  muted: number;
  /**
   * Minutes from each of the day's pauses to the other side's next message, as a count per whole
   * minute ("12": 3 means three pauses they answered 12 minutes later): a median needs every
   * value, and there are far fewer distinct minutes than pauses.
   */
  recoveries: Record<string, number>;
  /** Messages that said when the person would be back (narrated pauses), and those kept. */
  narrated: number;
  kept: number;
}

/** A week, or a day, with nothing in it. */
const NOTHING: Omit<WeekFigures, 'topKind'> = {
  paused: 0,
  softened: 0,
  waited: 0,
  sentAnyway: 0,
  love: 0,
  anxiety: 0,
  longestStreak: 0,
  held: 0,
  repliedFirst: 0,
};

export const emptyTally = (day: number): DayTally => ({
  day,
  ...NOTHING,
  kinds: {},
  edited: 0,
  muted: 0,
  recoveries: {},
  narrated: 0,
  kept: 0,
});

/** The tally with one more outcome counted in. */
export function addToTally(tally: DayTally, outcome: Outcome): DayTally {
  const kinds = { ...tally.kinds };
  for (const kind of outcome.kinds) kinds[kind] = (kinds[kind] ?? 0) + 1;
  return {
    ...tally,
    paused: tally.paused + 1,
    softened: tally.softened + (outcome.action === 'use-rewrite' ? 1 : 0),
    waited: tally.waited + (outcome.action === 'wait' ? 1 : 0),
    sentAnyway: tally.sentAnyway + (outcome.action === 'send-anyway' ? 1 : 0),
    love: tally.love + (outcome.answer === 'love' ? 1 : 0),
    anxiety: tally.anxiety + (outcome.answer === 'anxiety' ? 1 : 0),
    longestStreak: Math.max(tally.longestStreak, outcome.streak),
    held: tally.held + (outcome.action === 'hold' ? 1 : 0),
    repliedFirst: tally.repliedFirst + (outcome.holdEnd === 'replied-first' ? 1 : 0),
    kinds,
    edited: tally.edited + (outcome.action === 'edit' ? 1 : 0),
    muted: tally.muted + (outcome.action === 'mute-chat' ? 1 : 0),
  };
}

/** The tally with one more pause's recovery time counted in. */
export function addRecovery(tally: DayTally, minutes: number): DayTally {
  const key = String(minutes);
  return { ...tally, recoveries: { ...tally.recoveries, [key]: (tally.recoveries[key] ?? 0) + 1 } };
}

/** The tally with one more narrated pause, or one more promise kept. */
export const addNarrated = (tally: DayTally): DayTally => ({ ...tally, narrated: tally.narrated + 1 });
export const addKept = (tally: DayTally): DayTally => ({ ...tally, kept: tally.kept + 1 });

function weekFigures(tallies: readonly DayTally[]): WeekFigures {
  const figures: WeekFigures = { ...NOTHING, topKind: null };
  const kinds = new Map<ProtestKind, number>();
  for (const tally of tallies) {
    figures.paused += tally.paused;
    figures.softened += tally.softened;
    figures.waited += tally.waited;
    figures.sentAnyway += tally.sentAnyway;
    figures.love += tally.love;
    figures.anxiety += tally.anxiety;
    figures.longestStreak = Math.max(figures.longestStreak, tally.longestStreak);
    figures.held += tally.held;
    figures.repliedFirst += tally.repliedFirst;
    for (const kind of PROTEST_KINDS) kinds.set(kind, (kinds.get(kind) ?? 0) + (tally.kinds[kind] ?? 0));
  }
  let most = 0;
  for (const [kind, seen] of kinds) {
    if (seen > most) [figures.topKind, most] = [kind, seen];
  }
  return figures;
}

/**
 * This week against last week from day tallies, with weeks and days in the user's time zone
 * (lib/weeks.ts). Days without a tally count as zero.
 */
export function summarizeTallies(tallies: readonly DayTally[], now: number): WeeklySummary {
  const bounds = weekBounds(now);
  const inRange = ([from, to]: [number, number]) => tallies.filter((t) => t.day >= from && t.day < to);
  return {
    weekStart: bounds.thisWeek[0],
    thisWeek: weekFigures(inRange(bounds.thisWeek)),
    lastWeek: weekFigures(inRange(bounds.lastWeek)),
    days: bounds.days.map((range) => ({
      start: range[0],
      paused: inRange(range).reduce((sum, tally) => sum + tally.paused, 0),
    })),
    weeks: progressOverWeeks(tallies, now),
  };
}
