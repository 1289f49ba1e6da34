/**
 * Every Messenger page shape in lib/sites/messenger/snapshots/ (small, sanitised copies of what the
 * page draws, with their sources), read by the real adapter at the thread's own address: who wrote
 * each row and when, the unanswered streak, the chat's identity, group or not, the header's status
 * line and the read receipts, the send control, and whether the rows could be read at all. A new
 * shape seen in the wild becomes one more file and one more entry here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { messenger } from '@/lib/sites/messenger/adapter.ts';
import { type RowFacts, unansweredStreak } from '@/lib/streak.ts';

const DIR = join(__dirname, '../../../lib/sites/messenger/snapshots');
/** Monday 30 November 2026, local time. */
const at = (hour: number, minute: number, day = 30) => new Date(2026, 10, day, hour, minute).getTime();
const out = (hour: number, minute: number, day = 30): RowFacts => ({
  outgoing: true,
  at: at(hour, minute, day),
});
const inc = (hour: number, minute: number, day = 30): RowFacts => ({
  outgoing: false,
  at: at(hour, minute, day),
});

const openAt = (url: string) =>
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);

interface Expected {
  url: string;
  lang?: string;
  now: number;
  rows: 'readable' | 'none' | 'unreadable';
  facts: RowFacts[];
  streak: number;
  group: boolean;
  ids: string[];
  theirNewest: { text: string; at: number | null } | null;
  presence: string | null;
  receipts: number;
  sendControl: string;
  dark: boolean;
}

const EXPECTED: Record<string, Expected> = {
  '2026-03-one-to-one.html': {
    url: 'https://www.messenger.com/t/100001',
    now: at(20, 30),
    rows: 'readable',
    // The two newest carry no heading: they are the run "You sent" starts, under the 8:05 PM separator.
    facts: [out(20, 5), out(20, 5), out(20, 5), inc(19, 2), out(18, 42, 26), inc(18, 42, 26)],
    streak: 3,
    group: false,
    ids: ['100001', 'sam'],
    theirNewest: { text: 'Running late tonight, see you at 8?', at: at(19, 2) },
    presence: 'Active 5m ago',
    receipts: 1,
    sendControl: 'Press enter to send',
    dark: false,
  },
  '2026-03-group.html': {
    url: 'https://www.messenger.com/t/100003',
    now: at(21, 40),
    rows: 'readable',
    facts: [out(21, 30), inc(17, 18), inc(12, 5)],
    streak: 1,
    group: true,
    ids: ['100003', 'family'],
    theirNewest: { text: 'I will do the barbecue', at: at(17, 18) },
    presence: 'Mum and Dad',
    receipts: 0,
    sendControl: 'Press enter to send',
    dark: false,
  },
  '2026-06-e2ee-labelled.html': {
    url: 'https://www.messenger.com/e2ee/t/100002',
    now: at(20, 30),
    rows: 'readable',
    // Each message's own label gives its time to the minute; the third's label is inside it.
    facts: [out(20, 20), out(20, 1), inc(18, 15), out(17, 12, 29)],
    streak: 2,
    group: false,
    ids: ['100002', 'alex'],
    theirNewest: { text: 'Yes! 10am at the park', at: at(18, 15) },
    presence: 'Active now',
    receipts: 1,
    sendControl: 'Press Enter to send',
    dark: false,
  },
  '2026-06-facebook-messages.html': {
    url: 'https://www.facebook.com/messages/t/100001',
    lang: 'en-GB',
    now: at(14, 30),
    rows: 'readable',
    // The oldest row has no heading and no separator above it: who and when are unknown.
    facts: [out(14, 5), inc(14, 5), out(8, 15), out(8, 15), inc(23, 10, 29), { outgoing: null, at: null }],
    streak: 1,
    group: false,
    ids: ['100001', 'sam'],
    theirNewest: { text: 'Running late tonight, see you at 8?', at: at(14, 5) },
    presence: 'Active 1h ago',
    receipts: 0,
    sendControl: 'Press enter to send',
    dark: true,
  },
  'unknown-rows.html': {
    url: 'https://www.messenger.com/t/100001',
    now: at(20, 30),
    rows: 'unreadable',
    facts: [],
    streak: 0,
    group: false,
    ids: ['100001', 'sam'],
    theirNewest: null,
    presence: 'Active now',
    receipts: 0,
    sendControl: 'Press enter to send',
    dark: false,
  },
};

afterEach(() => {
  vi.restoreAllMocks();
  openAt('http://localhost:3000/');
  document.documentElement.lang = '';
  document.body.innerHTML = '';
});

describe('Messenger page shapes, offline', () => {
  it('has an expectation for every snapshot, and a snapshot for every expectation', () => {
    const files = readdirSync(DIR).filter((name) => name.endsWith('.html'));
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('reads %s', (file, expected) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    openAt(expected.url);
    document.documentElement.lang = expected.lang ?? 'en';
    document.body.innerHTML = readFileSync(join(DIR, file), 'utf8');
    const composer = messenger.composer(document);
    expect(composer?.getAttribute('data-lexical-editor')).toBe('true');
    const conversation = messenger.conversation(document, expected.now);
    expect(conversation).not.toBeNull();
    if (!conversation || !composer) return;
    expect(conversation.rows).toBe(expected.rows);
    expect([...conversation.rowsNewestFirst()]).toEqual(expected.facts);
    expect(unansweredStreak(conversation.rowsNewestFirst(), expected.now, 180)).toBe(expected.streak);
    expect(conversation.group).toBe(expected.group);
    expect(conversation.chat).toEqual({ ids: expected.ids, sureness: 'url' });
    const theirs = conversation.theirNewest();
    expect(theirs && { text: theirs.text, at: theirs.at }).toEqual(expected.theirNewest);
    expect(conversation.seenSigns().presence?.textContent ?? null).toBe(expected.presence);
    expect(conversation.seenSigns().ticks).toHaveLength(expected.receipts);
    expect(messenger.prefersDark(document)).toBe(expected.dark);
    expect(messenger.readDraft(composer).length).toBeGreaterThan(0);

    const control = messenger.sendControlFor(composer);
    expect(control?.getAttribute('aria-label')).toBe(expected.sendControl);
    // A click on the icon inside it is a click on the send control, which sends from this composer.
    expect(messenger.sendControlAt(control?.querySelector('svg') ?? null)).toBe(control);
    expect(control && messenger.composerForControl(control)).toBe(composer);
    expect(messenger.composerAt(composer.querySelector('span'))).toBe(composer);
    const anchor = messenger.anchorFor(composer);
    expect(anchor.contains(composer) && control && anchor.contains(control)).toBe(true);
    expect(anchor.getAttribute('aria-label')).toBe('Thread composer');
  });

  it('finds the newest message of the other side and when they first wrote since a moment', () => {
    openAt('https://www.messenger.com/t/100001');
    document.body.innerHTML = readFileSync(join(DIR, '2026-03-one-to-one.html'), 'utf8');
    const conversation = messenger.conversation(document, at(20, 30));
    expect(conversation?.view().newestIncoming?.textContent).toContain('Running late');
    expect(conversation?.view().list.getAttribute('role')).toBe('grid');
    expect(conversation?.theirFirstSince(at(19, 0))).toBe(at(19, 2));
    expect(conversation?.theirFirstSince(at(19, 3))).toBeNull();
    expect(conversation?.theirFirstSince(at(8, 0))).toBe(at(19, 2));
    expect(conversation?.theirFirstSince(at(18, 0, 26))).toBe(at(18, 42, 26));
  });
});
