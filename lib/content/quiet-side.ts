import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Agreement } from '../agreement.ts';
import { ask } from '../client.ts';
import { type ComeBack, keepsPromise, OFFER_GRACE_MS, type StoredComeBack } from '../come-back.ts';
import { replaceDraft } from '../editor.ts';
import { t } from '../i18n.ts';
import { narratedPause } from '../language/softer/narration.ts';
import { promisedReturn } from '../promise-time.ts';
import type { Settings } from '../settings.ts';
import type { SiteAdapter } from '../sites/types.ts';
import { unansweredStreak } from '../streak.ts';
import { type OpenChat, openChatOn } from './open-chat.ts';
import { anchorAbove, type SofterUi } from './softer-ui.tsx';

/** After "Not now" (or after the words went in), the space offer stays away from that chat this long. */
const OFFER_AGAIN_AFTER_MS = 60 * 60_000;

/** A chat's pauses learn their recoveries one reply at a time; a handful per look is plenty. */
const RECOVERY_STEPS = 5;

export interface QuietSideOptions {
  ctx: ContentScriptContext;
  site: SiteAdapter;
  ui: SofterUi;
  salt: string;
  settings(): Settings;
  agreement(): Agreement;
}

/**
 * The other half of the cycle, on the page: the space offer for the person who goes quiet, the
 * promise keeper, and learning how soon the other side wrote after a pause. It reacts only to the
 * person focusing a chat's composer and to their sends, never to keystrokes or page changes.
 */
export interface QuietSide {
  /** The person focused the open chat's composer. */
  focused(): void;
  /** The person sent `words` in the open chat: read here once for a promised time, never kept. */
  sent(words: string): void;
  /** A send in `chat` was paused at `at`: when the other side next writes, that is its recovery. */
  paused(chat: string, at: number): void;
}

