/**
 * What Discord's web app (https://discord.com/channels/…) draws, as data: every selector with the
 * month it was last seen and where, newest variant first. Discord's class names are CSS-module
 * hashes (`groupStart_a1b2c3`, before 2024 `groupStart-3Mlgv1`), so they are matched by their
 * stable prefix only where nothing steadier exists; its accessibility ids (`chat-messages-…`,
 * `message-username-…`, `message-timestamp-…`, `message-content-…`), `data-list-id`, Slate's own
 * attributes and the address come first. Research notes: ../shared/research/messaging-dom.md §2.5.
 *
 * Sources (read 2026-11 through the public code index):
 * - Discord's client bundle as kept by datamining mirrors (webpack chunk "88081", module 865343:
 *   getMessageUsernameId / getMessageTimestampId / getMessageContentId; the message header and
 *   timestamp components, several builds 2023 → 2025). "bundle" below.
 * - oaustegard/bookmarklets `discord_scraper.js` @ e456020 (2025-12-05).
 * - honzajavorek/posse `discord-inject.js` @ 6204c5b (2025-11-05); WTFIU/discord-word-filter
 *   `filter.js` @ a0976a3 (2025-07-27).
 * - Vencord user plugins of 2026 (HideChatButtons, InvertReturn; unattributed in the index) and
 *   userscripts "working as of 2/2/2026" (unattributed) for the chat bar and the user area.
 * - 2026 extension tests with Discord rows (`article[data-list-item-id="chat-messages___…"]`,
 *   `time datetime` "2026-04-05…", "2026-09-29…"; unattributed).
 * Offline snapshots of each page shape sit in `snapshots/`.
 */

import { seen } from '../seen.ts';

