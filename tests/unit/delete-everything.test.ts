import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleRequest } from '@/lib/background/requests.ts';
import type { Outcome } from '@/lib/outcome.ts';
import { DEFAULT_PREFERENCES } from '@/lib/settings.ts';
import { loadSettings, muteChat, pauseUntil, saveSettings } from '@/lib/settings-store.ts';
import { openSofterDb } from '@/lib/store/db.ts';

const salt = '0123456789abcdef0123';
const outcome: Outcome = {
  at: Date.UTC(2025, 11, 9, 21, 54),
  site: 'whatsapp',
  chat: 'k3j2h1g0f9d8',
  reason: 'streak',
  streak: 3,
  kinds: [],
  answer: null,
  action: 'mute-chat',
  waitMinutes: null,
  holdEnd: null,
};

describe('"Delete everything" in the background', () => {
  beforeEach(() => fakeBrowser.reset());

  it('deletes the history, the muted chats and the pause, and keeps the settings and the salt', async () => {
    const preferences = { ...DEFAULT_PREFERENCES, nudgeAfter: 5 };
    await fakeBrowser.storage.local.set({ chatSalt: salt });
    await saveSettings(preferences);
    await muteChat(outcome.chat, outcome.at);
    await pauseUntil(outcome.at + 60 * 60_000);
    await handleRequest({ type: 'record-outcome', outcome });
    await handleRequest({ type: 'record-recovery', chat: outcome.chat, theirAt: outcome.at + 5 * 60_000 });
    const comeBack = { at: outcome.at, site: 'whatsapp', chat: outcome.chat, due: outcome.at + 30 * 60_000 };
    expect(await handleRequest({ type: 'record-come-back', comeBack })).toMatchObject({ ok: true });

    const before = await openSofterDb();
    expect([await before.count('recoveries'), await before.count('comeBacks')]).toEqual([1, 1]);
    before.close();
    expect(await handleRequest({ type: 'delete-everything' })).toEqual({ ok: true });

    const db = await openSofterDb();
    for (const store of ['outcomes', 'days', 'recoveries', 'comeBacks'] as const)
      expect(await db.count(store)).toBe(0);
    db.close();
    expect(await loadSettings()).toEqual({ ...preferences, mutedChats: [], pausedUntil: 0 });
    expect((await fakeBrowser.storage.local.get('chatSalt')).chatSalt).toBe(salt);
  });
});
