import type { ChatIdentity, SiteAdapter } from './sites/types.ts';

/** A send the guard has paused, with what it needs to let it go later. */
export interface PausedSend {
  composer: HTMLElement;
  /** The draft exactly as the card shows it: the only text "Send anyway" may send. */
  draft: string;
  /** The chat it was paused in, as the decision read it. */
  chat?: ChatIdentity;
  /** The send control the person clicked, when the send was a click. */
  control?: HTMLElement;
}

export interface SendGuardOptions<T> {
  site: SiteAdapter;
  /**
   * Decides, synchronously inside the event, whether this send is paused (and notes the chat on
   * `paused`). Returns what the overlay needs, or null to let the send through untouched.
   */
  check(paused: PausedSend): T | null;
  /** Called after the event was stopped, to show the nudge. Throwing releases the send. */
  pause(paused: PausedSend, nudge: T): void;
  /**
   * True while a nudge is open for a draft that is still there: further sends wait for the
   * person's choice instead of stacking. The session closes a card whose chat or draft is gone.
   */
  isOpen(): boolean;
  /** Brings the open nudge back into view and focus. */
  refocus(): void;
  /** Escape while a nudge is open, wherever focus is: the person chose to edit the draft. */
  dismiss(): void;
  signal: AbortSignal;
}

/** What letting a paused send go did: sent, or nothing because the chat or the draft is not the one paused. */
export type Release = 'sent' | 'other-chat' | 'draft-changed';

export interface SendGuard {
  /**
   * The composer of the chat the send was paused in: its own, or the one the app re-rendered for
   * that chat; null once another chat is open. It holds the draft as the person now sees it.
   */
  composerFor(paused: PausedSend): HTMLElement | null;
  /**
   * Sends the paused draft exactly once, as the card showed it: through the composer's send
   * control (looked up afresh, it may have been re-rendered), else the control the person clicked,
   * else an Enter in the composer. All are untrusted events, which the guard never catches. Sends
   * nothing once another chat is open or the draft has changed: a message must never land in a
   * chat it was not written in, nor be text the person did not see on the card.
   */
  release(paused: PausedSend): Release;
}

const shareAnId = (a: ChatIdentity | undefined, b: ChatIdentity | undefined) =>
  !!a && !!b && a.ids.some((id) => b.ids.includes(id));

/**
 * Catches the two ways a message leaves — Enter in the composer and a click on the send control —
 * in the capture phase on the window, before the page's own handlers. Fails open: anything
 * unexpected, including an error of ours, lets the event continue as if Softer were not there;
 * once the event is stopped, every path either shows the card or sends the draft.
 */
export function installSendGuard<T>(win: Window, options: SendGuardOptions<T>): SendGuard {
  const { site } = options;

  const intercept = (event: Event, composer: HTMLElement | null, control?: HTMLElement) => {
    if (!composer) return;
    const paused: PausedSend = { composer, draft: '', control };
    let nudge: T | null = null;
    try {
      if (options.isOpen()) {
        event.preventDefault();
        event.stopImmediatePropagation();
        options.refocus();
        return;
      }
      paused.draft = site.readDraft(composer);
      nudge = options.check(paused);
    } catch (error) {
      console.debug('Softer let a send through after an error', error);
      return;
    }
    if (nudge === null) return;
    event.preventDefault();
    event.stopImmediatePropagation();
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
    let composer: HTMLElement | null = null;
    try {
      composer = site.composerAt(event.target);
    } catch (error) {
      console.debug('Softer let a key through after an error', error);
      return;
    }
    intercept(event, composer);
  };

  const onClick = (event: MouseEvent) => {
    // Only the person's own clicks are guarded; the untrusted click of release() goes straight through.
    if (!event.isTrusted) return;
    let control: HTMLElement | null = null;
    let composer: HTMLElement | null = null;
    try {
      control = site.sendControlAt(event.target);
      composer = control && site.composerForControl(control);
    } catch (error) {
      console.debug('Softer let a click through after an error', error);
      return;
    }
    if (control) intercept(event, composer, control);
  };

  win.addEventListener('keydown', onKeydown, { capture: true, signal: options.signal });
  win.addEventListener('click', onClick, { capture: true, signal: options.signal });

  function composerFor(paused: PausedSend): HTMLElement | null {
    if (paused.composer.isConnected) return paused.composer;
    const doc = paused.composer.ownerDocument;
    const current = site.composer(doc);
    const now = current && site.conversation(doc, Date.now());
    return current && now && shareAnId(now.chat, paused.chat) ? current : null;
  }

  function release(paused: PausedSend): Release {
    // The adapter may be what failed: with the paused composer still on the page, carry on without it.
    const attempt = <R>(read: () => R, fallback: R): R => {
      try {
        return read();
      } catch (error) {
        console.debug('Softer releases the send without the adapter', error);
        return fallback;
      }
    };
    const fallbackComposer = paused.composer.isConnected ? paused.composer : null;
    const composer = attempt(() => composerFor(paused), fallbackComposer);
    if (!composer) return 'other-chat';
    if (attempt(() => site.readDraft(composer), paused.draft) !== paused.draft) return 'draft-changed';
    composer.focus();
    const clicked = paused.control?.isConnected ? paused.control : null;
    const control = attempt(() => site.sendControlFor(composer), clicked) ?? clicked;
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
    return 'sent';
  }

  return { composerFor, release };
}
