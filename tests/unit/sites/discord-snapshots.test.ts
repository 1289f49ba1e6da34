/**
 * Every Discord page in lib/sites/discord/snapshots/ (small, sanitised copies of what Discord draws,
 * with their sources), read by the real adapter at the address each was read at: who wrote each row
 * (the author's user id against the account's, follow-ups taking their group's author, names where
 * no id shows) and when, the unanswered streak, the chat's identity, group or not, the send control
 * where one shows, and what the other side last wrote.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { discord } from '@/lib/sites/discord/adapter.ts';
import { type RowFacts, unansweredStreak } from '@/lib/streak.ts';

const DIR = join(__dirname, '../../../lib/sites/discord/snapshots');

/** Discord stamps rows in ISO 8601 UTC: the snapshots were read in UTC. */
const utc = (day: number, hour: number, minute: number, second = 0) =>
  Date.UTC(2026, 8, day, hour, minute, second);

const setURL = (url: string) =>
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);

interface Expected {
  url: string;
  now: number;
  facts: RowFacts[];
  streak: number;
  group: boolean;
  ids: string[];
  draft: string;
  theirNewest: { text: string; at: number };
  sendButton: boolean;
}

const out = (at: number): RowFacts => ({ outgoing: true, at });
const inc = (at: number): RowFacts => ({ outgoing: false, at });

const EXPECTED: Record<string, Expected> = {
  '2026-09-dm.html': {
    url: 'https://discord.com/channels/@me/1111',
    now: utc(29, 20, 30),
    // Follow-ups (20:08, 20:12; Sam's 19:03) take their group's author; the reply at 19:40 is the
    // person's own, though it quotes Sam's avatar and name.
    facts: [
      out(utc(29, 20, 12)),
      out(utc(29, 20, 8, 20)),
      out(utc(29, 20, 5)),
      out(utc(29, 19, 40)),
      inc(utc(29, 19, 3, 10)),
      inc(utc(29, 19, 2)),
      inc(utc(29, 17, 0)),
      out(utc(28, 22, 12, 30)),
      inc(utc(28, 22, 10)),
    ],
    streak: 4,
    group: false,
    ids: ['1111', 'sam'],
    draft: 'are you there',
    theirNewest: { text: 'traffic is awful', at: utc(29, 19, 3, 10) },
    sendButton: false,
  },
  '2026-09-server-channel.html': {
    url: 'https://discord.com/channels/3333/4444',
    now: utc(29, 21, 40),
    // The pinned-message line is nobody's message: its direction is unknown.
    facts: [
      out(utc(29, 21, 30)),
      inc(utc(29, 17, 19, 30)),
      inc(utc(29, 17, 18)),
      { outgoing: null, at: utc(29, 16, 50) },
      inc(utc(29, 12, 5)),
    ],
    streak: 1,
    group: true,
    ids: ['4444', 'general'],
    draft: 'see you all\non Sunday',
    theirNewest: { text: 'and the drinks', at: utc(29, 17, 19, 30) },
    sendButton: true,
  },
  '2026-09-cozy-group.html': {
    url: 'https://discord.com/channels/@me/2222',
    now: utc(29, 19, 45),
    // Alex's default avatar has no id: their name, the chat's own, says the rows are theirs.
    facts: [
      out(utc(29, 19, 36)),
      out(utc(29, 19, 33)),
      out(utc(29, 19, 31)),
      out(utc(29, 19, 30)),
      inc(utc(29, 19, 2, 30)),
      inc(utc(29, 19, 1)),
      inc(utc(29, 19, 0)),
    ],
    streak: 4,
    group: false,
    ids: ['2222', 'alex'],
    draft: '',
    theirNewest: { text: '10am at the park?', at: utc(29, 19, 2, 30) },
    sendButton: false,
  },
  '2026-09-compact.html': {
    url: 'https://discord.com/channels/@me/1111',
    now: utc(29, 20, 30),
    // No avatars: the account's names and the chat's tell the rows apart.
    facts: [
      out(utc(29, 20, 12)),
      out(utc(29, 20, 8, 20)),
      out(utc(29, 20, 5)),
      inc(utc(29, 19, 3, 10)),
      inc(utc(29, 19, 2)),
    ],
    streak: 3,
    group: false,
    ids: ['1111', 'sam'],
    draft: 'are you there',
    theirNewest: { text: 'traffic is awful', at: utc(29, 19, 3, 10) },
    sendButton: false,
  },
};

