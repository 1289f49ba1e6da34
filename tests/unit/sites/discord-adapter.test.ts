import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { channelOf, discord } from '@/lib/sites/discord/adapter.ts';
import { snowflakeAt } from '@/lib/sites/discord/timestamps.ts';
import { unansweredStreak } from '@/lib/streak.ts';

const DIR = join(__dirname, '../../../lib/sites/discord/snapshots');

const setURL = (url: string) =>
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);

/** A snapshot page, opened at `url`. */
function open(file: string, url: string): void {
  setURL(url);
  document.body.innerHTML = readFileSync(join(DIR, file), 'utf8');
}

const utc = (hour: number, minute: number, second = 0) => Date.UTC(2026, 8, 29, hour, minute, second);
const facts = (now: number) => [...(discord.conversation(document, now)?.rowsNewestFirst() ?? [])];
const rows = () => Array.from(document.querySelectorAll('li[id^="chat-messages-"]'));
const last = <T>(list: T[]): T => list[list.length - 1] as T;

afterEach(() => {
  setURL('http://localhost:3000/');
  document.documentElement.className = '';
  document.body.innerHTML = '';
});

describe('Discord adapter: who wrote each row', () => {
  it("gives a follow-up its group start's author, by the username its label names", () => {
    open('2026-09-cozy-group.html', 'https://discord.com/channels/@me/2222');
    // The person's follow-ups, with the rows between them and their start taken out of order:
    // moved above Alex's group, they still name the person's group start.
    const list = document.querySelector('ol[data-list-id="chat-messages"]') as Element;
    const [, , , , , , newest] = rows();
    list.prepend(newest as Element);
    const read = facts(utc(19, 45));
    expect(read.map((row) => row.outgoing)).toEqual([true, true, true, false, false, false, true]);
  });

  it('walks up to the nearest group start when a follow-up carries no label', () => {
    open('2026-09-dm.html', 'https://discord.com/channels/@me/1111');
    for (const article of document.querySelectorAll('[role="article"]'))
      article.removeAttribute('aria-labelledby');
    expect(facts(utc(20, 30)).map((row) => row.outgoing)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      true,
      false,
    ]);
  });

  it('never carries an author over a date divider', () => {
    open('2026-09-dm.html', 'https://discord.com/channels/@me/1111');
    // Sam's 17:00 message loses its avatar and name: with no label it would look up past the divider.
    const sam = rows()[2] as Element;
    sam.querySelector('img')?.remove();
    sam.querySelector('h3')?.remove();
    sam.querySelector('[role="article"]')?.removeAttribute('aria-labelledby');
    sam.querySelector('[role="article"]')?.classList.remove('groupStart_d5deea');
    expect(facts(utc(20, 30))[6]).toEqual({ outgoing: null, at: utc(17, 0) });
  });

  it('does not take the quoted message of a reply for the author', () => {
    open('2026-09-dm.html', 'https://discord.com/channels/@me/1111');
    const reply = rows()[5] as Element;
    expect(reply.querySelector('[id^="message-reply-context-"] img')?.getAttribute('src')).toContain(
      '/avatars/398765432109876543/',
    );
    expect(facts(utc(20, 30))[3]?.outgoing).toBe(true);
    // Its words are its own, not the quote's.
    reply.remove();
    for (const row of rows().slice(-3)) row.remove();
    expect(discord.conversation(document, utc(20, 30))?.theirNewest()?.text).toBe('traffic is awful');
  });

  it('does not know a third person in a direct message (a default avatar, another name): the streak stops there', () => {
    open('2026-09-cozy-group.html', 'https://discord.com/channels/@me/2222');
    for (const name of document.querySelectorAll('[data-text="Alex"]')) {
      name.setAttribute('data-text', 'Jordan');
      name.textContent = 'Jordan';
    }
    const read = facts(utc(19, 45));
    expect(read.slice(4).map((row) => row.outgoing)).toEqual([null, null, null]);
    // The person's four rows still count: the unknown row only ends the walk.
    expect(unansweredStreak(read, utc(19, 45), 180)).toBe(4);
  });

  it("falls back to names when the account panel's avatar has no id, and to null without names either", () => {
    open('2026-09-dm.html', 'https://discord.com/channels/@me/1111');
    const panelAvatar = document.querySelector('section[aria-label="User area"] img') as Element;
    panelAvatar.setAttribute('src', '/assets/1f0bfc0865d324c2587920a7d80c609b.png');
    expect(facts(utc(20, 30))[0]?.outgoing).toBe(true);
    expect(facts(utc(20, 30))[4]?.outgoing).toBe(false);
    document.querySelector('section[aria-label="User area"]')?.remove();
    // Sam is still the chat's own name; the person's own rows are no longer known.
    expect(facts(utc(20, 30)).map((row) => row.outgoing)).toEqual([
      null,
      null,
      null,
      null,
      false,
      false,
      false,
      null,
      false,
    ]);
  });

  it('treats a system line (labelled without a username) as nobody’s message', () => {
    open('2026-09-server-channel.html', 'https://discord.com/channels/3333/4444');
    expect(facts(utc(21, 40))[3]?.outgoing).toBeNull();
  });
});

