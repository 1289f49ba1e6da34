import type { RowFacts } from '../../streak.ts';
import { cssOf } from '../seen.ts';
import { attributeOf, googleMessagesSelectors as s } from './selectors.ts';
import { readMessageLabel } from './timestamps.ts';

/**
 * Reads Google Messages' message rows from the newest back, only as far as the caller asks. The
 * page keeps the newest few dozen messages mounted, as `mws-message-wrapper` siblings with date
 * separators (tombstones) between them.
 */

const MESSAGE = cssOf(s.message).join(', ');
const TEXT = cssOf(s.messageText);
/** One's own message ids: a UUID once sent, `tmp_…` while sending (clanker page-structure.md). */
const OWN_ID = /^(?:tmp_|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$)/i;

/** Whether an element is the message's own, not part of the message a reply quotes. */
const ownPart = (element: Element) => !element.closest(s.quoted.css);

/** The message's own elements matching `css`, the wrapper itself first. */
function own(wrapper: Element, css: string): Element[] {
  const inside = Array.from(wrapper.querySelectorAll(css)).filter(ownPart);
  return wrapper.matches(css) ? [wrapper, ...inside] : inside;
}

/**
 * Message wrappers from the end of the list, skipping date separators and deleted messages. The
 * walk starts from the first wrapper's parent: a build that puts each wrapper in an element of its
 * own is walked from that element's parent instead.
 */
function* wrappersNewestFirst(list: Element): Generator<Element> {
  const first = list.querySelector(MESSAGE);
  let item = first;
  while (item?.parentElement && item.parentElement !== list && item.parentElement.childElementCount === 1)
    item = item.parentElement;
  const parent = item?.parentElement;
  if (!parent) return;
  for (let node = parent.lastElementChild; node; node = node.previousElementSibling) {
    const found = node.matches(MESSAGE)
      ? [node]
      : Array.from(node.querySelectorAll(MESSAGE)).filter(
          (inner) => inner.parentElement?.closest(MESSAGE) === null,
        );
    for (let i = found.length - 1; i >= 0; i--) {
      const wrapper = found[i] as Element;
      if (own(wrapper, s.tombstone.css).length === 0) yield wrapper;
    }
  }
}

/**
 * Who wrote a message, by the strongest evidence first: the page's own true/false (in every
 * language), then the English label ("Sent on" / "Received on", "You said:"), then the shape of its
 * id, which only one's own messages have. Null when nothing says.
 */
function directionOf(wrapper: Element, fromLabel: boolean | null): boolean | null {
  for (const entry of s.outgoing) {
    const value = own(wrapper, entry.css)[0]?.getAttribute(attributeOf(entry));
    if (value === 'true') return true;
    if (value === 'false') return false;
  }
  if (fromLabel !== null) return fromLabel;
  const id = own(wrapper, s.messageId.css)[0]?.getAttribute(attributeOf(s.messageId)) ?? '';
  return OWN_ID.test(id) ? true : null;
}

/** A message as read: who wrote it, when, and the sender its label names. */
export interface Row {
  element: Element;
  outgoing: boolean | null;
  at: number | null;
  sender: string | null;
}

function readRow(wrapper: Element, now: number): Row {
  const label = own(wrapper, s.labelledPart.css)
    .map((part) => part.getAttribute('aria-label'))
    .find((text) => text?.trim());
  const read = readMessageLabel(label, now);
  return {
    element: wrapper,
    outgoing: directionOf(wrapper, read.outgoing),
    at: read.at,
    sender: read.sender,
  };
}

/** The words a message shows (not its label), or '' for a photo without a caption. */
function wordsOf(wrapper: Element): string {
  for (const css of TEXT) {
    const found = own(wrapper, css)[0];
    if (found) return found.textContent?.trim() ?? '';
  }
  return '';
}

/**
 * The rows of one conversation, read lazily from the newest and remembered, so the streak, the
 * group test and the health check share one walk.
 */
export class Rows {
  private readonly walk: Generator<Element>;
  private readonly read: Row[] = [];
  private done = false;

  constructor(
    list: Element,
    private readonly now: number,
  ) {
    this.walk = wrappersNewestFirst(list);
  }

  /** The row `index` places back from the newest; null past the oldest on the page. */
  at(index: number): Row | null {
    while (this.read.length <= index && !this.done) {
      const next = this.walk.next();
      if (next.done) this.done = true;
      else this.read.push(readRow(next.value, this.now));
    }
    return this.read[index] ?? null;
  }

  *facts(): Generator<RowFacts> {
    for (let i = 0; ; i++) {
      const row = this.at(i);
      if (!row) return;
      yield { outgoing: row.outgoing, at: row.at };
    }
  }

  /** The newest row the other side wrote, among the newest `within` rows. */
  newestIncoming(within: number): Row | null {
    for (let i = 0; i < within; i++) {
      const row = this.at(i);
      if (!row || row.outgoing === false) return row;
    }
    return null;
  }

  /** The words and time of the other side's newest message. */
  theirNewest(within: number): { text: string; at: number | null } | null {
    const row = this.newestIncoming(within);
    return row && { text: wordsOf(row.element), at: row.at };
  }

  /**
   * When the other side first wrote at or after `since`, as far as the rows on the page go. Labels
   * are to the minute, so a message in the same minute as `since` counts.
   */
  theirFirstSince(since: number): number | null {
    const from = since - (since % 60_000);
    let first: number | null = null;
    for (let i = 0; ; i++) {
      const row = this.at(i);
      if (!row || (row.at !== null && row.at < from)) return first;
      if (row.outgoing === false && row.at !== null) first = row.at;
    }
  }

  /** The "Delivered" / "Read" lines of the person's own messages newer than the other side's newest. */
  statusSinceTheirNewest(within: number): Element[] {
    const lines: Element[] = [];
    for (let i = 0; i < within; i++) {
      const row = this.at(i);
      if (row?.outgoing !== true) break;
      lines.push(...own(row.element, s.status.css));
    }
    return lines;
  }

  /** The names the other side's messages are signed with, among the newest `within` rows. */
  senders(within: number): string[] {
    const names: string[] = [];
    for (let i = 0; i < within; i++) {
      const row = this.at(i);
      if (!row) break;
      if (row.outgoing === false && row.sender) names.push(row.sender);
    }
    return names;
  }

  /**
   * `readable` when the newest rows say who wrote them and when; `unreadable` when messages are on
   * the page but none of the newest can be read that far (a new shape, or a translated page whose
   * labels give no time); `none` when there are no messages.
   */
  health(list: Element): 'readable' | 'none' | 'unreadable' {
    for (let i = 0; i < 5; i++) {
      const row = this.at(i);
      if (!row) return i === 0 && !/\d{1,2}[:.]\d{2}/.test(list.textContent ?? '') ? 'none' : 'unreadable';
      if (row.outgoing !== null && row.at !== null) return 'readable';
    }
    return 'unreadable';
  }
}
