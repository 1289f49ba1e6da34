import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WeekChart } from '@/components/WeekChart.tsx';

/** Monday 8 December 2025 to Sunday 14th, local time; today is the Wednesday. */
const now = new Date(2025, 11, 10, 15, 0).getTime();
const week = (counts: number[]) =>
  counts.map((paused, day) => ({ start: new Date(2025, 11, 8 + day).getTime(), paused }));

describe('WeekChart', () => {
  let host: HTMLElement;

  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    act(() => render(<WeekChart days={week([2, 0, 3, 0, 0, 0, 0])} now={now} />, host));
  });
  afterEach(() => {
    render(null, host);
    host.remove();
  });

  it('is a named picture', () => {
    const svg = host.querySelector('svg[role="img"]');
    const title = host.querySelector(`#${svg?.getAttribute('aria-labelledby')}`);
    expect(title?.tagName.toLowerCase()).toBe('title');
    expect(title?.textContent).toBe('Sends paused each day this week, Monday to Sunday');
  });

  it('lists the seven days and their counts for screen readers, today marked', () => {
    expect([...host.querySelectorAll('.visually-hidden li')].map((li) => li.textContent)).toEqual([
      'Monday: 2 sends paused',
      'Tuesday: 0 sends paused',
      'Wednesday (today): 3 sends paused',
      'Thursday: 0 sends paused',
      'Friday: 0 sends paused',
      'Saturday: 0 sends paused',
      'Sunday: 0 sends paused',
    ]);
  });

  it('draws one bar per day, the tallest for the busiest day, and marks today', () => {
    const heights = [...host.querySelectorAll('rect')].map((rect) => Number(rect.getAttribute('height')));
    expect(heights).toHaveLength(7);
    expect(Math.max(...heights)).toBe(heights[2]);
    expect(heights[0]).toBeGreaterThan(heights[1] ?? 0);
    expect(host.querySelector('.today .weekday')?.textContent).toBe('Today');
  });

  it('says one send in the singular', () => {
    act(() => render(<WeekChart days={week([1, 0, 0, 0, 0, 0, 0])} now={now} />, host));
    expect(host.querySelector('.visually-hidden li')?.textContent).toBe('Monday: 1 send paused');
  });
});
