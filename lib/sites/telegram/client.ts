/**
 * What sets Telegram's two web clients apart, as the adapter needs it (web-k.ts, web-a.ts): where
 * their parts are, and how one message row says who wrote it, when, and what.
 */

export interface Client {
  /** The open chat's column. */
  conversation: readonly string[];
  /** The chat's input bar, which holds the message box and its send button. */
  inputBar: readonly string[];
  /** What Softer's card sits just above. */
  anchor: readonly string[];
  composer: readonly string[];
  sendButton: readonly string[];
  /** The class the send button carries while it would send (it also records, edits, schedules). */
  sendMode: string;
  messageList: readonly string[];
  title: readonly string[];
  /** The header's status line under the chat's name, if it shows one. */
  presence(conversation: Element): Element | null;
  /** The client's own dark-theme marker. */
  dark: string;
  /** How its rows read; `now` gives a day to clocks that show none. */
  rowReader(now: number): RowReader;
}

export interface RowReader {
  /** Whether a list element is one message someone wrote (not a date heading or service line). */
  isMessage(element: Element): boolean;
  outgoing(message: Element): boolean | null;
  time(message: Element): number | null;
  /** Its words, without the time label drawn inside them. */
  text(message: Element): string;
  /** The sender's name it shows (groups only), or null. */
  sender(message: Element): string | null;
  /** Delivery ticks, found inside one's own messages. */
  ticks: string;
}

/** The element's text, leaving out whatever sits inside `skip` (a time label within the words). */
export function textWithout(element: Element, skip: string): string {
  let text = '';
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest(skip)) text += (node as Text).data;
  }
  return text.trim();
}

/** The element when it shows any text, else null (a status line can be present but empty). */
export const withText = (element: Element | null | undefined): Element | null =>
  element?.textContent?.trim() ? element : null;
