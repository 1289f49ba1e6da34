import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Options } from '@/entrypoints/options/Options.tsx';
import { loadSettings, muteChat } from '@/lib/settings-store.ts';

const mutedAt = new Date(2025, 11, 9, 20, 0).getTime();

describe('muted chats on the options page', () => {
  let host: HTMLElement;
  const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));
  const section = () => host.querySelector('[aria-labelledby="muted-heading"]') as HTMLElement;

  beforeEach(() => {
    fakeBrowser.reset();
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(() => {
    render(null, host);
    host.remove();
  });

  it('lists each muted chat by when and where it was muted, never by its code, and unmutes one after asking', async () => {
    await muteChat('k3j2h1g0f9d8', mutedAt, 'whatsapp');
    await muteChat('a1b2c3', mutedAt + 1);
    await act(() => render(<Options />, host));
    await settle();

    const items = section().querySelectorAll('li');
    expect(items).toHaveLength(2);
    const day = new Date(mutedAt).toLocaleDateString(undefined, { dateStyle: 'medium' });
    expect(items[0]?.textContent).toContain(`A WhatsApp chat muted on ${day}`);
    expect(section().textContent).not.toContain('k3j2h1g0f9d8');
    expect(section().textContent).not.toContain('a1b2c3');

    // The newest mute first: 'a1b2c3'. Unmute asks once more; "Keep muted" leaves it.
    await act(() => section().querySelector<HTMLButtonElement>('li [data-action="unmute"]')?.click());
    await act(() => section().querySelector<HTMLButtonElement>('[data-action="keep-muted"]')?.click());
    expect((await loadSettings()).mutedChats).toHaveLength(2);
    await act(() => section().querySelector<HTMLButtonElement>('li [data-action="unmute"]')?.click());
    await act(() => section().querySelector<HTMLButtonElement>('[data-action="confirm-unmute"]')?.click());
    await settle();
    expect((await loadSettings()).mutedChats).toEqual([{ chat: 'k3j2h1g0f9d8', mutedAt, site: 'whatsapp' }]);
    expect(section().querySelectorAll('li')).toHaveLength(1);
    expect(section().querySelector('[role="status"]')?.textContent).toMatch(/Unmuted/);
  });

  it('says so when no chat is muted', async () => {
    await act(() => render(<Options />, host));
    await settle();
    expect(section().querySelector('li')).toBeNull();
    expect(section().textContent).toContain('No muted chats.');
  });
});