describe('Discord adapter: when each row was written', () => {
  it("reads a follow-up's own hover time, else its snowflake id, exactly", () => {
    open('2026-09-cozy-group.html', 'https://discord.com/channels/@me/2222');
    for (const time of last(rows()).querySelectorAll('time')) time.remove();
    expect(facts(utc(19, 45))[0]).toEqual({ outgoing: true, at: utc(19, 36) });
  });

  it("inherits the group start's time when a follow-up shows none and its id is no snowflake", () => {
    open('2026-09-cozy-group.html', 'https://discord.com/channels/@me/2222');
    const follow = last(rows());
    for (const time of follow.querySelectorAll('time')) time.remove();
    follow.id = 'chat-messages-2222-777';
    const read = facts(utc(19, 45));
    // The group started at 19:30: the follow-up is taken for no earlier than that.
    expect(read[0]).toEqual({ outgoing: true, at: utc(19, 30) });
    expect(read[0]?.at).toBeLessThanOrEqual(utc(19, 36));
    expect(unansweredStreak(read, utc(19, 45), 180)).toBe(4);
  });

  it('reads a message id as its time, and makes ids that read back', () => {
    const at = Date.UTC(2026, 8, 29, 20, 12, 0, 345);
    const id = snowflakeAt(at, 7);
    setURL('https://discord.com/channels/@me/1111');
    document.body.innerHTML = `<main><ol data-list-id="chat-messages"><li id="chat-messages-1111-${id}">
      <div role="article" class="message_1 groupStart_1" aria-labelledby="message-username-${id} message-content-${id}">
      <img src="https://cdn.discordapp.com/avatars/412345678901234567/a.webp"><h3><span id="message-username-${id}">Robin</span></h3>
      <div id="message-content-${id}">hi</div></div></li></ol>
      <form><div role="textbox" data-slate-editor="true" contenteditable="true"></div></form></main>
      <section aria-label="User area"><img src="https://cdn.discordapp.com/avatars/412345678901234567/a.webp"></section>`;
    expect(facts(at + 60_000)).toEqual([{ outgoing: true, at }]);
  });
});

