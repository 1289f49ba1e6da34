/**
 * What Google Messages for web looks like, as data: every selector with the month it was last seen
 * and where, newest variant first. Google's own end-to-end test attributes (`data-e2e-…`) come first:
 * they are the steadiest part of an Angular page whose classes are generated. The evidence is in
 * ../shared/research/messaging-dom.md §2.7; offline snapshots sit in `snapshots/` and a unit test
 * reads every one of them.
 *
 * Sources: MV10/clanker (`docs/page-structure.md`, `extension/parser-chat.js`, 2026-02);
 * onth-bot/ONTH-message-sender (`messages-sender.user.js`, 2026-04 → 2026-05, "live-DOM-confirmed");
 * s0meguy1/messages-takeout (`exportConversation.js`, "tested against Google Messages web as of
 * August 2026"); Keepr-Compliance/Mad (`chrome-extension/extract.js`, `scan.js`, live-page notes of
 * 2026-09-29).
 */

import { type Seen, seen } from '../seen.ts';

export const googleMessagesSelectors = {
  /** The open conversation: its header, its messages and its compose bar. */
  conversation: [
    seen('[data-e2e-conversation-container]', '2026-02', 'clanker docs/page-structure.md'),
    seen('mw-conversation-container', '2026-08', 'messages-takeout; ONTH-message-sender'),
  ],

  /** A real <textarea>; the new-conversation page's recipient box is an <input>, never this. */
  composer: [
    seen('textarea[data-e2e-message-input-box]', '2026-05', 'ONTH-message-sender; clanker background.js'),
  ],

  /** What holds the message box: where the card goes when the send button is not there to find the bar by. */
  messageInput: seen('[data-e2e-message-input]', '2026-02', 'clanker page-structure.md'),

  /**
   * The send button beside it: disabled (or gone) while the box is empty. Looked up only inside the
   * composer's own compose bar.
   */
  sendControl: [
    seen('button[data-e2e-send-text-button]', '2026-05', 'ONTH-message-sender (waits for :not([disabled]))'),
    seen('[data-e2e-send-text-button]', '2026-02', 'clanker parser-chat.js'),
  ],

  /** The header's conversation name: one <h2> per name, or the group's names in one line. */
  title: seen('[data-e2e-header-title]', '2026-09', 'Keepr extract.js (live page); clanker parser-chat.js'),
  titleNames: seen('[data-e2e-header-title] h2', '2026-09', 'Keepr extract.js (live page)'),

  /** The scrolling list of messages inside the conversation. */
  messageList: seen('mws-messages-list', '2026-02', 'clanker parser-chat.js'),

  /** One element per message; date separators and deleted messages are tombstones, not messages. */
  message: [
    seen('mws-message-wrapper', '2026-09', 'Keepr extract.js (live page); clanker page-structure.md'),
    seen('[data-e2e-message-wrapper]', '2026-02', 'clanker page-structure.md'),
  ],
  tombstone: seen(
    'mws-tombstone-message-wrapper, [data-e2e-message-tombstone]',
    '2026-09',
    'Keepr extract.js (live page); clanker parser-chat.js',
  ),

  /**
   * Who wrote a message, as `true`/`false` whatever the page's language: on the message's core (on
   * every message) and, in the builds that have it, on the wrapper itself.
   */
  outgoing: [
    seen(
      '[data-e2e-message-outgoing]',
      '2026-09',
      'Keepr extract.js (live page); ONTH-message-sender (2026-04)',
    ),
    seen('[is-outgoing]', '2026-08', 'messages-takeout (on mws-message-wrapper)'),
  ],

  /** A UUID for one's own messages, base64-like for the other side's, `tmp_…` while one's own is sent. */
  messageId: seen('[data-e2e-message-id]', '2026-02', 'clanker page-structure.md'),

  /**
   * The parts whose spoken label says who wrote the message and when: "Sam said: … Received on
   * September 20, 2026 at 9:05 AM." (text), "Sam sent an image. …", "Sam sent a file: …".
   */
  labelledPart: seen(
    'mws-text-message-part[aria-label], mws-image-message-part[aria-label], mws-file-message-part[aria-label]',
    '2026-09',
    'Keepr extract.js (live page); clanker parser-chat.js',
  ),

  /** The message's own words as shown, never the label (which is the same words, and more). */
  messageText: [
    seen('[data-e2e-message-content]', '2026-09', 'Keepr extract.js (live page)'),
    seen('[data-e2e-text-message-content]', '2026-04', 'ONTH-message-sender; clanker page-structure.md'),
    seen('mws-text-message-part', '2026-02', 'clanker parser-chat.js'),
  ],

  /** The message a reply quotes: its words and label are not this message's. */
  quoted: seen(
    '.embed-msg-part-container',
    '2026-09',
    'Keepr extract.js (untraced there, handled defensively)',
  ),

  /** "Delivered" / "Read" under one's own newest messages. */
  status: seen('mws-message-status', '2026-08', 'messages-takeout (skips it when reading the words)'),
} as const;

/** The attribute a `[name]` selector tests for. */
export const attributeOf = (entry: Seen): string => entry.css.slice(1, -1);
