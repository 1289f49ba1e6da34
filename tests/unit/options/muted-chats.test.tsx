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

  it('lists each muted chat by its code and the day it was muted, and unmutes one', async () => {
    await muteChat('k3j2h1g0f9d8', mutedAt);
    await muteChat('a1b2c3', mutedAt);
    await act(() => render(<Options />, host));
    await settle();

    const items = section().querySelectorAll('li');
    expect(items).toHaveLength(2);
    expect(items[0]?.textContent).toContain('k3j2h1g0f9d8');
    expect(items[0]?.textContent).toContain(
      new Date(mutedAt).toLocaleDateString(undefined, { dateStyle: 'medium' }),
    );

    await act(() => section().querySelector<HTMLButtonElement>('li [data-action="unmute"]')?.click());
    await settle();
    expect((await loadSettings()).mutedChats).toEqual([{ chat: 'a1b2c3', mutedAt }]);
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
