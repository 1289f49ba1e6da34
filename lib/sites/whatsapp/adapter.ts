import { normaliseTitle } from '../chat-title.ts';
import { lazyConversation, once } from '../conversation.ts';
import { closestFirst, isDarkBackground, querySelectorFirst, readEditorText } from '../dom.ts';
import { cssOf } from '../seen.ts';
import type { ChatIdentity, Conversation, SiteAdapter } from '../types.ts';
import { messageList, Rows } from './rows.ts';
import { whatsappSelectors as s } from './selectors.ts';

/**
 * WhatsApp Web, in every page shape that is live (selectors.ts, newest first). Labels are
 * translated, so icons and position (the composer's own footer) come before label text.
 */

const CLICKABLE = 'button, [role="button"]';
const COMPOSER = cssOf(s.composer);
const SEND_CONTROL = cssOf(s.sendControl);
/** Any clickable whose label is "Send" in one of the languages WhatsApp ships. */
const TRANSLATED_SEND = s.sendLabels.map((label) => `:is(${CLICKABLE})[aria-label="${label}"]`).join(', ');
/** What makes a clickable in the footer a send control, whatever its label: its icon or its slot. */
const SEND_MARK = SEND_CONTROL.filter((css) => !css.includes('aria-label')).join(', ');

/** The footer a composer or control sits in: the part of the page that belongs to one message box. */
const footerOf = (element: Element): Element | null => element.closest('footer');

function composerForControl(control: HTMLElement): HTMLElement | null {
  return footerOf(control)?.querySelector<HTMLElement>('[contenteditable="true"]') ?? null;
}

function sendControlAt(target: EventTarget | null): HTMLElement | null {
  const element = target instanceof Element ? target : null;
  const control = element?.closest<HTMLElement>(CLICKABLE) ?? element?.closest<HTMLElement>(SEND_MARK);
  if (!control || !composerForControl(control)) return null;
  const isSend =
    control.matches(`${TRANSLATED_SEND}, ${SEND_MARK}`) || control.querySelector(SEND_MARK) !== null;
  return isSend ? control : null;
}

function sendControlFor(composer: HTMLElement): HTMLElement | null {
  const footer = footerOf(composer);
  if (!footer) return null;
  const found = querySelectorFirst<HTMLElement>(footer, [...SEND_CONTROL, TRANSLATED_SEND]);
  return found ? (found.closest<HTMLElement>(CLICKABLE) ?? found) : null;
}

function composer(doc: Document): HTMLElement | null {
  return querySelectorFirst<HTMLElement>(doc, COMPOSER);
}

/** The open conversation: `#main`, or, in a build without it, whatever holds the composer's footer. */
function conversationRoot(doc: Document): Element | null {
  const main = querySelectorFirst(doc, cssOf(s.conversation));
  if (main) return main;
  const box = composer(doc);
  return (box && footerOf(box)?.parentElement) ?? null;
}

function titleOf(main: Element): string | null {
  for (const css of cssOf(s.title)) {
    const element = main.querySelector(css);
    const text = element?.getAttribute('title') || element?.textContent;
    if (text?.trim()) return text;
  }
  return null;
}

/**
 * The header's status line: within the block holding the chat's name, the first line of text that
 * is not the name (and does not hold it). Found by position, as its words are translated.
 */
function presenceLine(main: Element): Element | null {
  const header = main.querySelector('header');
  const name = header && querySelectorFirst(header, cssOf(s.title));
  const block =
    name &&
    cssOf(s.headerBlock)
      .map((css) => name.closest(css))
      .find((found) => found);
  if (!name || !block) return null;
  for (const element of Array.from(block.querySelectorAll('span, div'))) {
    if (element === name || element.contains(name) || name.contains(element)) continue;
    if (element.closest('button') || !element.textContent?.trim()) continue;
    return element;
  }
  return null;
}

/** How far back the newest message from the other side is looked for: about a screenful. */
const NEWEST_ROWS_IN_VIEW = 30;

/** The conversation, read as far as the caller asks (lib/sites/conversation.ts). */
function conversation(doc: Document, now: number): Conversation | null {
  const main = conversationRoot(doc);
  if (!main) return null;
  const list = messageList(main);
  const rows = new Rows(list, now);
  const title = once(() => normaliseTitle(titleOf(main)));
  const chat = once((): ChatIdentity => {
    const appId = rows.chatId();
    // The title first: it reads the same in every page shape and for a person's @lid and @c.us
    // ids, so mutes and records follow the chat across WhatsApp's changes; the app's id second.
    const ids = [title(), appId].filter((id): id is string => id !== null);
    return { ids, sureness: appId ? 'app-id' : ids.length > 0 ? 'title' : 'none' };
  });
  return lazyConversation({
    app: 'WhatsApp',
    chat,
    group: () => {
      const label = composer(doc)?.getAttribute('aria-label') ?? '';
      return (
        chat().ids.some((id) => id.endsWith('@g.us')) ||
        /^type to group\b/i.test(label) ||
        rows.namesOthersThan(title())
      );
    },
    health: () => rows.health(list),
    list,
    rowsNewestFirst: () => rows.facts(),
    newestIncoming: () => rows.newestIncoming(NEWEST_ROWS_IN_VIEW),
    theirNewest: () => rows.theirNewest(NEWEST_ROWS_IN_VIEW),
    theirFirstSince: (since) => rows.theirFirstSince(since),
    seenSigns: () => ({
      presence: presenceLine(main),
      ticks: rows.ticksSinceTheirNewest(NEWEST_ROWS_IN_VIEW),
    }),
  });
}

export const whatsapp: SiteAdapter = {
  id: 'whatsapp',
  composerAt: (target) => closestFirst(target, COMPOSER),
  sendControlAt,
  composerForControl,
  sendControlFor,
  composer,
  readDraft: readEditorText,
  anchorFor: (composer) => footerOf(composer) ?? composer,
  conversation,
  prefersDark: (doc) =>
    doc.body?.classList.contains('dark') ||
    doc.documentElement.classList.contains('dark') ||
    isDarkBackground(doc, conversationRoot(doc) ?? doc.body),
};
