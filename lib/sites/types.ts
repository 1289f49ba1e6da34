import type { RowFacts } from '../streak.ts';
import type { SiteId } from './registry.ts';

/**
 * Who the open chat is, as far as the page tells. `ids` are every identity the page shows for it
 * (a normalised title, the app's own id), the steadiest first; any two readings of one chat share at
 * least one. They are hashed before they go anywhere.
 */
export interface ChatIdentity {
  ids: string[];
  /**
   * How sure the adapter is, steadiest first: the chat's id is in the page's address (Telegram,
   * Google Messages), the app's own id is on the page, only the title is, or nothing is.
   */
  sureness: 'url' | 'app-id' | 'title' | 'none';
}

/**
 * Whether the page's message rows can be read: `readable`, `none` (an empty or new chat), or
 * `unreadable` (messages are on screen in a shape the adapter does not know, so the unanswered
 * streak cannot be counted and the fourth-message pause is off; protest checks still work).
 */
export type RowsHealth = 'readable' | 'none' | 'unreadable';

/** The open conversation, read on demand at a send attempt (never by rescanning on mutations). */
export interface Conversation {
  chat: ChatIdentity;
  group: boolean;
  rows: RowsHealth;
  /** Message rows from the newest back, read lazily so only the streak's tail is touched. */
  rowsNewestFirst(): Iterable<RowFacts>;
  /**
   * Where the messages are on screen, and the newest message the other side wrote (null when none
   * is among the newest rows): what the nudge card must leave in view.
   */
  view(): { list: Element; newestIncoming: Element | null };
  /**
   * The other side's newest message, its words and when (null when none is among the newest
   * rows): read at a send attempt to see whether it carries the couple's pause signal. Never kept.
   */
  theirNewest(): { text: string; at: number | null } | null;
  /** When the other side first wrote at or after `since`, as far as the page's rows go; else null. */
  theirFirstSince(since: number): number | null;
  /**
   * What the page shows of the other side's presence and of the person's own messages being seen:
   * the header's status line (online, typing…, last seen) and the ticks on the person's messages
   * since the other side last wrote. Silence blinders cover these; null/empty where not found.
   */
  seenSigns(): { presence: Element | null; ticks: Element[] };
}

/**
 * What Softer needs from a messaging app's page. Each site is one folder of selectors plus these
 * small functions; the guard, the overlay and the recording are the same for every site.
 */
export interface SiteAdapter {
  id: SiteId;
  /** The composer the event target is in, if it is in one. */
  composerAt(target: EventTarget | null): HTMLElement | null;
  /** The send control the event target is (in), if it is one. */
  sendControlAt(target: EventTarget | null): HTMLElement | null;
  /** The composer a send control sends from (its own footer's, not just any on the page). */
  composerForControl(control: HTMLElement): HTMLElement | null;
  /** The composer's own send control, looked up afresh (it is re-rendered as the draft changes). */
  sendControlFor(composer: HTMLElement): HTMLElement | null;
  /** The open chat's composer, if the page has one. */
  composer(doc: Document): HTMLElement | null;
  readDraft(composer: HTMLElement): string;
  /** What Softer's card and notes sit just above: the composer's own bar (WhatsApp's footer). */
  anchorFor(composer: HTMLElement): Element;
  conversation(doc: Document, now: number): Conversation | null;
  /** Whether the app is showing its dark theme, so the overlay can match it. */
  prefersDark(doc: Document): boolean;
}
