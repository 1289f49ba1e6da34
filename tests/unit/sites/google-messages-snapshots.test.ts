/**
 * Every Google Messages page shape in lib/sites/google-messages/snapshots/ (small, sanitised copies
 * of what the page draws, with their sources), read by the real adapter at the conversation's own
 * address: who wrote each row and when, the unanswered streak, the chat's identity, group or not,
 * the send control, and whether the rows could be read at all. A new shape seen in the wild becomes
 * one more file and one more entry here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { googleMessages } from '@/lib/sites/google-messages/adapter.ts';
import { type RowFacts, unansweredStreak } from '@/lib/streak.ts';

const DIR = join(__dirname, '../../../lib/sites/google-messages/snapshots');
const at = (hour: number, minute: number, day = 29) => new Date(2026, 8, day, hour, minute).getTime();
const out = (hour: number, minute: number): RowFacts => ({ outgoing: true, at: at(hour, minute) });
const inc = (hour: number, minute: number, day = 29): RowFacts => ({
  outgoing: false,
  at: at(hour, minute, day),
});

const openAt = (path: string) =>
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
    `https://messages.google.com/web/${path}`,
  );

interface Expected {
  path: string;
  now: number;
  rows: 'readable' | 'none' | 'unreadable';
  facts: RowFacts[];
  streak: number;
  group: boolean;
  ids: string[];
  theirNewest: { text: string; at: number | null } | null;
  /** How many "Delivered"/"Read" lines sit under the person's messages since the other side wrote. */
  statusLines: number;
  /** The send control's aria-label. */
  sendControl: string;
}

const EXPECTED: Record<string, Expected> = {
  '2026-09-one-to-one.html': {
    path: 'conversations/101',
    now: at(20, 30),
    rows: 'readable',
    // The newest is still being sent: no label yet, so no time, but its id and core say whose.
    facts: [{ outgoing: true, at: null }, out(20, 5), out(19, 40), inc(19, 2), inc(21, 10, 28)],
    streak: 3,
    group: false,
    ids: ['101', 'sam'],
    theirNewest: { text: 'Running late, see you at 8?', at: at(19, 2) },
    statusLines: 2,
    sendControl: 'Send end-to-end encrypted RCS message',
  },
  '2026-09-group.html': {
    path: 'conversations/103',
    now: at(21, 40),
    rows: 'readable',
    facts: [out(21, 30), inc(17, 18), inc(12, 5)],
    streak: 1,
    group: true,
    ids: ['103', 'family'],
    theirNewest: { text: 'I will do the barbecue', at: at(17, 18) },
    statusLines: 1,
    sendControl: 'Send RCS message',
  },
  '2026-09-translated.html': {
    path: 'conversations/101',
    now: at(20, 30),
    rows: 'unreadable',
    facts: [
      { outgoing: true, at: null },
      { outgoing: false, at: null },
    ],
    streak: 0,
    group: false,
    ids: ['101', 'sam'],
    theirNewest: { text: 'Bin spät dran', at: null },
    statusLines: 0,
    sendControl: 'RCS-Nachricht senden',
  },
  'unknown-rows.html': {
    path: 'conversations/101',
    now: at(20, 30),
    rows: 'unreadable',
    facts: [],
    streak: 0,
    group: false,
    ids: ['101', 'sam'],
    theirNewest: null,
    statusLines: 0,
    sendControl: 'Send RCS message',
  },
};

afterEach(() => {
  vi.restoreAllMocks();
  openAt('');
  document.body.innerHTML = '';
});

