import { browser } from 'wxt/browser';

const KEY = 'chatSalt';
let pending: Promise<string> | null = null;

/**
 * The per-installation salt for chat hashes, kept in extension storage (never in the page).
 * Only the background makes it, once, so two contexts can never race to different salts.
 */
export function ensureChatSalt(): Promise<string> {
  pending ??= (async () => {
    const stored = await readChatSalt();
    if (stored) return stored;
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    const salt = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
    await browser.storage.local.set({ [KEY]: salt });
    return salt;
  })();
  pending.catch(() => {
    pending = null;
  });
  return pending;
}

export async function readChatSalt(): Promise<string | null> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  return typeof stored === 'string' && stored.length >= 16 ? stored : null;
}
