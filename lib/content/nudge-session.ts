import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { NudgeChoice } from '@/components/NudgeOverlay.tsx';
import { DEFAULT_AGREEMENT } from '../agreement.ts';
import { loadAgreement, watchAgreement } from '../agreement-store.ts';
import { readChatSalt } from '../chat-salt.ts';
import { focusAtEnd, replaceDraft } from '../editor.ts';
import type { PausedSend, SendGuard } from '../guard.ts';
import type { HoldEnd } from '../hold.ts';
import { t } from '../i18n.ts';
import type { SofterRequest } from '../messages.ts';
import type { Outcome, OutcomeAction } from '../outcome.ts';
import { mutedChatsWith, type Settings } from '../settings.ts';
import { loadSettings, muteChat, unmuteChat, watchSettings } from '../settings-store.ts';
import type { SiteAdapter } from '../sites/types.ts';
import { startBlinders } from './blinders.ts';
import { type Box, type CardPlace, contentBox, placeCard, visibleBox } from './card-place.ts';
import { checkSend, type PendingNudge, prepareCheck } from './check-send.ts';
import { type HeldSend, holdSend } from './held-send.ts';
import { startQuietSide } from './quiet-side.ts';
import { anchorAbove, SofterUi } from './softer-ui.tsx';

/** How long "Undo" stays by the composer after a chat is muted from the card. */
const UNDO_SECONDS = 6;

export type { PendingNudge } from './check-send.ts';

/** What the send guard asks of the nudge: the decision, the overlay, and whether one is open. */
export interface NudgeSession {
  check(paused: PausedSend): PendingNudge | null;
  pause(paused: PausedSend, pending: PendingNudge): void;
  isOpen(): boolean;
  refocus(): void;
  /** Escape anywhere on the page while the card is open: "edit myself". */
  dismiss(): void;
}

/** The card on screen, bound to the chat and the draft it paused. */
interface OpenCard {
  paused: PausedSend;
  /** Closes the card with the choice the person made. */
  choose(choice: NudgeChoice): void;
  /**
   * Closes the card because its chat was left or its draft changed: nothing is sent, the person
   * is already elsewhere (so focus stays where it is), and the record says the draft was left to them.
   */
  drop(): void;
}

/**
 * The nudge on one messaging page: the decision, the overlay and the recording of what the
 * person chose. Loaded only once the person starts writing (lib/content/start.ts), so a page
 * that is merely open carries just the send guard. Rejects if settings, the chat salt or the
 * overlay cannot be had; the guard then lets every send through.
 */
