import type { RowFacts } from '../../streak.ts';
import { normaliseTitle } from '../chat-title.ts';
import type { RowsHealth } from '../types.ts';
import { messengerSelectors as s } from './selectors.ts';
import { type MessageLabel, readMessageLabel, separatorTime } from './timestamps.ts';

/**
 * Reads Messenger's message list from its newest row back, only as far as the caller asks.
 *
 * Two shapes are live. In the 2026-06 one each message is labelled with its own time and sender
 * ("At June 11, 2026, 8:59 AM, You: …"). In the 2025–2026 grid each message is a row whose cell
 * holds a spoken heading ("You sent", or the other side's name) and the words, and a time shows
 * only on a separator row drawn above a message that follows a gap. There:
 *
 * - Who wrote a message is its heading's, else that of the nearest older message with one: the
 *   heading starts a run from one side, so the rows under it, up to the next heading, are the same
 *   side's. With no heading within reach, or one that cannot be read (a page in another language
 *   that does not name the chat), it is unknown (null) and the streak stops there rather than guess.
 *   Where a bubble sits (right for one's own) is not read: it needs layout, which a send must not
 *   wait for, and no source says it holds.
 * - When it was written is its separator's time: the nearest separator above it. That is a lower
 *   bound (the message came at or after it), so a window check ("at or after since") can miss a
 *   message but never counts one that is too old. Messages above every separator are unknown.
 */

const ROW = s.row.css;
const LABELLED = s.labelledMessage.css;
const UNIT = `${LABELLED}, ${ROW}`;
/** How far back a message looks for the heading of its run, and the group test for senders. */
const LOOK_BACK = 20;

type Item = { kind: 'separator'; element: Element } | { kind: 'message'; element: Element };

/** The outermost of the elements: one message is read once, however many selectors match it. */
const outermost = (found: Element[]): Element[] =>
  found.filter((element) => !found.some((other) => other !== element && other.contains(element)));

/** A row's items, newest first: its labelled messages, else its message and its separator. */
function* itemsOf(unit: Element): Generator<Item> {
  if (!unit.matches(LABELLED)) {
    const labelled = outermost(Array.from(unit.querySelectorAll(LABELLED)));
    if (labelled.length > 0) {
      for (let i = labelled.length - 1; i >= 0; i--)
        yield { kind: 'message', element: labelled[i] as Element };
      return;
    }
  }
  const isMessage = unit.matches(LABELLED) || unit.querySelector(s.messageCell.css) !== null;
  if (isMessage) yield { kind: 'message', element: unit };
  const separator = unit.querySelector(s.separator.css);
  if (separator) yield { kind: 'separator', element: separator };
  else if (!isMessage && looksLikeSeparator(unit)) yield { kind: 'separator', element: unit };
}

/** A row without a separator's hook whose whole text is a short time ("Thu 6:42 PM") is one. */
const looksLikeSeparator = (row: Element): boolean => {
  const text = row.textContent?.trim() ?? '';
  return text.length > 0 && text.length < 40 && /\d{1,2}[:.]\d{2}/.test(text) && !row.querySelector('[dir]');
};

/**
 * Items from the end of the list. The walk starts at the first row's parent (climbing wrappers
 * that hold nothing else, such as the virtualised list's per-row divs), so only the rows read are
 * touched.
 */
function* itemsNewestFirst(list: Element): Generator<Item> {
  let start = list.querySelector(UNIT);
  while (start?.parentElement && start.parentElement !== list && start.parentElement.childElementCount === 1)
    start = start.parentElement;
  const parent = start?.parentElement;
  if (!parent) return;
  for (let node = parent.lastElementChild; node; node = node.previousElementSibling) {
    const units = node.matches(UNIT) ? [node] : outermost(Array.from(node.querySelectorAll(UNIT)));
    for (let i = units.length - 1; i >= 0; i--) yield* itemsOf(units[i] as Element);
  }
}

/** Who a heading or a label says wrote the message: the person (true), someone else (false), or null. */
interface Cue {
  outgoing: boolean | null;
  sender: string | null;
}

