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
