/**
 * The messaging apps Softer works in: the one list every other part reads — the settings and the
 * options form, the manifest's host matches, the end-to-end harness and its fixture hosts. Adding
 * an app is one entry here, one adapter folder (`lib/sites/<id>/adapter.ts`, exporting the adapter
 * under the entry's `adapterName`), one content script (`entrypoints/<id>.content/`) and one fixture
 * per web client (`tests/fixtures/<client>/`); tests/unit/sites/registry.test.ts checks each is there.
 *
 * Data only, so the settings, the popup and the build can read it without any adapter's code.
 */

/** How the app's message box takes text, which decides how a softer version is put into it. */
export type EditorKind = 'lexical' | 'slate' | 'contenteditable' | 'textarea';

export interface SiteClient {
  /** The client's name, also its fixture's folder under tests/fixtures/. */
  name: string;
  /** Where it lives: its origin and the path its pages start with. */
  url: string;
}

export interface SiteEntry {
  id: string;
  /** The app's name, as in "a WhatsApp chat". */
  name: string;
  /** Its web app's name, as the settings list it. */
  label: string;
  /** The pages the content script runs on (and nothing broader). */
  matches: readonly string[];
  editor: EditorKind;
  /** The web clients that are live, newest first; some apps ship two at once. */
  clients: readonly SiteClient[];
  /** What works less well here, said plainly in the README's table of apps. */
  limits: string;
}

export const SITE_REGISTRY = [
  {
    id: 'whatsapp',
    name: 'WhatsApp',
    label: 'WhatsApp Web',
    matches: ['https://web.whatsapp.com/*'],
    editor: 'lexical',
    clients: [{ name: 'whatsapp', url: 'https://web.whatsapp.com/' }],
    limits: 'Group chats are told apart by their sender names in 2026 page shapes, which carry no group id.',
  },
  {
    id: 'telegram',
    name: 'Telegram',
    label: 'Telegram Web',
    matches: ['https://web.telegram.org/*'],
    editor: 'contenteditable',
    clients: [
      { name: 'telegram-k', url: 'https://web.telegram.org/k/' },
      { name: 'telegram-a', url: 'https://web.telegram.org/a/' },
    ],
    limits: 'Web A shows only a clock time on each message; its day comes from the date heading above it.',
  },
  {
    id: 'google-messages',
    name: 'Google Messages',
    label: 'Google Messages for web',
    matches: ['https://messages.google.com/web/*'],
    editor: 'textarea',
    clients: [{ name: 'google-messages', url: 'https://messages.google.com/web/' }],
    limits:
      'Who wrote each message is read in any language; when it was written comes from its spoken label, read in English only, so on a page in another language the pause before a fourth message is off (protest checks still work) and the popup says so.',
  },
  {
    id: 'discord',
    name: 'Discord',
    label: 'Discord',
    matches: ['https://discord.com/channels/*'],
    editor: 'slate',
    clients: [{ name: 'discord', url: 'https://discord.com/channels/' }],
    limits:
      'Server channels and group direct messages count as groups (left alone unless group chats are on); a group DM where only one other person wrote recently reads as one-to-one. Where a message shows no user id, who wrote it is told by name. Discord shows no read receipts.',
  },
  {
    id: 'messenger',
    name: 'Messenger',
    label: 'Messenger',
    matches: ['https://www.messenger.com/*', 'https://www.facebook.com/messages/*'],
    editor: 'lexical',
    clients: [
      { name: 'messenger', url: 'https://www.messenger.com/' },
      { name: 'messenger-facebook', url: 'https://www.facebook.com/messages/' },
    ],
    limits:
      'Messenger shows times only at gaps, so a message takes the time shown above it; who wrote it is read from its English headings (or the chat’s name), so on a page in another language the pause before a fourth message is off; on facebook.com Softer starts when a Messages page is loaded, not when a chat opens over the feed.',
  },
] as const satisfies readonly SiteEntry[];

export type SiteId = (typeof SITE_REGISTRY)[number]['id'];

export const SITE_IDS: readonly SiteId[] = SITE_REGISTRY.map((site) => site.id);

export const siteEntry = (id: SiteId): SiteEntry => SITE_REGISTRY.find((site) => site.id === id) as SiteEntry;
