import { normaliseTitle } from '../chat-title.ts';
import { lazyConversation, once } from '../conversation.ts';
import { closestFirst, isDarkBackground, querySelectorFirst, readEditorText } from '../dom.ts';
import { cssOf } from '../seen.ts';
import type { ChatIdentity, Conversation, SiteAdapter } from '../types.ts';
import { Rows, type Self } from './rows.ts';
import { discordSelectors as s } from './selectors.ts';

/**
 * Discord in the browser (discord.com/channels/…): direct messages at `/channels/@me/<channelId>`,
 * server channels at `/channels/<guildId>/<channelId>` (always groups). The message box is Slate;
 * Enter sends and there is no send button unless the person turns one on, so a paused send is let
 * go with an Enter in the box (the guard's own fallback), or a click on that button where it shows.
 * Who wrote each row is the author's user id compared with the account's own (rows.ts); Discord has
 * no read receipts and no presence line in a chat's header that Softer reads.
 */

const COMPOSER = cssOf(s.composer);
const SEND_BUTTON = cssOf(s.sendButton);
const LIST = cssOf(s.messageList);
const CHAT_BAR = cssOf(s.chatBar);

/** Editors inside a message row edit that message: Enter saves the edit, it sends nothing. */
const inMessageRow = (element: Element) => !!element.closest(s.message.css);

function composerAt(target: EventTarget | null): HTMLElement | null {
  const box = closestFirst(target, COMPOSER);
  return box && !inMessageRow(box) ? box : null;
}

function composer(doc: Document): HTMLElement | null {
  for (const css of COMPOSER) {
    const box = Array.from(doc.querySelectorAll<HTMLElement>(css)).find((found) => !inMessageRow(found));
    if (box) return box;
  }
  return null;
}

/** The chat form an element is in: it holds the box and, when shown, the send button. */
const formOf = (element: Element): HTMLFormElement | null => element.closest('form');

function composerForControl(control: HTMLElement): HTMLElement | null {
  const form = formOf(control);
  const box = form && querySelectorFirst<HTMLElement>(form, COMPOSER);
  return box && !inMessageRow(box) ? box : null;
}

function sendControlAt(target: EventTarget | null): HTMLElement | null {
  const button = closestFirst(target, SEND_BUTTON);
  return button && composerForControl(button) ? button : null;
}

function sendControlFor(box: HTMLElement): HTMLElement | null {
  const form = formOf(box);
  return form && querySelectorFirst<HTMLElement>(form, SEND_BUTTON);
}

/**
 * The draft as the person sees it: one Slate block per line. Slate draws an empty line as a
 * zero-width U+FEFF with a <br>, and its placeholder inside the box (contenteditable=false):
 * neither is text of the person's.
 */
function readDraft(box: HTMLElement): string {
  const blocks = Array.from(box.children).filter((child) => child.matches('[data-slate-node="element"]'));
  if (blocks.length === 0) return readEditorText(box).replace(/\ufeff/g, '');
  return blocks
    .map((block) => {
      let text = '';
      const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.parentElement?.closest('[data-slate-placeholder], [contenteditable="false"]'))
          text += (node as Text).data;
      }
      return text.replace(/\ufeff/g, '');
    })
    .join('\n');
}

function anchorFor(box: HTMLElement): Element {
  return closestFirst(box, CHAT_BAR) ?? box;
}

/** The open chat's message list: the one beside the message box, else the page's first. */
function listOf(doc: Document, box: HTMLElement | null): Element | null {
  for (let node = box?.parentElement ?? null; node; node = node.parentElement) {
    const list = querySelectorFirst(node, LIST);
    if (list) return list;
  }
  return querySelectorFirst(doc, LIST);
}

/** `/channels/@me/<channelId>` or `/channels/<guildId>/<channelId>[/<messageId>]`. */
export function channelOf(pathname: string): { guild: string; channel: string } | null {
  const match = /^\/channels\/(@me|\d+)\/(\d+)(?:\/|$)/.exec(pathname);
  return match ? { guild: match[1] as string, channel: match[2] as string } : null;
}