const NO_CUE: Cue = { outgoing: null, sender: null };
/** "You sent", "You replied to Sam", "You forwarded a message", or "You" alone (a label's sender). */
const OWN = /^you(?:\s+(?:sent|replied|forwarded|unsent|reacted)\b.*)?$/i;
/** "Sam sent", "Sam replied to you". */
const THEIRS = /^(.+?)\s+(?:sent|replied|forwarded|unsent)\b/i;

/** What the page reads, for the headings: English words, and the chat's name in any language. */
export interface Reading {
  english: boolean;
  title: string | null;
}

export function cueOf(heading: string | null | undefined, reading: Reading): Cue {
  const text = heading?.replace(/\s+/g, ' ').trim();
  if (!text) return NO_CUE;
  if (OWN.test(text)) return { outgoing: true, sender: 'You' };
  if (reading.english) return { outgoing: false, sender: THEIRS.exec(text)?.[1] ?? text };
  // In another language, "You sent" is not known: only a heading holding the chat's name is read.
  const name = normaliseTitle(text);
  return reading.title && name?.includes(reading.title) ? { outgoing: false, sender: text } : NO_CUE;
}

interface Message {
  element: Element;
  /** Where it is among the items read, to find the separator above it. */
  item: number;
  /** Its own cue, and whether it has a heading or label at all (one that may not be readable). */
  cue: Cue;
  marked: boolean;
  label: MessageLabel | null;
  outgoing?: boolean | null;
  at?: number | null;
}

/** The words of a message: its label's, else its last `dir="auto"` block that is not a heading. */
function wordsOf(message: Message): string {
  if (message.label?.words) return message.label.words;
  const blocks = Array.from(message.element.querySelectorAll(s.messageText.css)).filter(
    (block) => !block.closest('h1, h2, h3, h4, h5, h6') && !block.querySelector(s.messageText.css),
  );
  for (let i = blocks.length - 1; i >= 0; i--) {
    const text = blocks[i]?.textContent?.trim();
    if (text) return text;
  }
  return '';
}

/**
 * The rows of one conversation, read lazily from the newest and remembered, so the streak, the
 * group test and the health check share one walk.
 */
export class Rows {
  private readonly walk: Generator<Item>;
  private readonly items: Item[] = [];
  private readonly messages: Message[] = [];
  private readonly separators = new Map<number, number | null>();
  private done = false;

  constructor(
    private readonly list: Element,
    private readonly now: number,
    private readonly reading: Reading,
  ) {
    this.walk = itemsNewestFirst(list);
  }

  /** Reads one more item; false at the oldest. */
  private more(): boolean {
    if (this.done) return false;
    const next = this.walk.next();
    if (next.done) {
      this.done = true;
      return false;
    }
    const item = next.value;
    this.items.push(item);
    if (item.kind === 'message') this.messages.push(this.readMessage(item.element, this.items.length - 1));
    return true;
  }

  private readMessage(element: Element, item: number): Message {
    // The 2026-06 message's own label, else the one some builds put inside it.
    const own = element.matches(LABELLED)
      ? readMessageLabel(element.getAttribute('aria-label'), this.now)
      : null;
    const inner = element.querySelector(s.sentLabel.css)?.getAttribute('aria-label');
    const label = own?.outgoing != null ? own : inner ? readMessageLabel(inner, this.now) : own;
    const heading = element.querySelector(s.senderHeading.css);
    const cue: Cue =
      label?.outgoing != null
        ? { outgoing: label.outgoing, sender: label.sender }
        : cueOf(heading?.textContent, this.reading);
    const marked = label?.outgoing != null || !!heading?.textContent?.trim();
    return { element, item, cue, marked, label };
  }

  /** The message `index` places back from the newest, unresolved; null past the oldest on the page. */
  private peek(index: number): Message | null {
    while (this.messages.length <= index && this.more()) {
      // Reading on until the message is there.
    }
    return this.messages[index] ?? null;
  }

  /**
   * Who wrote message `index`: its own heading's side, else its run's (the nearest older heading
   * within reach, even one that cannot be read, which leaves it unknown).
   */
  outgoingAt(index: number): boolean | null {
    const message = this.peek(index);
    if (!message) return null;
    if (message.outgoing === undefined) {
      message.outgoing = null;
      for (let i = index; i < index + LOOK_BACK; i++) {
        const older = this.peek(i);
        if (!older) break;
        if (older.marked) {
          message.outgoing = older.cue.outgoing;
          break;
        }
      }
    }
    return message.outgoing;
  }

