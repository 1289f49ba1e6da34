import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import type { Outcome } from '@/lib/outcome.ts';
import { DB_NAME, DB_VERSION, openSofterDb, weeklySummary } from '@/lib/store/db.ts';

/** Outcomes as versions 1 and 2 stored them: no `holdEnd` yet. */
const stored: Omit<Outcome, 'holdEnd'>[] = Array.from({ length: 50 }, (_, i) => ({
  at: Date.now() - i * 3_600_000,
  site: 'whatsapp',
  chat: `chat${i % 3}`,
  reason: i % 2 ? 'protest' : 'streak',
  streak: i % 7,
  kinds: i % 2 ? ['globalizing-criticism'] : [],
  answer: i % 3 === 0 ? 'love' : null,
  action: i % 4 === 0 ? 'wait' : 'edit',
  waitMinutes: i % 4 === 0 ? 10 : null,
}));

/** Version 1 exactly as it shipped: one store keyed by id, indexed by time. */
async function storeVersion1() {
  const db = await openDB(DB_NAME, 1, {
    upgrade(v1) {
      v1.createObjectStore('outcomes', { keyPath: 'id', autoIncrement: true }).createIndex('at', 'at');
    },
  });
  for (const outcome of stored) await db.add('outcomes', outcome);
  db.close();
}

/** Version 2 exactly as it shipped: the outcomes and their day tallies, without holds. */
async function storeVersion2() {
  await storeVersion1();
  const db = await openDB(DB_NAME, 2, {
    async upgrade(v2, _old, _new, transaction) {
      v2.createObjectStore('days', { keyPath: 'day' });
      const days = transaction.objectStore('days');
      const totals = new Map<number, number>();
      for (const o of stored) {
        const day = new Date(o.at).setHours(0, 0, 0, 0);
        totals.set(day, (totals.get(day) ?? 0) + 1);
      }
      for (const [day, paused] of totals)
        await days.put({
          day,
          paused,
          softened: 0,
          waited: 0,
          sentAnyway: 0,
          love: 0,
          anxiety: 0,
          longestStreak: 0,
          kinds: {},
        });
    },
  });
  db.close();
}

describe('database migrations', () => {
  it('upgrades a stored v2 database (day tallies, no holds) to the current version with nothing lost', async () => {
    await storeVersion2();
    const db = await openSofterDb();
    expect(db.version).toBe(DB_VERSION);
    expect((await db.getAll('outcomes')).every((o) => o.holdEnd === null)).toBe(true);
    const days = await db.getAll('days');
    expect(days.reduce((sum, day) => sum + day.paused, 0)).toBe(stored.length);
    expect(days.every((day) => day.held === 0 && day.repliedFirst === 0)).toBe(true);
    // v4 counts the tallies again from the outcomes: edits are counted, recoveries and promises start empty.
    const edits = stored.filter((o) => o.action === 'edit').length;
    expect(days.reduce((sum, day) => sum + day.edited, 0)).toBe(edits);
    expect(
      days.every((day) => day.narrated === 0 && day.kept === 0 && Object.keys(day.recoveries).length === 0),
    ).toBe(true);
    expect([await db.count('recoveries'), await db.count('comeBacks')]).toEqual([0, 0]);
    const { thisWeek, lastWeek } = await weeklySummary(db, Date.now());
    expect(thisWeek.paused + lastWeek.paused).toBe(stored.length);
    expect(thisWeek.held + lastWeek.held).toBe(0);
    const weeks = (await weeklySummary(db, Date.now())).weeks;
    expect(weeks.reduce((sum, week) => sum + week.paused, 0)).toBe(stored.length);
    db.close();
    await new Promise((done) => {
      const request = indexedDB.deleteDatabase(DB_NAME);
      request.onsuccess = request.onerror = request.onblocked = done;
    });
  });

  it('upgrades a stored v1 database to the current version with nothing lost', async () => {
    await storeVersion1();
    const db = await openSofterDb();
    expect(db.version).toBe(DB_VERSION);
    const all = await db.getAll('outcomes');
    expect(all.map(({ id: _id, ...outcome }) => outcome)).toEqual(
      stored.map((o) => ({ ...o, holdEnd: null })),
    );
    // The day tallies count the old events too: the summary sees every one of this and last week's.
    const { thisWeek, lastWeek } = await weeklySummary(db, Date.now());
    // All fifty are from the last fifty hours, so this week and last hold every one.
    expect(thisWeek.paused + lastWeek.paused).toBe(stored.length);
    db.close();
  });
});
