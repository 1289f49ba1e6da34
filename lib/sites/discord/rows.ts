import type { RowFacts } from '../../streak.ts';
import { normaliseTitle } from '../chat-title.ts';
import { cssOf } from '../seen.ts';
import type { RowsHealth } from '../types.ts';
import { discordSelectors as s } from './selectors.ts';
import { isoTime, snowflakeTime } from './timestamps.ts';

/**
 * Reads a Discord message list from its newest row back, only as far as the caller asks.
 *
 * Discord marks nobody's messages as one's own: who wrote a row is its author's user id, read from
 * the avatar's address (`/avatars/<userId>/…`) and compared with the id of the account panel's
 * avatar. Only the first message of an author's run (its group) draws the avatar and the name; a
 * follow-up names the group's first message in its `aria-labelledby`
 * (`message-username-<groupStartId>`), so it takes that row's author, else the nearest group start
 * above it. Where no id is drawn (a default avatar, compact mode without avatars), the names decide:
 * the account's own names mean one's own message, the one-to-one chat's own name the other side's;
 * anything else is not known (null), which ends the streak there.
 *
 * When: each row's own `<time datetime>`, else its snowflake id, else the time of its group's first
 * message, inherited: never earlier than the group start, so a follow-up is never taken for older
 * than it is by more than its own group's span.
 */

const AVATAR_ID = /\/avatars\/(\d{5,20})\//;
/** `chat-messages-<channelId>-<messageId>`, or before 2023 `chat-messages-<messageId>`. */
const ROW_ID = /^chat-messages-(?:(\d+)-)?(\d+)$/;
const USERNAME_REF = /(?:^|\s)message-username-(\d+)(?:\s|$)/;
/** How far up a follow-up looks for the first message of its group. */
const GROUP_LOOK_BACK = 40;

const USERNAME = cssOf(s.username);
const TIME = cssOf(s.time);
const ARTICLE = cssOf(s.article);

/** Who the person is, as the account panel shows them. */
export interface Self {
  id: string | null;
  /** Their display name and username, normalised. */
  names: string[];
}

/** Who wrote a row, as far as it shows. */
interface Author {
  id: string | null;
  name: string | null;
}

export interface Row {
  element: Element;
  id: string | null;
  author: Author | null;
  outgoing: boolean | null;
  /** Read when first asked for. */
  at?: number | null;
}

/** The message id a row's list item carries. */
export const messageIdOf = (row: Element): string | null => ROW_ID.exec(row.id)?.[2] ?? null;

/** The row's own elements matching `css`: not those of the message a reply quotes. */
function own(row: Element, css: string): Element[] {
  return Array.from(row.querySelectorAll(css)).filter((element) => !element.closest(s.replyContext.css));
}

function articleOf(row: Element): Element | null {
  for (const css of ARTICLE) {
    const found = row.matches(css) ? row : row.querySelector(css);
    if (found) return found;
  }
  return null;
}

/** The user id in the row's own avatar, if it draws one with an id. */
function avatarIdOf(row: Element): string | null {
  for (const img of own(row, s.avatar.css)) {
    const id = AVATAR_ID.exec(img.getAttribute('src') ?? '')?.[1];
    if (id) return id;
  }
  return null;
}

/** The name in the row's own header (`data-text` holds it without decorations), normalised. */
function nameOf(row: Element): string | null {
  for (const css of USERNAME) {
    const found = own(row, css)[0];
    if (!found) continue;
    const labelled = found.matches('[data-text]') ? found : found.querySelector('[data-text]');
    return normaliseTitle(labelled?.getAttribute('data-text') ?? found.textContent?.replace(/^@/, ''));
  }
  return null;
}

/** Whether the row starts an author's group: marked so, or drawing the avatar. */
const startsGroup = (row: Element): boolean =>
  (articleOf(row)?.matches(s.groupStart.css) ?? false) || row.matches(s.groupStart.css) || !!avatarIdOf(row);

/**
 * A system line ("Sam started a call", "pinned a message"): Discord labels it without a username
 * (getMessageAriaLabelledBy leaves the username out for system messages). Only where rows carry
 * labels at all.
 */
function isSystemLine(row: Element): boolean {
  const labels = articleOf(row)?.getAttribute('aria-labelledby');
  return labels != null && !/message-username-|message-reply-context-/.test(labels);
}

/** The row's own time: its `<time datetime>`, else its snowflake id. */
function ownTime(row: Element, id: string | null): number | null {
  const exact = id ? row.querySelector(`time[id="message-timestamp-${id}"]`) : null;
  const time = exact ?? TIME.map((css) => own(row, css)[0]).find((found) => found);
  return isoTime(time?.getAttribute('datetime')) ?? snowflakeTime(id);
}

/** The words a message shows, or '' for an attachment without any. */
export function textOf(row: Element, id: string | null): string {
  const content =
    (id ? row.querySelector(`[id="message-content-${id}"]`) : null) ?? own(row, s.content.css)[0];
  return content?.textContent?.trim() ?? '';
}

/** Message rows from the end of the list; other list children (dividers, spacers) are skipped. */
function* rowsFromEnd(list: Element): Generator<Element> {
  for (let node = list.lastElementChild; node; node = node.previousElementSibling) {
    if (node.matches(s.message.css)) yield node;
  }
}

/**
 * The rows of one conversation, read lazily from the newest and remembered, so the streak, the
 * group test and the health check share one walk.
 */
