import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { messenger, threadIdOf } from '@/lib/sites/messenger/adapter.ts';
import { unansweredStreak } from '@/lib/streak.ts';

const DIR = join(__dirname, '../../../lib/sites/messenger/snapshots');
/** Monday 30 November 2026, local time. */
const at = (hour: number, minute: number, day = 30) => new Date(2026, 10, day, hour, minute).getTime();

const setURL = (url: string) =>
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);

function open(file: string, url = 'https://www.messenger.com/t/100001', lang = 'en-US'): void {
  setURL(url);
  document.documentElement.lang = lang;
  document.body.innerHTML = readFileSync(join(DIR, file), 'utf8');
}

const composer = () => messenger.composer(document) as HTMLElement;
const bar = () => document.querySelector('[aria-label="Thread composer"]') as HTMLElement;
const control = (label: string) => document.querySelector(`[aria-label="${label}"]`) as HTMLElement;

afterEach(() => {
  vi.restoreAllMocks();
  setURL('http://localhost:3000/');
  document.documentElement.lang = '';
  document.documentElement.className = '';
  document.body.innerHTML = '';
});

describe('Messenger send control', () => {
  it('is the send control, never the like drawn while the box is empty, nor a button in the box’s pill', () => {
    open('2026-03-one-to-one.html');
    // The box emptied: Messenger draws the thumbs-up in the send control's place.
    const like = control('Press enter to send');
    like.setAttribute('aria-label', 'Send a Like');
    expect(messenger.sendControlFor(composer())).toBeNull();
    expect(messenger.sendControlAt(like)).toBeNull();
    // With the slot emptied (the control taken away), the emoji button in the pill is not taken either.
    like.remove();
    expect(messenger.sendControlFor(composer())).toBeNull();
    expect(messenger.sendControlAt(control('Choose an emoji'))).toBeNull();
    expect(messenger.sendControlAt(control('Open more actions'))).toBeNull();
    expect(messenger.sendControlAt(control('Conversation information'))).toBeNull();
  });

  it('finds the control on a page in another language by its label, else by its place after the box', () => {
    open('2026-03-one-to-one.html', 'https://www.messenger.com/t/100001', 'de-DE');
    const send = control('Press enter to send');
    send.setAttribute('aria-label', 'Senden');
    expect(messenger.sendControlFor(composer())).toBe(send);
    send.setAttribute('aria-label', 'Zum Senden die Eingabetaste drücken');
    expect(messenger.sendControlFor(composer())).toBe(send);
    expect(messenger.sendControlAt(send.querySelector('path'))).toBe(send);
    expect(messenger.composerForControl(send)).toBe(composer());
  });

  it('finds the composer’s bar by its place when the bar has no label', () => {
    open('2026-03-one-to-one.html');
    bar().removeAttribute('aria-label');
    const send = control('Press enter to send');
    expect(messenger.sendControlFor(composer())).toBe(send);
    expect(messenger.sendControlAt(send)).toBe(send);
    expect(messenger.anchorFor(composer()).contains(send)).toBe(true);
  });

  it('takes only the thread’s own Lexical box for the composer', () => {
    open('2026-06-facebook-messages.html', 'https://www.facebook.com/messages/t/100001');
    const search = document.querySelector('input[type="search"]');
    expect(messenger.composerAt(search)).toBeNull();
    expect(composer().getAttribute('aria-label')).toBe('Message');
    expect(messenger.readDraft(composer())).toBe('see you then');
  });
});

