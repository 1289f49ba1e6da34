import { normaliseTitle } from '../chat-title.ts';
import { lazyConversation, once } from '../conversation.ts';
import { closestFirst, isDarkBackground, querySelectorFirst, readEditorText } from '../dom.ts';
import type { ChatIdentity, Conversation, RowsHealth, SiteAdapter } from '../types.ts';
import type { Client } from './client.ts';
import { Rows } from './rows.ts';
import { webA } from './web-a.ts';
import { webK } from './web-k.ts';

/**
 * Telegram Web, both of its clients: K at /k/ and A at /a/ (web-k.ts, web-a.ts). Neither uses an
 * editor framework; each has one send button that also records voice, so a click on it is a send
 * only while it shows its send mode. The chat's id is in the address, so it names the chat first.
 */

const CLIENTS: readonly Client[] = [webK, webA];
const ANY_COMPOSER = CLIENTS.flatMap((client) => client.composer);

/** Which client the page is: by its path, else by which one's message box or column it has. */
function clientOf(doc: Document): Client {
  const path = doc.location?.pathname ?? '';
  if (path.startsWith('/a/')) return webA;
  if (path.startsWith('/k/')) return webK;
  return querySelectorFirst(doc, [...webA.composer, ...webA.conversation]) ? webA : webK;
}

/** The input bar an element sits in, and whose it is. */
function barAround(element: Element): { client: Client; bar: Element } | null {
  for (const client of CLIENTS) {
    const bar = closestFirst(element, client.inputBar);
    if (bar) return { client, bar };
  }
  return null;
}

function composerForControl(control: HTMLElement): HTMLElement | null {
  const around = barAround(control);
  return around && querySelectorFirst<HTMLElement>(around.bar, around.client.composer);
}

function sendControlAt(target: EventTarget | null): HTMLElement | null {
  for (const client of CLIENTS) {
    const button = closestFirst(target, client.sendButton);
    if (!button) continue;
    return button.classList.contains(client.sendMode) && composerForControl(button) ? button : null;
  }
  return null;
}

function sendControlFor(composer: HTMLElement): HTMLElement | null {
  const around = barAround(composer);
  if (!around) return null;
  const button = querySelectorFirst<HTMLElement>(around.bar, around.client.sendButton);
  return button?.classList.contains(around.client.sendMode) ? button : null;
}

function anchorFor(composer: HTMLElement): Element {
  const around = barAround(composer);
  return (around && (closestFirst(composer, around.client.anchor) ?? around.bar)) ?? composer;
}

const composer = (doc: Document): HTMLElement | null => querySelectorFirst(doc, clientOf(doc).composer);

/** The open chat's column: the one around the message box, else the one the page shows. */
function conversationRoot(doc: Document, client: Client): Element | null {
  const box = querySelectorFirst(doc, client.composer);
  return (box && closestFirst(box, client.conversation)) ?? querySelectorFirst(doc, client.conversation);
}

/**
 * The chat's id in the address: `#777000123` (a person), `#-1001234567890` (a group or channel),
 * `#@username`; a topic or message after it (`_12`, `?…`) is not part of it.
 */
function peerIdOf(hash: string): string | null {
  let text = hash;
  try {
    text = decodeURIComponent(hash);
  } catch {
    // A malformed escape: read the address as it stands.
  }
  const match = /^#(@\w+|-?\d+)/.exec(text);
  return match?.[1]?.toLowerCase() ?? null;
}

/** How far back the newest message from the other side is looked for: about a screenful. */
const NEWEST_ROWS_IN_VIEW = 30;

/** The conversation, read as far as the caller asks (lib/sites/conversation.ts). */
function conversation(doc: Document, now: number): Conversation | null {
  const client = clientOf(doc);
  const root = conversationRoot(doc, client);
  if (!root) return null;
  const list = querySelectorFirst(root, client.messageList);
  const rows = new Rows(list ?? root, client.rowReader(now));
  const title = once(() => normaliseTitle(querySelectorFirst(root, client.title)?.textContent));
  const peer = once(() => peerIdOf(doc.location?.hash ?? ''));
  return lazyConversation({
    app: 'Telegram',
    chat: (): ChatIdentity => {
      const ids = [peer(), title()].filter((id): id is string => id !== null);
      return { ids, sureness: peer() ? 'url' : ids.length > 0 ? 'title' : 'none' };
    },
    // Group and channel ids are negative; an @username says neither, so the senders' names decide.
    group: () => (peer()?.startsWith('-') ?? false) || rows.namesOthersThan(title()),
    // An open chat always draws its list, empty or not: without one the page has changed.
    health: (): RowsHealth => (list ? rows.health() : 'unreadable'),
    list: list ?? root,
    rowsNewestFirst: () => rows.facts(),
    newestIncoming: () => rows.newestIncomingElement(NEWEST_ROWS_IN_VIEW),
    theirNewest: () => rows.theirNewest(NEWEST_ROWS_IN_VIEW),
    theirFirstSince: (since) => rows.theirFirstSince(since),
    seenSigns: () => ({
      presence: client.presence(root),
      ticks: rows.ticksSinceTheirNewest(NEWEST_ROWS_IN_VIEW),
    }),
  });
}

function prefersDark(doc: Document): boolean {
  const html = doc.documentElement as HTMLElement | null;
  if (html && CLIENTS.some((client) => html.matches(client.dark))) return true;
  return isDarkBackground(doc, conversationRoot(doc, clientOf(doc)) ?? doc.body);
}

export const telegram: SiteAdapter = {
  id: 'telegram',
  composerAt: (target) => closestFirst(target, ANY_COMPOSER),
  sendControlAt,
  composerForControl,
  sendControlFor,
  composer,
  readDraft: readEditorText,
  anchorFor,
  conversation,
  prefersDark,
};