export class Rows {
  private readonly walk: Generator<Element>;
  private readonly read: Row[] = [];

  constructor(
    private readonly list: Element,
    private readonly self: () => Self,
    /** The one-to-one chat's own name (null in a group): whose messages are the other side's. */
    private readonly peerName: () => string | null,
  ) {
    this.walk = rowsFromEnd(list);
  }

  /** The row `index` places back from the newest; null past the oldest on the page. */
  row(index: number): Row | null {
    while (this.read.length <= index) {
      const next = this.walk.next();
      if (next.done) return null;
      const element = next.value;
      const id = messageIdOf(element);
      const author = isSystemLine(element) ? null : this.authorOf(element, id);
      this.read.push({ element, id, author, outgoing: this.direction(author) });
    }
    return this.read[index] ?? null;
  }

  /** The first message of the group a follow-up belongs to, or null when it cannot be found. */
  private groupStartOf(row: Element, id: string | null): Element | null {
    const labels = articleOf(row)?.getAttribute('aria-labelledby') ?? '';
    const startId = USERNAME_REF.exec(labels)?.[1];
    if (startId && startId !== id) {
      const start = this.list.querySelector(`${s.message.css}[id$="-${startId}"]`);
      if (start && messageIdOf(start) === startId) return start;
    }
    let node = row.previousElementSibling;
    for (let i = 0; node && i < GROUP_LOOK_BACK; i++, node = node.previousElementSibling) {
      // A date divider between them starts a new group: Discord never carries a group over a day.
      if (!node.matches(s.message.css)) {
        if (node.matches('[role="separator"]')) return null;
        continue;
      }
      if (isSystemLine(node)) return null;
      if (startsGroup(node)) return node;
    }
    return null;
  }

  /** Who wrote the row: its own avatar and name, else its group's first message's. */
  private authorOf(row: Element, id: string | null): Author | null {
    const name = nameOf(row);
    const avatar = avatarIdOf(row);
    if (avatar || startsGroup(row)) return { id: avatar, name };
    const start = this.groupStartOf(row, id);
    if (!start) return name ? { id: null, name } : null;
    const startName = nameOf(start);
    // Compact mode names every row: a name other than the group's is someone else.
    if (name && startName && name !== startName) return { id: null, name };
    return { id: avatarIdOf(start), name: startName ?? name };
  }

  private direction(author: Author | null): boolean | null {
    if (!author) return null;
    const self = this.self();
    if (author.id && self.id) return author.id === self.id;
    if (author.name) {
      if (self.names.includes(author.name)) return true;
      if (author.name === this.peerName()) return false;
    }
    return null;
  }

  /** The row's time, else its group start's (inherited: the group's first moment). */
  timeAt(row: Row): number | null {
    if (row.at !== undefined) return row.at;
    let at = ownTime(row.element, row.id);
    if (at === null && !startsGroup(row.element)) {
      const start = this.groupStartOf(row.element, row.id);
      at = start ? ownTime(start, messageIdOf(start)) : null;
    }
    row.at = at;
    return at;
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

  /** The newest row the other side wrote, among the newest `within` rows. */
  newestIncoming(within: number): Row | null {
    for (let i = 0; i < within; i++) {
      const row = this.row(i);
      if (!row) return null;
      if (row.outgoing === false) return row;
    }
    return null;
  }

  theirNewest(within: number): { text: string; at: number | null } | null {
    const row = this.newestIncoming(within);
    if (!row) return null;
    const rows = this;
    return {
      text: textOf(row.element, row.id),
      get at() {
        return rows.timeAt(row);
      },
    };
  }

  /** When the other side first wrote at or after `since`, as far as the rows on the page go. */
  theirFirstSince(since: number): number | null {
    let first: number | null = null;
    for (let i = 0; ; i++) {
      const row = this.row(i);
      if (!row) return first;
      const at = this.timeAt(row);
      if (at !== null && at < since) return first;
      if (row.outgoing === false && at !== null) first = at;
    }
  }

  /**
   * The user ids of the other people who wrote among the newest `within` rows (and, where no id
   * shows, their names): two or more is a group conversation.
   */
  others(within: number): Set<string> {
    const authors: Author[] = [];
    for (let i = 0; i < within; i++) {
      const row = this.row(i);
      if (!row) break;
      if (row.outgoing !== true && row.author) authors.push(row.author);
    }
    const self = this.self();
    // A name drawn beside an id is that person's: compact rows name them without the avatar.
    const named = new Set(authors.flatMap((author) => (author.id && author.name ? [author.name] : [])));
    const people = new Set<string>();
    for (const { id, name } of authors) {
      if (id) {
        if (id !== self.id) people.add(`id:${id}`);
      } else if (name && !named.has(name) && !self.names.includes(name)) {
        people.add(`name:${name}`);
      }
    }
    return people;
  }

  /**
   * `readable` when the newest rows say who wrote them and when; `unreadable` when messages are on
   * the page but none of the newest can be read that far; `none` when there are no messages (a new
   * chat shows only its welcome header in the list).
   */
  health(): RowsHealth {
    for (let i = 0; i < 5; i++) {
      const row = this.row(i);
      if (!row) return i === 0 && !showsMessages(this.list) ? 'none' : 'unreadable';
      if (row.outgoing !== null && this.timeAt(row) !== null) return 'readable';
    }
    return 'unreadable';
  }
}

/** Whether the list shows messages in any shape: articles, or message times. */
const showsMessages = (list: Element): boolean => !!list.querySelector('[role="article"], time');
