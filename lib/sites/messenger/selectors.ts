/**
 * What Messenger's page looks like, as data: every selector with the month it was last seen and
 * where, newest variant first (the WhatsApp folder's habit). One page serves www.messenger.com
 * (`/t/<id>`, `/e2ee/t/<id>`) and www.facebook.com/messages (`/messages/t/<id>`, `/messages/e2ee/t/<id>`);
 * Meta began sending messenger.com to facebook.com/messages in April 2026 (shoot-the-messenger
 * README @ b77560f), with the same DOM on both and in end-to-end encrypted threads.
 *
 * Messenger's class names are generated and rotate, so nothing here is a class except Meta's own
 * theme marker. Everything is a role, an accessible label or a `data-scope`/`data-pagelet` hook.
 * Research notes: ../shared/research/messaging-dom.md §2.1. Sources, besides those named there:
 * - "selectors.ts, last verified March 2026": an unattributed Messenger tool in the public code
 *   index (MWMessageRow rows, `date_break` separators and their formats, "Conversation titled").
 * - "exporter (2026-06)": an unattributed Messenger export console script in the public code index,
 *   whose examples are dated June 2026 (the `role="log"` list, `data-message-id` messages with
 *   spoken labels "At June 11, 2026, 8:59 AM, You: …").
 * - "Closing Coach": an unattributed facebook.com content script (undated; read 2026-11): the
 *   `h5` in each message cell that says "You sent" / "You replied".
 * - "KaTeX for Messenger": an unattributed extension (undated; read 2026-11): "Thread composer",
 *   "Send a …" and "Press enter to send" on the composer's buttons.
 * - "Ghost mode CSS": unattributed facebook.com extensions (undated; read 2026-11): "Seen by".
 * Offline snapshots of each page shape sit in `snapshots/`, read by a unit test.
 */

import { seen } from '../seen.ts';
import { SEND_IN_LANGUAGES } from '../send-labels.ts';

