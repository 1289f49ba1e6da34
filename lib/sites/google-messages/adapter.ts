import { normaliseTitle } from '../chat-title.ts';
import { lazyConversation, once } from '../conversation.ts';
import { closestFirst, isDarkBackground, querySelectorFirst, readEditorText } from '../dom.ts';
import { cssOf } from '../seen.ts';
import type { ChatIdentity, Conversation, SiteAdapter } from '../types.ts';
import { Rows } from './rows.ts';
import { googleMessagesSelectors as s } from './selectors.ts';

/**
 * Google Messages for web (messages.google.com/web/conversations/<id>): a real <textarea>, a send
 * button beside it, and the conversation's id in the address. Who wrote each message and when are
 * read from Google's test attributes and each message's spoken label (rows.ts, timestamps.ts).
 */

const COMPOSER = cssOf(s.composer);
const SEND_CONTROL = cssOf(s.sendControl);
const CONVERSATION = cssOf(s.conversation);

/** How far up from the message box its bar can be (three levels in the paths public scripts use). */
const BAR_DEPTH = 8;

/**
 * The compose bar an element is in: its nearest ancestor that also holds `other` (the send button
 * for the message box, the message box for the send button). Null when there is none nearby.
 */
function composeBarOf(element: Element, other: readonly string[]): Element | null {
  let node = element.parentElement;
  for (let depth = 0; node && depth < BAR_DEPTH; depth++, node = node.parentElement) {
    if (querySelectorFirst(node, other)) return node;
  }
  return null;
}

function composerForControl(control: HTMLElement): HTMLElement | null {
  const bar = composeBarOf(control, COMPOSER);
  return bar && querySelectorFirst<HTMLElement>(bar, COMPOSER);
}

function sendControlAt(target: EventTarget | null): HTMLElement | null {
  const control = closestFirst(target, SEND_CONTROL);
  return control && composerForControl(control) ? control : null;
}

function sendControlFor(composer: HTMLElement): HTMLElement | null {
  const bar = composeBarOf(composer, SEND_CONTROL);
  return bar && querySelectorFirst<HTMLElement>(bar, SEND_CONTROL);
}

function composer(doc: Document): HTMLElement | null {
  return querySelectorFirst<HTMLElement>(doc, COMPOSER);
}

/** The open conversation, or, in a build without its container, the page that holds the message box. */
function conversationRoot(doc: Document): Element | null {
  return querySelectorFirst(doc, CONVERSATION) ?? (composer(doc) ? doc.body : null);
}

/** The conversation's id in the address, `/web/conversations/<id>` (not the new-conversation page). */
function conversationIdOf(doc: Document): string | null {
  const id = /\/web\/conversations\/([^/?#]+)/.exec(doc.location?.pathname ?? '')?.[1];
  if (!id || id === 'new') return null;
  try {
    return decodeURIComponent(id);
  } catch {
    return id;
  }
}

/** The names the header shows: one per <h2>, else its one line ("Mum, Dad" for an unnamed group). */
function headerNames(root: Element): string[] {
  const names = Array.from(root.querySelectorAll(s.titleNames.css), (h2) => h2.textContent?.trim() ?? '');
  const title = names.length > 0 ? names : [root.querySelector(s.title.css)?.textContent?.trim() ?? ''];
  return title.filter((name) => name && name !== 'You');
}

/** An unnamed group's header lists its people: "Mum, Dad", "Mum & Dad", "Mum and 3 others". */
const LISTS_PEOPLE = /,| & | and \d+ others?$/i;

/**
 * A contact saved without a name is shown by number, written as the page likes ("(555) 555-7334",
 * "+1 555-555-7334"): numbers are the same when one's digits end the other's.
 */
function sameName(a: string, b: string): boolean {
  if (normaliseTitle(a) === normaliseTitle(b)) return true;
  const [shorter, longer] = [a, b].map((text) => text.replace(/\D/g, '')).sort((x, y) => x.length - y.length);
  return !!shorter && !!longer && shorter.length >= 7 && longer.endsWith(shorter);
}

/** How far back the newest message from the other side, and a second sender, are looked for. */
const NEWEST_ROWS_IN_VIEW = 30;

/** The conversation, read as far as the caller asks (lib/sites/conversation.ts). */
function conversation(doc: Document, now: number): Conversation | null {
  const root = conversationRoot(doc);
  if (!root) return null;
  const list = root.querySelector(s.messageList.css) ?? root;
  const rows = new Rows(list, now);
  const names = once(() => headerNames(root));
  return lazyConversation({
    app: 'Google Messages',
    unreadableBecause: 'its labels are read in English only',
    chat: (): ChatIdentity => {
      const urlId = conversationIdOf(doc);
      // The address's id first: it is the app's own and never changes with the contact's name.
      const ids = [urlId, normaliseTitle(names().join(', '))].filter((id): id is string => !!id);
      return { ids, sureness: urlId ? 'url' : ids.length > 0 ? 'title' : 'none' };
    },
    group: () => {
      const header = names();
      if (header.length > 1 || LISTS_PEOPLE.test(header[0] ?? '')) return true;
      // A group names each sender; in a one-to-one chat the only sender is the chat's own name.
      const senders = rows.senders(NEWEST_ROWS_IN_VIEW);
      const title = header[0];
      return senders.some((sender) =>
        title ? !sameName(sender, title) : !sameName(sender, senders[0] ?? ''),
      );
    },
    health: () => rows.health(list),
    list,
    rowsNewestFirst: () => rows.facts(),
    newestIncoming: () => rows.newestIncoming(NEWEST_ROWS_IN_VIEW)?.element ?? null,
    theirNewest: () => rows.theirNewest(NEWEST_ROWS_IN_VIEW),
    theirFirstSince: (since) => rows.theirFirstSince(since),
    // The header shows no online or typing line; the status under one's own messages is what shows.
    seenSigns: () => ({ presence: null, ticks: rows.statusSinceTheirNewest(NEWEST_ROWS_IN_VIEW) }),
  });
}

export const googleMessages: SiteAdapter = {
  id: 'google-messages',
  composerAt: (target) => closestFirst(target, COMPOSER),
  sendControlAt,
  composerForControl,
  sendControlFor,
  composer,
  readDraft: readEditorText,
  anchorFor: (composer) =>
    composeBarOf(composer, SEND_CONTROL) ?? composer.closest(s.messageInput.css) ?? composer,
  conversation,
  // No dark-theme class of Google's is on record, so the painted background decides.
  prefersDark: (doc) => isDarkBackground(doc, conversationRoot(doc) ?? doc.body),
};
