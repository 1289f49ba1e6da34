import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { WeeklySummary } from '@/components/WeeklySummary.tsx';
import { WeeksProgress } from '@/components/WeeksProgress.tsx';
import { ask } from '@/lib/client.ts';
import { t } from '@/lib/i18n.ts';
import { activeTabStatus, type PageStatus } from '@/lib/page-status.ts';
import type { WeeklySummary as Summary } from '@/lib/summary.ts';
import { MutedHere } from './MutedHere.tsx';
import { PageNotice } from './PageNotice.tsx';
import { PauseControls } from './PauseControls.tsx';

type Week = { state: 'loading' } | { state: 'ready'; summary: Summary } | { state: 'unavailable' };

/** The toolbar popup: the weekly summary, a quick pause, and the way to the options page. */
export function Popup() {
  const [now] = useState(() => Date.now());
  const [week, setWeek] = useState<Week>({ state: 'loading' });
  // The messaging page the popup was opened over, if it is one: asked once, when the popup opens.
  const [page, setPage] = useState<PageStatus | null>(null);
  useEffect(() => {
    activeTabStatus().then(setPage, () => setPage(null));
  }, []);

  const load = useCallback(async () => {
    setWeek({ state: 'loading' });
    try {
      const answer = await ask({ type: 'weekly-summary', now });
      setWeek(answer.ok ? { state: 'ready', summary: answer.summary } : { state: 'unavailable' });
    } catch {
      // The background may be restarting or the database may not open; the popup still says so.
      setWeek({ state: 'unavailable' });
    }
  }, [now]);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <>
      <header class="page-header">
        <h1>Softer</h1>
        <span class="header-links">
          <a
            class="link"
            href={browser.runtime.getURL('/welcome.html')}
            target="_blank"
            rel="noopener"
            data-action="open-welcome"
          >
            {t('common.howItWorks')}
          </a>
          <a
            class="link"
            href={`${browser.runtime.getURL('/options.html')}#agreement`}
            target="_blank"
            rel="noopener"
            data-action="open-agreement"
          >
            {t('common.ourAgreement')}
          </a>
          <button
            type="button"
            class="link"
            data-action="open-options"
            onClick={() => browser.runtime.openOptionsPage()}
          >
            {t('common.settingsAndData')}
          </button>
        </span>
      </header>
      <main>
        <PageNotice status={page} />
        <MutedHere status={page} />
        <section aria-labelledby="week-heading" aria-busy={week.state === 'loading'}>
          <h2 id="week-heading">{t('popup.yourWeek')}</h2>
          {week.state === 'loading' && <p class="muted">{t('popup.counting')}</p>}
          {week.state === 'ready' && <WeeklySummary summary={week.summary} now={now} />}
          {week.state === 'unavailable' && (
            <div class="notice" role="alert">
              <p>{t('popup.unavailable')}</p>
              <button type="button" data-action="retry" onClick={() => void load()}>
                {t('popup.tryAgain')}
              </button>
            </div>
          )}
        </section>
        {week.state === 'ready' && <WeeksProgress weeks={week.summary.weeks} />}
        <PauseControls now={now} />
      </main>
    </>
  );
}