  /** When message `index` was written: its label's time, else its separator's (a lower bound). */
  timeAt(index: number): number | null {
    const message = this.peek(index);
    if (!message) return null;
    if (message.at === undefined) {
      message.at = message.label?.at ?? this.separatorAbove(message.item);
    }
    return message.at;
  }

  /** The time of the nearest separator above item `from`; null when there is none or it cannot be read. */
  private separatorAbove(from: number): number | null {
    for (let i = from + 1; ; i++) {
      if (i >= this.items.length && !this.more()) return null;
      const item = this.items[i];
      if (item?.kind !== 'separator') continue;
      let at = this.separators.get(i);
      if (at === undefined) {
        at = separatorTime(item.element.textContent, this.now);
        this.separators.set(i, at);
      }
      return at;
    }
  }

  *facts(): Generator<RowFacts> {
    for (let i = 0; ; i++) {
      if (!this.peek(i)) return;
      const outgoing = this.outgoingAt(i);
      const rows = this;
      yield {
        outgoing,
        get at() {
          return rows.timeAt(i);
        },
      };
    }
  }

  private newestIncomingIndex(within: number): number | null {
    for (let i = 0; i < within; i++) {
      if (!this.peek(i)) return null;
      if (this.outgoingAt(i) === false) return i;
    }
    return null;
  }

  newestIncoming(within: number): Element | null {
    const index = this.newestIncomingIndex(within);
    return index === null ? null : (this.peek(index)?.element ?? null);
  }

  /** The words and time of the other side's newest message; the time is read only if asked for. */
  theirNewest(within: number): { text: string; at: number | null } | null {
    const index = this.newestIncomingIndex(within);
    const message = index === null ? null : this.peek(index);
    if (index === null || !message) return null;
    const rows = this;
    return {
      text: wordsOf(message),
      get at() {
        return rows.timeAt(index);
      },
    };
  }

  /**
   * When the other side first wrote at or after `since`, as far as the rows on the page go. Times
   * are to the minute and, under a separator, lower bounds: a message in the same minute as
   * `since` counts, and one written after `since` under an older separator is not seen.
   */
  theirFirstSince(since: number): number | null {
    const from = since - (since % 60_000);
    let first: number | null = null;
    for (let i = 0; this.peek(i); i++) {
      const at = this.timeAt(i);
      if (at !== null && at < from) return first;
      if (this.outgoingAt(i) === false && at !== null) first = at;
    }
    return first;
  }

  /** The read receipts ("Seen by Sam") after the other side's newest message, within `within` rows. */
  receiptsSinceTheirNewest(within: number): Element[] {
    const theirs = this.newestIncoming(within);
    return Array.from(this.list.querySelectorAll(s.seenBy.css)).filter(
      (receipt) =>
        !theirs ||
        (!theirs.contains(receipt) &&
          (theirs.compareDocumentPosition(receipt) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0),
    );
  }

  /**
   * The names the other side's headings give, among the newest `within` messages (a group names
   * each sender above their run; a one-to-one chat names only the chat).
   */
  senders(within: number): string[] {
    const names: string[] = [];
    for (let i = 0; i < within; i++) {
      const message = this.peek(i);
      if (!message) break;
      if (message.cue.outgoing === false && message.cue.sender) names.push(message.cue.sender);
    }
    return names;
  }

  /**
   * `readable` when one of the newest messages says who wrote it and when; `unreadable` when
   * messages are on the page but none of the newest can be read that far; `none` when there are
   * none (an empty chat, or its profile card, shows no time).
   */
  health(): RowsHealth {
    for (let i = 0; i < 5; i++) {
      if (!this.peek(i))
        return i === 0 && !/\d{1,2}[:.]\d{2}/.test(this.list.textContent ?? '') ? 'none' : 'unreadable';
      if (this.outgoingAt(i) !== null && this.timeAt(i) !== null) return 'readable';
    }
    return 'unreadable';
  }
}
