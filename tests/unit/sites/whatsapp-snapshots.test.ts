/**
 * Every WhatsApp page shape in lib/sites/whatsapp/snapshots/ (small, sanitised copies of what each
 * build draws, with their sources), read by the real adapter: who wrote each row and when, the
 * unanswered streak, the chat's identity, group or not, the send control, and whether the rows
 * could be read at all. A new shape seen in the wild becomes one more file and one more row here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { whatsapp } from '@/lib/sites/whatsapp/adapter.ts';
import { type RowFacts, unansweredStreak } from '@/lib/streak.ts';

const DIR = join(__dirname, '../../../lib/sites/whatsapp/snapshots');
const at = (hour: number, minute: number) => new Date(2026, 5, 13, hour, minute).getTime();

interface Expected {
  now: number;
  rows: 'readable' | 'none' | 'unreadable';
  facts: RowFacts[];
  streak: number;
  group: boolean;
  ids: string[];
  sureness: 'app-id' | 'title' | 'none';
  /** What identifies the send control the adapter finds (an attribute it carries). */
  sendControl: string;
}

const out = (hour: number, minute: number): RowFacts => ({ outgoing: true, at: at(hour, minute) });
const inc = (hour: number, minute: number): RowFacts => ({ outgoing: false, at: at(hour, minute) });

const EXPECTED: Record<string, Expected> = {
  '2026-06-conv-msg.html': {
    now: at(20, 30),
    rows: 'readable',
    // The photo has no stamp: its own label (8:12 PM) on the day of the stamped rows beside it.
    facts: [out(20, 12), out(20, 5), out(19, 40), inc(19, 2)],
    streak: 3,
    group: false,
    ids: ['sam'],
    sureness: 'title',
    sendControl: 'aria-label=Send',
  },
  '2026-06-group-zh.html': {
    now: at(21, 40),
    rows: 'readable',
    facts: [out(21, 30), inc(17, 18), inc(12, 5)],
    streak: 1,
    group: true,
    ids: ['周末爬山群'],
    sureness: 'title',
    sendControl: 'aria-label=发送',
  },
  '2025-12-role-row-lid.html': {
    now: at(20, 30),
    rows: 'readable',
    facts: [out(20, 20), out(19, 55), out(19, 30), inc(19, 10)],
    streak: 3,
    group: false,
    ids: ['jo', '196271432331425@lid'],
    sureness: 'app-id',
    sendControl: 'aria-label=Enviar',
  },
  '2026-05-shared-id-pair.html': {
    now: at(20, 30),
    rows: 'readable',
    // The ad reply is one message in two wrappers; the voice note's time is its own label.
    facts: [out(20, 10), out(20, 1), inc(14, 40)],
    streak: 2,
    group: false,
    ids: ['lojinha boa vista'],
    sureness: 'title',
    sendControl: 'data-tab=11',
  },
  '2026-01-no-main.html': {
    now: at(20, 30),
    rows: 'readable',
    facts: [out(20, 10)],
    streak: 1,
    group: false,
    ids: ['sam'],
    sureness: 'title',
    sendControl: 'aria-label=Envia',
  },
  'unknown-rows.html': {
    now: at(20, 30),
    rows: 'unreadable',
    facts: [],
    streak: 0,
    group: false,
    ids: ['sam'],
    sureness: 'title',
    sendControl: 'aria-label=Send',
  },
};

describe('WhatsApp page shapes, offline', () => {
  it('has an expectation for every snapshot, and a snapshot for every expectation', () => {
    const files = readdirSync(DIR).filter((name) => name.endsWith('.html'));
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('reads %s', (file, expected) => {
    document.body.innerHTML = readFileSync(join(DIR, file), 'utf8');
    const composer = whatsapp.composer(document);
    expect(composer?.getAttribute('data-tab')).toBe('10');
    const conversation = whatsapp.conversation(document, expected.now);
    expect(conversation).not.toBeNull();
    if (!conversation) return;
    expect(conversation.rows).toBe(expected.rows);
    expect([...conversation.rowsNewestFirst()]).toEqual(expected.facts);
    expect(unansweredStreak(conversation.rowsNewestFirst(), expected.now, 180)).toBe(expected.streak);
    expect(conversation.group).toBe(expected.group);
    expect(conversation.chat).toEqual({ ids: expected.ids, sureness: expected.sureness });

    const control = composer && whatsapp.sendControlFor(composer);
    const [name, value] = expected.sendControl.split('=') as [string, string];
    expect(control?.getAttribute(name)).toBe(value);
    // A click on the icon inside it is a click on the send control, which sends from this composer.
    const icon = control?.querySelector('span') ?? control;
    expect(whatsapp.sendControlAt(icon ?? null)).toBe(control);
    expect(control && whatsapp.composerForControl(control)).toBe(composer);
  });
});
