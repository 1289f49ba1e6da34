import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { telegram } from '@/lib/sites/telegram/adapter.ts';

const DIR = join(__dirname, '../../../lib/sites/telegram/snapshots');

const setURL = (url: string) =>
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);

/** A snapshot page, opened at `url`. */
function open(file: string, url: string): void {
  setURL(url);
  document.body.innerHTML = readFileSync(join(DIR, file), 'utf8');
}

const composer = () => telegram.composer(document) as HTMLElement;
const button = (css: string) => document.querySelector(css) as HTMLElement;

afterEach(() => {
  setURL('http://localhost:3000/');
  document.documentElement.className = '';
  document.body.innerHTML = '';
});

describe('Telegram adapter', () => {
  it('takes the send button for a send control only in its send mode (it also records voice)', () => {
    open('k-2026-11-one-to-one.html', 'https://web.telegram.org/k/#777000123');
    const k = button('.btn-send');
    k.classList.replace('send', 'record');
    expect(telegram.sendControlAt(k.querySelector('span'))).toBeNull();
    expect(telegram.sendControlFor(composer())).toBeNull();
    k.classList.replace('record', 'edit');
    expect(telegram.sendControlAt(k)).toBeNull();

    open('a-2026-11-one-to-one.html', 'https://web.telegram.org/a/#777000123');
    const a = button('.main-button');
    a.classList.replace('send', 'record');
    expect(telegram.sendControlAt(a.querySelector('i'))).toBeNull();
    expect(telegram.sendControlFor(composer())).toBeNull();
    a.classList.replace('record', 'send');
    expect(telegram.sendControlAt(a.querySelector('i'))).toBe(a);
  });

  it("never takes Web K's hidden measuring copy, or Web A's clone, for the message box", () => {
    open('k-2026-11-one-to-one.html', 'https://web.telegram.org/k/#777000123');
    const fake = document.querySelector('.input-field-input-fake');
    expect(fake?.getAttribute('contenteditable')).toBe('true');
    expect(telegram.composerAt(fake)).toBeNull();
    expect(composer()).not.toBe(fake);
    expect(composer().classList.contains('input-message-input')).toBe(true);

    open('a-2026-11-one-to-one.html', 'https://web.telegram.org/a/#777000123');
    expect(telegram.composerAt(document.querySelector('.form-control.clone'))).toBeNull();
    expect(composer().id).toBe('editable-message-text');
  });

  it('says the rows are unreadable when messages are on screen in a shape it does not know, once per page', async () => {
    vi.resetModules();
    const fresh = (await import('@/lib/sites/telegram/adapter.ts')).telegram;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    open('k-2026-11-one-to-one.html', 'https://web.telegram.org/k/#777000123');
    for (const bubble of document.querySelectorAll('.bubble')) bubble.classList.remove('is-in', 'is-out');
    for (let i = 0; i < 3; i++) expect(fresh.conversation(document, Date.now())?.rows).toBe('unreadable');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('Protest checks still work');

    // Web A days it cannot read (a heading in another language) leave no time: unreadable too.
    open('a-2026-11-one-to-one.html', 'https://web.telegram.org/a/#777000123');
    for (const heading of document.querySelectorAll('.sticky-date span')) heading.textContent = 'Heute';
    expect(fresh.conversation(document, Date.now())?.rows).toBe('unreadable');
    warn.mockRestore();
  });

  it('says there are no rows in an empty chat', () => {
    open('k-2026-11-one-to-one.html', 'https://web.telegram.org/k/#777000123');
    document.querySelector('.bubbles-inner')?.replaceChildren();
    const conversation = telegram.conversation(document, Date.now());
    expect(conversation?.rows).toBe('none');
    expect([...(conversation?.rowsNewestFirst() ?? [])]).toEqual([]);
    expect(conversation?.theirNewest()).toBeNull();
  });

  it('tells a group by its senders when the address names it by @username', () => {
    open('k-2026-11-group.html', 'https://web.telegram.org/k/#@FamilyChat');
    expect(telegram.conversation(document, Date.now())).toMatchObject({
      chat: { ids: ['@familychat', 'family'], sureness: 'url' },
      group: true,
    });
    open('a-2026-11-group.html', 'https://web.telegram.org/a/#@FamilyChat');
    expect(telegram.conversation(document, Date.now())?.group).toBe(true);
    // A forwarded message names its first sender, which says nothing about this chat.
    open('k-2026-11-one-to-one.html', 'https://web.telegram.org/k/#@sam');
    expect(telegram.conversation(document, Date.now())?.group).toBe(false);
  });

  it('tells the client by the page when the address does not', () => {
    open('a-2026-11-one-to-one.html', 'https://web.telegram.org/#777000123');
    expect(composer().id).toBe('editable-message-text');
    expect(telegram.conversation(document, Date.now())?.rows).toBe('readable');
  });

  it("follows each client's dark theme", () => {
    open('k-2026-11-one-to-one.html', 'https://web.telegram.org/k/#777000123');
    document.documentElement.classList.add('night');
    expect(telegram.prefersDark(document)).toBe(true);
    document.documentElement.className = 'theme-dark';
    expect(telegram.prefersDark(document)).toBe(true);
  });

  it('answers null, not an error, on a page without a chat or with an odd address', () => {
    setURL('https://web.telegram.org/k/#%E0%A4%A');
    document.body.innerHTML = '<div id="app"></div>';
    const body = document.body;
    expect(telegram.composer(document)).toBeNull();
    expect(telegram.conversation(document, Date.now())).toBeNull();
    expect(telegram.composerAt(null)).toBeNull();
    expect(telegram.composerAt(body)).toBeNull();
    expect(telegram.sendControlAt(body)).toBeNull();
    expect(telegram.composerForControl(body)).toBeNull();
    expect(telegram.sendControlFor(body)).toBeNull();
    expect(telegram.anchorFor(body)).toBe(body);
    expect(() => telegram.prefersDark(document)).not.toThrow();

    open('k-2026-11-one-to-one.html', 'https://web.telegram.org/k/#%E0%A4%A');
    expect(telegram.conversation(document, Date.now())?.chat).toEqual({ ids: ['sam'], sureness: 'title' });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    document.querySelector('.bubbles')?.remove();
    expect(telegram.conversation(document, Date.now())?.rows).toBe('unreadable');
    warn.mockRestore();
  });
});
