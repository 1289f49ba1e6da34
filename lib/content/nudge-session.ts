import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { NudgeChoice } from '@/components/NudgeOverlay.tsx';
import { chatHash } from '../chat-hash.ts';
import { readChatSalt } from '../chat-salt.ts';
import { decideNudge, type Nudge } from '../decide.ts';
import { focusAtEnd, replaceDraft } from '../editor.ts';
import { installSendGuard, type PausedSend } from '../guard.ts';
import type { SofterRequest } from '../messages.ts';
import type { Outcome } from '../outcome.ts';
import type { Settings } from '../settings.ts';
import { loadSettings, updateSettings, watchSettings } from '../settings-store.ts';
import type { SiteAdapter } from '../sites/types.ts';
import { unansweredStreak } from '../streak.ts';
import { anchorAbove, SofterUi } from './softer-ui.tsx';

interface PendingNudge {
  nudge: Nudge;
  chat: string;
}

/**
 * Softer on one messaging page: the send guard, the nudge overlay and the recording of what the
 * person chose. Until settings and the overlay are ready, every send simply goes through.
 */
export async function startNudgeSession(ctx: ContentScriptContext, site: SiteAdapter): Promise<void> {
  const doc = document;
  let settings: Settings | null = null;
  let salt = '';
  let ui: SofterUi | null = null;

  watchSettings((next) => {
    settings = next;
  }, ctx.signal);

  const guard = installSendGuard<PendingNudge>(window, {
    site,
    signal: ctx.signal,
    isOpen: () => ui?.nudgeOpen ?? false,
    refocus: () => ui?.focus(),
    check(paused) {
      if (!settings || !ui) return null;
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
      if (!ui) throw new Error('overlay not ready');
      const shown = ui;
      let chosen = false;
      const onChoose = (choice: NudgeChoice) => {
        // One choice per nudge, however many ways it arrives (a click, Escape in the card or the page).
        if (chosen) return;
        chosen = true;
        escapeOpenNudge = null;
        shown.close();
        record(pending, choice);
        void act(paused, pending.nudge, choice);
      };
      escapeOpenNudge = () => onChoose({ action: 'edit', answer: null, waitMinutes: null });
      shown.showNudge({
        nudge: pending.nudge,
        draft: paused.draft,
        dark: site.prefersDark(doc),
        anchor: anchorAbove(paused.composer),
        onChoose,
      });
    },
  });

  // Escape means "edit myself" even when focus has wandered back to the page while the card is open.
  let escapeOpenNudge: (() => void) | null = null;
  ctx.addEventListener(
    window,
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || !escapeOpenNudge || !ui?.nudgeOpen) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      escapeOpenNudge();
    },
    { capture: true },
  );

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

  async function act(paused: PausedSend, nudge: Nudge, choice: NudgeChoice) {
    const composer = paused.composer;
    switch (choice.action) {
      case 'send-anyway':
        if (!guard.release(paused)) notice('The chat changed while Softer was open, so nothing was sent.');
        return;
      case 'use-rewrite':
        if (nudge.rewrite && !(await replaceDraft(composer, nudge.rewrite))) {
          notice('Softer could not change the draft here; it is just as you wrote it.');
        }
        focusAtEnd(composer);
        return;
      case 'wait':
        focusAtEnd(composer);
        if (choice.waitMinutes) remindAfter(choice.waitMinutes);
        return;
      case 'mute-chat': {
        const chat = chatHash(salt, site.conversation(doc, Date.now())?.chatId ?? '');
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
      if (!ui || ui.nudgeOpen || !composer) return;
      notice(`It's been ${minutes} minutes. Your draft is still here, if it still feels right.`, composer);
    }, minutes * 60_000);
  }

  function notice(message: string, composer = site.composer(doc)) {
    const shown = ui;
    if (!shown) return;
    shown.showNotice({
      message,
      dark: site.prefersDark(doc),
      anchor: composer ? anchorAbove(composer) : { left: 16, bottom: 16 },
      onOpenDraft: composer
        ? () => {
            shown.close();
            focusAtEnd(composer);
          }
        : undefined,
      onDismiss: () => shown.close(),
    });
  }

  function send(request: SofterRequest) {
    try {
      browser.runtime.sendMessage(request).catch(() => undefined);
    } catch {
      // The extension was reloaded under this page: recording is lost, the conversation is not.
    }
  }

  try {
    settings = await loadSettings();
    salt =
      (await readChatSalt()) ??
      ((await browser.runtime.sendMessage({ type: 'chat-salt' })) as { salt: string }).salt;
    ui = await SofterUi.create(ctx);
  } catch (error) {
    // Without settings or the overlay Softer stays out of the way: every send goes through.
    console.debug('Softer is inactive on this page', error);
    settings = null;
  }
}
