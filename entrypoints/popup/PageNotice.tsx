import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PAGE_STATUS_REQUEST, type PageStatus } from '@/lib/page-status.ts';

/** Asks the content script in the tab the popup was opened over; no answer means no messaging page. */
async function activeTabStatus(): Promise<PageStatus | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return null;
  return ((await browser.tabs.sendMessage(tab.id, PAGE_STATUS_REQUEST)) as PageStatus | undefined) ?? null;
}

/**
 * Says plainly when part of Softer is off on the page the popup was opened over, instead of
 * letting "On" stand for something that is not happening there. Silent when all is well.
 */
export function PageNotice() {
  const [status, setStatus] = useState<PageStatus | null>(null);
  useEffect(() => {
    activeTabStatus().then(setStatus, () => setStatus(null));
  }, []);

  if (status?.rows === 'unreadable') {
    return (
      <div class="notice" role="status" data-page-health="rows-unreadable">
        <p>
          On this WhatsApp page Softer can't read the messages, so the pause before a fourth message into
          silence is off here. Protest checks still work.
        </p>
        <p class="muted">WhatsApp may have changed its page; an update to Softer will follow it.</p>
      </div>
    );
  }
  if (status?.nudge === 'failed') {
    return (
      <div class="notice" role="status" data-page-health="nudge-failed">
        <p>
          Softer couldn't start on this page, so sends go through without a pause. Reloading the tab may help.
        </p>
      </div>
    );
  }
  return null;
}
