import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { NudgeChoice } from '@/components/NudgeOverlay.tsx';
import { chatHash } from '../chat-hash.ts';
import { readChatSalt } from '../chat-salt.ts';
import { decideNudge, type Nudge } from '../decide.ts';
import { focusAtEnd, replaceDraft } from '../editor.ts';
import type { PausedSend, SendGuard } from '../guard.ts';
import type { SofterRequest } from '../messages.ts';
import type { Outcome } from '../outcome.ts';
import type { Settings } from '../settings.ts';
import { loadSettings, updateSettings, watchSettings } from '../settings-store.ts';
import type { SiteAdapter } from '../sites/types.ts';
import { unansweredStreak } from '../streak.ts';
import { anchorAbove, SofterUi } from './softer-ui.tsx';

export interface PendingNudge {
  nudge: Nudge;
  chat: string;
}

/** What the send guard asks of the nudge: the decision, the overlay, and whether one is open. */
export interface NudgeSession {
  check(paused: PausedSend): PendingNudge | null;
  pause(paused: PausedSend, pending: PendingNudge): void;
  isOpen(): boolean;
  refocus(): void;
  /** Escape anywhere on the page while the card is open: "edit myself". */
  dismiss(): void;
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

  const session: NudgeSession = {
    isOpen: () => ui.nudgeOpen,
    refocus: () => ui.focus(),
    dismiss: () => dismissOpenNudge?.(),
    check(paused) {
      const now = Date.now();
      const conversation = site.conversation(doc, now);
      const chat = chatHash(salt, conversation?.chatId ?? '');
      const streak = conversation
        ? unansweredStreak(conversation.rowsNewestFirst(), now, settings.rapidFollowUpMinutes)
        : 0;
      const nudge = decideNudge(
        {
          site: site.id,
          draft: paused.draft,
          streak,
          group: conversation?.group ?? false,
          chat,
          now,
          hour: new Date(now).getHours(),
        },
        settings,
      );
      return nudge && { nudge, chat };
    },
    pause(paused, pending) {
      let chosen = false;
      // Chrome does not tell an old content script that the extension was updated; reading the
      // context's validity does, and WXT then removes the card. Checked each second while open.
      const watch = ctx.setInterval(() => undefined, 1000);
      const onChoose = (choice: NudgeChoice) => {
        // One choice per nudge, however many ways it arrives (a click, Escape in the card or the page).
        if (chosen) return;
        chosen = true;
        clearInterval(watch);
        dismissOpenNudge = null;
        ui.close();
        record(pending, choice);
        act(paused, pending, choice).catch((error: unknown) => {
          // The draft stays as the editor has it; only the follow-up (focus, rewrite) is lost.
          console.debug('Softer could not finish the choice', error);
        });
      };
      dismissOpenNudge = () => onChoose({ action: 'edit', answer: null, waitMinutes: null });
      ui.showNudge({
        nudge: pending.nudge,
        draft: paused.draft,
        dark: site.prefersDark(doc),
        anchor: anchorAbove(paused.composer),
        onChoose,
      });
    },
  };

  /** The open card's "edit myself", for Escape wherever focus is (the guard's keydown listener). */
  let dismissOpenNudge: (() => void) | null = null;

  function record({ nudge, chat }: PendingNudge, choice: NudgeChoice) {
    const outcome: Outcome = {
      at: Date.now(),
      site: site.id,
      chat,
      reason: nudge.reason,
      streak: nudge.streak,
      kinds: nudge.analysis.kinds,
      answer: choice.answer,
      action: choice.action,
      waitMinutes: choice.waitMinutes,
    };
    send({ type: 'record-outcome', outcome });
  }

  async function act(paused: PausedSend, { nudge, chat }: PendingNudge, choice: NudgeChoice) {
    // The app may have re-rendered the composer while the card was open; act on the one that
    // still holds the draft, or, for focus alone, on whatever composer is there now.
    const holding = guard.composerFor(paused);
    const composer = holding ?? site.composer(doc) ?? paused.composer;
    switch (choice.action) {
      case 'send-anyway':
        if (!guard.release(paused)) {
          notice('The chat changed while Softer was open, so nothing was sent.');
        }
        return;
      case 'use-rewrite':
        // Inserting the rewrite leaves the caret after it; moving the selection again afterwards
        // could land in the middle of the person already typing on, so only a failure refocuses.
        if (nudge.rewrite && holding && (await replaceDraft(holding, nudge.rewrite))) return;
        notice('Softer could not change the draft here; it is just as you wrote it.');
        focusAtEnd(composer);
        return;
      case 'wait':
        focusAtEnd(composer);
        if (choice.waitMinutes) remindAfter(choice.waitMinutes);
        return;
      case 'mute-chat': {
        await updateSettings((current) => ({
          ...current,
          mutedChats: [...current.mutedChats.filter((m) => m.chat !== chat), { chat, mutedAt: Date.now() }],
        })).catch(() => notice('Softer could not save that; it will ask again next time.'));
        focusAtEnd(composer);
        return;
      }
      case 'edit':
        focusAtEnd(composer);
        return;
    }
  }

  function remindAfter(minutes: number) {
    ctx.setTimeout(() => {
      const composer = site.composer(doc);
      // Nothing to remind of if another nudge is open or the draft has since been sent or cleared.
      if (ui.nudgeOpen || !composer || site.readDraft(composer).trim() === '') return;
      notice(`It's been ${minutes} minutes. Your draft is still here, if it still feels right.`, composer);
    }, minutes * 60_000);
  }

  function notice(message: string, composer = site.composer(doc)) {
    ui.showNotice({
      message,
      dark: site.prefersDark(doc),
      anchor: composer ? anchorAbove(composer) : { left: 16, bottom: 16 },
      onOpenDraft: composer
        ? () => {
            ui.close();
            focusAtEnd(composer);
          }
        : undefined,
      onDismiss: () => ui.close(),
    });
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
