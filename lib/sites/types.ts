import type { SiteId } from '../settings.ts';
import type { RowFacts } from '../streak.ts';

/** The open conversation, read on demand at a send attempt (never by rescanning on mutations). */
export interface Conversation {
  /** The app's own id for the chat (hashed before it goes anywhere), or null if unreadable. */
  chatId: string | null;
  /** The open chat's title as the header shows it; compared in memory only, never stored. */
  title: string | null;
  group: boolean;
  /** Message rows from the newest back, read lazily so only the streak's tail is touched. */
  rowsNewestFirst(): Iterable<RowFacts>;
}

/**
 * What Softer needs from a messaging app's page. Each site is one file of selectors plus these
 * small functions; the guard, the overlay and the recording are the same for every site.
 */
export interface SiteAdapter {
  id: SiteId;
  /** The composer the event target is in, if it is in one. */
  composerAt(target: EventTarget | null): HTMLElement | null;
  /** The send control the event target is (in), if it is one. */
  sendControlAt(target: EventTarget | null): HTMLElement | null;
  /** The open chat's composer, if the page has one. */
  composer(doc: Document): HTMLElement | null;
  /** The open chat's send control, looked up afresh (it is re-rendered as the draft changes). */
  sendControl(doc: Document): HTMLElement | null;
  readDraft(composer: HTMLElement): string;
  conversation(doc: Document, now: number): Conversation | null;
  /** Whether the app is showing its dark theme, so the overlay can match it. */
  prefersDark(doc: Document): boolean;
}
