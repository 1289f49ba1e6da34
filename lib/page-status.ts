import { browser } from 'wxt/browser';
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
  /**
   * The open chat's salted hashes (lib/chat-hash.ts), steadiest first, so the popup and the options
   * page can tell a muted chat is the one open here; empty when no chat is open or it has no name.
   */
  chats: string[];
}

export const PAGE_STATUS_REQUEST = { type: 'page-status' } as const;

export const isPageStatusRequest = (message: unknown): boolean =>
  typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'page-status';

/** The status of the messaging page in the tab the popup was opened over; null when it is not one. */
export async function activeTabStatus(): Promise<PageStatus | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : tabStatus(tab.id);
}

/** The status of every open messaging page (tabs without Softer's content script do not answer). */
export async function openPageStatuses(): Promise<PageStatus[]> {
  const tabs = await browser.tabs.query({});
  const statuses = await Promise.all(tabs.map((tab) => (tab.id === undefined ? null : tabStatus(tab.id))));
  return statuses.filter((status): status is PageStatus => status !== null);
}

async function tabStatus(tabId: number): Promise<PageStatus | null> {
  try {
    return ((await browser.tabs.sendMessage(tabId, PAGE_STATUS_REQUEST)) as PageStatus | undefined) ?? null;
  } catch {
    return null;
  }
}
