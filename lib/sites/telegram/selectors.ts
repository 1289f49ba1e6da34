/**
 * What Telegram's two web clients draw, as data: every selector with the month it was seen and
 * where, newest variant first (the WhatsApp folder's habit). Both clients are open source, so each
 * entry was read in the client's own code rather than in scripts that drive it:
 * - Web K (https://web.telegram.org/k/): morethanwords/tweb, plain DOM built in TypeScript.
 * - Web A (https://web.telegram.org/a/): Ajaxy/telegram-tt, Teact components.
 * Commits are the stored versions read in 2026-11; research notes in
 * ../shared/research/messaging-dom.md §2.3–2.4. Offline snapshots of each page sit in `snapshots/`.
 */

import { seen } from '../seen.ts';

export const webKSelectors = {
  /** The open chat: Web K keeps one `.chat` tab per chat it has shown, the open one active. */
  conversation: [
    seen('#column-center .chat.active', '2026-11', 'tweb chat.ts @1ec01eb (.chat.tabs-tab); tabs .active'),
    seen('.chat.tabs-tab', '2026-11', 'tweb chat.ts @1ec01eb'),
  ],

  /** The chat's input bar: the message box and its send button are both inside it. */
  inputBar: [seen('.chat-input', '2026-11', 'tweb chat/input.ts @71dc5ec (CLASS_NAME chat-input)')],

  /** What the card sits above: the bar's row of message box and send button. */
  anchor: [seen('.chat-input-container', '2026-11', 'tweb chat/input.ts @71dc5ec')],

  /**
   * The message box. InputFieldAnimated draws a hidden copy beside it to measure its height, with
   * the same classes, also contenteditable, plus `input-field-input-fake`: never the composer.
   */
  composer: [
    seen(
      '.chat.active .chat-input-main .input-message-input[contenteditable="true"]:not(.input-field-input-fake)',
      '2026-11',
      'tweb chat/input.ts @71dc5ec (chat-input-main, input-message-input); inputFieldAnimated.ts @f3be530',
    ),
    seen(
      '.chat-input .input-message-input[contenteditable="true"]:not(.input-field-input-fake)',
      '2026-11',
      'tweb chat/input.ts @71dc5ec; inputField.ts @652ab9c (contenteditable div)',
    ),
  ],

  /**
   * One button sends, records voice, saves an edit, schedules or forwards; its mode is a class
   * (updateSendBtn toggles send/record/edit/schedule/forward). It is a send control only as `send`.
   */
  sendButton: [
    seen('.btn-send-container .btn-send', '2026-11', 'tweb chat/input.ts @71dc5ec (updateSendBtn)'),
  ],
  sendMode: 'send',

  /** The list whose date groups hold the bubbles. */
  messageList: [seen('.bubbles .bubbles-inner', '2026-11', 'tweb bubbles.ts @e4d417f; research §2.3')],

  /**
   * One message: `section.bubbles-date-group > .bubbles-group > .bubble`. Date headings and
   * service lines ("Sam joined") are bubbles too, with `service`: not messages anyone wrote.
   */
  message: seen(
    '.bubble[data-mid]:not(.service)',
    '2026-11',
    'tweb bubbleGroups.ts @de226d5 (bubbles-group); bubbles.ts date groups (code index)',
  ),
  outgoing: seen(
    '.is-out',
    '2026-11',
    'tweb messageRender.ts @3448aa0 (bubble.classList is-out); research §2.3',
  ),
  incoming: seen('.is-in', '2026-11', 'tweb bubbles.ts; research §2.3'),

  /** Unix seconds, the server's `message.date`. */
  timestamp: 'data-timestamp',

  /** The message's words, with its time label inside them (`span.time`), which is left out. */
  messageText: seen('.message', '2026-11', 'tweb bubbles.ts (.bubble-content > .message)'),
  timeLabel: seen('.time', '2026-11', 'tweb messageRender.ts @3448aa0 (span.time > div.time-inner)'),

  /** Who wrote it, in groups; a forwarded bubble names the original sender instead. */
  sender: seen(
    '.bubble:not(.forwarded) .name .peer-title',
    '2026-11',
    'tweb bubbles.ts (.name > .peer-title, .forwarded); research §2.3',
  ),

  /** Delivery ticks, only on one's own bubbles. */
  ticks: seen(
    '.time-sending-status, .sending-status-icon',
    '2026-11',
    'tweb sendingStatus.ts @43a7a8d; tweb forks 2026 (Icon(…, "time-sending-status"))',
  ),

  title: [seen('.topbar .chat-info .user-title', '2026-11', 'tweb chat/topbar.ts @de226d5')],

  /** The header's second line: "online", "last seen…", "typing…", "3 members". */
  presence: [
    seen('.topbar .chat-info .bottom .info', '2026-11', 'tweb chat/topbar.ts @de226d5 (subtitle .info)'),
  ],

  dark: seen('html.night', '2026-11', 'tweb themeController.ts @09e603c (documentElement night)'),
} as const;