afterEach(() => {
  setURL('http://localhost:3000/');
  document.documentElement.className = '';
  document.body.innerHTML = '';
});

describe('Discord pages, offline', () => {
  it('has an expectation for every snapshot but the unknown shape, and a snapshot for every expectation', () => {
    const files = readdirSync(DIR).filter((name) => name.endsWith('.html'));
    expect(files.sort()).toEqual([...Object.keys(EXPECTED), 'unknown-rows.html'].sort());
  });

  it.each(Object.entries(EXPECTED))('reads %s', (file, expected) => {
    setURL(expected.url);
    document.body.innerHTML = readFileSync(join(DIR, file), 'utf8');
    const composer = discord.composer(document);
    expect(composer?.matches('[data-slate-editor="true"]')).toBe(true);
    expect(composer && discord.readDraft(composer)).toBe(expected.draft);

    const conversation = discord.conversation(document, expected.now);
    expect(conversation).not.toBeNull();
    if (!conversation || !composer) return;
    expect(conversation.rows).toBe('readable');
    expect([...conversation.rowsNewestFirst()]).toEqual(expected.facts);
    expect(unansweredStreak(conversation.rowsNewestFirst(), expected.now, 180)).toBe(expected.streak);
    expect(conversation.group).toBe(expected.group);
    expect(conversation.chat).toEqual({ ids: expected.ids, sureness: 'url' });
    expect(conversation.theirNewest()).toEqual(expected.theirNewest);
    expect(conversation.theirFirstSince(expected.theirNewest.at)).toBe(expected.theirNewest.at);
    expect(conversation.theirFirstSince(expected.now)).toBeNull();
    expect(conversation.view().newestIncoming?.textContent).toContain(expected.theirNewest.text);
    // No read receipts, no presence line.
    expect(conversation.seenSigns()).toEqual({ presence: null, ticks: [] });

    expect(discord.composerAt(composer.querySelector('[data-slate-string], [data-slate-zero-width]'))).toBe(
      composer,
    );
    expect(discord.anchorFor(composer).contains(composer)).toBe(true);
    expect(discord.anchorFor(composer)).not.toBe(composer);
    const control = discord.sendControlFor(composer);
    if (!expected.sendButton) {
      expect(control).toBeNull();
      expect(discord.sendControlAt(composer)).toBeNull();
      return;
    }
    // A click on the icon inside the send button is a click on it, which sends from this composer.
    expect(control?.tagName).toBe('BUTTON');
    expect(discord.sendControlAt(control?.querySelector('path') ?? null)).toBe(control);
    expect(control && discord.composerForControl(control)).toBe(composer);
    expect(discord.anchorFor(composer).contains(control ?? null)).toBe(true);
  });

  it('reads unknown-rows.html as unreadable, not as an empty chat, and still finds the message box', () => {
    setURL('https://discord.com/channels/@me/1111');
    document.body.innerHTML = readFileSync(join(DIR, 'unknown-rows.html'), 'utf8');
    const composer = discord.composer(document);
    expect(composer && discord.readDraft(composer)).toBe('are you there');
    const conversation = discord.conversation(document, utc(29, 20, 30));
    expect(conversation?.rows).toBe('unreadable');
    expect([...(conversation?.rowsNewestFirst() ?? [])]).toEqual([]);
    expect(conversation?.chat).toEqual({ ids: ['1111', 'sam'], sureness: 'url' });
    expect(conversation?.theirNewest()).toBeNull();
  });
});
