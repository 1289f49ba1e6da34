import { normaliseTitle } from '../chat-title.ts';
import { lazyConversation, once } from '../conversation.ts';
import { closestFirst, isDarkBackground, querySelectorFirst, readEditorText } from '../dom.ts';
import { cssOf } from '../seen.ts';
import type { ChatIdentity, Conversation, SiteAdapter } from '../types.ts';
import { type Reading, Rows } from './rows.ts';
import { messengerSelectors as s } from './selectors.ts';

/**
 * Messenger, at www.messenger.com and www.facebook.com/messages (one page, selectors.ts): a
 * Lexical message box, a send control that appears only with a draft and whose label is
 * translated, and the thread's id in the address. Who wrote each message and when are read as
 * rows.ts describes.
 */

const CLICKABLE = 'button, [role="button"]';
const COMPOSER = cssOf(s.composer);
const BAR = cssOf(s.composerBar);
const CONVERSATION = cssOf(s.conversation);
/** The English labels first, then "Send" in every language Messenger ships. */
const SEND_LABELS = [
  ...cssOf(s.sendControl),
  s.sendLabels.map((label) => `:is(${CLICKABLE})[aria-label="${label}"]`).join(', '),
];
const ANY_SEND_LABEL = SEND_LABELS.join(', ');
/** The editable box alone, for finding it inside a bar without the page's scope. */
const EDITABLE =
  '[contenteditable="true"][role="textbox"], [contenteditable="true"][data-lexical-editor="true"]';

/** How far up from an element its bar can be when the bar has no label of its own. */
const BAR_DEPTH = 8;
/** What is never inside the composer's bar: the thread itself, its list and its rows. */
const BEYOND_BAR = '[role="main"], [role="grid"], [role="log"], [role="row"], body';

/**
 * The composer's own bar: the labelled "Thread composer", else the largest part of the page around
 * the element that holds the message box and none of the thread's list (the box's pill is inside it).
 */
function barOf(element: Element): Element | null {
  const labelled = closestFirst(element, BAR);
  if (labelled) return labelled;
  let bar: Element | null = null;
  let node = element.parentElement;
  for (let depth = 0; node && depth < BAR_DEPTH; depth++, node = node.parentElement) {
    if (node.matches(BEYOND_BAR) || node.querySelector(BEYOND_BAR)) break;
    if (node.querySelector(EDITABLE)) bar = node;
  }
  return bar;
}

/** The bar's parts after the one that holds the message box: where the like/send slot is. */
function slotsAfter(bar: Element, box: Element): Element[] {
  const slots = Array.from(bar.children);
  const at = slots.findIndex((slot) => slot.contains(box));
  return at < 0 ? [] : slots.slice(at + 1);
}

function composerForControl(control: HTMLElement): HTMLElement | null {
  const bar = barOf(control);
  return bar?.querySelector<HTMLElement>(EDITABLE) ?? null;
}

/**
 * The composer's send control, looked up afresh: a clickable in its bar with a send label, else
 * (a page in a language without one) the last clickable after the box's own part of the bar, as
 * long as it is not the English thumbs-up. Buttons inside the box's own part (emoji, sticker) are
 * never taken. Null while the box is empty in English, where only the like is drawn.
 */
function sendControlFor(composer: HTMLElement): HTMLElement | null {
  const bar = barOf(composer);
  if (!bar) return null;
  const labelled = querySelectorFirst<HTMLElement>(bar, SEND_LABELS);
  if (labelled) return labelled.closest<HTMLElement>(CLICKABLE) ?? labelled;
  const after = slotsAfter(bar, composer).flatMap((slot) =>
    slot.matches(CLICKABLE) ? [slot] : Array.from(slot.querySelectorAll<HTMLElement>(CLICKABLE)),
  );
  const last = after[after.length - 1] as HTMLElement | undefined;
  return last && !last.matches(s.likeControl.css) ? last : null;
}

function sendControlAt(target: EventTarget | null): HTMLElement | null {
  const element = target instanceof Element ? target : null;
  const control = element?.closest<HTMLElement>(CLICKABLE) ?? element?.closest<HTMLElement>(ANY_SEND_LABEL);
  const composer = control && composerForControl(control);
  return control && composer && sendControlFor(composer) === control ? control : null;
}

function composer(doc: Document): HTMLElement | null {
  return querySelectorFirst<HTMLElement>(doc, COMPOSER);
}

/** The open conversation: the main region around the message box, else the labelled one. */
function conversationRoot(doc: Document): Element | null {
  const box = composer(doc);
  return (box && closestFirst(box, CONVERSATION)) ?? querySelectorFirst(doc, CONVERSATION);
}

/**
 * The thread's id in the address: `/t/<id>`, `/e2ee/t/<id>`, and the same under `/messages` on
 * facebook.com. Anything else (the inbox, a marketplace thread's other paths) names no thread.
 */
