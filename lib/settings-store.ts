import { storage } from 'wxt/utils/storage';
import {
  DEFAULT_PREFERENCES,
  isMutedChat,
  isPauseEnd,
  type MutedChat,
  mutedChatsWith,
  type Pause,
  type Preferences,
  type Settings,
  type SettingsErrors,
  type SiteId,
  settingsFromStorage,
  validateSettings,
} from './settings.ts';

/*
 * Settings live in extension storage, local to this device and never synced to an account, as
 * three items, so a bad value in one part can never cost another:
 *
 *   settings    Preferences   version 2 (WXT keeps the version in `settings$`)
 *   mutedChats  MutedChat[]   version 1
 *   pause       Pause         version 1 (absent when not paused)
 *
 * Version 1 of `settings` was one blob that also held `mutedChats` and `pausedUntil`; the
 * migration to version 2 moves them into their own items. The items are typed for what Softer
 * writes; what comes back is still read through settingsFromStorage, field by field, because a
 * stored value may predate a check or come from a broken write.
 */
const mutedChatsItem = storage.defineItem<MutedChat[]>('local:mutedChats', { fallback: [], version: 1 });
const pauseItem = storage.defineItem<Pause>('local:pause', { fallback: { pausedUntil: 0 }, version: 1 });
const settingsItem = storage.defineItem<Preferences>('local:settings', {
  fallback: DEFAULT_PREFERENCES,
  version: 2,
  migrations: { 2: moveOutMutedChatsAndPause },
});

/** The one blob Softer stored before version 2: preferences, muted chats and pause together. */
type SettingsV1 = Partial<Record<keyof Settings, unknown>>;

/**
 * WXT runs this in every context that loads this module (background, pages, content scripts),
 * possibly at the same moment. So it copies only into an item nobody has written yet: a second
 * run copies the same values, and a mute, unmute or resume made since is never overwritten.
 * WXT stores the trimmed preferences (and version 2) only after the copies are written, so if
 * anything fails in between, version 1 stays whole and is split again on the next load.
 */
async function moveOutMutedChatsAndPause(v1: unknown): Promise<Preferences> {
  // Any stored value at all may arrive here; settingsFromStorage checks what the cast assumes.
  const blob = (v1 ?? {}) as SettingsV1;
  const { mutedChats, pausedUntil, ...preferences } = settingsFromStorage({
    settings: blob,
    mutedChats: blob.mutedChats,
    // The pause item's shape, `{ pausedUntil }`, is the field as the blob held it.
    pause: blob,
  });
  const [storedMutes, storedPause] = await storage.getItems([mutedChatsItem.key, pauseItem.key]);
  const copies = [
    ...(mutedChats.length > 0 && storedMutes?.value == null
      ? [{ item: mutedChatsItem, value: mutedChats }]
      : []),
    ...(pausedUntil > 0 && storedPause?.value == null ? [{ item: pauseItem, value: { pausedUntil } }] : []),
  ];
  if (copies.length > 0) await storage.setItems(copies);
  return preferences;
}

/**
 * Waits until this context's migration has run, so muted chats and the pause are in their own
 * items before anything reads or changes them there. (Every item method of the migrated item
 * waits for its migrations; getMeta is the cheapest.)
 */
const migrated = () => settingsItem.getMeta();

/** What every write answers. Callers must check `ok`: a failed write is an answer, never a throw. */
export type Saved = { ok: true } | { ok: false; error: string };

/** Saving preferences also says, field by field, what to fix when they are refused. */
export type SettingsSaved = Saved | { ok: false; error: 'invalid-settings'; errors: SettingsErrors };

export async function saved(write: () => Promise<void>): Promise<Saved> {
  try {
    await write();
    return { ok: true };
  } catch (error) {
    return { ok: false, error: `storage-unavailable: ${String(error)}` };
  }
}

/** The preferences, muted chats and pause as one read model, each field checked on its own. */
export async function loadSettings(): Promise<Settings> {
  await migrated();
  // One read for all three, so a change landing in between cannot pair new and old parts.
  const [settings, mutedChats, pause] = await storage.getItems([settingsItem, mutedChatsItem, pauseItem]);
  return settingsFromStorage({
    settings: settings?.value,
    mutedChats: mutedChats?.value,
    pause: pause?.value,
  });
}

/**
 * Calls back with the whole settings again whenever any of the three items changes in any
 * context, so open tabs follow at once. Each change re-reads all three, so the callback never
 * pairs a new part with a stale copy of another; an older read that resolves late is dropped.
 */
export function watchSettings(onChange: (settings: Settings) => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  let latest = 0;
  const reread = () => {
    const read = ++latest;
    loadSettings().then(
      (settings) => {
        if (read === latest && !signal.aborted) onChange(settings);
      },
      // Keep the last settings the caller has; the next change reads again.
      (error: unknown) => console.warn('Softer could not read its settings after a change', error),
    );
  };
  const unwatch = [settingsItem.watch(reread), mutedChatsItem.watch(reread), pauseItem.watch(reread)];
  signal.addEventListener(
    'abort',
    () => {
      for (const stop of unwatch) {
        try {
          stop();
        } catch {
          // After an extension update the old context's listeners are already gone with it.
        }
      }
    },
    { once: true },
  );
}

/** Saves the preferences from the options form whole, or nothing when any field is refused. */
export async function saveSettings(candidate: unknown): Promise<SettingsSaved> {
  const result = validateSettings(candidate);
  if (!result.ok) return { ok: false, error: 'invalid-settings', errors: result.errors };
  return saved(() => settingsItem.setValue(result.preferences));
}

let mutedChatsChanges: Promise<Saved> = Promise.resolve({ ok: true });

/**
 * Changes the muted chats one change at a time within this context, so two quick clicks never
 * read the same list and undo each other. (`saved` never rejects, so the queue never breaks.)
 */
function changeMutedChats(change: (current: MutedChat[]) => MutedChat[]): Promise<Saved> {
  mutedChatsChanges = mutedChatsChanges.then(() =>
    saved(async () => {
      await migrated();
      const { mutedChats } = settingsFromStorage({ mutedChats: await mutedChatsItem.getValue() });
      await mutedChatsItem.setValue(change(mutedChats));
    }),
  );
  return mutedChatsChanges;
}

/** "Don't pause sends in this chat": `chat` is the salted chat hash, `now` when it was chosen. */
export async function muteChat(chat: string, now: number, site?: SiteId): Promise<Saved> {
  const muted: MutedChat = { chat, mutedAt: now, ...(site ? { site } : {}) };
  if (!isMutedChat(muted)) return { ok: false, error: 'invalid-mute' };
  return changeMutedChats((current) => mutedChatsWith(current, chat, muted));
}

export function unmuteChat(chat: string): Promise<Saved> {
  return changeMutedChats((current) => mutedChatsWith(current, chat));
}

/** No nudges until `epochMs`. */
export async function pauseUntil(epochMs: number): Promise<Saved> {
  if (!isPauseEnd(epochMs)) return { ok: false, error: 'invalid-pause' };
  return saved(async () => {
    await migrated();
    await pauseItem.setValue({ pausedUntil: epochMs });
  });
}

/** Ends a pause now. */
export function resume(): Promise<Saved> {
  return saved(async () => {
    await migrated();
    await pauseItem.removeValue();
  });
}

/**
 * Part of "Delete everything": muted chats and the pause say which chats the person had and
 * when, so they go with the history. The preferences stay; they are choices, not history.
 */
export function deleteMutedChatsAndPause(): Promise<Saved> {
  return saved(async () => {
    await migrated();
    await storage.removeItems([mutedChatsItem, pauseItem]);
  });
}
