import { t, uiLanguage } from '@/lib/i18n.ts';
import type { WeekProgress } from '@/lib/progress.ts';
import { progressSentence } from '@/lib/trend.ts';

/** Each row's `data-trend` handle, its label, what the label means, and the figure as text. */
const ROWS: readonly {
  trend: string;
  label(): string;
  means(): string;
  figure(week: WeekProgress): string;
}[] = [
  {
    trend: 'paused',
    label: () => t('progress.columns.paused'),
    means: () => t('progress.columns.pausedMeans'),
    figure: (week) => String(week.paused),
  },
  {
    trend: 'soft-share',
    label: () => t('progress.columns.softly'),
    means: () => t('progress.columns.softlyMeans'),
    figure: (week) =>
      week.softShare === null
        ? '–'
        : new Intl.NumberFormat(uiLanguage(), { style: 'percent' }).format(week.softShare),
  },
  {
    trend: 'recovery-minutes',
    label: () => t('progress.columns.back'),
    means: () => t('progress.columns.backMeans'),
    figure: (week) => (week.recoveryMinutes === null ? '–' : String(week.recoveryMinutes)),
  },
  {
    trend: 'narrated',
    label: () => t('progress.columns.said'),
    means: () => t('progress.columns.saidMeans'),
    figure: (week) => String(week.narrated),
  },
  {
    trend: 'kept',
    label: () => t('progress.columns.kept'),
    means: () => t('progress.columns.keptMeans'),
    figure: (week) => String(week.kept),
  },
];

const monday = (start: number) =>
  new Date(start).toLocaleDateString(uiLanguage(), { day: 'numeric', month: 'short' });

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
      <h2 id="progress-heading">{t('progress.heading')}</h2>
      <p class="progress-sentence">{progressSentence(weeks)}</p>
      <table class="stats trend">
        <caption class="visually-hidden">{t('progress.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('progress.weekOf')}</th>
            {ROWS.map(({ trend, label, means }) => (
              <th key={trend} scope="col">
                <abbr title={means()}>{label()}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {newestFirst.map((week, index) => (
            <tr key={week.week} class={index === 0 ? 'this-week-row' : ''}>
              <th scope="row" title={t('progress.weekNumber', { week: week.week })}>
                {index === 0 ? t('summary.thisWeek') : monday(week.start)}
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
