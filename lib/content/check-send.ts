import type { Agreement } from '../agreement.ts';
import { chatHash } from '../chat-hash.ts';
import { decideNudge, type Nudge } from '../decide.ts';
import type { PausedSend } from '../guard.ts';
import { prepareLanguage } from '../language/analyze.ts';
import type { Settings } from '../settings.ts';
import type { SiteAdapter } from '../sites/types.ts';
import { unansweredStreak } from '../streak.ts';

export interface PendingNudge {
  nudge: Nudge;
  /** Salted hash of the chat's steadiest name: what the record and a mute use. */
  chat: string;
  /** False when the page names the chat in no way at all: such a chat cannot be muted on its own. */
  canMute: boolean;
}

/** Builds what `checkSend` reads a draft with, ahead of the first send (`prepareLanguage`). */
export function prepareCheck(): void {
  prepareLanguage();
}

/**
 * The decision at one send attempt, on the page as it is: reads the conversation once, counts the
 * unanswered streak when the rows can be read, asks the pure decision, and, for a send it pauses,
 * notes the chat on the paused send so the card can follow it. The session calls it inside the
 * keydown; the randomized sequences call this same function.
 */
export function checkSend(
  site: SiteAdapter,
  paused: PausedSend,
  now: number,
  settings: Settings,
  salt: string,
  agreement: Agreement,
): PendingNudge | null {
  const doc = paused.composer.ownerDocument;
  const conversation = site.conversation(doc, now);
  let chats: string[] | null = null;
  const chatHashes = () => (chats ??= (conversation?.chat.ids ?? []).map((id) => chatHash(salt, id)));
  // Rows the adapter cannot read count as no streak: protest checks go on, the streak pause waits.
  const streak =
    conversation?.rows === 'readable'
      ? unansweredStreak(conversation.rowsNewestFirst(), now, settings.rapidFollowUpMinutes)
      : 0;
  // The group test and the chat's names are read from the page only if a nudge is otherwise due.
  const nudge = decideNudge(
    {
      site: site.id,
      draft: paused.draft,
      streak,
      get group() {
        return conversation?.group ?? false;
      },
      get chats() {
        return chatHashes();
      },
      now,
      hour: new Date(now).getHours(),
      day: new Date(now).getDay(),
      agreement,
      get theirNewest() {
        return conversation?.rows === 'readable' ? conversation.theirNewest() : null;
      },
    },
    settings,
  );
  if (!nudge) return null;
  paused.chat = conversation?.chat;
  const names = chatHashes();
  return { nudge, chat: names[0] ?? chatHash(salt, ''), canMute: names.length > 0 };
}