describe('Google Messages page shapes, offline', () => {
  it('has an expectation for every snapshot, and a snapshot for every expectation', () => {
    const files = readdirSync(DIR).filter((name) => name.endsWith('.html'));
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('reads %s', (file, expected) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    openAt(expected.path);
    document.body.innerHTML = readFileSync(join(DIR, file), 'utf8');
    const composer = googleMessages.composer(document);
    expect(composer).toBeInstanceOf(HTMLTextAreaElement);
    const conversation = googleMessages.conversation(document, expected.now);
    expect(conversation).not.toBeNull();
    if (!conversation || !composer) return;
    expect(conversation.rows).toBe(expected.rows);
    expect([...conversation.rowsNewestFirst()]).toEqual(expected.facts);
    expect(unansweredStreak(conversation.rowsNewestFirst(), expected.now, 180)).toBe(expected.streak);
    expect(conversation.group).toBe(expected.group);
    expect(conversation.chat).toEqual({ ids: expected.ids, sureness: 'url' });
    expect(conversation.theirNewest()).toEqual(expected.theirNewest);
    expect(conversation.seenSigns().presence).toBeNull();
    expect(conversation.seenSigns().ticks).toHaveLength(expected.statusLines);

    const control = googleMessages.sendControlFor(composer);
    expect(control?.getAttribute('aria-label')).toBe(expected.sendControl);
    // A click on the icon inside it is a click on the send control, which sends from this composer.
    expect(googleMessages.sendControlAt(control?.querySelector('span') ?? null)).toBe(control);
    expect(control && googleMessages.composerForControl(control)).toBe(composer);
    expect(googleMessages.composerAt(composer)).toBe(composer);
    const anchor = googleMessages.anchorFor(composer);
    expect(anchor.contains(composer) && control && anchor.contains(control)).toBe(true);
  });

  it('finds the newest message of the other side and when they first wrote since a moment', () => {
    openAt('conversations/101');
    document.body.innerHTML = readFileSync(join(DIR, '2026-09-one-to-one.html'), 'utf8');
    const conversation = googleMessages.conversation(document, at(20, 30));
    expect(conversation?.view().newestIncoming?.getAttribute('msg-id')).toBe('41');
    expect(conversation?.view().list.tagName).toBe('MWS-MESSAGES-LIST');
    expect(conversation?.theirFirstSince(at(19, 0))).toBe(at(19, 2));
    expect(conversation?.theirFirstSince(at(19, 3))).toBeNull();
    expect(conversation?.theirFirstSince(at(8, 0))).toBe(at(19, 2));
    expect(conversation?.theirFirstSince(at(21, 0, 28))).toBe(at(21, 10, 28));
  });
});

describe('Google Messages group test', () => {
  const page = (header: string, senders: string[]) => `
    <mw-conversation-container><div data-e2e-header-title>${header}</div><mws-messages-list>${senders
      .map(
        (name, i) =>
          `<mws-message-wrapper msg-id="${i}" is-outgoing="false"><mws-text-message-part aria-label="${name} said: hi. Received on September 29, 2026 at 9:0${i} AM."></mws-text-message-part></mws-message-wrapper>`,
      )
      .join('')}</mws-messages-list></mw-conversation-container>`;
  const groupOf = (header: string, senders: string[]) => {
    document.body.innerHTML = page(header, senders);
    return googleMessages.conversation(document, at(20, 0))?.group;
  };

  it('sees a group in a header that lists people, or in a sender who is not the chat', () => {
    expect(groupOf('<h2>Mum, Dad</h2>', [])).toBe(true);
    expect(groupOf('<h2>Mum</h2><h2>Dad</h2>', [])).toBe(true);
    expect(groupOf('<h2>Mum and 3 others</h2>', [])).toBe(true);
    expect(groupOf('<h2>Climbing</h2>', ['Jo'])).toBe(true);
    expect(groupOf('', ['Jo', 'Kim'])).toBe(true);
  });

  it('sees a one-to-one chat, whether the contact is a name or a number written another way', () => {
    expect(groupOf('<h2>Sam</h2>', ['Sam', 'Sam'])).toBe(false);
    expect(groupOf('<h2>(555) 555-7334</h2>', ['+1 555-555-7334'])).toBe(false);
    expect(groupOf('<h2>Sam</h2>', [])).toBe(false);
    expect(groupOf('', ['Jo', 'Jo'])).toBe(false);
  });
});

describe('Google Messages on an empty or odd page', () => {
  it.each([
    ['an empty page', ''],
    ['a message box alone', '<textarea data-e2e-message-input-box></textarea>'],
    ['a conversation with nothing in it', '<mw-conversation-container></mw-conversation-container>'],
    [
      'a wrapper with nothing in it',
      '<mw-conversation-container><mws-message-wrapper></mws-message-wrapper></mw-conversation-container>',
    ],
    [
      'a send button with no message box',
      '<mw-conversation-container><button data-e2e-send-text-button>Send</button></mw-conversation-container>',
    ],
  ])('never throws on %s', (_name, html) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    openAt('conversations/new');
    document.body.innerHTML = html;
    const composer = googleMessages.composer(document);
    const control = document.querySelector<HTMLElement>('[data-e2e-send-text-button]');
    expect(() => {
      googleMessages.composerAt(null);
      googleMessages.composerAt(document.createTextNode('x'));
      googleMessages.sendControlAt(null);
      googleMessages.sendControlAt(window);
      if (control) expect(googleMessages.sendControlAt(control)).toBeNull();
      if (control) expect(googleMessages.composerForControl(control)).toBeNull();
      if (composer) {
        expect(googleMessages.sendControlFor(composer)).toBeNull();
        expect(googleMessages.readDraft(composer)).toBe('');
        googleMessages.anchorFor(composer);
      }
      googleMessages.prefersDark(document);
      const conversation = googleMessages.conversation(document, Date.now());
      if (!conversation) return;
      expect(conversation.chat).toEqual({ ids: [], sureness: 'none' });
      // A message the page shows but does not say anything about is not an empty chat.
      const odd = html.includes('<mws-message-wrapper>');
      expect(conversation.rows).toBe(odd ? 'unreadable' : 'none');
      expect([...conversation.rowsNewestFirst()]).toEqual(odd ? [{ outgoing: null, at: null }] : []);
      expect(conversation.group).toBe(false);
      conversation.view();
      expect(conversation.theirNewest()).toBeNull();
      expect(conversation.theirFirstSince(0)).toBeNull();
      expect(conversation.seenSigns()).toEqual({ presence: null, ticks: [] });
    }).not.toThrow();
  });
});