/** The chat's name: the header's, else the one the message box's label names ("Message @Sam"). */
function titleOf(doc: Document, box: HTMLElement | null): string | null {
  const header = querySelectorFirst(doc, cssOf(s.title))?.textContent;
  if (header?.trim()) return normaliseTitle(header.replace(/^[@#]/, ''));
  const label = box?.getAttribute('aria-label') ?? '';
  const named = /[@#](.+)$/.exec(label)?.[1];
  return normaliseTitle(named);
}

/** The person, from the account panel at the bottom left: their avatar's user id and their names. */
function selfOf(doc: Document): Self {
  const area = querySelectorFirst(doc, cssOf(s.userArea));
  if (!area) return { id: null, names: [] };
  // The account bar is the panel's last part (voice and activity panels sit above it).
  const avatars = Array.from(area.querySelectorAll(s.avatar.css));
  const src = avatars[avatars.length - 1]?.getAttribute('src') ?? '';
  const id = /\/avatars\/(\d{5,20})\//.exec(src)?.[1] ?? null;
  const names = [querySelectorFirst(area, cssOf(s.userName)), area.querySelector(s.userHandle.css)]
    .map((element) => normaliseTitle(element?.textContent))
    .filter((name): name is string => !!name);
  return { id, names };
}

/** How far back the newest message from the other side, and a second person, are looked for. */
const NEWEST_ROWS_IN_VIEW = 30;

/** The conversation, read as far as the caller asks (lib/sites/conversation.ts). */
function conversation(doc: Document, _now: number): Conversation | null {
  const box = composer(doc);
  const list = listOf(doc, box);
  if (!list && !box) return null;
  const channel = once(() => channelOf(doc.location?.pathname ?? ''));
  const title = once(() => titleOf(doc, box));
  const self = once(() => selfOf(doc));
  const direct = () => channel()?.guild === '@me';
  const rows = list ? new Rows(list, self, () => (direct() ? title() : null)) : null;
  return lazyConversation({
    app: 'Discord',
    chat: (): ChatIdentity => {
      const id = channel()?.channel ?? null;
      const ids = [id, title()].filter((part): part is string => !!part);
      return { ids, sureness: id ? 'url' : ids.length > 0 ? 'title' : 'none' };
    },
    // A server channel is always a group; a direct message is one when more than one other person
    // writes in it (a group DM), or its unnamed title lists people.
    group: () => {
      const where = channel();
      if (where && where.guild !== '@me') return true;
      if (/,/.test(title() ?? '')) return true;
      return (rows?.others(NEWEST_ROWS_IN_VIEW).size ?? 0) > 1;
    },
    // An open channel always draws its list, empty or not: without one the page has changed.
    health: () => rows?.health() ?? 'unreadable',
    list: list ?? box ?? doc.body,
    rowsNewestFirst: () => rows?.facts() ?? [],
    newestIncoming: () => rows?.newestIncoming(NEWEST_ROWS_IN_VIEW)?.element ?? null,
    theirNewest: () => rows?.theirNewest(NEWEST_ROWS_IN_VIEW) ?? null,
    theirFirstSince: (since) => rows?.theirFirstSince(since) ?? null,
    // Discord shows no read receipts, and a chat's header no "typing" or "last seen" line.
    seenSigns: () => ({ presence: null, ticks: [] }),
  });
}

function prefersDark(doc: Document): boolean {
  const html = doc.documentElement as HTMLElement | null;
  if (html?.matches(s.dark.css)) return true;
  if (html?.matches(s.light.css)) return false;
  return isDarkBackground(doc, listOf(doc, composer(doc)) ?? doc.body);
}

export const discord: SiteAdapter = {
  id: 'discord',
  composerAt,
  sendControlAt,
  composerForControl,
  sendControlFor,
  composer,
  readDraft,
  anchorFor,
  conversation,
  prefersDark,
};
