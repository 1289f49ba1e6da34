import { t, uiLanguage } from './i18n.ts';
import type { WeekProgress } from './progress.ts';
import type { WeeklySummary } from './summary.ts';

/** "once", "twice", "5 times": how often the cycle was caught, in words a person would use. */
export function times(n: number): string {
  if (n === 1) return t('trend.once');
  if (n === 2) return t('trend.twice');
  return t('trend.times', { n });
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

  if (now === 0 && before === 0) return t('trend.none');
  if (now === 0) return t('trend.noneThisWeek', { times: times(before) });
  const caught = times(now);
  if (before === 0) return t('trend.first', { times: caught });
  if (now === before) return t('trend.same', { times: caught });
  if (now > before) return t('trend.more', { times: caught, diff });
  return t('trend.fewer', { times: caught, diff });
}

const percent = (share: number) =>
  new Intl.NumberFormat(uiLanguage(), { style: 'percent', maximumFractionDigits: 0 }).format(share);

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
  if (!now || (now.paused === 0 && before.length === 0)) return t('progress.empty');
  const shareBefore = typical(before.flatMap((week) => (week.softShare === null ? [] : [week.softShare])));
  const recoveryBefore = typical(
    before.flatMap((week) => (week.recoveryMinutes === null ? [] : [week.recoveryMinutes])),
  );
  if (now.paused === 0) {
    return shareBefore === null
      ? t('progress.noPauses')
      : t('progress.noPausesSoftBefore', { share: percent(shareBefore) });
  }
  if (before.length === 0) return t('progress.firstWeek');
  const pausedBefore = typical(before.map((week) => week.paused)) ?? 0;
  if (now.softShare !== null && shareBefore !== null && now.softShare <= shareBefore - 0.15) {
    return now.paused > pausedBefore
      ? t('progress.harderMore', { times: times(now.paused) })
      : t('progress.harder', { share: percent(1 - now.softShare) });
  }
  if (
    now.recoveryMinutes !== null &&
    recoveryBefore !== null &&
    now.recoveryMinutes <= recoveryBefore * 0.8
  ) {
    return t('progress.sooner', { now: now.recoveryMinutes, before: Math.round(recoveryBefore) });
  }
  if (now.softShare !== null && shareBefore !== null && now.softShare >= shareBefore + 0.15) {
    return t('progress.softer', { now: percent(now.softShare), before: percent(shareBefore) });
  }
  if (
    now.recoveryMinutes !== null &&
    recoveryBefore !== null &&
    now.recoveryMinutes >= recoveryBefore * 1.25
  ) {
    return t('progress.slower', { now: now.recoveryMinutes, before: Math.round(recoveryBefore) });
  }
  return now.softShare === null
    ? t('progress.caught', { times: times(now.paused) })
    : t('progress.steady', { share: percent(now.softShare) });
}
