import type { SiteAdapter } from './sites/types.ts';

/** A send the guard has paused, with what it needs to let it go later. */
export interface PausedSend {
  composer: HTMLElement;
  draft: string;
  /** The chat it was paused in (the app's id and title), read once the send is paused. */
  chat?: { id: string | null; title: string | null };
}

export interface SendGuardOptions<T> {
  site: SiteAdapter;
  /**
   * Decides, synchronously inside the event, whether this send is paused. Returns what the
   * overlay needs, or null to let the send through with the event untouched.
   */
  check(paused: PausedSend): T | null;
  /** Called after the event was stopped, to show the nudge. */
  pause(paused: PausedSend, nudge: T): void;
  /** True while a nudge is open: further sends wait for the person's choice instead of stacking. */
  isOpen(): boolean;
  /** Brings the open nudge back into view and focus. */
  refocus(): void;
  /** Escape while a nudge is open, wherever focus is: the person chose to edit the draft. */
  dismiss(): void;
  signal: AbortSignal;
}

export interface SendGuard {
  /**
   * The composer of the chat the send was paused in: its own, or the one the app re-rendered for
   * that chat; null once another chat is open. It holds the draft as the person now sees it.
   */
  composerFor(paused: PausedSend): HTMLElement | null;
  /**
   * Sends the paused draft exactly once, as typed: through the send control when there is one
   * (looked up afresh, it may have been re-rendered), else with an Enter in the composer. Both
   * are untrusted events, which the guard never catches. Sends nothing, and returns false, once
   * another chat is open: the draft must not land in a chat it was not written in.
   */
  release(paused: PausedSend): boolean;
}

/**
 * Catches the two ways a message leaves — Enter in the composer and a click on the send control —
 * in the capture phase on the window, before the page's own handlers. Fails open: anything
 * unexpected, including an error of ours, lets the event continue as if Softer were not there.
 */
export function installSendGuard<T>(win: Window, options: SendGuardOptions<T>): SendGuard {
  const { site } = options;

  const intercept = (event: Event, composer: HTMLElement | null) => {
    if (!composer) return;
    if (options.isOpen()) {
      event.preventDefault();
      event.stopImmediatePropagation();
      options.refocus();
      return;
    }
    let nudge: T | null = null;
    const paused: PausedSend = { composer, draft: '' };
    try {
      paused.draft = site.readDraft(composer);
      nudge = options.check(paused);
    } catch (error) {
      console.debug('Softer let a send through after an error', error);
      return;
    }
    if (nudge === null) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    const conversation = site.conversation(composer.ownerDocument, Date.now());
    paused.chat = { id: conversation?.chatId ?? null, title: conversation?.title ?? null };
    try {
      options.pause(paused, nudge);
    } catch (error) {
      // The nudge could not be shown: send as the person asked rather than swallow the message.
      console.debug('Softer could not show the nudge', error);
      release(paused);
    }
  };

  // The one listener Softer runs on every keystroke: anything but Enter or Escape returns at once.
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      if (!event.isTrusted || !options.isOpen()) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      options.dismiss();
      return;
    }
    if (event.key !== 'Enter' || event.shiftKey || event.ctrlKey || event.altKey || event.metaKey) return;
    // Enter that confirms an IME composition (Japanese, Chinese, Korean…) is not a send.
    if (event.isComposing || event.keyCode === 229 || !event.isTrusted) return;
    intercept(event, site.composerAt(event.target));
  };

  const onClick = (event: MouseEvent) => {
    // Only the person's own clicks are guarded; the untrusted click of release() goes straight through.
    if (!event.isTrusted) return;
    const control = site.sendControlAt(event.target);
    if (!control) return;
    const doc = control.ownerDocument;
    intercept(event, site.composer(doc));
  };

  win.addEventListener('keydown', onKeydown, { capture: true, signal: options.signal });
  win.addEventListener('click', onClick, { capture: true, signal: options.signal });

  // Another chat gets nothing: a message must never land in a chat it was not written in.
  function composerFor(paused: PausedSend): HTMLElement | null {
    if (paused.composer.isConnected) return paused.composer;
    const doc = paused.composer.ownerDocument;
    const current = site.composer(doc);
    const now = site.conversation(doc, Date.now());
    const was = paused.chat;
    // The id falls back to the title when rows are missing, so either agreeing means the same chat.
    const same = (a: string | null | undefined, b: string | null | undefined) => !!a && a === b;
    return current && was && now && (same(now.chatId, was.id) || same(now.title, was.title)) ? current : null;
  }

  function release(paused: PausedSend): boolean {
    const composer = composerFor(paused);
    if (!composer) return false;
    composer.focus();
    const control = site.sendControl(composer.ownerDocument);
    if (control) {
      control.click();
    } else {
      composer.dispatchEvent(
        new KeyboardEvent('keydown', {
          key: 'Enter',
          code: 'Enter',
          keyCode: 13,
          bubbles: true,
          cancelable: true,
        }),
      );
    }
    return true;
  }

  return { composerFor, release };
}
