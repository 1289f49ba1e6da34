/**
 * Every Telegram page in lib/sites/telegram/snapshots/ (small, sanitised copies of what Web K and
 * Web A draw, with their sources), read by the real adapter at the address each was read at: who
 * wrote each row and when, the unanswered streak, the chat's identity, group or not, the send
 * control, what the other side last wrote, the status line and the ticks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { telegram } from '@/lib/sites/telegram/adapter.ts';
import { type RowFacts, unansweredStreak } from '@/lib/streak.ts';

const DIR = join(__dirname, '../../../lib/sites/telegram/snapshots');

/** Web K stamps rows in unix seconds: its snapshots were read in UTC. */
const utc = (day: number, hour: number, minute: number) => Date.UTC(2026, 10, day, hour, minute);
/** Web A shows local clocks under local day headings: its snapshots read in local time. */
const local = (day: number, hour: number, minute: number) => new Date(2026, 10, day, hour, minute).getTime();

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
  presence: string;
  ticks: number;
}

const out = (at: number): RowFacts => ({ outgoing: true, at });
const inc = (at: number): RowFacts => ({ outgoing: false, at });

const EXPECTED: Record<string, Expected> = {
  'k-2026-11-one-to-one.html': {
    url: 'https://web.telegram.org/k/#777000123',
    now: utc(28, 20, 30),
    // The forwarded bubble names Alex: a sender, but not this chat's, and no sign of a group.
    facts: [
      out(utc(28, 20, 12)),
      out(utc(28, 20, 5)),
      out(utc(28, 19, 40)),
      inc(utc(28, 19, 2)),
      inc(utc(28, 17, 0)),
      inc(utc(27, 22, 10)),
    ],
    streak: 3,
    group: false,
    ids: ['777000123', 'sam'],
    draft: 'are you there',
    theirNewest: { text: 'Running late, see you at 8?', at: utc(28, 19, 2) },
    presence: 'last seen recently',
    // Each own bubble draws its tick twice: in the label and in its hover copy.
    ticks: 6,
  },
  'k-2026-11-group.html': {
    url: 'https://web.telegram.org/k/#-1001234567890',
    now: utc(28, 21, 40),
    // "Dad joined the group" is a service line: nobody's message.
    facts: [out(utc(28, 21, 30)), inc(utc(28, 17, 18)), inc(utc(28, 12, 5))],
    streak: 1,
    group: true,
    ids: ['-1001234567890', 'family'],
    draft: 'see you all\non Sunday',
    theirNewest: { text: 'I will do the barbecue', at: utc(28, 17, 18) },
    presence: '3 members',
    ticks: 2,
  },
  'a-2026-11-one-to-one.html': {
    url: 'https://web.telegram.org/a/#777000123',
    now: local(28, 20, 30),
    // "Tuesday" is the 24th, four days before that Saturday; "edited 20:05" is still 20:05.
    facts: [
      out(local(28, 20, 12)),
      out(local(28, 20, 5)),
      out(local(28, 19, 40)),
      inc(local(28, 19, 2)),
      out(local(27, 22, 10)),
      inc(local(24, 21, 0)),
    ],
    streak: 3,
    group: false,
    ids: ['777000123', 'sam'],
    draft: 'are you there',
    theirNewest: { text: 'Running late, see you at 8?', at: local(28, 19, 2) },
    presence: 'online',
    ticks: 3,
  },
  'a-2026-11-group.html': {
    url: 'https://web.telegram.org/a/#-1001234567890',
    now: local(28, 21, 40),
    facts: [out(local(28, 21, 30)), inc(local(28, 17, 18)), inc(local(28, 12, 5)), inc(local(20, 20, 5))],
    streak: 1,
    group: true,
    ids: ['-1001234567890', 'family'],
    draft: 'see you all\non Sunday',
    theirNewest: { text: 'I will do the barbecue', at: local(28, 17, 18) },
    presence: '3 members',
    ticks: 1,
  },
};

afterEach(() => {
  setURL('http://localhost:3000/');
  document.body.innerHTML = '';
});

describe('Telegram pages, offline', () => {
  it('has an expectation for every snapshot, and a snapshot for every expectation', () => {
    const files = readdirSync(DIR).filter((name) => name.endsWith('.html'));
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('reads %s', (file, expected) => {
    setURL(expected.url);
    document.body.innerHTML = readFileSync(join(DIR, file), 'utf8');
    const composer = telegram.composer(document);
    expect(composer?.matches('[contenteditable="true"]')).toBe(true);
    expect(composer && telegram.readDraft(composer)).toBe(expected.draft);

    const conversation = telegram.conversation(document, expected.now);
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

    const { presence, ticks } = conversation.seenSigns();
    expect(presence?.textContent?.trim()).toBe(expected.presence);
    expect(ticks).toHaveLength(expected.ticks);

    // A click on the icon inside the send button is a click on it, which sends from this composer.
    const control = telegram.sendControlFor(composer);
    expect(control?.tagName).toBe('BUTTON');
    expect(telegram.sendControlAt(control?.querySelector('span, i') ?? null)).toBe(control);
    expect(control && telegram.composerForControl(control)).toBe(composer);
    expect(telegram.composerAt(composer.lastElementChild ?? composer)).toBe(composer);
    expect(telegram.anchorFor(composer).contains(control ?? null)).toBe(true);
  });
});
