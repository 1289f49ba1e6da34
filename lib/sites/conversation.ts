import type { RowFacts } from '../streak.ts';
import type { ChatIdentity, Conversation, RowsHealth } from './types.ts';

/** A value read from the page the first time it is asked for, then remembered for this reading. */
export function once<T>(read: () => T): () => T {
  let value: { v: T } | null = null;
  return () => {
    value ??= { v: read() };
    return value.v;
  };
}

/** What one site's adapter reads of an open conversation, each part only when asked. */
export interface ConversationParts {
  /** The app's name, for the console line when its rows cannot be read. */
  app: string;
  /** Why the rows may not be read there, when there is more to say than "the page changed". */
  unreadableBecause?: string;
  chat(): ChatIdentity;
  group(): boolean;
  health(): RowsHealth;
  list: Element;
  rowsNewestFirst(): Iterable<RowFacts>;
  newestIncoming(): Element | null;
  theirNewest(): { text: string; at: number | null } | null;
  theirFirstSince(since: number): number | null;
  seenSigns(): { presence: Element | null; ticks: Element[] };
}

/** Apps whose unreadable rows were already said in the console on this page. */
const toldUnreadable = new Set<string>();

/**
 * The conversation as every site hands it to Softer: read as far as the caller asks (a send that
 * passes reads the newest row or two; the chat's names, the group test and the health check only
 * when asked for, and once), saying once per page in the console when the rows cannot be read,
 * so a changed app shows up there without filling it.
 */
export function lazyConversation(parts: ConversationParts): Conversation {
  const chat = once(parts.chat);
  const group = once(parts.group);
  const health = once(() => {
    const read = parts.health();
    if (read === 'unreadable' && !toldUnreadable.has(parts.app)) {
      toldUnreadable.add(parts.app);
      const because = parts.unreadableBecause ? ` (${parts.unreadableBecause})` : '';
      console.warn(
        `Softer can't read the message rows on this ${parts.app} page${because}, so the pause before a fourth message into silence is off here. Protest checks still work.`,
      );
    }
    return read;
  });
  return {
    get chat() {
      return chat();
    },
    get group() {
      return group();
    },
    get rows() {
      return health();
    },
    rowsNewestFirst: parts.rowsNewestFirst,
    view: () => ({ list: parts.list, newestIncoming: parts.newestIncoming() }),
    theirNewest: parts.theirNewest,
    theirFirstSince: parts.theirFirstSince,
    seenSigns: parts.seenSigns,
  };
}
