import { t } from '@/lib/i18n.ts';
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
        <p>{t('popup.rowsUnreadable', { app })}</p>
        <p class="muted">{t('popup.rowsUnreadableWhy', { app })}</p>
      </div>
    );
  }
  if (status?.nudge === 'failed') {
    return (
      <div class="notice" role="status" data-page-health="nudge-failed">
        <p>{t('popup.nudgeFailed')}</p>
      </div>
    );
  }
  return null;
}
