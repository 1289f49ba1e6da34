import { chatHash } from '../chat-hash.ts';
import type { Conversation, SiteAdapter } from '../sites/types.ts';

/** The open chat as the page shows it now, with its salted name (the one records and mutes use). */
export interface OpenChat {
  conversation: Conversation;
  chat: string;
}

/** The chat open on the page, read now; null when no chat with a composer is open or it has no name. */
export function openChatOn(site: SiteAdapter, doc: Document, salt: string): OpenChat | null {
  const conversation = site.composer(doc) ? site.conversation(doc, Date.now()) : null;
  const name = conversation?.chat.ids[0];
  return conversation && name !== undefined ? { conversation, chat: chatHash(salt, name) } : null;
}

/** The other side's newest message as a key: a new message from them changes it ('' when none). */
export function theirNewestKey(conversation: Conversation | null | undefined): string {
  const theirs = conversation?.theirNewest();
  return theirs ? `${theirs.at ?? ''}\u0000${theirs.text}` : '';
}
