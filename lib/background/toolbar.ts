import { browser } from 'wxt/browser';
import { t, uiLanguage } from '../i18n.ts';
import { loadSettings, watchSettings } from '../settings-store.ts';

const SIZES = [16, 32, 48, 128] as const;
const iconSet = (prefix: string) =>
  Object.fromEntries(SIZES.map((size) => [size, `/icon/${prefix}${size}.png`])) as Record<number, string>;

/** When the pause from the popup ends, so the icon turns back even if nothing else wakes Softer. */
const PAUSE_ENDS = 'softer-pause-ends';

/**
 * The toolbar icon says whether Softer is on: its green mark, or the same mark in grey while the
 * person has paused it from the popup ("for an hour", "until tomorrow"), with the time it comes
 * back in the button's title. An alarm brings the icon back when the pause ends.
 */
export function showPauseInToolbar(): void {
  const apply = async () => {
    const { pausedUntil } = await loadSettings();
    const paused = pausedUntil > Date.now();
    await browser.action.setIcon({ path: iconSet(paused ? 'paused-' : '') });
    const time = new Date(pausedUntil).toLocaleTimeString(uiLanguage(), {
      hour: 'numeric',
      minute: '2-digit',
    });
    await browser.action.setTitle({ title: paused ? t('toolbar.paused', { time }) : t('popup.title') });
    if (paused) await browser.alarms.create(PAUSE_ENDS, { when: pausedUntil });
  };
  const update = () => void apply().catch((error: unknown) => console.debug('Softer: toolbar icon', error));
  update();
  watchSettings(update, new AbortController().signal);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PAUSE_ENDS) update();
  });
}
