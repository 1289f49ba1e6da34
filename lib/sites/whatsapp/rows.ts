import type { RowFacts } from '../../streak.ts';
import { normaliseTitle } from '../chat-title.ts';
import { querySelectorFirst } from '../dom.ts';
import { cssOf } from '../seen.ts';
import { whatsappSelectors as s } from './selectors.ts';
import { parseMessageTime, timeOnDay } from './timestamps.ts';

/**
 * Reads WhatsApp's message rows, in every page shape that is live (selectors.ts): message
 * wrappers are found from the end of the list at any depth, never by a fixed number of parents,
 * and each is read once whatever number of selectors match it.
 */

const WRAPPER = cssOf(s.messageWrapper).join(', ');
const FUTURE_SLACK_MS = 5 * 60_000;
const DAY_MS = 24 * 60 * 60_000;
/** How far back the group test and the health check look: enough rows to see a second sender. */
const LOOK_BACK = 20;

/** One message on the page, before it is read. */
interface Wrapper {
  element: Element;
  /** Which stretch of the list it is in: a date divider (or any other non-message row) ends a stretch. */
  stretch: number;
}

/**
 * Message wrappers from the end of the list. Within one list item the outermost match stands for
 * the message (the 2024 row has `[data-id]` around `.message-out`); two neighbouring wrappers with
 * one `data-id` are one message drawn twice (the 2026 ad-reply pair), so only one is kept.
 */
function* wrappersNewestFirst(list: Element): Generator<Wrapper> {
  let stretch = 0;
  let newerId: string | null = null;
  for (let item = list.lastElementChild; item; item = item.previousElementSibling) {
    const found = item.matches(WRAPPER) ? [item] : Array.from(item.querySelectorAll(WRAPPER));
    const outermost = found.filter(
      (element) => !found.some((other) => other !== element && other.contains(element)),
    );
    if (outermost.length === 0) {
      if (item.textContent?.trim()) stretch += 1;
      continue;
    }
    for (let i = outermost.length - 1; i >= 0; i--) {
      const element = outermost[i] as Element;
      const id = element.getAttribute('data-id');
      if (id && id === newerId) continue;
      newerId = id;
      yield { element, stretch };
    }
  }
}

/** The element that holds the messages: the list WhatsApp marks, else the conversation itself. */
export function messageList(main: Element): Element {
  return querySelectorFirst(main, cssOf(s.messageList)) ?? main;
}

/** `true_<chat id>_<message id>[_<participant>]`, the 2019–2025 id; the 2026 bare id has no parts. */
function chatIdOf(dataId: string | null): string | null {
  const parts = dataId?.split('_') ?? [];
  return parts.length >= 3 && (parts[0] === 'true' || parts[0] === 'false') && parts[1] ? parts[1] : null;
}

/**
 * Who wrote a message, by the strongest evidence the page gives (messaging-dom.md §1.4 point 3):
 * the id's prefix, then the bubble classes, then delivery ticks (only one's own messages have
 * them; a time label without ticks is the other side's), else null and the tail decides.
 */
function directionOf(element: Element): boolean | null {
  const id = element.getAttribute('data-id') ?? '';
  if (id.startsWith('true_')) return true;
  if (id.startsWith('false_')) return false;
  const has = (css: string) => element.matches(css) || element.querySelector(css) !== null;
  if (has(s.outgoingClass.css)) return true;
  if (has(s.incomingClass.css)) return false;
  if (element.querySelector(s.ticks.css)) return true;
  if (element.querySelector(s.meta.css)) return false;
  return null;
}

const tailOf = (element: Element): boolean | null =>
  element.querySelector(s.tailOut.css) ? true : element.querySelector(s.tailIn.css) ? false : null;

/** The time label a bubble shows itself (a leaf of `msg-meta`), for bubbles without a stamp. */
function metaLabel(element: Element): string | null {
  const meta = element.querySelector(s.meta.css);
  if (!meta) return null;
  for (const span of Array.from(meta.querySelectorAll('span'))) {
    const text = span.children.length === 0 ? span.textContent?.trim() : '';
    if (text && /\d/.test(text)) return text;
  }
  return null;
}

