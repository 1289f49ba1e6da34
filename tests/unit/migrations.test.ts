import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import type { Outcome } from '@/lib/outcome.ts';
import { DB_NAME, DB_VERSION, openSofterDb, weeklySummary } from '@/lib/store/db.ts';

const stored: Outcome[] = Array.from({ length: 50 }, (_, i) => ({
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

describe('database migrations', () => {
  it('upgrades a stored v1 database to the current version with nothing lost', async () => {
    await storeVersion1();
    const db = await openSofterDb();
    expect(db.version).toBe(DB_VERSION);
    const all = await db.getAll('outcomes');
    expect(all.map(({ id: _id, ...outcome }) => outcome)).toEqual(stored);
    // The day tallies count the old events too: the summary sees every one of this and last week's.
    const { thisWeek, lastWeek } = await weeklySummary(db, Date.now());
    // All fifty are from the last fifty hours, so this week and last hold every one.
    expect(thisWeek.paused + lastWeek.paused).toBe(stored.length);
    db.close();
  });
});
