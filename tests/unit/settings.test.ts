import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PREFERENCES,
  DEFAULT_SETTINGS,
  inQuietHours,
  type Settings,
  settingsFromStorage,
  validateSettings,
} from '@/lib/settings.ts';
import { MUTED_CHATS, PREFERENCES } from './away-from-defaults.ts';

describe('validateSettings', () => {
  it('accepts the defaults', () => {
    expect(validateSettings(DEFAULT_PREFERENCES)).toEqual({ ok: true, preferences: DEFAULT_PREFERENCES });
  });

  it.each([
    ['nudgeAfter', 0],
    ['nudgeAfter', 21],
    ['nudgeAfter', 2.5],
    ['nudgeAfter', '3'],
    ['rapidFollowUpMinutes', 1],
    ['rapidFollowUpMinutes', 1441],
    ['sensitivity', 'paranoid'],
    ['groupChats', 'yes'],
    ['sites', { whatsapp: 'on' }],
    ['quietHours', { enabled: true, start: 24, end: 7 }],
    ['quietHours', { enabled: true, start: 7, end: 7 }],
  ])('rejects %s = %j with a message, saving nothing', (field, value) => {
    const result = validateSettings({ ...DEFAULT_PREFERENCES, [field]: value });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[field as keyof typeof result.errors]).toMatch(/\w+/);
  });

  it('reports every bad field at once', () => {
    const result = validateSettings({ ...DEFAULT_PREFERENCES, nudgeAfter: 0, sensitivity: 'x' });
    expect(result.ok ? [] : Object.keys(result.errors).sort()).toEqual(['nudgeAfter', 'sensitivity']);
  });

  it('reports input that is not settings at all for the whole form, not for one field', () => {
    for (const input of ['garbage', null, [DEFAULT_PREFERENCES]]) {
      expect(validateSettings(input)).toEqual({ ok: false, errors: { form: 'Settings must be an object.' } });
    }
  });

  it('drops fields it does not know, including the muted chats and pause stored elsewhere', () => {
    const result = validateSettings({
      ...DEFAULT_SETTINGS,
      mutedChats: [{ chat: 'a1', mutedAt: 1 }],
      note: 'x',
    });
    expect(result).toEqual({ ok: true, preferences: DEFAULT_PREFERENCES });
  });
});

describe('settingsFromStorage', () => {
  /** Every field away from its default, so a field reset to its default shows. */
  const settings = PREFERENCES;
  const mutedChats = MUTED_CHATS;
  const pause = { pausedUntil: 1_765_400_000_000 };
  const kept: Settings = { ...settings, sensitivity: 'watchful', mutedChats, pausedUntil: pause.pausedUntil };

  it('reads what was stored', () => {
    expect(settingsFromStorage({ settings, mutedChats, pause })).toEqual(kept);
  });

  it('fills fields an older version did not store', () => {
    expect(settingsFromStorage({ settings: { nudgeAfter: 2 } })).toEqual({
      ...DEFAULT_SETTINGS,
      nudgeAfter: 2,
    });
  });

  it.each([
    ['nudgeAfter', -4],
    ['nudgeAfter', '5'],
    ['rapidFollowUpMinutes', 1441],
    ['sensitivity', 'paranoid'],
    ['groupChats', 'yes'],
    ['quietHours', { enabled: true, start: 23 }],
    ['quietHours', { enabled: true, start: 7, end: 7 }],
    ['quietHours', 'late'],
  ] as const)(
    'a stored %s of %j falls back to its own default and keeps every other field',
    (field, value) => {
      expect(settingsFromStorage({ settings: { ...settings, [field]: value }, mutedChats, pause })).toEqual({
        ...kept,
        [field]: DEFAULT_SETTINGS[field],
      });
    },
  );

  it('treats each site as its own switch and ignores a site it does not know', () => {
    const read = (sites: unknown) =>
      settingsFromStorage({ settings: { ...settings, sites }, mutedChats, pause });
    const allOn = { whatsapp: true, telegram: true, 'google-messages': true, discord: true, messenger: true };
    // Settings saved before Telegram and Google Messages were known: those start on.
    expect(read({ whatsapp: false })).toEqual({ ...kept, sites: { ...allOn, whatsapp: false } });
    expect(read({ ...kept.sites, whatsapp: 'on' })).toEqual({
      ...kept,
      sites: { ...kept.sites, whatsapp: true },
    });
    expect(read('all')).toEqual({ ...kept, sites: allOn });
    expect(read({ ...kept.sites, signal: true })).toEqual(kept);
  });

  it('drops a malformed muted chat alone', () => {
    const stored = [
      mutedChats[0],
      { chat: '', mutedAt: 3 },
      { chat: 'c4d5e6' },
      { chat: 7, mutedAt: 4 },
      'a1b2c3',
      null,
      { ...mutedChats[1], name: 'Sam' },
    ];
    expect(settingsFromStorage({ settings, mutedChats: stored, pause })).toEqual(kept);
  });

  it.each([
    ['muted chats that are not a list', { mutedChats: { chat: 'a1b2c3', mutedAt: 1 } }, { mutedChats: [] }],
    ['a pause that is not a time', { pause: { pausedUntil: 'tonight' } }, { pausedUntil: 0 }],
    ['a pause before the epoch', { pause: { pausedUntil: -5 } }, { pausedUntil: 0 }],
    ['a pause that is not an object', { pause: 1_765_400_000_000 }, { pausedUntil: 0 }],
  ])('%s fall back to their default and keep the preferences', (_case, broken, reset) => {
    expect(settingsFromStorage({ settings, mutedChats, pause, ...broken })).toEqual({ ...kept, ...reset });
  });

  it('reads parts that are not objects, or are missing, as their defaults', () => {
    expect(settingsFromStorage({ settings: 'garbage', mutedChats: 'x', pause: [] })).toEqual(
      DEFAULT_SETTINGS,
    );
    expect(settingsFromStorage({ settings: null, mutedChats: null, pause: null })).toEqual(DEFAULT_SETTINGS);
    expect(settingsFromStorage({})).toEqual(DEFAULT_SETTINGS);
  });
});

describe('inQuietHours', () => {
  it('spans midnight', () => {
    const quiet = { enabled: true, start: 22, end: 7 };
    expect([21, 22, 3, 6, 7].map((hour) => inQuietHours(quiet, hour))).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
  });

  it('is never quiet when off', () => {
    expect(inQuietHours({ enabled: false, start: 0, end: 23 }, 5)).toBe(false);
  });
});