describe('Discord adapter: the chat', () => {
  it('reads the channel from the address: direct messages, server channels, message links', () => {
    expect(channelOf('/channels/@me/1111')).toEqual({ guild: '@me', channel: '1111' });
    expect(channelOf('/channels/3333/4444')).toEqual({ guild: '3333', channel: '4444' });
    expect(channelOf('/channels/3333/4444/1554586565345280001')).toEqual({ guild: '3333', channel: '4444' });
    expect(channelOf('/channels/@me')).toBeNull();
    expect(channelOf('/store')).toBeNull();
  });

  it('names the chat by its header, else by the message box’s label, and says how sure it is', () => {
    open('2026-09-dm.html', 'https://discord.com/channels/@me/1111');
    document.querySelector('section[aria-label="Channel header"]')?.remove();
    expect(discord.conversation(document, utc(20, 30))?.chat).toEqual({
      ids: ['1111', 'sam'],
      sureness: 'url',
    });
    setURL('https://discord.com/channels/@me');
    expect(discord.conversation(document, utc(20, 30))?.chat).toEqual({ ids: ['sam'], sureness: 'title' });
  });

  it('takes a direct message with two other people in it, or an unnamed one listing people, for a group', () => {
    open('2026-09-dm.html', 'https://discord.com/channels/@me/1111');
    expect(discord.conversation(document, utc(20, 30))?.group).toBe(false);
    const sam = rows()[3] as Element;
    sam
      .querySelector('img')
      ?.setAttribute('src', 'https://cdn.discordapp.com/avatars/401234567890123456/b.webp');
    expect(discord.conversation(document, utc(20, 30))?.group).toBe(true);

    open('2026-09-dm.html', 'https://discord.com/channels/@me/1111');
    const title = document.querySelector('section[aria-label="Channel header"] h1') as Element;
    title.textContent = 'Sam, Alex';
    expect(discord.conversation(document, utc(20, 30))?.group).toBe(true);
  });

  it('never takes the box that edits a sent message for the composer', () => {
    open('2026-09-dm.html', 'https://discord.com/channels/@me/1111');
    const row = rows()[1] as Element;
    row.insertAdjacentHTML(
      'beforeend',
      '<form><div class="channelTextArea_1"><div role="textbox" data-slate-editor="true" contenteditable="true"><div data-slate-node="element">You too</div></div></div></form>',
    );
    row.parentElement?.prepend(row);
    const editBox = row.querySelector('[data-slate-editor]');
    expect(discord.composerAt(editBox)).toBeNull();
    expect(discord.composer(document)?.getAttribute('aria-label')).toBe('Message @Sam');
  });

  it("reads Discord's theme class, else the painted background", () => {
    open('2026-09-dm.html', 'https://discord.com/channels/@me/1111');
    document.documentElement.className = 'theme-dark';
    expect(discord.prefersDark(document)).toBe(true);
    document.documentElement.className = 'theme-light';
    expect(discord.prefersDark(document)).toBe(false);
    document.documentElement.className = 'visual-refresh theme-midnight';
    expect(discord.prefersDark(document)).toBe(true);
  });

  it('reads an empty chat (only its welcome header) as no rows, not unreadable', () => {
    open('2026-09-dm.html', 'https://discord.com/channels/@me/1111');
    const list = document.querySelector('ol[data-list-id="chat-messages"]') as Element;
    list.innerHTML =
      '<div class="emptyChannel_1"><h3>Sam</h3><div>This is the beginning of your direct message history with Sam.</div></div>';
    expect(discord.conversation(document, utc(20, 30))?.rows).toBe('none');
  });
});

describe('Discord adapter: odd pages', () => {
  const PAGES: Record<string, string> = {
    empty: '',
    'a list only': '<ol data-list-id="chat-messages"><li id="chat-messages-x">?</li></ol>',
    'a box only': '<form><div role="textbox" data-slate-editor="true" contenteditable="true"></div></form>',
    'rows with junk ids and labels':
      '<ol data-list-id="chat-messages"><li id="chat-messages-1-2-3"><div role="article" aria-labelledby="message-username-"><img src="/avatars//x"><time datetime="yesterday"></time></div></li><li id="chat-messages-99999999999999999999999"><div class="groupStart_1"></div></li></ol><form><div role="textbox" data-slate-editor="true" contenteditable="true">x</div></form>',
  };

  it.each(Object.entries(PAGES))('never throws on %s', (_name, html) => {
    setURL('https://discord.com/channels/@me/%E0%A4%A');
    document.body.innerHTML = html;
    const read = () => {
      const conversation = discord.conversation(document, Date.now());
      if (!conversation) return;
      void [conversation.chat, conversation.group, conversation.rows];
      void [...conversation.rowsNewestFirst()].map((row) => row.at);
      conversation.view();
      conversation.theirNewest();
      conversation.theirFirstSince(0);
      conversation.seenSigns();
    };
    expect(read).not.toThrow();
    const box = discord.composer(document);
    expect(
      () => box && [discord.readDraft(box), discord.anchorFor(box), discord.sendControlFor(box)],
    ).not.toThrow();
    expect(() => discord.prefersDark(document)).not.toThrow();
  });

  it('has no conversation on a page with neither list nor box', () => {
    setURL('https://discord.com/channels/@me');
    document.body.innerHTML = '<div>Friends</div>';
    expect(discord.conversation(document, Date.now())).toBeNull();
  });
});
