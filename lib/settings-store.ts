import { browser } from 'wxt/browser';
import { type Settings, settingsFromStorage, type Validated, validateSettings } from './settings.ts';

const KEY = 'settings';

/** Settings live in extension storage (local to this device, never synced to an account). */
export async function loadSettings(): Promise<Settings> {
  return settingsFromStorage((await browser.storage.local.get(KEY))[KEY]);
}

/** Validates the whole object first: either all of it is saved, or none and the errors say why. */
export async function saveSettings(candidate: unknown): Promise<Validated> {
  const result = validateSettings(candidate);
  if (result.ok) await browser.storage.local.set({ [KEY]: result.settings });
  return result;
}

/** Calls back with the new settings whenever any context changes them, so open tabs follow at once. */
export function watchSettings(onChange: (settings: Settings) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) onChange(settingsFromStorage(changes[KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}

/** Applies a change to the current settings, validated as a whole. */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Validated> {
  return saveSettings(change(await loadSettings()));
}
