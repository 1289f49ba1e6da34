import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_PREFERENCES, DEFAULT_SETTINGS, type Settings } from '@/lib/settings.ts';
import {
  deleteMutedChatsAndPause,
  loadSettings,
  muteChat,
  pauseUntil,
  resume,
  saveSettings,
  unmuteChat,
  watchSettings,
} from '@/lib/settings-store.ts';
import { MUTED_CHATS, PREFERENCES } from './away-from-defaults.ts';

const salt = '0123456789abcdef0123';
const later = new Date(2025, 11, 10, 16, 0).getTime();
const preferences = PREFERENCES;
const mutedChats = MUTED_CHATS;
/** Everything away from its default, so a lost or reset part shows. */
const whole: Settings = { ...preferences, mutedChats, pausedUntil: later };
/** The old single blob, once split into its three items. */
const split = {
  chatSalt: salt,
  settings: preferences,
  settings$: { v: 2 },
  mutedChats,
  pause: { pausedUntil: later },
};

const stored = () => fakeBrowser.storage.local.get(null);

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('the migration from the single settings blob (version 1)', () => {
  /** A context starting after the update: a fresh copy of the module runs WXT's migration on load. */
  const startContext = async () => {
    vi.resetModules();
    return import('@/lib/settings-store.ts');
  };

  it('moves the muted chats and the pause into their own items and loses nothing', async () => {
    await fakeBrowser.storage.local.set({ chatSalt: salt, settings: whole });
    const context = await startContext();

    expect(await context.loadSettings()).toEqual(whole);
    expect(await stored()).toEqual(split);
  });

  it('loses nothing when several contexts split the same blob at once', async () => {
    await fakeBrowser.storage.local.set({ chatSalt: salt, settings: whole });
    const background = await startContext();
    const options = await startContext();
    const tab = await startContext();

    const seen = await Promise.all([background, options, tab].map((context) => context.loadSettings()));
    expect(seen).toEqual([whole, whole, whole]);
    expect(await stored()).toEqual(split);
  });

  it('never overwrites muted chats or a pause changed since another context split the blob', async () => {
    const since = [{ chat: 'f00d12', mutedAt: 3 }];
    await fakeBrowser.storage.local.set({ settings: whole, mutedChats: since, pause: { pausedUntil: 9 } });
    const context = await startContext();

    expect(await context.loadSettings()).toEqual({ ...preferences, mutedChats: since, pausedUntil: 9 });
  });

  it('keeps every other field of a blob with one bad field', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...whole, nudgeAfter: -4 } });
    const context = await startContext();

    expect(await context.loadSettings()).toEqual({ ...whole, nudgeAfter: DEFAULT_SETTINGS.nudgeAfter });
  });

  it('leaves a blob without mutes or pause as it is', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, nudgeAfter: 4 } });
    const context = await startContext();

    expect(await context.loadSettings()).toEqual({ ...DEFAULT_SETTINGS, nudgeAfter: 4 });
    expect(await stored()).toEqual({
      settings: { ...DEFAULT_PREFERENCES, nudgeAfter: 4 },
      settings$: { v: 2 },
    });
  });
});

describe('reading settings', () => {
  it('gives the defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps the muted chats, pause and other preferences when one stored preference is bad', async () => {
    await fakeBrowser.storage.local.set({
      settings: { ...preferences, quietHours: { enabled: true, start: 99, end: 6 } },
      mutedChats,
      pause: { pausedUntil: later },
    });
    expect(await loadSettings()).toEqual({ ...whole, quietHours: DEFAULT_SETTINGS.quietHours });

    // Muting one more chat must not write the defaults back over anything (the old defect D7).
    expect(await muteChat('f00d12', 3)).toEqual({ ok: true });
    expect(await loadSettings()).toEqual({
      ...whole,
      quietHours: DEFAULT_SETTINGS.quietHours,
      mutedChats: [...mutedChats, { chat: 'f00d12', mutedAt: 3 }],
    });
  });
});

