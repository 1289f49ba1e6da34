import type { SiteId } from './settings.ts';
import type { RowsHealth } from './sites/types.ts';

/**
 * What the content script in a messaging tab tells the popup about that page, asked for when the
 * popup opens (never sent unasked): whether the message rows can be read, and whether the nudge
 * is ready. The popup says so when part of Softer is off on that page instead of staying silent.
 */
export interface PageStatus {
  site: SiteId;
  /** Null until a chat with a composer is open. */
  rows: RowsHealth | null;
  /** The nudge loads when the composer is first focused; `failed` means this tab has no nudges. */
  nudge: 'waiting' | 'ready' | 'failed';
}

export const PAGE_STATUS_REQUEST = { type: 'page-status' } as const;

export const isPageStatusRequest = (message: unknown): boolean =>
  typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'page-status';