export function startQuietSide(options: QuietSideOptions): QuietSide {
  const { ctx, site, ui, salt } = options;
  const doc = document;
  /** Chats the space offer stays away from, until when. */
  const offerAgainAt = new Map<string, number>();
  /** The newest promise per chat that has not come due and been offered yet. */
  const promises = new Map<string, StoredComeBack>();
  /** Chats with a pause still waiting to learn its recovery, with the oldest such pause. */
  const awaiting = new Map<string, number>();
  /** The chat the space offer on screen was made for. */
  let spaceOfferedIn: string | null = null;

  const safely = (what: string, work: () => unknown) => {
    try {
      const result = work();
      if (result instanceof Promise)
        result.catch((error: unknown) => console.debug(`Softer: ${what}`, error));
    } catch (error) {
      console.debug(`Softer: ${what}`, error);
    }
  };

  /** Notes sit above the open chat's composer bar. */
  const noteAnchor = () => {
    const composer = site.composer(doc);
    return anchorAbove(composer && site.anchorFor(composer));
  };

  const openChat = () => openChatOn(site, doc, salt);

  // What was promised and what waits for a reply, from before this page was opened.
  safely('could not read the promises and pauses to follow up', async () => {
    const answer = await ask({ type: 'follow-ups', now: Date.now() });
    if (!answer.ok) return;
    for (const promise of answer.comeBacks) keep(promise);
    for (const { chat, since } of answer.awaiting)
      awaiting.set(chat, Math.min(since, awaiting.get(chat) ?? since));
  });

  /** The newest promise in a chat stands; one made earlier there is not offered. */
  function keep(promise: StoredComeBack) {
    const earlier = promises.get(promise.chat);
    if (earlier && earlier.at > promise.at) return;
    promises.set(promise.chat, promise);
    if (!promise.offered)
      ctx.setTimeout(
        () => safely('could not offer the way back', () => offerComeBack(promise)),
        Math.max(0, promise.due - Date.now()),
      );
  }

  function offerSpace(open: OpenChat, now: number) {
    const settings = options.settings();
    const { conversation, chat } = open;
    if (!ui.idle || !settings.sites[site.id] || settings.pausedUntil > now) return;
    if ((offerAgainAt.get(chat) ?? 0) > now || settings.mutedChats.some((muted) => muted.chat === chat))
      return;
    if (conversation.rows !== 'readable') return;
    const theirs = unansweredStreak(
      conversation.rowsNewestFirst(),
      now,
      settings.rapidFollowUpMinutes,
      'them',
    );
    // Asked last: the group test reads the page further. The pause is between two people.
    if (theirs < settings.offerSpaceAfter || conversation.group) return;
    const later = () => offerAgainAt.set(chat, Date.now() + OFFER_AGAIN_AFTER_MS);
    spaceOfferedIn = chat;
    ui.showNotice({
      message: t('quiet.offer'),
      dark: site.prefersDark(doc),
      anchor: noteAnchor(),
      attributes: { 'data-offer': 'narrate-pause' },
      actions: [
        {
          label: t('quiet.putWordsIn'),
          action: 'insert-narration',
          primary: true,
          onClick: () => {
            later();
            ui.close();
            safely('could not put the narrated pause in', () => insertNarration(chat));
          },
        },
      ],
      dismissLabel: t('quiet.notNow'),
      dismissAction: 'dismiss-offer',
      onDismiss: () => {
        later();
        ui.close();
      },
    });
  }

  /** The narrated pause goes into the composer, after whatever the person had written; nothing is sent. */
  async function insertNarration(chat: string) {
    const composer = site.composer(doc);
    if (!composer || openChat()?.chat !== chat) return;
    const words = narratedPause(options.agreement().maxPauseMinutes, Date.now());
    const draft = site.readDraft(composer).trim();
    if (!(await replaceDraft(composer, draft ? `${draft}\n${words}` : words))) {
      notice(t('quiet.couldNotInsert'));
    }
  }

  function offerComeBack(promise: ComeBack) {
    const now = Date.now();
    if (promise.offered || now > promise.due + OFFER_GRACE_MS || now < promise.due) return;
    if (promises.get(promise.chat) !== promise) return;
    // Not over a card or another note: it waits for the person's next visit to the chat instead.
    if (!ui.idle && ui.offerShowing !== 'narrate-pause') return;
    if (openChat()?.chat !== promise.chat) return;
    promise.offered = true;
    const id = (promise as StoredComeBack).id;
    if (id !== undefined) void ask({ type: 'mark-come-back', id, mark: 'offered' }).catch(() => undefined);
    const way = options.agreement().reEntry;
    ui.showNotice({
      message: way ? t('quiet.comeBackWay', { way }) : t('quiet.comeBack'),
      dark: site.prefersDark(doc),
      anchor: noteAnchor(),
      attributes: { 'data-offer': 'come-back' },
      onDismiss: () => ui.close(),
    });
  }

  /** The other side's first message after each waiting pause in this chat, sent to be counted. */
  async function learnRecovery(chat: string) {
    for (let step = 0; step < RECOVERY_STEPS; step++) {
      const since = awaiting.get(chat);
      const open = openChat();
      if (since === undefined || open?.chat !== chat) return;
      const theirAt = open.conversation.rows === 'readable' ? open.conversation.theirFirstSince(since) : null;
      if (theirAt === null) return;
      const answer = await ask({ type: 'record-recovery', chat, theirAt });
      if (!answer.ok) return;
      if (answer.next === null) awaiting.delete(chat);
      else awaiting.set(chat, answer.next);
    }
  }

  /** Notes a promise (its time and chat, never its words) and keeps it for its time. */
  async function record(promise: ComeBack) {
    const answer = await ask({ type: 'record-come-back', comeBack: promise });
    keep(answer.ok ? { ...promise, id: answer.id } : promise);
  }

  function notice(message: string) {
    ui.showNotice({
      message,
      dark: site.prefersDark(doc),
      anchor: noteAnchor(),
      onDismiss: () => ui.close(),
    });
  }

  return {
    focused() {
      safely('could not look at the chat', () => {
        const open = openChat();
        // An offer made for another chat is stale once this one is open.
        if (ui.offerShowing === 'narrate-pause' && open?.chat !== spaceOfferedIn) ui.close();
        if (!open) return;
        const now = Date.now();
        const due = promises.get(open.chat);
        if (due) offerComeBack(due);
        if (awaiting.has(open.chat)) void learnRecovery(open.chat).catch(() => undefined);
        offerSpace(open, now);
      });
    },
    sent(words) {
      safely('could not follow up a send', () => {
        const open = openChat();
        if (!open) return;
        const now = Date.now();
        // They answered: the offer to say they need space is done with.
        if (ui.offerShowing === 'narrate-pause') ui.close();
        const promise = promises.get(open.chat);
        if (promise?.id !== undefined && !promise.kept && keepsPromise(promise, now)) {
          promise.kept = true;
          void ask({ type: 'mark-come-back', id: promise.id, mark: 'kept' }).catch(() => undefined);
        }
        const agreement = options.agreement();
        const due = promisedReturn(words, now, {
          signal: agreement.signal,
          maxPauseMinutes: agreement.maxPauseMinutes,
        });
        if (due !== null)
          void record({ at: now, site: site.id, chat: open.chat, due, offered: false, kept: false });
        if (awaiting.has(open.chat)) void learnRecovery(open.chat).catch(() => undefined);
      });
    },
    paused(chat, at) {
      awaiting.set(chat, Math.min(at, awaiting.get(chat) ?? at));
    },
  };
}
