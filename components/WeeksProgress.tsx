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
    label: 'Said',
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
 * The last eight weeks, this week first, one row each: how often the cycle was caught, how softly,
 * how soon the two of them found each other again, and the pauses the person narrated and kept.
 * One warm sentence reads it first. Rows, not columns, so eight weeks fit the popup's width.
 */
export function WeeksProgress({ weeks }: { weeks: readonly WeekProgress[] }) {
  if (!weeks.some((week) => week.paused > 0 || week.narrated > 0)) return null;
  const newestFirst = [...weeks].reverse();
  return (
    <section class="progress" aria-labelledby="progress-heading">
      <h2 id="progress-heading">Eight weeks</h2>
      <p class="progress-sentence">{progressSentence(weeks)}</p>
      <table class="stats trend">
        <caption class="visually-hidden">Your last eight weeks, this week first</caption>
        <thead>
          <tr>
            <th scope="col">Week of</th>
            {ROWS.map(({ trend, label, means }) => (
              <th key={trend} scope="col">
                <abbr title={means}>{label}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {newestFirst.map((week, index) => (
            <tr key={week.week} class={index === 0 ? 'this-week-row' : ''}>
              <th scope="row" title={`Week ${week.week}`}>
                {index === 0 ? 'This week' : monday(week.start)}
              </th>
              {ROWS.map(({ trend, figure }) => (
                <td key={trend} data-trend={trend} data-week={week.week}>
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
