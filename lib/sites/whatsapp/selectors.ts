/**
 * What WhatsApp Web's page looks like, as data: every selector with the month it was last seen and
 * where (refined-github's habit), newest variant first. WhatsApp rolls builds out in stages, so
 * several variants are live at once and each list is tried in order. The evidence for each entry is
 * in ../shared/research/messaging-dom.md §1; offline snapshots of each page shape sit in
 * `snapshots/` and a unit test reads every one of them.
 */

import { seen } from '../seen.ts';
import { SEND_IN_LANGUAGES } from '../send-labels.ts';

export const whatsappSelectors = {
  conversation: [seen('#main', '2026-06', 'WAIncognito core/ui.js; 2026 send-button finders')],

  composer: [
    // The chat-list search is also a Lexical textbox, hence the footer scope.
    seen(
      '#main footer [contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
      '2025-12',
      'sevadarkness/ultimo content.js; Whatsapp-Automator driver.py',
    ),
    seen('#main footer [contenteditable="true"][data-tab="10"]', '2025-08', 'Whatsapp-Automator driver.py'),
    // One 2026 build needed the #main scope dropped: the footer that holds the message box.
    seen(
      'footer [contenteditable="true"][data-lexical-editor="true"][data-tab="10"]',
      '2026-01',
      'SendScriptWhatsApp PR #123',
    ),
    seen('#main footer [contenteditable="true"]', '2023-08', 'whatsapp-web.js PR #2434'),
  ],

  /** Looked up inside the composer's own footer, so a media caption's send is never confused with it. */
  sendControl: [
    seen('button[aria-label="Send"]', '2026-07', 'SendScriptWhatsApp PR #134; 2026 send-button finders'),
    seen('[data-testid="wds-ic-send-filled"]', '2026-07', '2026 send-button finders (icon span → button)'),
    seen('div[role="button"][aria-label="Send"]', '2025-11', 'SendScriptWhatsAppV2 #9'),
    seen('[data-icon="wds-ic-send-filled"]', '2025-08', 'Whatsapp-Automator driver.py'),
    seen('[data-icon="send"]', '2025-07', 'SendScriptWhatsApp PR #104'),
    // Any later icon that keeps the word, by either attribute.
    seen('[data-icon*="send"], [data-testid*="send"]', '2026-07', 'naming pattern of the entries above'),
    // Position only: the button after the message box, where WhatsApp has kept it for years.
    seen('button[data-tab="11"]', '2025-08', 'Whatsapp-Automator driver.py'),
  ],

  /** "Send" as WhatsApp labels it; the label is translated, so icons and position come first. */
  sendLabels: SEND_IN_LANGUAGES,

  /** The scrolling message list inside the conversation. */
  messageList: [
    // The list itself (its children are the rows) and, a few nodes into #main, quick to find.
    seen('[role="application"]', '2025-12', 'social-copilot adapters/whatsapp.ts'),
    seen('[data-scrolltracepolicy="wa.web.conversation.messages"]', '2025-12', 'DOM guide (unattributed)'),
  ],

  /**
   * One element per message, found from the end of the list at any depth. 2026: the `conv-msg-`
   * wrapper with a bare id; 2019–2025: the `[data-id]` inside `[role="row"]`; and the bubble classes
   * builds between them still had.
   */
  messageWrapper: [
    seen('[data-testid^="conv-msg-"]', '2026-06', 'WAIncognito aaee1f1; CRM dev log 2026-05-22'),
    seen('[role="row"] [data-id]', '2026-09', '2026 public test fixtures (role=row, false_…@lid_…)'),
    seen('[data-id]', '2026-04', 'WAIncognito 1f04827 (bare data-id)'),
    seen('.message-out, .message-in', '2026-05', 'DOM guide; gone in WAIncognito aaee1f1 (2026-06-10)'),
  ],

  /** The full stamp, "[10:54 PM, 12/9/2025] Sam: "; media-only bubbles have none. */
  stamp: seen('[data-pre-plain-text]', '2026-09', 'CRM dev log 2026-05-27; 2026 fixtures'),

  /**
   * A message's own words, read only to see whether the other side's newest message carries the
   * couple's pause signal (never kept): the 2026 text sits in `.copyable-text` itself.
   */
  messageText: [
    seen('span.selectable-text', '2026-05', 'DOM guide; gone per CRM dev log 2026-05-27'),
    seen('.copyable-text', '2026-09', 'CRM dev log 2026-05-27; 2026 fixtures'),
  ],

  /** The bubble's own time label (and, on outgoing bubbles, the ticks). */
  meta: seen('[data-testid="msg-meta"]', '2026-06', 'Playwright sync doc (fixtures 2026-06-30)'),

  /** Classes only builds up to 2026-05 have. */
  outgoingClass: seen('.message-out', '2026-05', 'DOM guide'),
  incomingClass: seen('.message-in', '2026-05', 'DOM guide'),

  /** Delivery ticks: only the person's own messages have them, by icon name or test id. */
  ticks: seen(
    ['msg-time', 'msg-check', 'msg-dblcheck', 'msg-dblcheck-ack', 'msg-dblcheck-light', 'msg-check-light']
      .flatMap((name) => [`[data-icon="${name}"]`, `[data-testid="${name}"]`])
      .join(', '),
    '2026-02',
    '"Last verified: February 2026" selector file; msg-meta Puppeteer script',
  ),

  /** The bubble tail, drawn only on the first bubble of a run from one side. */
  tailOut: seen('[data-icon="tail-out"], [data-testid="tail-out"]', '2025-12', 'DOM guide'),
  tailIn: seen('[data-icon="tail-in"], [data-testid="tail-in"]', '2025-12', 'DOM guide'),

  /**
   * The block in the conversation header that holds the chat's name and, under it, the status
   * line (online, typing…, last seen, or "click here for contact info"). The status words are
   * translated, so the status line is found by position: the block's line that is not the name.
   */
  headerBlock: [
    seen('header [role="button"]', '2026-06', '2026 scripts (header [role=button] span[dir=auto])'),
    seen('header', '2025-12', 'social-copilot (#main header [title])'),
  ],

  /** Inside the conversation. */
  title: [
    seen('header span[title]', '2025-12', 'social-copilot (#main header [title]); 2025–26 scripts'),
    seen('header [role="button"] span[dir="auto"]', '2026-06', '2026 scripts (no title attribute)'),
    seen(
      '[data-testid="conversation-info-header-chat-title"]',
      '2023-08',
      'pre-2023 testid, unconfirmed since',
    ),
  ],
} as const;
