/**
 * Week and day boundaries in the user's own time zone. Weeks start on Monday (ISO 8601), the
 * convention in most of the world; days are built from calendar dates, never by adding 24 hours,
 * so a week with a daylight-saving change has its 167 or 169 hours and every day starts at local
 * midnight. Pure: `now` is passed in; the zone is the runtime's, like the rest of the UI.
 */
export function startOfDay(time: number): number {
  const date = new Date(time);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}

/** Local midnight starting the day `offset` days after the day containing `time`. */
export function addDays(time: number, offset: number): number {
  const date = new Date(time);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + offset).getTime();
}

/** Local midnight of the Monday that starts the week containing `time`. */
export function startOfWeek(time: number): number {
  const daysSinceMonday = (new Date(time).getDay() + 6) % 7;
  return addDays(time, -daysSinceMonday);
}

export interface WeekBounds {
  thisWeek: [number, number];
  lastWeek: [number, number];
  /** The seven [start, end) ranges of this week, Monday first. */
  days: Array<[number, number]>;
}

export function weekBounds(now: number): WeekBounds {
  const start = startOfWeek(now);
  const days = Array.from({ length: 7 }, (_, i): [number, number] => [
    addDays(start, i),
    addDays(start, i + 1),
  ]);
  return { thisWeek: [start, addDays(start, 7)], lastWeek: [addDays(start, -7), start], days };
}

/**
 * The ISO 8601 week of the local day containing `time`, as "2026-W49": the week belongs to the
 * year its Thursday falls in, so the last days of December can be week 1 of the next year and the
 * first days of January week 52 or 53 of the last. Counted on calendar dates, so DST cannot shift it.
 */
export function isoWeek(time: number): string {
  const monday = new Date(startOfWeek(time));
  const thursday = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + 3);
  const year = thursday.getFullYear();
  const dayOfYear =
    (Date.UTC(year, thursday.getMonth(), thursday.getDate()) - Date.UTC(year, 0, 1)) / 86_400_000;
  const week = Math.floor(dayOfYear / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}
