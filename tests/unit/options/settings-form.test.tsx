import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SettingsForm } from '@/components/SettingsForm.tsx';
import { DEFAULT_PREFERENCES } from '@/lib/settings.ts';
import { loadSettings, muteChat, pauseUntil, saveSettings } from '@/lib/settings-store.ts';

const stored = async () => (await browser.storage.local.get('settings')).settings;

/** A pause the form must leave alone. */
const later = new Date(2025, 11, 10, 16, 0).getTime();

describe('SettingsForm', () => {
  let host: HTMLElement;
  const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));
  const field = <T extends HTMLElement = HTMLInputElement>(name: string) =>
    host.querySelector(`[name="${name}"]`) as unknown as T;
  const type = (name: string, value: string) =>
    act(() => {
      const input = field(name);
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
  const choose = (name: string, value: string) =>
    act(() => {
      const select = field<HTMLSelectElement>(name);
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
  const save = async () => {
    await act(() => (host.querySelector('[data-action="save-settings"]') as HTMLButtonElement).click());
    await settle();
  };
  const status = () => host.querySelector('[role="status"]')?.textContent;
  const messageFor = (name: string) =>
    (field(name).getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => host.querySelector(`#${id}.field-error`)?.textContent)
      .find(Boolean);

  beforeEach(async () => {
    fakeBrowser.reset();
    host = document.createElement('div');
    document.body.append(host);
    await saveSettings(DEFAULT_PREFERENCES);
    await muteChat('abc123', 1);
    await pauseUntil(later);
    const initial = await loadSettings();
    act(() => render(<SettingsForm initial={initial} />, host));
  });
  afterEach(() => {
    render(null, host);
    host.remove();
    vi.restoreAllMocks();
  });

  it('shows the current settings in fields named after them', () => {
    expect(field('nudgeAfter').value).toBe('3');
    expect(field('rapidFollowUpMinutes').value).toBe('180');
    expect((host.querySelector('[name="sensitivity"]:checked') as HTMLInputElement).value).toBe('balanced');
    expect(field('sites.whatsapp').checked).toBe(true);
    expect(field('groupChats').checked).toBe(false);
    expect(field('quietHours.enabled').checked).toBe(false);
    expect(field<HTMLSelectElement>('quietHours.start').value).toBe('22');
    expect(field<HTMLSelectElement>('quietHours.end').value).toBe('7');
  });

  it('describes each sensitivity in one line', () => {
    for (const radio of host.querySelectorAll<HTMLInputElement>('[name="sensitivity"]')) {
      const ids = radio.getAttribute('aria-describedby') ?? '';
      expect(host.querySelector(`#${ids}`)?.textContent).toMatch(/\w{3,}/);
    }
  });

  it('rejects out-of-range values next to the field and saves nothing, not even the valid ones', async () => {
    const before = await stored();
    type('nudgeAfter', '0');
    type('rapidFollowUpMinutes', '2000');
    act(() => field('groupChats').click());
    await save();

    expect(field('nudgeAfter').getAttribute('aria-invalid')).toBe('true');
    expect(messageFor('nudgeAfter')).toBe('Choose a whole number from 1 to 20.');
    expect(field('rapidFollowUpMinutes').getAttribute('aria-invalid')).toBe('true');
    expect(messageFor('rapidFollowUpMinutes')).toMatch(/from 5 to 1440/);
    expect(status()).toMatch(/Nothing was saved/);
    expect(await stored()).toEqual(before);
  });

  it('treats an emptied number as a mistake, not as zero', async () => {
    type('nudgeAfter', '');
    await save();
    expect(messageFor('nudgeAfter')).toMatch(/whole number/);
    expect((await loadSettings()).nudgeAfter).toBe(3);
  });

  it('refuses quiet hours that start and end at the same hour', async () => {
    act(() => field('quietHours.enabled').click());
    choose('quietHours.start', '7');
    await save();
    expect(field('quietHours.start').getAttribute('aria-invalid')).toBe('true');
    expect(messageFor('quietHours.start')).toMatch(/different hours/);
    expect((await loadSettings()).quietHours.enabled).toBe(false);
  });

  it('starts silence blinders off and the space offer at three of their messages', () => {
    expect(field('silenceBlinders').checked).toBe(false);
    expect(field('offerSpaceAfter').value).toBe('3');
  });

  it('refuses a space offer threshold out of range, naming it, and saves nothing', async () => {
    type('offerSpaceAfter', '0');
    await save();
    expect(field('offerSpaceAfter').getAttribute('aria-invalid')).toBe('true');
    expect(messageFor('offerSpaceAfter')).toMatch(/from 1 to 20/);
    expect((await loadSettings()).offerSpaceAfter).toBe(3);
  });

  it('saves a valid form whole, keeps muted chats and the pause, and says so politely', async () => {
    type('nudgeAfter', '5');
    type('rapidFollowUpMinutes', '60');
    act(() => (host.querySelector('[name="sensitivity"][value="watchful"]') as HTMLInputElement).click());
    act(() => field('groupChats').click());
    act(() => field('quietHours.enabled').click());
    choose('quietHours.start', '23');
    choose('quietHours.end', '6');
    type('offerSpaceAfter', '4');
    act(() => field('silenceBlinders').click());
    await save();

    expect(status()).toBe('Saved — open chats use this right away.');
    expect(host.querySelector('[aria-invalid="true"]')).toBeNull();
    expect(await loadSettings()).toEqual({
      ...DEFAULT_PREFERENCES,
      nudgeAfter: 5,
      rapidFollowUpMinutes: 60,
      sensitivity: 'watchful',
      groupChats: true,
      quietHours: { enabled: true, start: 23, end: 6 },
      offerSpaceAfter: 4,
      silenceBlinders: true,
      mutedChats: [{ chat: 'abc123', mutedAt: 1 }],
      pausedUntil: later,
    });
  });

  it('says so when storage refuses a valid form, marking no field', async () => {
    vi.spyOn(browser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    type('nudgeAfter', '5');
    await save();
    expect(status()).toBe("That didn't save. Please try again.");
    expect(host.querySelector('[aria-invalid="true"]')).toBeNull();
    expect((await loadSettings()).nudgeAfter).toBe(3);
  });

  it('saves what was just typed even when the save follows in the same moment', async () => {
    await act(async () => {
      field('nudgeAfter').value = '6';
      field('nudgeAfter').dispatchEvent(new Event('input', { bubbles: true }));
      (host.querySelector('[data-action="save-settings"]') as HTMLButtonElement).click();
    });
    await settle();
    expect((await loadSettings()).nudgeAfter).toBe(6);
  });

  it('clears the messages once the mistakes are fixed', async () => {
    type('nudgeAfter', '99');
    await save();
    expect(messageFor('nudgeAfter')).toBeTruthy();
    type('nudgeAfter', '4');
    await save();
    expect(host.querySelector('.field-error')).toBeNull();
    expect((await loadSettings()).nudgeAfter).toBe(4);
  });
});
