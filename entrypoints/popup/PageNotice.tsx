import type { PageStatus } from '@/lib/page-status.ts';
import { siteEntry } from '@/lib/sites/registry.ts';

/**
 * Says plainly when part of Softer is off on the page the popup was opened over, instead of
 * letting "On" stand for something that is not happening there. Silent when all is well.
 */
export function PageNotice({ status }: { status: PageStatus | null }) {
  if (status?.rows === 'unreadable') {
    const app = siteEntry(status.site).name;
    return (
      <div class="notice" role="status" data-page-health="rows-unreadable">
        <p>
          On this {app} page Softer can't read the messages, so the pause before a fourth message into silence
          is off here. Messages that might read as a complaint are still paused.
        </p>
        <p class="muted">{app} may have changed its page; an update to Softer will follow it.</p>
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
