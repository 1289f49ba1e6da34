import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { chatHash } from '../chat-hash.ts';
import { readChatSalt } from '../chat-salt.ts';
import { installSendGuard } from '../guard.ts';
import { isPageStatusRequest, type PageStatus } from '../page-status.ts';
import type { SiteAdapter } from '../sites/types.ts';
import { NUDGE_MODULE_FILE, registeredNudgeModule } from './nudge-module.ts';
import type { NudgeSession, PendingNudge } from './nudge-session.ts';

/**
 * The global `chrome` namespace, present in content scripts in Chrome and Firefox alike: only what
 * `load` below calls of it. Everything else uses the typed `browser`.
 */
declare const chrome: { runtime: { getURL(path: string): string } };

/**
 * What every page of a messaging site carries: the send guard, installed at document start so it
 * sits ahead of the page's own listeners, and a loader. The nudge itself — language engine,
 * overlay, Preact — loads when the person first focuses the composer, so a chat tab that is
 * only open costs almost nothing. Until it has loaded (a few milliseconds after that focus), or
 * if it cannot load, every send goes through untouched.
 */
export function startSofter(ctx: ContentScriptContext, site: SiteAdapter): void {
  let session: NudgeSession | null = null;
  let nudge: PageStatus['nudge'] = 'waiting';

  const guard = installSendGuard<PendingNudge>(window, {
    site,
    signal: ctx.signal,
    // After an extension update this copy is stale; reading ctx.isInvalid also retires it.
    check: (paused) => (ctx.isInvalid ? null : (session?.check(paused) ?? null)),
    pause: (paused, pending) => session?.pause(paused, pending),
    isOpen: () => !ctx.isInvalid && (session?.isOpen() ?? false),
    refocus: () => session?.refocus(),
    dismiss: () => session?.dismiss(),
  });

  // Loads once; a failed load is tried again on the next focus of the composer, and said in the popup.
  let loading: Promise<void> | null = null;
  const load = () => {
    if (loading) return;
    loading = (async () => {
      // chrome.runtime.getURL, not the polyfill's browser.runtime.getURL: the same function in
      // Chrome and Firefox, and a name the bundler keeps, which Mozilla's add-on linter accepts as
      // the source of a dynamic import (it flags any other argument).
      await import(/* @vite-ignore */ chrome.runtime.getURL(NUDGE_MODULE_FILE));
      const create = registeredNudgeModule();
      if (!create) throw new Error('the nudge module did not register');
      session = await create(ctx, site, guard);
      nudge = 'ready';
      // Said once, at debug level: a person looking at the console (and the Firefox suite, which
      // has no other way into the content script's world) can tell sends are now being looked at.
      console.debug('Softer is ready on this page');
    })().catch((error: unknown) => {
      nudge = 'failed';
      loading = null;
      console.debug('Softer stays out of the way on this page', error);
    });
  };

  // Only until the nudge is in: after that, focus changes cost nothing.
  const untilLoaded = new AbortController();
  ctx.onInvalidated(() => untilLoaded.abort());
  window.addEventListener(
    'focusin',
    (event) => {
      if (session) untilLoaded.abort();
      else if (site.composerAt(event.target)) load();
    },
    { capture: true, signal: untilLoaded.signal },
  );
  if (site.composerAt(document.activeElement)) load();

  const status = async (): Promise<PageStatus> => {
    let rows: PageStatus['rows'] = null;
    let ids: string[] = [];
    try {
      const conversation = site.composer(document) ? site.conversation(document, Date.now()) : null;
      rows = conversation?.rows ?? null;
      ids = conversation?.chat.ids ?? [];
    } catch {
      // An adapter that throws reads nothing: every send passes, so the streak pause is off.
      rows = 'unreadable';
    }
    const salt = ids.length > 0 ? await readChatSalt() : null;
    return { site: site.id, rows, nudge, chats: salt ? ids.map((id) => chatHash(salt, id)) : [] };
  };
  const onMessage = (message: unknown) => (isPageStatusRequest(message) ? status() : undefined);
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}
