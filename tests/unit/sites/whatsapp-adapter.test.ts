import { beforeEach, describe, expect, it, vi } from 'vitest';
import { whatsapp } from '@/lib/sites/whatsapp/adapter.ts';
import { unansweredStreak } from '@/lib/streak.ts';
import { buildWhatsAppPage, type TestPage } from '../whatsapp-page.ts';

describe('WhatsApp adapter', () => {
  let page: TestPage;
  beforeEach(() => {
    page = buildWhatsAppPage(document);
  });

  const streak = () => {
    const now = Date.now();
    const conversation = whatsapp.conversation(document, now);
    return conversation ? unansweredStreak(conversation.rowsNewestFirst(), now, 180) : -1;
  };

  it('finds the composer in the conversation footer, not the chat search', () => {
    expect(whatsapp.composer(document)).toBe(page.composer);
    expect(whatsapp.composerAt(document.querySelector('[data-tab="3"]'))).toBeNull();
    expect(whatsapp.composerAt(page.composer.firstElementChild)).toBe(page.composer);
  });

  it('reads the unanswered streak from the newest rows', () => {
    page.addRow(false, 30);
    page.addRow(true, 20);
    page.addRow(true, 10);
    page.addRow(true, 1);
    expect(streak()).toBe(3);
    page.addRow(false, 0);
    expect(streak()).toBe(0);
  });

  it('falls back to .message-out/.message-in when rows lack data-id', () => {
    page.addRow(false, 30);
    page.addRow(true, 10);
    page.addRow(true, 5);
    for (const row of document.querySelectorAll('[data-id]')) row.removeAttribute('data-id');
    expect(streak()).toBe(2);
  });

  it('names the chat by its title, and by the middle of data-id when rows carry one; spots groups', () => {
    page.addRow(false, 3);
    expect(whatsapp.conversation(document, Date.now())).toMatchObject({
      chat: { ids: ['sam', '4915112345678@c.us'], sureness: 'app-id' },
      group: false,
    });
    page = buildWhatsAppPage(document, { jid: '120363041234567890@g.us' });
    page.addRow(false, 3);
    expect(whatsapp.conversation(document, Date.now())).toMatchObject({ group: true });
  });

  it('tells the console once per page, not per send, that it cannot read the rows', async () => {
    vi.resetModules();
    const fresh = (await import('@/lib/sites/whatsapp/adapter.ts')).whatsapp;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const list = document.querySelector('[role="application"]') as HTMLElement;
    list.innerHTML = '<div class="x1"><span>hi</span><span>10:54 PM</span></div>';
    for (let i = 0; i < 3; i++) fresh.conversation(document, Date.now())?.rows;
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('Protest checks still work');
    warn.mockRestore();
  });

  it('reads a multi-line draft line by line', () => {
    page.composer.innerHTML = '<p>first line</p><p>second 😊 line</p>';
    expect(whatsapp.readDraft(page.composer)).toBe('first line\nsecond 😊 line');
  });

  it('answers null, not an error, on a page without a conversation', () => {
    document.body.innerHTML = '<div id="app"></div>';
    expect(whatsapp.conversation(document, Date.now())).toBeNull();
    expect(whatsapp.composer(document)).toBeNull();
    expect(whatsapp.composerForControl(document.body)).toBeNull();
  });

  it('names a chat the same with or without emoji, spaces and direction marks in its title', () => {
    const ids = (title: string) => {
      page = buildWhatsAppPage(document, { title });
      return whatsapp.conversation(document, Date.now())?.chat.ids;
    };
    expect(ids('Sam 💛')).toEqual(['sam']);
    expect(ids('  Sam  ')).toEqual(['sam']);
    expect(ids('\u202aSam\u202c')).toEqual(['sam']);
    expect(ids('👩‍❤️‍👨')).toEqual(['👩‍❤️‍👨']);
    expect(ids('')).toEqual([]);
  });

  it('has no identity, rather than an empty one, when neither title nor id can be read', () => {
    page = buildWhatsAppPage(document, { title: '' });
    expect(whatsapp.conversation(document, Date.now())?.chat).toEqual({ ids: [], sureness: 'none' });
  });

  it('says the rows are unreadable when messages are shown in a shape it does not know', () => {
    page.addRow(false, 30);
    expect(whatsapp.conversation(document, Date.now())?.rows).toBe('readable');
    const list = document.querySelector('[role="application"]') as HTMLElement;
    list.innerHTML = '<div class="x1"><span>hi</span><span>10:54 PM</span></div>';
    expect(whatsapp.conversation(document, Date.now())?.rows).toBe('unreadable');
    list.innerHTML = '';
    expect(whatsapp.conversation(document, Date.now())?.rows).toBe('none');
  });

  it.each([
    [
      'button[aria-label="Send"]',
      '<button aria-label="Send"><span data-icon="wds-ic-send-filled"></span></button>',
    ],
    [
      'div[role=button] with a translated label',
      '<div role="button" aria-label="Senden"><span></span></div>',
    ],
    ['icon only', '<button><span data-icon="wds-ic-send-filled"></span></button>'],
    ['old span icon', '<span data-icon="send"></span>'],
  ])('recognises the send control variant %s', (_name, html) => {
    const footer = document.querySelector('#main footer') as HTMLElement;
    footer.querySelector('button')?.remove();
    footer.insertAdjacentHTML('beforeend', html);
    const inner = footer.lastElementChild?.querySelector('span') ?? footer.lastElementChild;
    expect(whatsapp.sendControlAt(inner)).not.toBeNull();
    expect(whatsapp.sendControlFor(page.composer)).not.toBeNull();
  });

  it('does not take the microphone or attach buttons for the send control', () => {
    const footer = document.querySelector('#main footer') as HTMLElement;
    footer.insertAdjacentHTML(
      'beforeend',
      '<button aria-label="Voice message"><span data-icon="ptt"></span></button><button aria-label="Attach"><span data-icon="plus"></span></button>',
    );
    for (const icon of footer.querySelectorAll('[data-icon="ptt"], [data-icon="plus"]')) {
      expect(whatsapp.sendControlAt(icon)).toBeNull();
    }
  });

  it('follows the dark theme class', () => {
    document.body.classList.add('dark');
    expect(whatsapp.prefersDark(document)).toBe(true);
    document.body.classList.remove('dark');
  });
});