describe('Messenger rows', () => {
  it('gives the messages under a heading that heading’s side, and stops where no heading is in reach', () => {
    open('2026-03-one-to-one.html');
    for (const heading of document.querySelectorAll('h5')) heading.remove();
    const conversation = messenger.conversation(document, at(20, 30));
    expect([...(conversation?.rowsNewestFirst() ?? [])].map((row) => row.outgoing)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(unansweredStreak(conversation?.rowsNewestFirst() ?? [], at(20, 30), 180)).toBe(0);
  });

  it('reads who wrote a message on a page in another language only where the heading names the chat', () => {
    open('2026-03-one-to-one.html', 'https://www.messenger.com/t/100001', 'de-DE');
    for (const heading of document.querySelectorAll('h5 span')) {
      heading.textContent = heading.textContent === 'You sent' ? 'Du hast gesendet' : 'Sam';
    }
    const conversation = messenger.conversation(document, at(20, 30));
    expect([...(conversation?.rowsNewestFirst() ?? [])].map((row) => row.outgoing)).toEqual([
      null,
      null,
      null,
      false,
      null,
      false,
    ]);
    // "Du hast gesendet" is not read as the other side: the streak stops at once, no reply assumed.
    expect(unansweredStreak(conversation?.rowsNewestFirst() ?? [], at(20, 30), 180)).toBe(0);
    expect(conversation?.rows).toBe('readable');
  });

  it('leaves messages above every separator, or under one it cannot read, without a time', () => {
    open('2026-03-one-to-one.html');
    for (const separator of document.querySelectorAll('[data-scope="date_break"] span'))
      if (separator.textContent?.startsWith('8:05')) separator.textContent = 'Heute um 20:05';
    const conversation = messenger.conversation(document, at(20, 30));
    const times = [...(conversation?.rowsNewestFirst() ?? [])].map((row) => row.at);
    expect(times.slice(0, 4)).toEqual([null, null, null, at(19, 2)]);
    // Three own messages with no time and a reply before them: not evidence of a streak in the window.
    expect(unansweredStreak(conversation?.rowsNewestFirst() ?? [], at(20, 30), 180)).toBe(3);
    expect(unansweredStreak(conversation?.rowsNewestFirst() ?? [], at(20, 30), 60)).toBe(0);
  });

  it('says the rows are unreadable when messages are on screen in a shape it does not know, once per page', async () => {
    vi.resetModules();
    const fresh = (await import('@/lib/sites/messenger/adapter.ts')).messenger;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    open('unknown-rows.html');
    for (let i = 0; i < 3; i++) expect(fresh.conversation(document, at(20, 30))?.rows).toBe('unreadable');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('Messenger');
  });

  it('says there are no rows in an empty thread', () => {
    open('2026-03-one-to-one.html');
    document.querySelector('.scroller')?.replaceChildren();
    const conversation = messenger.conversation(document, at(20, 30));
    expect(conversation?.rows).toBe('none');
    expect([...(conversation?.rowsNewestFirst() ?? [])]).toEqual([]);
    expect(conversation?.theirNewest()).toBeNull();
    expect(conversation?.seenSigns().ticks).toEqual([]);
  });
});

describe('Messenger threads', () => {
  it('reads the thread id from every address Messenger uses', () => {
    expect(threadIdOf('/t/100001')).toBe('100001');
    expect(threadIdOf('/t/100001/')).toBe('100001');
    expect(threadIdOf('/e2ee/t/7411234567890')).toBe('7411234567890');
    expect(threadIdOf('/messages/t/100001')).toBe('100001');
    expect(threadIdOf('/messages/e2ee/t/100001/')).toBe('100001');
    expect(threadIdOf('/t/sam.smith.9')).toBe('sam.smith.9');
    expect(threadIdOf('/t/%E0%A4%A')).toBe('%E0%A4%A');
    expect(threadIdOf('/')).toBeNull();
    expect(threadIdOf('/messages/')).toBeNull();
    expect(threadIdOf('/marketplace/t/1')).toBeNull();
  });

  it('names the chat by its title when the address names no thread', () => {
    open('2026-03-one-to-one.html', 'https://www.messenger.com/');
    expect(messenger.conversation(document, at(20, 30))?.chat).toEqual({ ids: ['sam'], sureness: 'title' });
  });

  it('tells a group by its label, by a header listing people, or by a sender who is not the chat', () => {
    const groupOf = (label: string, senders: string[]) => {
      document.body.innerHTML = `<div role="main" aria-label="${label}"><div role="grid">${senders
        .map(
          (name) =>
            `<div role="row"><div><h4><div data-scope="date_break">9:00 AM</div></h4></div></div><div role="row"><div role="gridcell" data-scope="messages_table"><h5>${name} sent</h5><div dir="auto">hi</div></div></div>`,
        )
        .join('')}</div></div>`;
      return messenger.conversation(document, at(20, 0))?.group;
    };
    expect(groupOf('Conversation titled Climbing', [])).toBe(true);
    expect(groupOf('Conversation with Mum, Dad', [])).toBe(true);
    expect(groupOf('Conversation with Mum and Dad', [])).toBe(true);
    expect(groupOf('Conversation with Sam and 3 others', [])).toBe(true);
    expect(groupOf('Conversation with Sam', ['Jo'])).toBe(true);
    expect(groupOf('Conversation with Sam', ['Sam', 'Sam'])).toBe(false);
    expect(groupOf('Conversation with Sam Taylor', ['Sam'])).toBe(false);
    expect(groupOf('Conversation with Sam', [])).toBe(false);
  });

  it("follows Meta's dark theme class", () => {
    open('2026-03-one-to-one.html');
    expect(messenger.prefersDark(document)).toBe(false);
    document.documentElement.classList.add('__fb-dark-mode');
    expect(messenger.prefersDark(document)).toBe(true);
  });

  it('answers null, not an error, on a page without a thread or with odd parts', () => {
    setURL('https://www.messenger.com/t/%E0%A4%A');
    for (const html of [
      '',
      '<div role="main"></div>',
      '<div role="main"><div role="grid"><div role="row"></div></div></div>',
      '<div role="group" aria-label="Thread composer"><div role="button" aria-label="Press enter to send"></div></div>',
      '<div role="main"><div contenteditable="true" role="textbox" data-lexical-editor="true"></div></div>',
    ]) {
      document.body.innerHTML = html;
      const body = document.body;
      const box = messenger.composer(document);
      const button = document.querySelector<HTMLElement>('[role="button"]');
      expect(() => {
        messenger.composerAt(null);
        messenger.sendControlAt(window);
        messenger.sendControlAt(body);
        if (button) expect(messenger.sendControlAt(button)).toBeNull();
        if (button) expect(messenger.composerForControl(button)).toBeNull();
        if (box) {
          expect(messenger.sendControlFor(box)).toBeNull();
          expect(messenger.readDraft(box)).toBe('');
          expect(messenger.anchorFor(box)).toBe(box);
        }
        messenger.prefersDark(document);
        const conversation = messenger.conversation(document, Date.now());
        if (!conversation) return;
        expect(conversation.chat).toEqual({ ids: ['%E0%A4%A'], sureness: 'url' });
        expect(conversation.rows).toBe('none');
        expect(conversation.group).toBe(false);
        conversation.view();
        expect(conversation.theirNewest()).toBeNull();
        expect(conversation.theirFirstSince(0)).toBeNull();
      }, html).not.toThrow();
    }
  });
});
