/**
 * How the tests reach each web client's fixture: the one list the contract suite, the benchmarks
 * and the site specs share. Every client in the site registry has its entry here (the registry
 * meta-test checks a contract spec runs on each).
 */
import type { SiteId } from '../../lib/sites/registry.ts';

export interface ContractClient {
  site: SiteId;
  /** The client's name in the registry (its fixture folder). */
  client: string;
  /** The address after the client's base that opens a chat ("#777000123", "conversations/101"). */
  chatPath(chat: string): string;
  /** The composer, and the send control as it shows once there is text. */
  composer: string;
  sendControl: string;
}

const whatsapp = (shape: '2026' | '2024'): ContractClient => ({
  site: 'whatsapp',
  client: 'whatsapp',
  chatPath: (chat) => `?shape=${shape}&chat=${encodeURIComponent(chat)}`,
  composer: '#main footer [contenteditable="true"][role="textbox"]',
  sendControl: '#main footer .send-control',
});

const messenger = (client: 'messenger' | 'messenger-facebook'): ContractClient => ({
  site: 'messenger',
  client,
  chatPath: (chat) => `t/${chat}`,
  composer: '[role="textbox"][data-lexical-editor="true"]',
  sendControl: '[aria-label="Press enter to send"]',
});

export const CLIENTS = {
  'whatsapp-2026': whatsapp('2026'),
  'whatsapp-2024': whatsapp('2024'),
  'telegram-k': {
    site: 'telegram',
    client: 'telegram-k',
    chatPath: (chat) => `#${chat}`,
    composer: '.input-message-input[contenteditable="true"]:not(.input-field-input-fake)',
    sendControl: '.btn-send-container .btn-send',
  },
  'telegram-a': {
    site: 'telegram',
    client: 'telegram-a',
    chatPath: (chat) => `#${chat}`,
    composer: '#editable-message-text',
    sendControl: '.Composer .main-button',
  },
  'google-messages': {
    site: 'google-messages',
    client: 'google-messages',
    chatPath: (chat) => `conversations/${chat}`,
    composer: 'textarea[data-e2e-message-input-box]',
    sendControl: '[data-e2e-send-text-button]',
  },
  discord: {
    site: 'discord',
    client: 'discord',
    chatPath: (chat) => `/channels/${chat}`,
    composer: '[role="textbox"][data-slate-editor="true"]',
    // Discord sends on Enter; the fixture shows the optional send button some setups add.
    sendControl: 'form button[class*="sendButton"]',
  },
  messenger: messenger('messenger'),
  'messenger-facebook': messenger('messenger-facebook'),
} satisfies Record<string, ContractClient>;