export function threadIdOf(path: string): string | null {
  const id = /^(?:\/messages)?(?:\/e2ee)?\/t\/([^/?#]+)/.exec(path)?.[1];
  if (!id) return null;
  try {
    return decodeURIComponent(id);
  } catch {
    return id;
  }
}

/** "Conversation with Sam" / "… titled Family" / "Messages in conversation with Sam": the name in it. */
const LABELLED_NAME = /^(?:messages in )?conversation (?:with|titled) (.+)$/i;

/** The chat's name as the page gives it: the thread's label, else its header. */
function titleOf(root: Element, list: Element): string | null {
  for (const label of [root.getAttribute('aria-label'), list.getAttribute('aria-label')]) {
    const name = label && LABELLED_NAME.exec(label.trim())?.[1];
    if (name) return name;
  }
  const heading = querySelectorFirst(root, cssOf(s.title))?.textContent?.trim();
  return heading || root.getAttribute('aria-label')?.trim() || null;
}

/** A named group's label says "titled"; an unnamed one lists its people: "Mum, Dad", "Mum and Dad". */
const NAMED_GROUP = /^conversation titled /i;
const LISTS_PEOPLE = /,| & | and (?:\d+ others?|[^,]+$)/i;

/** The same person, whether the page gives a full name or the first name alone. */
function samePerson(a: string, b: string): boolean {
  const [x, y] = [normaliseTitle(a) ?? '', normaliseTitle(b) ?? ''];
  return x === y || (x.length > 0 && y.length > 0 && (x.startsWith(`${y} `) || y.startsWith(`${x} `)));
}

/**
 * The header's status line ("Active now", "Active 5m ago"): within the block holding the chat's
 * name, the first line with words that is not the name. Found by position, as its words are
 * translated.
 */
function presenceLine(root: Element): Element | null {
  const name = querySelectorFirst(root, cssOf(s.title));
  for (let block = name?.parentElement, depth = 0; block && depth < 3; block = block.parentElement, depth++) {
    for (const line of Array.from(block.children)) {
      if (!name || line === name || line.contains(name) || line.matches(`${CLICKABLE}, a`)) continue;
      if (line.textContent?.trim()) return line;
    }
  }
  return null;
}

/** How far back the newest message from the other side is looked for: about a screenful. */
const NEWEST_ROWS_IN_VIEW = 30;

/** The conversation, read as far as the caller asks (lib/sites/conversation.ts). */
function conversation(doc: Document, now: number): Conversation | null {
  const root = conversationRoot(doc);
  if (!root) return null;
  const list = querySelectorFirst(root, cssOf(s.messageList)) ?? root;
  const title = once(() => titleOf(root, list));
  const lang = doc.documentElement.lang || doc.body?.lang || '';
  const reading = once(
    (): Reading => ({ english: lang === '' || /^en\b/i.test(lang), title: normaliseTitle(title()) }),
  );
  const rows = new Rows(list, now, {
    get english() {
      return reading().english;
    },
    get title() {
      return reading().title;
    },
  });
  const threadId = once(() => threadIdOf(doc.location?.pathname ?? ''));
  return lazyConversation({
    app: 'Messenger',
    chat: (): ChatIdentity => {
      const ids = [threadId(), normaliseTitle(title())].filter((id): id is string => !!id);
      return { ids, sureness: threadId() ? 'url' : ids.length > 0 ? 'title' : 'none' };
    },
    group: () => {
      const label = root.getAttribute('aria-label') ?? '';
      if (NAMED_GROUP.test(label)) return true;
      const name = title();
      if (name && LISTS_PEOPLE.test(name)) return true;
      // A group names each sender above their run; a one-to-one chat names only the chat.
      const senders = rows.senders(NEWEST_ROWS_IN_VIEW);
      const first = name ?? senders[0] ?? '';
      return senders.some((sender) => !samePerson(sender, first));
    },
    health: () => rows.health(),
    list,
    rowsNewestFirst: () => rows.facts(),
    newestIncoming: () => rows.newestIncoming(NEWEST_ROWS_IN_VIEW),
    theirNewest: () => rows.theirNewest(NEWEST_ROWS_IN_VIEW),
    theirFirstSince: (since) => rows.theirFirstSince(since),
    seenSigns: () => ({
      presence: presenceLine(root),
      ticks: rows.receiptsSinceTheirNewest(NEWEST_ROWS_IN_VIEW),
    }),
  });
}

/** Meta's theme class on the page or around the thread, else the painted background. */
function prefersDark(doc: Document): boolean {
  const root = conversationRoot(doc);
  const themed = [doc.documentElement, doc.body].some((element) => element?.matches(s.dark.css));
  return themed || root?.closest(s.dark.css) != null || isDarkBackground(doc, root ?? doc.body);
}

export const messenger: SiteAdapter = {
  id: 'messenger',
  composerAt: (target) => closestFirst(target, COMPOSER),
  sendControlAt,
  composerForControl,
  sendControlFor,
  composer,
  readDraft: readEditorText,
  anchorFor: (composer) => barOf(composer) ?? composer,
  conversation,
  prefersDark,
};
