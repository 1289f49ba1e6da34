import { t, uiLanguage } from '@/lib/i18n.ts';
import type { DayCount } from '@/lib/summary.ts';

export interface WeekChartProps {
  /** Monday to Sunday of this week. */
  days: readonly DayCount[];
  now: number;
}

const WIDTH = 322;
const HEIGHT = 92;
const COLUMN = WIDTH / 7;
const BAR = 24;
/** Room above the tallest bar for its count, and below the baseline for the day names. */
const TOP = 18;
const BOTTOM = 24;

const sameDay = (a: number, b: number) => new Date(a).toDateString() === new Date(b).toDateString();
const weekday = (start: number, form: 'short' | 'long') =>
  new Date(start).toLocaleDateString(uiLanguage(), { weekday: form });

/**
 * Sends paused each day, Monday to Sunday, with today marked. The bars are a picture with a
 * name; the counts themselves are also a list that screen readers read out.
 */
export function WeekChart({ days, now }: WeekChartProps) {
  const tallest = Math.max(1, ...days.map((day) => day.paused));
  const baseline = HEIGHT - BOTTOM;
  const scale = (baseline - TOP) / tallest;

  return (
    <figure class="week-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="week-chart-title" focusable="false">
        <title id="week-chart-title">{t('summary.chartTitle')}</title>
        <line class="baseline" x1={0} x2={WIDTH} y1={baseline} y2={baseline} />
        {days.map((day, index) => {
          const today = sameDay(day.start, now);
          const centre = COLUMN * index + COLUMN / 2;
          // A sliver for zero keeps each day visible as a place on the axis, not a gap.
          const height = Math.max(2, day.paused * scale);
          return (
            <g key={day.start} class={today ? 'day today' : day.start > now ? 'day future' : 'day'}>
              <rect x={centre - BAR / 2} y={baseline - height} width={BAR} height={height} rx={4} />
              <text class="count" x={centre} y={baseline - height - 5}>
                {day.start > now ? '' : day.paused}
              </text>
              <text class="weekday" x={centre} y={HEIGHT - 7}>
                {today ? t('summary.today') : weekday(day.start, 'short')}
              </text>
            </g>
          );
        })}
      </svg>
      <ul class="visually-hidden">
        {days.map((day) => (
          <li key={day.start}>
            {t('summary.dayCount', {
              day: sameDay(day.start, now)
                ? t('summary.dayToday', { day: weekday(day.start, 'long') })
                : weekday(day.start, 'long'),
              count: t('summary.sendsPaused', day.paused),
            })}
          </li>
        ))}
      </ul>
    </figure>
  );
}
