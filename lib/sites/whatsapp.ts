import { parseMessageTime } from '../timestamps.ts';
import { closestFirst, isDarkBackground, newestFirst, querySelectorFirst, readEditorText } from './dom.ts';
import type { Conversation, SiteAdapter } from './types.ts';

/**
 * WhatsApp Web. Selectors newest variant first, each with when it was seen (DESIGN.md). Labels
 * are translated, so icons and position (`#main footer`) come before label text.
 */
export const whatsappSelectors = {
  conversation: ['#main'],
  composer: [
    // 2024-2026: Lexical. The chat-list search is also a Lexical textbox, hence the #main footer scope.
    '#main footer [contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
    // 2023: data-tab="10" marked the message box.
    '#main footer [contenteditable="true"][data-tab="10"]',
    '#main footer [contenteditable="true"]',
  ],
  sendControl: [
    '#main footer button[aria-label="Send"]', // 2025-11
    '#main footer div[role="button"][aria-label="Send"]', // 2025-10
    '#main footer [data-icon="wds-ic-send-filled"]', // 2025-08
    '#main footer [data-icon="send"]', // older
    '#main footer [data-icon*="send"]', // any later icon name that keeps the word
  ],
  /** "Send" as WhatsApp labels it in the languages most users have. */
  sendLabels: <readonly string[]>[
    'Send',
    'Senden',
    'Enviar',
    'Envoyer',
    'Invia',
    'Verzenden',
    'Wyślij',
    'Gönder',
    'Отправить',
    'Надіслати',
    'إرسال',
    'ارسال',
    'שליחה',
    'שלח',
    '发送',
    '傳送',
    '送信',
    '보내기',
    'भेजें',
    'Kirim',
    'Gửi',
    'ส่ง',
    'Skicka',
    'Lähetä',
    'Odeslat',
    'Trimite',
    'Küldés',
    'Αποστολή',
    'Hantar',
    'Ipadala',
    'পাঠান',
  ],
  messageRow: ['[data-id^="true_"], [data-id^="false_"]', '.message-out, .message-in'],
  messageTime: '[data-pre-plain-text]',
  outgoingMark: '.message-out, [data-icon="msg-dblcheck"], [data-icon="msg-check"], [data-icon="msg-time"]',
} as const;

const CLICKABLE = 'button, [role="button"]';
const SEND_ICON = '[data-icon="wds-ic-send-filled"], [data-icon="send"], [data-icon*="send"]';

function sendControlAt(target: EventTarget | null): HTMLElement | null {
  const element = target instanceof Element ? target : null;
  const control = element?.closest<HTMLElement>(CLICKABLE) ?? element?.closest<HTMLElement>(SEND_ICON);
  if (!control?.closest('#main footer')) return null;
  const label = control.getAttribute('aria-label')?.trim();
  const isSend =
    (label !== undefined && whatsappSelectors.sendLabels.includes(label)) ||
    control.matches(SEND_ICON) ||
    control.querySelector(SEND_ICON) !== null;
  return isSend ? control : null;
}

/** Any clickable in the footer whose label is "Send" in one of the languages above. */
const TRANSLATED_SEND = whatsappSelectors.sendLabels
  .map((label) => `#main footer :is(button, [role="button"])[aria-label="${label}"]`)
  .join(', ');

function sendControl(doc: Document): HTMLElement | null {
  const found = querySelectorFirst<HTMLElement>(doc, [...whatsappSelectors.sendControl, TRANSLATED_SEND]);
  return found ? (found.closest<HTMLElement>(CLICKABLE) ?? found) : null;
}

/** `true_<chat jid>_<message id>[_<participant>]`: the middle part names the chat. */
function chatIdOf(dataId: string): string | null {
  const parts = dataId.split('_');
  return parts.length >= 3 && parts[1] ? parts[1] : null;
}

function conversation(doc: Document, now: number): Conversation | null {
  const main = querySelectorFirst(doc, whatsappSelectors.conversation);
  if (!main) return null;
  const newest = newestFirst(main, whatsappSelectors.messageRow).next().value;
  const dataId = newest?.closest('[data-id]')?.getAttribute('data-id') ?? null;
  const title = main.querySelector('header span[title]')?.getAttribute('title') || null;
  const chatId = (dataId && chatIdOf(dataId)) || title;
  return {
    chatId,
    title,
    group: chatId?.endsWith('@g.us') ?? false,
    *rowsNewestFirst() {
      for (const row of newestFirst(main, whatsappSelectors.messageRow)) {
        const id = row.getAttribute('data-id');
        const outgoing = id ? id.startsWith('true_') : row.matches(whatsappSelectors.outgoingMark);
        // A reply ends the streak whenever it was sent, so only the user's own rows need a time.
        const stamp = outgoing
          ? row.querySelector(whatsappSelectors.messageTime)?.getAttribute('data-pre-plain-text')
          : null;
        yield { outgoing, at: stamp ? parseMessageTime(stamp, now) : null };
      }
    },
  };
}

export const whatsapp: SiteAdapter = {
  id: 'whatsapp',
  composerAt: (target) => closestFirst(target, whatsappSelectors.composer),
  sendControlAt,
  composer: (doc) => querySelectorFirst<HTMLElement>(doc, whatsappSelectors.composer),
  sendControl,
  readDraft: readEditorText,
  conversation,
  prefersDark: (doc) =>
    doc.body?.classList.contains('dark') ||
    doc.documentElement.classList.contains('dark') ||
    isDarkBackground(doc, querySelectorFirst(doc, whatsappSelectors.conversation) ?? doc.body),
};