export const messengerSelectors = {
  /** The open conversation; its label names the chat ("Conversation with Sam", "… titled Family"). */
  conversation: [
    seen('[role="main"][aria-label^="Conversation"]', '2026-03', 'selectors.ts, last verified March 2026'),
    seen('[role="main"]', '2026-02', 'shoot-the-messenger main.js @ b77560f ([role="main"] [role="grid"])'),
  ],

  /**
   * The message list inside the conversation, newest shape first: the 2026-06 log, the labelled
   * grid, and the grid alone (never the chat list, a grid labelled "Chats" outside the thread).
   */
  messageList: [
    seen('[role="log"][aria-label*="Messages in conversation"]', '2026-06', 'exporter (2026-06)'),
    seen('[aria-label^="Messages in conversation"]', '2026-08', 'love js/messenger_reply_messages.mjs'),
    seen('[role="grid"]:has([data-scope="messages_table"])', '2026-02', 'shoot-the-messenger @ b77560f'),
    seen('[role="grid"]:not([aria-label="Chats"])', '2026-02', 'shoot-the-messenger @ b77560f (getScroller)'),
  ],

  /** 2026-06: one element per message, labelled with its time, its sender and its words. */
  labelledMessage: seen('[data-message-id][aria-roledescription="message"]', '2026-06', 'exporter (2026-06)'),

  /** 2025–2026: one list row per message, separator or notice; a message's row holds its cell. */
  row: seen('[role="row"]', '2026-02', 'shoot-the-messenger @ b77560f; selectors.ts (MWMessageRow)'),
  messageCell: seen(
    '[data-scope="messages_table"]',
    '2026-02',
    'shoot-the-messenger @ b77560f ([role="row"]:has([data-scope="messages_table"])); KaTeX for Messenger',
  ),

  /** The time separator, its own row: "2:41 PM", "Thu 6:42 PM", "Feb 16, 2026, 2:42 PM". */
  separator: seen('[data-scope="date_break"]', '2026-03', 'selectors.ts, last verified March 2026'),

  /**
   * The spoken heading in a message's cell: "You sent", "You replied to Sam", or the other side's
   * name. Visually hidden; the newest first message of a run carries it.
   */
  senderHeading: seen('h5', '2026-08', 'Closing Coach ("You sent"/"You replied"); love lambda6 (H5 skipped)'),

  /** 2026-06: the spoken label some builds put inside the message rather than on it. */
  sentLabel: seen('[aria-label^="Enter, Message sent"]', '2026-06', 'exporter (2026-06), fallback label'),

  /** A message's words: the `dir="auto"` block in its cell that is not a heading. */
  messageText: seen('[dir="auto"]', '2026-08', 'love lambda6 ([role="none"] text, not under H5)'),

  /** Read receipts: the small avatars under the person's newest message. */
  seenBy: seen(
    '[aria-label^="Seen by"], [aria-label^="Visto por"]',
    '2026-06',
    'exporter (2026-06); selectors.ts March 2026; Ghost mode CSS (Visto por)',
  ),

  /** The composer's own bar: the box, its buttons and the like/send control. */
  composerBar: [
    seen(
      '[role="group"][aria-label="Thread composer"]',
      '2026-11',
      'KaTeX for Messenger (undated; read 2026-11)',
    ),
  ],

  /** The message box, a Lexical editor. facebook.com has others (comments), hence the thread scope. */
  composer: [
    seen(
      '[role="main"] [contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
      '2025-08',
      'messenger-utils content.js @ e1617f8; research §2.1',
    ),
    seen(
      '[aria-label="Thread composer"] [contenteditable="true"][role="textbox"]',
      '2026-11',
      'KaTeX for Messenger (undated; read 2026-11)',
    ),
    seen(
      '[contenteditable="true"][role="textbox"][aria-label="Message"]',
      '2025-08',
      'messenger-utils content.js @ e1617f8 (div[aria-label="Message"])',
    ),
  ],

  /**
   * The send control, which Messenger draws only while there is a draft (a thumbs-up "Send a Like"
   * stands in its place otherwise). Its label is translated and no icon hook is known, so the
   * English labels come first, then "Send" in the languages Meta ships, then its place (adapter.ts).
   */
  sendControl: [
    seen('[aria-label="Press enter to send"]', '2026-07', 'research §2.1 (love messenger_reply.mjs); KaTeX'),
    seen('[aria-label="Press Enter to send"]', '2026-07', 'research §2.1; 2025–26 Messenger scripts'),
    seen(
      '[aria-label="Send"]',
      '2025-08',
      'messenger-utils content.js @ e1617f8 (button[aria-label="Send"])',
    ),
  ],

  /**
   * What stands in the send control's place with no draft, never a send of words: "Send a Like", or
   * "Send a <emoji>" with a custom quick reaction (hence the prefix).
   */
  likeControl: seen(
    '[aria-label^="Send a "]:not([aria-label^="Send a message"])',
    '2026-11',
    'KaTeX for Messenger ("Send a"; undated, read 2026-11); "Send a Like" in an unattributed 2025–26 script',
  ),

  /** "Send" as Messenger's translations write it, the fallback after the English labels. */
  sendLabels: SEND_IN_LANGUAGES,

  /** The chat's name in the thread's header. */
  title: [seen('[role="main"] h2', '2026-06', 'exporter (2026-06): h1, h2 or a level 1–2 heading')],

  /** The thread's own button that opens its details: present only where a conversation is open. */
  infoButton: seen(
    '[aria-label="Conversation information"]',
    '2026-03',
    'selectors.ts, last verified March 2026',
  ),

  /** Meta's theme class on the page; message rows carry it too (shoot-the-messenger @ 8eba08e). */
  dark: seen('.__fb-dark-mode', '2026-02', 'shoot-the-messenger main.js @ 8eba08e (MESSAGE_ROW_QUERY)'),
} as const;
