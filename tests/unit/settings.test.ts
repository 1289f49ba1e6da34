import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, inQuietHours, settingsFromStorage, validateSettings } from '@/lib/settings.ts';

describe('validateSettings', () => {
  it('accepts the defaults', () => {
    expect(validateSettings(DEFAULT_SETTINGS)).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
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
    ['mutedChats', [{ chat: '', mutedAt: 1 }]],
    ['quietHours', { enabled: true, start: 24, end: 7 }],
    ['quietHours', { enabled: true, start: 7, end: 7 }],
  ])('rejects %s = %j with a message, saving nothing', (field, value) => {
    const result = validateSettings({ ...DEFAULT_SETTINGS, [field]: value });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[field as keyof typeof result.errors]).toMatch(/\w+/);
  });

  it('reports every bad field at once', () => {
    const result = validateSettings({ ...DEFAULT_SETTINGS, nudgeAfter: 0, sensitivity: 'x' });
    expect(result.ok ? [] : Object.keys(result.errors).sort()).toEqual(['nudgeAfter', 'sensitivity']);
  });

  it('drops fields it does not know', () => {
    const result = validateSettings({ ...DEFAULT_SETTINGS, note: 'You never listen' });
    expect(result.ok && 'note' in result.settings).toBe(false);
  });
});

describe('settingsFromStorage', () => {
  it('fills fields an older version did not store', () => {
    expect(settingsFromStorage({ nudgeAfter: 2 })).toEqual({ ...DEFAULT_SETTINGS, nudgeAfter: 2 });
  });

  it('falls back to the defaults for nonsense', () => {
    expect(settingsFromStorage('garbage')).toEqual(DEFAULT_SETTINGS);
    expect(settingsFromStorage({ nudgeAfter: -4 })).toEqual(DEFAULT_SETTINGS);
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