export const discordSelectors = {
  /** The chat's message list: one per open channel (a thread open beside it has its own). */
  messageList: [
    seen('ol[data-list-id="chat-messages"]', '2025-12', 'oaustegard discord_scraper.js; 2026 tests'),
    seen('[data-list-id="chat-messages"]', '2026-09', '2026 extension tests (div or ol)'),
  ],

  /**
   * One message: `li#chat-messages-<channelId>-<messageId>` (before 2023 without the channel id).
   * Date dividers, the "new messages" bar and the list's spacer are siblings without that id.
   */
  message: seen('li[id^="chat-messages-"]', '2025-12', 'oaustegard discord_scraper.js (li.id split on -)'),

  /**
   * The message itself inside its list item: `role="article"` with
   * `data-list-item-id="chat-messages___chat-messages-<channelId>-<messageId>"` and
   * `aria-labelledby="message-username-<groupStartId> … message-timestamp-<messageId>"`: a follow-up
   * names the username of the message that starts its group (getMessageUsernameId(message, groupId)).
   */
  article: [
    seen(
      '[role="article"][data-list-item-id^="chat-messages___"]',
      '2026-04',
      '2026 extension tests; bundle',
    ),
    seen('[class*="message_"]', '2025-12', 'oaustegard discord_scraper.js (div[class*="message_"])'),
  ],

  /** The first message of an author's run: it draws the avatar and the name (cozy mode). */
  groupStart: seen(
    '[class*="groupStart"]',
    '2026-02',
    'bundle (isGroupStart: message.id === groupId); 2026 CSS',
  ),

  /** The quoted message a reply shows above its own: its avatar, name and words are not this row's. */
  replyContext: seen(
    '[id^="message-reply-context-"], [class*="repliedMessage"]',
    '2025-12',
    'bundle getMessageReplyId; oaustegard (div[class*="repliedMessage_"])',
  ),

  /** The author's name in a message header: `span#message-username-<groupStartId>`, text in `data-text`. */
  username: [
    seen('[id^="message-username-"]', '2026-09', 'bundle getMessageUsernameId; 2026 extension tests'),
    seen('h3 span[class*="username_"]', '2025-12', 'oaustegard discord_scraper.js (h3 > span.username_)'),
  ],

  /**
   * The author's avatar, on a group's first message (cozy; compact only with avatars on):
   * `https://cdn.discordapp.com/avatars/<userId>/<hash>.webp?size=80`. A default avatar
   * (`/embed/avatars/<n>.png`, `/assets/<hash>.png`) carries no user id.
   */
  avatar: seen(
    'img[src*="/avatars/"]',
    '2026-09',
    'research §2.5 (Tsurematsu/onBotMusic, discord-pke); 2026 tests',
  ),

  /**
   * When it was written: `<time id="message-timestamp-<messageId>" datetime="ISO">`, on every message
   * (a cozy follow-up draws it too, shown only on hover: isVisibleOnlyOnHover, cozyAlt).
   */
  time: [
    seen(
      'time[id^="message-timestamp-"][datetime]',
      '2026-09',
      'bundle timestamp component (dateTime toISOString)',
    ),
    seen('time[datetime]', '2025-12', 'oaustegard discord_scraper.js'),
  ],

  /** Its words: `div#message-content-<messageId>` (a reply's quote has the quoted message's id). */
  content: seen('[id^="message-content-"]', '2025-12', 'bundle getMessageContentId; oaustegard'),

  /**
   * The message box: Slate, in the chat's form. Editing a sent message opens another Slate editor
   * inside that message's row, where Enter saves the edit: never the composer.
   */
  composer: [
    seen(
      'form [role="textbox"][data-slate-editor="true"][contenteditable="true"]',
      '2026-01',
      'ralyodio/defpromo discord.js @31b19fd; WTFIU filter.js; posse discord-inject.js',
    ),
    seen(
      'form div[data-slate-editor="true"][contenteditable="true"]',
      '2025-07',
      'WTFIU/discord-word-filter filter.js @a0976a3',
    ),
  ],

  /** The chat bar around the box: what the card sits above. */
  chatBar: [
    seen('form [class*="channelTextArea"]', '2026-02', 'Vencord InvertReturn (closest channelTextArea)'),
    seen('form', '2026-02', 'Vencord InvertReturn (closest form)'),
  ],

  /**
   * Discord sends on Enter and draws no send button by default. One shows in the chat bar's
   * buttons when the person turns it on (an accessibility setting; also on narrow screens), then
   * a click on it sends. Its label is localized, so the class prefix comes first.
   */
  sendButton: [
    seen('form button[class*="sendButton"]', '2026-02', 'Vencord HideChatButtons, InvertReturn (2026)'),
    seen('form button[aria-label="Send Message"]', '2026-02', 'Vencord HideChatButtons (English label)'),
  ],

  /**
   * The person's own account, bottom left: its avatar carries their user id. The section's label
   * is localized and was renamed in the 2025 redesign, so the panels' class prefix backs it up.
   */
  userArea: [
    seen('section[aria-label="User area"]', '2026-02', 'userscripts "working as of 2/2/2026"; 2025 themes'),
    seen('section[aria-label="User status and settings"]', '2026-09', '2026 extension tests'),
    seen('section[class*="panels_"]', '2026-09', '2026 extension tests (section.panels_)'),
  ],
  /** Their display name and username in the user area. */
  userName: [
    seen('[class*="panelTitleContainer"]', '2026-09', '2026 extension tests (nameTag > panelTitleContainer)'),
    seen(
      '[class*="nameTag"]',
      '2026-09',
      '2026 extension tests (nameTag_); community scripts (div[class*="nameTag_"])',
    ),
  ],
  userHandle: seen('[class*="panelSubtext"] [class*="hovered"]', '2026-09', '2026 extension tests'),

  /**
   * The channel header's name: "Sam", "general" (an h1 since the 2024 redesign, an h3 before). Its
   * label is localized; the class prefix backs it up.
   */
  title: [
    seen(
      'section[aria-label="Channel header"] h1, section[aria-label="Channel header"] h3',
      '2026-02',
      '2026 content scripts (section[aria-label="Channel header"]); Discord DOM dump 2023',
    ),
    seen(
      '[class*="titleWrapper"] h1, [class*="titleWrapper"] h3',
      '2026-02',
      '2026 automation selectors (dmName)',
    ),
  ],

  /** Discord's theme is a class on <html>: theme-dark (with darker / midnight), theme-light. */
  dark: seen(
    'html.theme-dark, html.theme-darker, html.theme-midnight',
    '2026-02',
    'BetterDiscord themes and userscripts (.theme-dark on <html>); visual refresh darker / midnight',
  ),
  light: seen('html.theme-light', '2026-02', 'BetterDiscord themes (.theme-light on <html>)'),
} as const;