export const webASelectors = {
  conversation: [seen('#MiddleColumn', '2026-11', 'telegram-tt MiddleColumn.tsx; 2025–26 scripts')],

  inputBar: [
    seen('.Composer', '2026-11', 'telegram-tt common/Composer.tsx @9d03d14 (fullClassName Composer)'),
  ],
  anchor: [seen('.Composer', '2026-11', 'telegram-tt common/Composer.tsx @9d03d14')],

  /** The message box; its measuring clone is a `.form-control.clone` without contenteditable. */
  composer: [
    seen(
      '#editable-message-text[contenteditable="true"]',
      '2026-11',
      'telegram-tt composer/MessageInput.tsx @880a6c6 (EDITABLE_INPUT_ID, role textbox)',
    ),
  ],

  /** The main button's mode is a class: send, record, edit, schedule, forward (MainButtonState). */
  sendButton: [seen('.main-button', '2026-11', 'telegram-tt common/Composer.tsx @9d03d14 (MainButtonState)')],
  sendMode: 'send',

  messageList: [
    seen('.MessageList .messages-container', '2026-11', 'telegram-tt MessageListContent.tsx @bde4688'),
    seen('.MessageList', '2026-11', 'telegram-tt MessageList.tsx (MessageList custom-scroll)'),
  ],

  /**
   * One message: `.message-date-group > [.sender-group-container >] .Message`. Its first child,
   * `.bottom-marker`, repeats `data-message-id`, hence the class.
   */
  message: seen(
    '.Message[data-message-id]',
    '2026-11',
    'telegram-tt message/Message.tsx @4633bb3 (Message message-list-item, id message-N)',
  ),
  /** Own messages are marked; the other side's carry no class of their own. */
  outgoing: seen('.own', '2026-11', 'telegram-tt message/Message.tsx @4633bb3'),

  /** The day heading of the message's date group: "Today", "Yesterday", "Monday", "November 28". */
  dateGroup: seen('.message-date-group', '2026-11', 'telegram-tt MessageListContent.tsx @bde4688'),
  dateHeading: seen('.sticky-date', '2026-11', 'telegram-tt MessageListContent.tsx @bde4688'),

  /** "20:15", "08:15 PM", "edited 20:15": the clock only, its day is the heading's. */
  timeLabel: seen('.message-time', '2026-11', 'telegram-tt message/MessageMeta.tsx @c4c8b4b'),

  messageText: seen('.text-content', '2026-11', 'telegram-tt message/Message.tsx @4633bb3'),
  meta: seen('.MessageMeta', '2026-11', 'telegram-tt message/MessageMeta.tsx @c4c8b4b'),

  /** The sender's name, in groups; forwarded messages name theirs outside `.content-inner`. */
  sender: seen(
    '.content-inner:not(.forwarded-message) .message-title-name',
    '2026-11',
    'telegram-tt message/Message.tsx @4633bb3 (renderSenderName)',
  ),

  ticks: seen(
    '.MessageOutgoingStatus',
    '2026-11',
    'telegram-tt common/MessageOutgoingStatus.tsx @9a612c5 (icon-message-read / -succeeded)',
  ),

  title: [
    seen('.MiddleHeader .ChatInfo .fullName', '2026-11', 'telegram-tt FullNameTitle.tsx (h3.fullName)'),
    seen('.MiddleHeader .ChatInfo .title', '2026-11', 'telegram-tt FullNameTitle.tsx (div.title)'),
  ],

  /** The block holding the name and, under it, the status or typing line. */
  headerInfo: [
    seen('.MiddleHeader .ChatInfo .info', '2026-11', 'telegram-tt common/PrivateChatInfo.tsx @d2b8617'),
  ],

  dark: seen('html.theme-dark', '2026-11', 'telegram-tt util/switchTheme.ts @3fd03fb'),
} as const;
