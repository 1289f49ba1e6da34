import type { WeekProgress } from '@/lib/progress.ts';
import { progressSentence } from '@/lib/trend.ts';

/** Each row's `data-trend` handle, its label, what the label means, and the figure as text. */
const ROWS: readonly {
  trend: string;
  label: string;
  means: string;
  figure(week: WeekProgress): string;
}[] = [
  { trend: 'paused', label: 'Paused', means: 'Sends Softer paused', figure: (week) => String(week.paused) },
  {
    trend: 'soft-share',
    label: 'Softly',
    means:
      'Pauses handled softly (a softer version, a wait, a hold or your own edit) rather than sent anyway',
    figure: (week) => (week.softShare === null ? '–' : `${Math.round(week.softShare * 100)}%`),
  },
  {
    trend: 'recovery-minutes',
    label: 'Back (min)',
    means: 'Median minutes from a pause until they wrote again',
    figure: (week) => (week.recoveryMinutes === null ? '–' : String(week.recoveryMinutes)),
  },
  {
    trend: 'narrated',
    label: 'Said when',
    means: 'Messages where you said when you’d be back',
    figure: (week) => String(week.narrated),
  },
  {
    trend: 'kept',
    label: 'Kept',
    means: 'Times you came back around when you said',
    figure: (week) => String(week.kept),
  },
];

const monday = (start: number) =>
  new Date(start).toLocaleDateString(undefined, { day: 'numeric', month: 'short' });

/**
 * The last eight weeks side by side, this week last: how often the cycle was caught, how softly,
 * how soon the two of them found each other again, and the pauses the person narrated and kept.
 * One warm sentence reads it first.
 */
export function WeeksProgress({ weeks }: { weeks: readonly WeekProgress[] }) {
  if (!weeks.some((week) => week.paused > 0 || week.narrated > 0)) return null;
  return (
    <section class="progress" aria-labelledby="progress-heading">
      <h2 id="progress-heading">Eight weeks</h2>
      <p class="progress-sentence">{progressSentence(weeks)}</p>
      <table class="stats trend">
        <caption class="visually-hidden">Your last eight weeks, oldest first</caption>
        <thead>
          <tr>
            <td />
            {weeks.map((week, index) => (
              <th key={week.week} scope="col" title={`Week ${week.week}`}>
                {index === weeks.length - 1 ? 'Now' : monday(week.start)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ROWS.map(({ trend, label, means, figure }) => (
            <tr key={trend}>
              <th scope="row">
                <abbr title={means}>{label}</abbr>
              </th>
              {weeks.map((week) => (
                <td key={week.week} data-trend={trend} data-week={week.week}>
                  {figure(week)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