export async function createNudgeSession(
  ctx: ContentScriptContext,
  site: SiteAdapter,
  guard: SendGuard,
): Promise<NudgeSession> {
  const doc = document;
  let settings: Settings = await loadSettings();
  const salt =
    (await readChatSalt()) ??
    ((await browser.runtime.sendMessage({ type: 'chat-salt' })) as { salt: string }).salt;
  const ui = await SofterUi.create(ctx);

  watchSettings((next) => {
    settings = next;
  }, ctx.signal);
  /**
   * Mutes (`at` given) or unmutes a chat, counted on this page before it is saved: the storage
   * event that tells every tab comes a moment later, and a send pressed in between (Enter right
   * after Undo) must not be judged by the list from before. Not saved, the page reads it again.
   */
  const changeMute = async (chat: string, at?: number): Promise<boolean> => {
    const before = settings.mutedChats;
    const entry = at === undefined ? undefined : { chat, mutedAt: at, site: site.id };
    settings = { ...settings, mutedChats: mutedChatsWith(before, chat, entry) };
    const saved = await (at === undefined ? unmuteChat(chat) : muteChat(chat, at, site.id));
    if (!saved.ok) settings = await loadSettings().catch(() => ({ ...settings, mutedChats: before }));
    return saved.ok;
  };
  let agreement = await loadAgreement().catch(() => DEFAULT_AGREEMENT);
  watchAgreement((next) => {
    agreement = next;
  }, ctx.signal);
  const quiet = startQuietSide({
    ctx,
    site,
    ui,
    salt,
    settings: () => settings,
    agreement: () => agreement,
  });
  /**
   * Work for after a send, on a plain timer: ctx.setTimeout adds an abort listener for each timer
   * that is never removed, and a send is too frequent for that (the list would grow all session
   * and every send would pay for it). A timer that fires after an update does nothing.
   */
  const later = (work: () => void, ms: number) =>
    window.setTimeout(() => {
      if (ctx.isValid) work();
    }, ms);
  const blinders = startBlinders({
    ctx,
    site,
    salt,
    settings: () => settings,
    agreement: () => agreement,
  });
  // Focusing a chat's composer is when the person turns to that chat: the quiet side and the
  // blinders look then, and only then (a focus or a click, never a keystroke). The focus that
  // loaded this module counts too.
  const turnedTo = () => {
    quiet.focused();
    blinders.look();
  };
  // WhatsApp focuses the composer as a chat opens, so a click into a composer that already has
  // focus (messages came in meanwhile) counts as turning to the chat as well.
  window.addEventListener(
    'focusin',
    (event) => {
      if (site.composerAt(event.target)) turnedTo();
    },
    { capture: true, signal: ctx.signal },
  );
  window.addEventListener(
    'pointerdown',
    (event) => {
      if (site.composerAt(event.target) && site.composerAt(doc.activeElement)) turnedTo();
    },
    { capture: true, signal: ctx.signal },
  );
  if (site.composerAt(doc.activeElement)) turnedTo();
  // The language tables are built while the person is still writing, when the page is idle, not
  // at their first Enter.
  if (typeof window.requestIdleCallback === 'function')
    window.requestIdleCallback(prepareCheck, { timeout: 2_000 });
  else later(prepareCheck, 0);
  /**
   * After a message went: the quiet side reads it once for a promised time, and the blinders look
   * again once the app has drawn it (the unanswered streak may just have reached the threshold).
   */
  const wentOut = (words: string) => {
    quiet.sent(words);
    for (const delay of [300, 1200]) later(() => blinders.look(), delay);
  };
  /** The one message held to "send only if still silent" on this page, if any. */
  let held: HeldSend | null = null;
  /** Pauses whose end already offered the way back in, by when they were asked for. */
  const reEntryOffered = new Set<number>();

  let open: OpenCard | null = null;

  /** The card stays only while its chat is open and its draft is the one it shows. */
  function stillHolds(paused: PausedSend): boolean {
    try {
      const composer = guard.composerFor(paused);
      return composer !== null && site.readDraft(composer) === paused.draft;
    } catch {
      return false;
    }
  }

  /** Whether a card is open; one whose chat was left or whose draft was changed closes here. */
  function cardOpen(): boolean {
    if (!open) return false;
    if (ui.nudgeOpen && stillHolds(open.paused)) return true;
    open.drop();
    return false;
  }

  const session: NudgeSession = {
    isOpen: cardOpen,
    refocus: () => ui.focus(),
    dismiss: () => open?.choose({ action: 'edit', answer: null, waitMinutes: null, rewrite: null }),
    check(paused) {
      const pending = checkSend(site, paused, Date.now(), settings, salt, agreement);
      // A send that goes through is followed up after the app has taken it, outside the keystroke.
      if (!pending) later(() => wentOut(paused.draft), 0);
      return pending;
    },
    pause(paused, pending) {
      // A send in the chat of a held message is the person acting on it: the hold gives way.
      if (held?.chat === pending.chat) held.cancel();
      if (pending.nudge.pause) offerReEntryAt(pending.nudge.pause.since, pending.nudge.pause.until);
      let chosen = false;
      // Chrome does not tell an old content script that the extension was updated; reading the
      // context's validity does, and WXT then removes the card. Each second the card also checks
      // that its chat is still open and its draft unchanged, and closes if not (nothing is sent).
      const watch = ctx.setInterval(() => void cardOpen(), 1000);
      // One choice per nudge, however many ways it arrives (a click, Escape in the card or the page).
      const close = () => {
        if (chosen) return false;
        chosen = true;
        clearInterval(watch);
        if (open === card) open = null;
        ui.close();
        return true;
      };
      const card: OpenCard = {
        paused,
        choose(choice) {
          if (!close()) return;
          act(paused, pending, choice).then(
            (done) => {
              // A hold is recorded when it ends, with how it ended.
              if (done !== 'hold') record(pending, { ...choice, action: done });
            },
            (error: unknown) => console.debug('Softer could not finish the choice', error),
          );
        },
        drop() {
          if (close()) record(pending, { action: 'edit', answer: null, waitMinutes: null, rewrite: null });
        },
      };
      try {
        ui.showNudge({
          nudge: pending.nudge,
          draft: paused.draft,
          dark: site.prefersDark(doc),
          place: placer(paused.composer),
          canMute: pending.canMute,
          onChoose: card.choose,
        });
      } catch (error) {
        clearInterval(watch);
        throw error;
      }
      open = card;
      keepFocusIn(card);
    },
  };

  /**
   * The card takes focus as it appears, but an editor finishing its own work a moment later (a
   * selection it restores after the last keystroke) can pull focus back into the composer, where
   * the next key would land in the draft. For the first half-second, focus that returns to the
   * composer without the person clicking is moved back to the card.
   */
  function keepFocusIn(card: OpenCard) {
    const watch = new AbortController();
    const stop = () => watch.abort();
    ctx.setTimeout(stop, 500);
    ctx.onInvalidated(stop);
    const reclaim = (target: EventTarget | null) => {
      if (open === card && site.composerAt(target)) ui.focus();
    };
    window.addEventListener('pointerdown', stop, { capture: true, signal: watch.signal });
    window.addEventListener('focusin', (event) => reclaim(event.target), {
      capture: true,
      signal: watch.signal,
    });
    // Focus that never left the composer raises no event: look once the frame is drawn.
    requestAnimationFrame(() => {
      if (!watch.signal.aborted) reclaim(document.activeElement);
    });
  }

  function record({ nudge, chat }: PendingNudge, choice: NudgeChoice, holdEnd?: HoldEnd) {
    const outcome: Outcome = {
      at: Date.now(),
      site: site.id,
      chat,
      reason: nudge.reason,
      streak: nudge.streak,
      kinds: nudge.analysis.kinds,
      answer: choice.answer,
      action: choice.action,
      waitMinutes: choice.action === 'wait' ? choice.waitMinutes : null,
      holdEnd: choice.action === 'hold' ? (holdEnd ?? 'cancelled') : null,
    };
    send({ type: 'record-outcome', outcome });
    quiet.paused(chat, outcome.at);
  }

  /**
   * Does what the person chose and answers what really happened, which is what gets recorded: a
   * send that was refused, a rewrite the editor did not take or a mute that was not saved leave the
   * draft with the person, and are recorded as that ("edit").
   */
  async function act(paused: PausedSend, pending: PendingNudge, choice: NudgeChoice): Promise<OutcomeAction> {
    const { chat } = pending;
    // The app may have re-rendered the composer while the card was open; act on the one that
    // still holds the draft, or, for focus alone, on whatever composer is there now.
    const holding = guard.composerFor(paused);
    const composer = holding ?? site.composer(doc) ?? paused.composer;
    switch (choice.action) {
      case 'send-anyway': {
        const released = guard.release(paused);
        if (released === 'sent') {
          wentOut(paused.draft);
          return 'send-anyway';
        }
        notice(released === 'other-chat' ? t('notice.otherChat') : t('notice.draftChanged'));
        return 'edit';
      }
      case 'use-rewrite':
        // Inserting the rewrite leaves the caret after it; moving the selection again afterwards
        // could land in the middle of the person already typing on, so only a failure refocuses.
        if (choice.rewrite && holding && (await replaceDraft(holding, choice.rewrite))) return 'use-rewrite';
        notice(t('notice.couldNotChange'));
        focusAtEnd(composer);
        return 'edit';
      case 'wait':
        focusAtEnd(composer);
        if (choice.waitMinutes) remindAfter(choice.waitMinutes);
        return 'wait';
      case 'mute-chat': {
        const saved = await changeMute(chat, Date.now());
        focusAtEnd(composer);
        if (!saved) {
          notice(t('notice.couldNotSaveMute'));
          return 'edit';
        }
        if ((await offerUndo(t('notice.muted'))) === 'kept') return 'mute-chat';
        // Undone: nothing was muted in the end, and the draft is still the person's.
        if (await changeMute(chat)) return 'edit';
        notice(t('notice.couldNotUndo'));
        return 'mute-chat';
      }
      case 'edit':
        focusAtEnd(composer);
        return 'edit';
      case 'hold': {
        if (!holding || !choice.holdUntil) {
          notice(t('notice.couldNotHold'));
          return 'edit';
        }
        held?.cancel();
        const hold: HeldSend = holdSend({
          ctx,
          site,
          guard,
          ui,
          paused,
          chat,
          until: choice.holdUntil,
          dark: site.prefersDark(doc),
          anchor: () => anchorAbove(site.anchorFor(site.composer(doc) ?? paused.composer)),
          onEnd: (end) => {
            if (held === hold) held = null;
            if (end === 'sent') wentOut(paused.draft);
            record(pending, choice, end);
          },
        });
        held = hold;
        return 'hold';
      }
    }
  }

  /**
   * When the pause they asked for ends without a word from them, a gentle note offers the way
   * back in from the agreement, once per pause, if the person is still on the page.
   */
  function offerReEntryAt(since: number, until: number) {
    if (reEntryOffered.has(since)) return;
    reEntryOffered.add(since);
    ctx.setTimeout(
      () => {
        let theirs: { at: number | null } | null = null;
        try {
          theirs = site.conversation(doc, Date.now())?.theirNewest() ?? null;
        } catch {
          return;
        }
        // They wrote again since asking for the pause: nothing to offer.
        if (!theirs || theirs.at !== since || ui.nudgeOpen) return;
        const composer = site.composer(doc);
        const way = agreement.reEntry;
        ui.showNotice({
          message: way ? t('notice.pauseOverWay', { way }) : t('notice.pauseOver'),
          dark: site.prefersDark(doc),
          anchor: anchorAbove(composer && site.anchorFor(composer)),
          attributes: { 'data-offer': 're-entry' },
          onDismiss: () => ui.close(),
        });
      },
      Math.max(0, until - Date.now()),
    );
  }

  function remindAfter(minutes: number) {
    ctx.setTimeout(() => {
      const composer = site.composer(doc);
      // Nothing to remind of if another nudge is open or the draft has since been sent or cleared.
      if (ui.nudgeOpen || !composer || site.readDraft(composer).trim() === '') return;
      notice(t('notice.reminder', minutes), composer);
    }, minutes * 60_000);
  }

  function notice(message: string, composer = site.composer(doc)) {
    ui.showNotice({
      message,
      dark: site.prefersDark(doc),
      anchor: anchorAbove(composer && site.anchorFor(composer)),
      actions: composer
        ? [
            {
              label: t('notice.backToDraft'),
              action: 'open-draft',
              primary: true,
              onClick: () => {
                ui.close();
                focusAtEnd(composer);
              },
            },
          ]
        : [],
      onDismiss: () => ui.close(),
    });
  }

  /** A quiet confirmation with Undo in the card's place, for a few seconds. */
  function offerUndo(message: string): Promise<'undone' | 'kept'> {
    return new Promise((resolve) => {
      const composer = site.composer(doc);
      const done = (result: 'undone' | 'kept') => {
        clearTimeout(timer);
        // A click on the notice took focus from the draft; it goes back there as the notice goes.
        const focusWasHere = ui.holdsFocus();
        ui.close();
        if (focusWasHere && composer) focusAtEnd(composer);
        resolve(result);
      };
      const timer = ctx.setTimeout(() => done('kept'), UNDO_SECONDS * 1000);
      ui.showNotice({
        message,
        dark: site.prefersDark(doc),
        anchor: anchorAbove(composer && site.anchorFor(composer)),
        actions: [
          { label: t('notice.undo'), action: 'undo-mute', primary: true, onClick: () => done('undone') },
        ],
        onDismiss: () => done('kept'),
      });
    });
  }

  /**
   * Where the card goes, asked with its height: clear of the composer and of the newest message
   * from the other side (lib/content/card-place.ts), read from the page each time it is asked.
   */
  function placer(composer: HTMLElement): (height: number) => CardPlace {
    return (height) => {
      const bar = site.anchorFor(composer);
      let view: { list: Element; newestIncoming: Element | null } | null = null;
      try {
        view = site.conversation(doc, Date.now())?.view() ?? null;
      } catch {
        // A page the adapter cannot read: the card still goes above the composer.
      }
      const box = (element: Element): Box => element.getBoundingClientRect();
      return placeCard({
        viewport: { width: window.innerWidth, height: window.innerHeight },
        composer: box(bar),
        list: view ? visibleBox(view.list) : box(bar),
        incoming: view?.newestIncoming ? contentBox(view.newestIncoming) : null,
        rtl: getComputedStyle(bar).direction === 'rtl',
        height,
      });
    };
  }

  function send(request: SofterRequest) {
    try {
      browser.runtime.sendMessage(request).catch(() => undefined);
    } catch {
      // The extension was reloaded under this page: recording is lost, the conversation is not.
    }
  }

  return session;
}