/** A message as read: who, when, and the sender its stamp names (for telling groups apart). */
interface Read {
  outgoing: boolean | null;
  /** Read only when asked for (`timeAt`): a send that passes rarely needs one. */
  at: number | null | undefined;
  /** The stamp, "[10:54 PM, 12/9/2025] Sam: ", or null on a bubble without one. */
  stamp: string | null;
  sender: string | null;
  stretch: number;
  element: Element;
  /** Whether `outgoing` has had its inference from the tail of its run. */
  resolved: boolean;
}

/**
 * The rows of one conversation, read lazily from the newest and remembered, so the streak, the
 * group test and the health check share one walk.
 */
export class Rows {
  private readonly walk: Generator<Wrapper>;
  private readonly read: Read[] = [];
  private done = false;

  constructor(
    list: Element,
    private readonly now: number,
  ) {
    this.walk = wrappersNewestFirst(list);
  }

  /** The row `index` places back from the newest, who wrote it resolved; null past the oldest. */
  at(index: number): Read | null {
    const row = this.peek(index);
    if (row && !row.resolved) {
      row.resolved = true;
      if (row.outgoing === null) row.outgoing = this.tailDirection(index);
    }
    return row;
  }

  /** The newest row the other side wrote, among the newest `within` rows. */
  newestIncoming(within: number): Element | null {
    const index = this.newestIncomingIndex(within);
    return index === null ? null : (this.at(index)?.element ?? null);
  }

  /** The words and time of the other side's newest message (a photo's words are empty). */
  theirNewest(within: number): { text: string; at: number | null } | null {
    const index = this.newestIncomingIndex(within);
    const row = index === null ? null : this.at(index);
    if (index === null || !row) return null;
    const text = querySelectorFirst(row.element, cssOf(s.messageText))?.textContent ?? '';
    const rows = this;
    // The time is parsed only if asked for: most sends need the words alone (no pause signal).
    return {
      text,
      get at() {
        return rows.timeAt(index);
      },
    };
  }

  /**
   * The delivery ticks of the person's own messages newer than the other side's newest, among the
   * newest `within` rows: what silence blinders cover.
   */
  ticksSinceTheirNewest(within: number): Element[] {
    const ticks: Element[] = [];
    for (let i = 0; i < within; i++) {
      const row = this.at(i);
      if (row?.outgoing !== true) break;
      ticks.push(...Array.from(row.element.querySelectorAll(s.ticks.css)));
    }
    return ticks;
  }

  /**
   * When the other side first wrote at or after `since` (their earliest message since then), or
   * null when they have not, as far as the rows on the page go. Stamps are to the minute, so a
   * message in the same minute as `since` counts.
   */
  theirFirstSince(since: number): number | null {
    const from = since - (since % 60_000);
    let first: number | null = null;
    for (let i = 0; ; i++) {
      const row = this.at(i);
      if (!row) return first;
      const at = this.timeAt(i);
      if (at !== null && at < from) return first;
      if (row.outgoing === false && at !== null) first = at;
    }
  }

  private newestIncomingIndex(within: number): number | null {
    for (let i = 0; i < within; i++) {
      const row = this.at(i);
      if (!row) return null;
      if (row.outgoing === false) return i;
    }
    return null;
  }

  /** When the row was written: its stamp, else its own time label read beside its neighbours. */
  timeAt(index: number): number | null {
    const row = this.peek(index);
    if (!row) return null;
    if (row.at === undefined)
      row.at = this.timeOf(row) ?? (row.stamp === null ? this.inferredTime(index) : null);
    return row.at;
  }

  *facts(): Generator<RowFacts> {
    for (let i = 0; ; i++) {
      const row = this.at(i);
      if (!row) return;
      const rows = this;
      yield {
        outgoing: row.outgoing,
        get at() {
          return rows.timeAt(i);
        },
      };
    }
  }

