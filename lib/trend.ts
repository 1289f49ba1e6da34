import type { WeekProgress } from './progress.ts';
import type { WeeklySummary } from './summary.ts';

/** "once", "twice", "5 times": how often the cycle was caught, in words a person would use. */
export function times(n: number): string {
  if (n === 1) return 'once';
  if (n === 2) return 'twice';
  return `${n} times`;
}

/**
 * One warm sentence reading this week against last. Each pause is framed as a moment noticed,
 * so a week with more of them never reads as failing, and a quieter week never reads as praise
 * for sending less (the point is how the person reaches out, not how often).
 */
export function trendSentence(summary: WeeklySummary): string {
  const now = summary.thisWeek.paused;
  const before = summary.lastWeek.paused;
  const diff = Math.abs(now - before);

  if (now === 0 && before === 0) return 'No sends needed a pause this week or last.';
  if (now === 0) {
    return `No sends needed a pause so far this week; last week you caught the cycle ${times(before)}.`;
  }
  const caught = `You caught the cycle ${times(now)} this week`;
  if (before === 0) return `${caught} — each one is a moment you noticed.`;
  if (now === before) return `${caught}, the same as last week.`;
  if (now > before) return `${caught}, ${diff} more than last week — each one is a moment you noticed.`;
  return `${caught}, ${diff} fewer than last week.`;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** The median of the weeks' own figures, for "the weeks before" as one number. */
function typical(values: readonly number[]): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * One warm, honest sentence on the weeks: this week against the weeks before it. What it looks
 * for is the cycle recovered from sooner and handled more softly, not fewer pauses; a harder week
 * is named as one, without scolding, and never hidden.
 */
export function progressSentence(weeks: readonly WeekProgress[]): string {
  const now = weeks.at(-1);
  const before = weeks.slice(0, -1).filter((week) => week.paused > 0);
  if (!now || (now.paused === 0 && before.length === 0)) return 'Your weeks will show here as they come.';
  const shareBefore = typical(before.flatMap((week) => (week.softShare === null ? [] : [week.softShare])));
  const recoveryBefore = typical(
    before.flatMap((week) => (week.recoveryMinutes === null ? [] : [week.recoveryMinutes])),
  );
  if (now.paused === 0) {
    return shareBefore === null
      ? 'No pauses so far this week.'
      : `No pauses so far this week. In the weeks before, you handled ${percent(shareBefore)} of them softly.`;
  }
  if (before.length === 0)
    return 'This is your first week with Softer’s pauses; the weeks to come will show here.';
  const pausedBefore = typical(before.map((week) => week.paused)) ?? 0;
  if (now.softShare !== null && shareBefore !== null && now.softShare <= shareBefore - 0.15) {
    return now.paused > pausedBefore
      ? `A harder week: more pauses, and more of them sent anyway. You still noticed ${times(now.paused)} — that is the work, and the weeks before show you can find your way back.`
      : `A harder week: more of its pauses were sent anyway (${percent(1 - now.softShare)}). That happens; you still noticed each one.`;
  }
  if (
    now.recoveryMinutes !== null &&
    recoveryBefore !== null &&
    now.recoveryMinutes <= recoveryBefore * 0.8
  ) {
    return `You two found each other again sooner this week: about ${now.recoveryMinutes} minutes after a pause, down from about ${Math.round(recoveryBefore)}.`;
  }
  if (now.softShare !== null && shareBefore !== null && now.softShare >= shareBefore + 0.15) {
    return `More of this week’s pauses ended softly: ${percent(now.softShare)}, against ${percent(shareBefore)} in the weeks before.`;
  }
  if (
    now.recoveryMinutes !== null &&
    recoveryBefore !== null &&
    now.recoveryMinutes >= recoveryBefore * 1.25
  ) {
    return `The quiet after a pause lasted longer this week (about ${now.recoveryMinutes} minutes, from about ${Math.round(recoveryBefore)}). Slow weeks happen; the way back is still there.`;
  }
  return now.softShare === null
    ? `You caught the cycle ${times(now.paused)} this week.`
    : `Steady: ${percent(now.softShare)} of this week’s pauses handled softly, much like the weeks before.`;
}