describe('changing settings', () => {
  it('saves valid preferences whole and leaves the muted chats and pause alone', async () => {
    await muteChat('k3j2h1g0f9d8', 1);
    await pauseUntil(later);
    expect(await saveSettings(preferences)).toEqual({ ok: true });
    expect(await loadSettings()).toEqual({ ...whole, mutedChats: [mutedChats[0]] });
  });

  it('saves nothing when one preference is refused, and says which', async () => {
    await saveSettings(preferences);
    const result = await saveSettings({ ...preferences, nudgeAfter: 0, groupChats: false });
    expect(result).toMatchObject({
      ok: false,
      errors: { nudgeAfter: expect.stringMatching(/whole number/) },
    });
    expect((await stored()).settings).toEqual(preferences);
  });

  it('mutes a chat once, however often it is muted, and unmutes it', async () => {
    await muteChat('a1b2c3', 1);
    await muteChat('k3j2h1g0f9d8', 2);
    await muteChat('a1b2c3', 3);
    expect((await loadSettings()).mutedChats).toEqual([
      { chat: 'k3j2h1g0f9d8', mutedAt: 2 },
      { chat: 'a1b2c3', mutedAt: 3 },
    ]);
    expect(await unmuteChat('a1b2c3')).toEqual({ ok: true });
    expect((await loadSettings()).mutedChats).toEqual([{ chat: 'k3j2h1g0f9d8', mutedAt: 2 }]);
  });

  it('keeps every one of several quick changes to the muted chats', async () => {
    await Promise.all([muteChat('a1b2c3', 1), muteChat('k3j2h1g0f9d8', 2), muteChat('f00d12', 3)]);
    expect((await loadSettings()).mutedChats).toHaveLength(3);
    await Promise.all([unmuteChat('a1b2c3'), unmuteChat('k3j2h1g0f9d8')]);
    expect((await loadSettings()).mutedChats).toEqual([{ chat: 'f00d12', mutedAt: 3 }]);
  });

  it('pauses until a time and resumes', async () => {
    expect(await pauseUntil(later)).toEqual({ ok: true });
    expect((await loadSettings()).pausedUntil).toBe(later);
    expect(await resume()).toEqual({ ok: true });
    expect((await loadSettings()).pausedUntil).toBe(0);
    expect(await stored()).toEqual({});
  });

  it('refuses a mute without a chat and a pause that is not a time', async () => {
    expect(await muteChat('', 1)).toMatchObject({ ok: false });
    expect(await pauseUntil(Number.NaN)).toMatchObject({ ok: false });
    expect(await stored()).toEqual({});
  });

  it('answers a storage failure instead of throwing', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    for (const write of [
      () => saveSettings(preferences),
      () => muteChat('a1b2c3', 1),
      () => pauseUntil(later),
    ]) {
      expect(await write()).toEqual({ ok: false, error: expect.stringContaining('QUOTA_BYTES') });
    }
  });

  it('deletes the muted chats and the pause, keeping the preferences and the salt', async () => {
    await fakeBrowser.storage.local.set({ chatSalt: salt });
    await saveSettings(preferences);
    await muteChat('a1b2c3', 1);
    await pauseUntil(later);
    expect(await deleteMutedChatsAndPause()).toEqual({ ok: true });
    expect(await loadSettings()).toEqual({ ...preferences, mutedChats: [], pausedUntil: 0 });
    expect((await stored()).chatSalt).toBe(salt);
  });
});

describe('watchSettings', () => {
  it('calls back with the whole settings when any of the three parts changes, until aborted', async () => {
    const watching = new AbortController();
    const seen: Settings[] = [];
    watchSettings((settings) => seen.push(settings), watching.signal);

    await saveSettings(preferences);
    await vi.waitFor(() => expect(seen.at(-1)).toEqual({ ...preferences, mutedChats: [], pausedUntil: 0 }));
    await muteChat('a1b2c3', 1);
    await vi.waitFor(() => expect(seen.at(-1)?.mutedChats).toEqual([{ chat: 'a1b2c3', mutedAt: 1 }]));
    await pauseUntil(later);
    await vi.waitFor(() => expect(seen.at(-1)?.pausedUntil).toBe(later));
    expect(seen.at(-1)).toEqual({
      ...preferences,
      mutedChats: [{ chat: 'a1b2c3', mutedAt: 1 }],
      pausedUntil: later,
    });

    watching.abort();
    const count = seen.length;
    await resume();
    await loadSettings();
    expect(seen).toHaveLength(count);
  });
});
