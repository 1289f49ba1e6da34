import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '@/entrypoints/popup/Popup.tsx';
import { ask } from '@/lib/client.ts';
import { loadSettings } from '@/lib/settings-store.ts';
import type { WeekFigures, WeeklySummary } from '@/lib/summary.ts';

/** The week of Monday 8 December 2025, local time; now is its Wednesday afternoon. */
const now = new Date(2025, 11, 10, 15, 0).getTime();

const quietWeek: WeekFigures = {
  paused: 0,
  softened: 0,
  waited: 0,
  sentAnyway: 0,
  love: 0,
  anxiety: 0,
  longestStreak: 0,
  held: 0,
  repliedFirst: 0,
  topKind: null,
};

const summary: WeeklySummary = {
  weekStart: new Date(2025, 11, 8).getTime(),
  thisWeek: {
    paused: 5,
    softened: 2,
    waited: 1,
    sentAnyway: 2,
    love: 1,
    anxiety: 3,
    longestStreak: 6,
    held: 0,
    repliedFirst: 0,
    topKind: 'blame-question',
  },
  lastWeek: {
    paused: 3,
    softened: 1,
    waited: 0,
    sentAnyway: 2,
    love: 2,
    anxiety: 1,
    longestStreak: 4,
    held: 0,
    repliedFirst: 0,
    topKind: 'demand-ping',
  },
  days: [2, 0, 3, 0, 0, 0, 0].map((paused, day) => ({
    start: new Date(2025, 11, 8 + day).getTime(),
    paused,
  })),
  weeks: [],
};

const firstWeek: WeeklySummary = {
  ...summary,
  thisWeek: quietWeek,
  lastWeek: quietWeek,
  days: summary.days.map((day) => ({ ...day, paused: 0 })),
};

vi.mock('@/lib/client.ts', () => ({ ask: vi.fn() }));
const answer = (value: unknown) => vi.mocked(ask).mockImplementation(async () => value as never);

describe('the popup', () => {
  let host: HTMLElement;
  const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));
  const open = async () => {
    await act(() => render(<Popup />, host));
    await settle();
  };
  const stat = (name: string) => host.querySelector(`[data-stat="${name}"]`)?.textContent;
  const button = (action: string) => host.querySelector(`[data-action="${action}"]`) as HTMLButtonElement;

  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['Date'], now });
    host = document.createElement('div');
    document.body.append(host);
    answer({ ok: true, summary });
  });
  afterEach(() => {
    render(null, host);
    host.remove();
    vi.useRealTimers();
    vi.mocked(ask).mockReset();
  });

  it('asks for the week that contains now', async () => {
    await open();
    expect(ask).toHaveBeenCalledWith({ type: 'weekly-summary', now });
  });

  it('shows each figure of this week as a bare number under its data-stat, last week beside it', async () => {
    await open();
    expect({
      paused: stat('paused'),
      softened: stat('softened'),
      waited: stat('waited'),
      sentAnyway: stat('sent-anyway'),
      love: stat('love'),
      anxiety: stat('anxiety'),
      longestStreak: stat('longest-streak'),
    }).toEqual({
      paused: '5',
      softened: '2',
      waited: '1',
      sentAnyway: '2',
      love: '1',
      anxiety: '3',
      longestStreak: '6',
    });
    const row = host.querySelector('[data-stat="paused"]')?.closest('tr');
    expect(row?.querySelector('.last-week')?.textContent).toBe('3');
  });

  it('reads the trend in one sentence and names the protest kind in plain words', async () => {
    await open();
    expect(host.textContent).toContain('You caught the cycle 5 times this week, 2 more than last week');
    expect(host.querySelector('.top-kind')?.textContent).toContain('blame questions');
    expect(host.querySelector('.top-kind')?.textContent).toContain('demands and pings');
    expect(host.textContent).not.toContain('blame-question');
  });

  it('welcomes a first week with what it will show and that it only counts', async () => {
    answer({ ok: true, summary: firstWeek });
    await open();
    expect(host.querySelector('[data-stat]')).toBeNull();
    expect(host.textContent).toContain('Nothing to show yet');
    expect(host.textContent).toContain(
      'Softer only counts. Your messages are never stored or sent anywhere.',
    );
  });

  it.each([
    ['answers that the database cannot open', () => answer({ ok: false, error: 'database unavailable' })],
    ['request throws', () => vi.mocked(ask).mockRejectedValue(new Error('Receiving end does not exist'))],
  ])('explains itself when the %s, instead of going blank', async (_case, fail) => {
    fail();
    await open();
    expect(host.querySelector('[data-stat]')).toBeNull();
    expect(host.querySelector('[role="alert"]')?.textContent).toMatch(
      /Softer can't open its history right now.*Nudges still work, and nothing you send is affected/,
    );
    answer({ ok: true, summary });
    await act(() => button('retry').click());
    await settle();
    expect(stat('paused')).toBe('5');
  });

  it('pauses nudges for an hour, says until when, and resumes', async () => {
    await open();
    await act(() => button('pause-hour').click());
    await settle();
    expect((await loadSettings()).pausedUntil).toBe(now + 60 * 60 * 1000);
    // 16:00 or 4:00 PM, as the person's locale writes it.
    const time = new Date(now + 60 * 60 * 1000).toLocaleTimeString([], {
      hour: '2-digit',
      minute: '2-digit',
    });
    expect(host.querySelector('.pause [role="status"]')?.textContent).toBe(`Paused until ${time}`);
    expect(document.activeElement).toBe(button('resume'));

    await act(() => button('resume').click());
    await settle();
    expect((await loadSettings()).pausedUntil).toBe(0);
    expect(button('pause-hour')).not.toBeNull();
  });

  it('pauses nudges for the rest of today, until local midnight', async () => {
    await open();
    await act(() => button('pause-today').click());
    await settle();
    expect((await loadSettings()).pausedUntil).toBe(new Date(2025, 11, 11).getTime());
    expect(host.textContent).toContain('Paused for the rest of today');
  });

  it('says so when a pause could not be saved', async () => {
    await open();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await act(() => button('pause-hour').click());
    await settle();
    expect(host.querySelector('.pause [role="alert"]')?.textContent).toBe(
      "That didn't save. Please try again.",
    );
    expect(button('pause-hour')).not.toBeNull();
  });

  it('opens the options page', async () => {
    const openOptionsPage = vi.spyOn(browser.runtime, 'openOptionsPage').mockResolvedValue();
    await open();
    button('open-options').click();
    expect(openOptionsPage).toHaveBeenCalledOnce();
  });
});