  private readOne({ element, stretch }: Wrapper): Read {
    const stamp =
      (element.matches(s.stamp.css) ? element : element.querySelector(s.stamp.css))?.getAttribute(
        'data-pre-plain-text',
      ) ?? null;
    const sender = stamp ? (/\]\s*(.*?)\s*:\s*$/u.exec(stamp)?.[1] ?? null) : null;
    return {
      outgoing: directionOf(element),
      at: undefined,
      stamp,
      sender,
      stretch,
      element,
      resolved: false,
    };
  }

  /** The time the row's own stamp gives, read once. */
  private timeOf(row: Read): number | null {
    return row.stamp === null ? null : parseMessageTime(row.stamp, this.now);
  }

  /** A run of bubbles from one side draws its tail on the first (oldest) one only. */
  private tailDirection(index: number): boolean | null {
    for (let i = index; i < index + LOOK_BACK; i++) {
      const row = i === index ? this.read[i] : this.peek(i);
      if (!row) return null;
      const tail = tailOf(row.element);
      if (tail !== null) return tail;
    }
    return null;
  }

  /**
   * A bubble with no stamp (a photo, a voice note) still shows its time; its day is the day of the
   * nearest stamped message in the same stretch of the list (no date divider between them), and,
   * failing that, the latest such time not in the future: a bubble at the end of the list is recent.
   */
  private inferredTime(index: number): number | null {
    const row = this.read[index];
    const label = row && metaLabel(row.element);
    if (!row || !label) return null;
    // The day of a stamped row in the same stretch: undefined once the stretch ends, null when unstamped.
    const stampedDay = (other: Read | null | undefined) =>
      other?.stretch === row.stretch ? this.timeOf(other) : undefined;
    for (let i = index - 1; i >= 0; i--) {
      const day = stampedDay(this.read[i]);
      if (day === undefined) break;
      if (day !== null) return timeOnDay(label, day);
    }
    for (let i = index + 1; i < index + LOOK_BACK; i++) {
      const day = stampedDay(this.peek(i));
      if (day === undefined) break;
      if (day !== null) return timeOnDay(label, day);
    }
    const today = timeOnDay(label, this.now);
    if (today === null) return null;
    return today > this.now + FUTURE_SLACK_MS ? today - DAY_MS : today;
  }

  /** A row read without resolving it (no tail or time inference), for looking further back. */
  private peek(index: number): Read | null {
    while (this.read.length <= index && !this.done) {
      const next = this.walk.next();
      if (next.done) this.done = true;
      else this.read.push(this.readOne(next.value));
    }
    return this.read[index] ?? null;
  }

  /** The app's chat id, from the newest row whose id carries one (2019–2025 shape only). */
  chatId(): string | null {
    for (let i = 0; i < LOOK_BACK; i++) {
      const row = this.peek(i);
      if (!row) return null;
      const id = chatIdOf(
        row.element.getAttribute('data-id') ??
          row.element.closest('[data-id]')?.getAttribute('data-id') ??
          null,
      );
      if (id) return id;
    }
    return null;
  }

  /**
   * A group shows who wrote each incoming message; in a one-to-one chat that is the chat's own title.
   * So an incoming stamp naming someone other than the title means a group (2026 ids carry no
   * `@g.us`). Without a title, or without incoming stamps, nothing is concluded.
   */
  namesOthersThan(title: string | null): boolean {
    if (!title) return false;
    for (let i = 0; i < LOOK_BACK; i++) {
      const row = this.peek(i);
      if (!row) return false;
      if (row.outgoing === false && row.sender && normaliseTitle(row.sender) !== title) return true;
    }
    return false;
  }

  /**
   * `readable` when the newest rows say who wrote them and when; `unreadable` when messages are on
   * the page but none of the newest can be read that far; `none` when there are no messages.
   */
  health(list: Element): 'readable' | 'none' | 'unreadable' {
    for (let i = 0; i < 5; i++) {
      const row = this.at(i);
      if (!row) return i === 0 && !hasMessageText(list) ? 'none' : 'unreadable';
      // Readable when it says who wrote it and shows a time, without reading the time yet.
      if (row.outgoing !== null && (row.stamp !== null || metaLabel(row.element) !== null)) return 'readable';
    }
    return 'unreadable';
  }
}

/** Messages carry a time label; an empty chat (or its encryption notice) does not. */
function hasMessageText(list: Element): boolean {
  for (const child of Array.from(list.children)) {
    if (child.matches('header, footer')) continue;
    if (/\d{1,2}[:.]\d{2}/.test(child.textContent ?? '')) return true;
  }
  return false;
}
