import type { PartOfDay, TimeWords } from '../rules/types.ts';

/**
 * When the softer version will be read: the local hour and weekday. A request for "tonight" sent
 * at 3:45 a.m. is wrong, so every time word comes from here (in the extension, the page's local
 * time; in the CLI, `--hour`).
 */
export interface Moment {
  /** Local hour, 0–23. */
  hour: number;
  /** Local weekday, 0 (Sunday) – 6 (Saturday). */
  day: number;
  /**
   * The couple's longest pause, in minutes, when they have agreed one: a narrated pause comes
   * back within it ("in 30 minutes"), like the words offered to the one who goes quiet.
   */
  pauseMinutes?: number;
}

const FRIDAY = 5;

export function partOfDay(hour: number): PartOfDay {
  if (hour < 6) return 'night';
  if (hour < 12) return 'morning';
  if (hour < 17) return 'afternoon';
  if (hour < 21) return 'evening';
  return 'late';
}

/** The words for one kind of "when" at this moment: Friday afternoons and evenings look to the weekend. */
export function timeWord(words: TimeWords, moment: Moment): string {
  const part = partOfDay(moment.hour);
  if (words.friday && moment.day === FRIDAY && (part === 'afternoon' || part === 'evening'))
    return words.friday;
  return words.byPart[part];
}

/** The moment of a date in its local time. */
export const momentOf = (date: Date): Moment => ({ hour: date.getHours(), day: date.getDay() });
