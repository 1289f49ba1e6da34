import { t } from '@/lib/i18n.ts';
import type { ProtestKind } from '@/lib/language/types.ts';
import type { WeeklySummary as Summary, WeekFigures } from '@/lib/summary.ts';
import { trendSentence } from '@/lib/trend.ts';
import { WeekChart } from './WeekChart.tsx';
import { Words } from './Words.tsx';

/** Protest kinds as a person would say them (locales/, `summary.kinds.*`); ids stay out of sight. */
const KIND_IN_WORDS = {
  'globalizing-criticism': 'summary.kinds.globalizingCriticism',
  'blame-question': 'summary.kinds.blameQuestion',
  'demand-ping': 'summary.kinds.demandPing',
  surveillance: 'summary.kinds.surveillance',
  'stonewalling-exit': 'summary.kinds.stonewallingExit',
  'guilt-score-keeping': 'summary.kinds.guiltScoreKeeping',
  'contempt-sarcasm': 'summary.kinds.contemptSarcasm',
  'judgement-feeling': 'summary.kinds.judgementFeeling',
} as const satisfies Record<ProtestKind, string>;
const kindInWords = (kind: ProtestKind) => t(KIND_IN_WORDS[kind]);

/** Each row's `data-stat` handle, its label, and the figure it shows. */
const ROWS: readonly { stat: string; label(): string; figure: keyof Omit<WeekFigures, 'topKind'> }[] = [
  { stat: 'paused', label: () => t('summary.rows.paused'), figure: 'paused' },
  { stat: 'softened', label: () => t('summary.rows.softened'), figure: 'softened' },
  { stat: 'waited', label: () => t('summary.rows.waited'), figure: 'waited' },
  { stat: 'sent-anyway', label: () => t('summary.rows.sentAnyway'), figure: 'sentAnyway' },
  { stat: 'love', label: () => t('summary.rows.love'), figure: 'love' },
  { stat: 'anxiety', label: () => t('summary.rows.anxiety'), figure: 'anxiety' },
  { stat: 'held', label: () => t('summary.rows.held'), figure: 'held' },
  { stat: 'replied-first', label: () => t('summary.rows.repliedFirst'), figure: 'repliedFirst' },
  { stat: 'longest-streak', label: () => t('summary.rows.longestStreak'), figure: 'longestStreak' },
];

function FirstWeek() {
  return (
    <div class="first-week">
      <p class="lead">{t('summary.firstWeekLead')}</p>
      <p>{t('summary.firstWeek')}</p>
      <p>{t('summary.onlyCounts')}</p>
    </div>
  );
}

function TopKind({ summary }: { summary: Summary }) {
  const { topKind } = summary.thisWeek;
  const last = summary.lastWeek.topKind;
  if (!topKind && !last) return null;
  return (
    <p class="top-kind">
      {topKind ? (
        <Words
          text={t('summary.pausedMost', { kind: '{kind}' })}
          parts={{ kind: <strong>{kindInWords(topKind)}</strong> }}
        />
      ) : (
        t('summary.noBlame')
      )}
      {last && last !== topKind && (
        <span class="muted"> {t('summary.lastWeekKind', { kind: kindInWords(last) })}</span>
      )}
    </p>
  );
}

/** This week against last: one warm sentence, the figures, and the week's pauses day by day. */
export function WeeklySummary({ summary, now }: { summary: Summary; now: number }) {
  if (summary.thisWeek.paused === 0 && summary.lastWeek.paused === 0) return <FirstWeek />;
  return (
    <>
      <p class="lead">{trendSentence(summary)}</p>
      <table class="stats">
        <caption class="visually-hidden">{t('summary.caption')}</caption>
        <thead>
          <tr>
            <td />
            <th scope="col">{t('summary.thisWeek')}</th>
            <th scope="col">{t('summary.lastWeek')}</th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map(({ stat, label, figure }) => (
            <tr key={stat}>
              <th scope="row">{label()}</th>
              <td class="this-week" data-stat={stat}>
                {summary.thisWeek[figure]}
              </td>
              <td class="last-week">{summary.lastWeek[figure]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <TopKind summary={summary} />
      <WeekChart days={summary.days} now={now} />
    </>
  );
}
