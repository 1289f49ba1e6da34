import type { RowFacts } from '../../streak.ts';
import { normaliseTitle } from '../chat-title.ts';
import type { RowsHealth } from '../types.ts';
import type { RowReader } from './client.ts';

/**
 * Reads a Telegram message list from its newest row back, as far as the caller asks. Both clients
 * nest their rows a level or two deep (K: date group > sender group > bubble; A: date group >
 * [sender group >] message), so the walk goes into the list's last children, never through the
 * whole list.
 */

/** Deep enough for the list > date group > sender group > message nesting, with a wrapper to spare. */
const NESTING = 4;
/** How far back the group test looks: enough rows to see a second sender. */
const LOOK_BACK = 20;

function* messagesFromEnd(container: Element, reader: RowReader, depth = NESTING): Generator<Element> {
  for (let child = container.lastElementChild; child; child = child.previousElementSibling) {
    if (reader.isMessage(child)) yield child;
    else if (depth > 1) yield* messagesFromEnd(child, reader, depth - 1);
  }
}

interface Row {
  element: Element;
  outgoing: boolean | null;
  /** Read when first asked for: a send that passes rarely needs a time. */
  at?: number | null;
}

export class Rows {
  private readonly walk: Generator<Element>;
  private readonly read: Row[] = [];

  constructor(
    private readonly list: Element,
    private readonly reader: RowReader,
  ) {
    this.walk = messagesFromEnd(list, reader);
  }

  /** The row `index` places back from the newest; null past the oldest on the page. */
  private row(index: number): Row | null {
    while (this.read.length <= index) {
      const next = this.walk.next();
      if (next.done) return null;
      this.read.push({ element: next.value, outgoing: this.reader.outgoing(next.value) });
    }
    return this.read[index] ?? null;
  }

  private timeAt(row: Row): number | null {
    if (row.at === undefined) row.at = this.reader.time(row.element);
    return row.at;
  }

  *facts(): Generator<RowFacts> {
    for (let i = 0; ; i++) {
      const row = this.row(i);
      if (!row) return;
      const rows = this;
      yield {
        outgoing: row.outgoing,
        get at() {
          return rows.timeAt(row);
        },
      };
    }
  }

  private newestIncoming(within: number): Row | null {
    for (let i = 0; i < within; i++) {
      const row = this.row(i);
      if (!row) return null;
      if (row.outgoing === false) return row;
    }
    return null;
  }

  newestIncomingElement(within: number): Element | null {
    return this.newestIncoming(within)?.element ?? null;
  }

  /** The words and time of the other side's newest message among the newest `within` rows. */
  theirNewest(within: number): { text: string; at: number | null } | null {
    const row = this.newestIncoming(within);
    if (!row) return null;
    const rows = this;
    // The time is read only if asked for: most sends need the words alone (no pause signal).
    return {
      text: this.reader.text(row.element),
      get at() {
        return rows.timeAt(row);
      },
    };
  }

  /**
   * When the other side first wrote at or after `since`, or null. Web A shows times to the minute,
   * so a message in the same minute as `since` counts (on both clients, alike).
   */
  theirFirstSince(since: number): number | null {
    const from = since - (since % 60_000);
    let first: number | null = null;
    for (let i = 0; ; i++) {
      const row = this.row(i);
      if (!row) return first;
      const at = this.timeAt(row);
      if (at !== null && at < from) return first;
      if (row.outgoing === false && at !== null) first = at;
    }
  }

  /** The ticks on the person's own messages newer than the other side's newest, within `within` rows. */
  ticksSinceTheirNewest(within: number): Element[] {
    const ticks: Element[] = [];
    for (let i = 0; i < within; i++) {
      const row = this.row(i);
      if (row?.outgoing !== true) break;
      ticks.push(...Array.from(row.element.querySelectorAll(this.reader.ticks)));
    }
    return ticks;
  }

  /**
   * A group shows who wrote each incoming message; a one-to-one chat shows no name, or the chat's
   * own. So an incoming message naming someone other than the title means a group. Without a
   * title nothing is concluded.
   */
  namesOthersThan(title: string | null): boolean {
    if (!title) return false;
    for (let i = 0; i < LOOK_BACK; i++) {
      const row = this.row(i);
      if (!row) return false;
      const sender = row.outgoing === false ? this.reader.sender(row.element) : null;
      if (sender && normaliseTitle(sender) !== title) return true;
    }
    return false;
  }

  /**
   * `readable` when the newest rows say who wrote them and when; `unreadable` when messages are on
   * the page but none of the newest can be read that far; `none` when there are no messages.
   */
  health(): RowsHealth {
    for (let i = 0; i < 5; i++) {
      const row = this.row(i);
      if (!row) return i === 0 && !showsClock(this.list) ? 'none' : 'unreadable';
      if (row.outgoing !== null && this.timeAt(row) !== null) return 'readable';
    }
    return 'unreadable';
  }
}

/** Messages show a time; an empty chat (or its "no messages here yet") does not. */
const showsClock = (list: Element): boolean => /\d{1,2}[:.]\d{2}/.test(list.textContent ?? '');
