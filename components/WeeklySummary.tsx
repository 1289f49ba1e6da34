import type { ProtestKind } from '@/lib/language/types.ts';
import type { WeeklySummary as Summary, WeekFigures } from '@/lib/summary.ts';
import { trendSentence } from '@/lib/trend.ts';
import { WeekChart } from './WeekChart.tsx';

/** Protest kinds as a person would say them; ids stay out of sight. */
export const KIND_IN_WORDS: Record<ProtestKind, string> = {
  'globalizing-criticism': '“you always / you never” criticism',
  'blame-question': 'blame questions',
  'demand-ping': 'demands and pings',
  surveillance: 'checking whether they were online',
  'stonewalling-exit': '“fine, whatever” and exits',
  'guilt-score-keeping': 'guilt and score-keeping',
  'contempt-sarcasm': 'sarcasm',
  'judgement-feeling': 'feelings worded as blame',
};

/** Each row's `data-stat` handle, its label, and the figure it shows. */
const ROWS: readonly { stat: string; label: string; figure: keyof Omit<WeekFigures, 'topKind'> }[] = [
  { stat: 'paused', label: 'Sends paused', figure: 'paused' },
  { stat: 'softened', label: 'Softer rewrites used', figure: 'softened' },
  { stat: 'waited', label: 'Waits taken', figure: 'waited' },
  { stat: 'sent-anyway', label: 'Sent anyway', figure: 'sentAnyway' },
  { stat: 'love', label: 'Answered “from love”', figure: 'love' },
  { stat: 'anxiety', label: 'Answered “from anxiety”', figure: 'anxiety' },
  { stat: 'held', label: 'Held to send only if still silent', figure: 'held' },
  { stat: 'replied-first', label: 'They replied before a held message went', figure: 'repliedFirst' },
  { stat: 'longest-streak', label: 'Longest unanswered streak', figure: 'longestStreak' },
];

function FirstWeek() {
  return (
    <div class="first-week">
      <p class="lead">Nothing to show yet — and that's fine.</p>
      <p>
        When Softer pauses a send, this is where you'll see your week next to the last one: how often you
        caught the cycle, the softer rewrites you used, the waits you took, whether you were reaching out from
        love or from anxiety, and your longest unanswered streak.
      </p>
      <p>Softer only counts. Your messages are never stored or sent anywhere.</p>
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
        <>
          Paused most for: <strong>{KIND_IN_WORDS[topKind]}</strong>.
        </>
      ) : (
        'No words that land as blame this week.'
      )}
      {last && last !== topKind && <span class="muted"> Last week: {KIND_IN_WORDS[last]}.</span>}
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
        <caption class="visually-hidden">Your nudges this week and last week</caption>
        <thead>
          <tr>
            <td />
            <th scope="col">This week</th>
            <th scope="col">Last week</th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map(({ stat, label, figure }) => (
            <tr key={stat}>
              <th scope="row">{label}</th>
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
