import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { type Agreement, honouredPause } from '../agreement.ts';
import { t } from '../i18n.ts';
import type { Settings } from '../settings.ts';
import type { SiteAdapter } from '../sites/types.ts';
import { unansweredStreak } from '../streak.ts';
import { openChatOn, theirNewestKey } from './open-chat.ts';

export interface BlindersOptions {
  ctx: ContentScriptContext;
  site: SiteAdapter;
  salt: string;
  settings(): Settings;
  agreement(): Agreement;
}

/** Silence blinders: looks whether they are due in the open chat, and covers or uncovers. */
export interface Blinders {
  /** Called when the person turns to a chat or sends; costs one read of the page when off. */
  look(): void;
}

/** While covering, how often the page is looked at: the other side writing ends the blinders. */
const LOOK_EVERY_MS = 500;

const CSS = `
  .cover { position: fixed; box-sizing: border-box; border-radius: 4px; z-index: 2147483646;
    border: 0; padding: 0 4px; margin: 0; cursor: pointer; overflow: hidden; white-space: nowrap;
    font: 12px/1 system-ui, sans-serif; text-align: start; }
  .cover:focus-visible { outline: 2px solid #00755f; outline-offset: 1px; }
  .cover.presence { color: #54656f; }
  .cover.presence.dark { color: #aebac1; }
`;

/** The first opaque background at or behind an element, so a cover blends in where it sits. */
function backdropOf(element: Element, dark: boolean): string {
  for (let at: Element | null = element; at; at = at.parentElement) {
    const color = getComputedStyle(at).backgroundColor;
    if (color && color !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(color)) return color;
  }
  return dark ? '#111b21' : '#f0f2f5';
}

const overlaps = (a: DOMRect, b: DOMRect) =>
  a.width > 0 && a.height > 0 && a.bottom > b.top && a.top < b.bottom && a.right > b.left && a.left < b.right;

/**
 * While the person waits — their unanswered streak at or past the pause threshold, or a pause the
 * other side asked for with the agreed signal — covers the header's presence line (online,
 * typing…, last seen) and the ticks on the person's unanswered messages, with Softer's own boxes
 * over them: the page itself is not changed. One tap shows them again for that chat; the other
 * side writing, or another chat opening, takes the covers away. Nothing runs while nothing is covered.
 */
export function startBlinders(options: BlindersOptions): Blinders {
  const { ctx, site, salt } = options;
  const doc = document;
  /** Chats where the person chose to see, until the other side's newest message changes. */
  const shownIn = new Map<string, string>();
  let covering: { chat: string; theirs: string; stop: AbortController } | null = null;
  let host: Promise<ShadowRootContentScriptUi<HTMLElement>> | null = null;

  const read = () => openChatOn(site, doc, salt);

  /** Whether the open chat is one to cover now, and by what their newest message is known. */
  function due(): { chat: string; theirs: string } | null {
    const settings = options.settings();
    if (!settings.silenceBlinders || !settings.sites[site.id]) return null;
    const open = read();
    if (open?.conversation.rows !== 'readable') return null;
    const { conversation, chat } = open;
    const now = Date.now();
    const theirs = theirNewestKey(conversation);
    if (shownIn.get(chat) === theirs) return null;
    const waiting = unansweredStreak(conversation.rowsNewestFirst(), now, settings.rapidFollowUpMinutes);
    const paused = honouredPause(conversation.theirNewest(), options.agreement(), now) !== null;
    if (waiting < settings.nudgeAfter && !paused) return null;
    return conversation.group ? null : { chat, theirs };
  }

  function uncover() {
    covering?.stop.abort();
    covering = null;
    void host?.then((ui) => ui.remove());
  }

  async function cover(chat: string, theirs: string) {
    const stop = new AbortController();
    covering = { chat, theirs, stop };
    host ??= createShadowRootUi(ctx, {
      name: 'softer-blinders',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css: CSS,
      onMount: (container) => container,
    });
    const ui = await host;
    if (stop.signal.aborted) return;
    ui.mount();
    let frame = 0;
    const redraw = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => draw(ui.uiContainer, chat));
    };
    redraw();
    const timer = ctx.setInterval(() => {
      const now = due();
      if (!now || now.chat !== chat || now.theirs !== theirs) {
        uncover();
        look();
      } else redraw();
    }, LOOK_EVERY_MS);
    stop.signal.addEventListener('abort', () => {
      clearInterval(timer);
      cancelAnimationFrame(frame);
    });
    window.addEventListener('scroll', redraw, { capture: true, passive: true, signal: stop.signal });
    window.addEventListener('resize', redraw, { signal: stop.signal });
  }

  function draw(container: HTMLElement, chat: string) {
    const open = read();
    if (!open || open.chat !== chat) return;
    const { presence, ticks } = open.conversation.seenSigns();
    const list = open.conversation.view().list.getBoundingClientRect();
    const dark = site.prefersDark(doc);
    const covers: HTMLElement[] = [];
    const coverOver = (element: Element, kind: 'presence' | 'ticks', clip: DOMRect | null) => {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || (clip && !overlaps(box, clip))) return;
      const button = doc.createElement('button');
      button.type = 'button';
      button.className = `cover ${kind}${dark ? ' dark' : ''}`;
      button.dataset.blinder = kind;
      button.dataset.action = 'show-seen';
      Object.assign(button.style, {
        left: `${box.left - 2}px`,
        top: `${box.top - 1}px`,
        width: `${box.width + 4}px`,
        height: `${box.height + 2}px`,
        background: backdropOf(element, dark),
      });
      if (kind === 'presence') {
        button.textContent = t('quiet.blinderPresence');
        button.title = t('quiet.blinderPresenceTitle');
      } else {
        button.setAttribute('aria-label', t('quiet.blinderTicks'));
        button.tabIndex = -1;
      }
      button.addEventListener('click', () => {
        shownIn.set(chat, covering?.theirs ?? '');
        uncover();
      });
      covers.push(button);
    };
    if (presence) coverOver(presence, 'presence', null);
    for (const tick of ticks) coverOver(tick, 'ticks', list);
    container.replaceChildren(...covers);
  }

  function look() {
    try {
      const now = due();
      if (!now) {
        if (covering) uncover();
        return;
      }
      if (covering?.chat === now.chat && covering.theirs === now.theirs) return;
      uncover();
      void cover(now.chat, now.theirs).catch((error: unknown) => console.debug('Softer: no blinders', error));
    } catch (error) {
      console.debug('Softer could not look for silence blinders', error);
    }
  }

  ctx.onInvalidated(uncover);
  return { look };
}
