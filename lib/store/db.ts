import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB, type StoreNames } from 'idb';
import type { Outcome } from '../outcome.ts';
import { addToTally, type DayTally, emptyTally, summarizeTallies, type WeeklySummary } from '../summary.ts';
import { startOfDay, weekBounds } from '../weeks.ts';

export const DB_NAME = 'softer';
/** Bump with a new step in `migrations`; every step runs in order from the stored version. */
export const DB_VERSION = 3;

export interface StoredOutcome extends Outcome {
  id?: number;
}

export interface SofterDb extends DBSchema {
  outcomes: {
    key: number;
    value: StoredOutcome;
    indexes: { at: number };
  };
  /** One running tally per local day, keyed by that day's local midnight (epoch ms). */
  days: {
    key: number;
    value: DayTally;
  };
}

type UpgradeTransaction = IDBPTransaction<SofterDb, StoreNames<SofterDb>[], 'versionchange'>;
type Migration = (db: IDBPDatabase<SofterDb>, transaction: UpgradeTransaction) => Promise<void> | void;

/** The part of an object store a tally update needs, in whichever transaction holds it. */
interface DayStore {
  get(day: number): Promise<DayTally | undefined>;
  put(tally: DayTally): Promise<unknown>;
}

async function tally(days: DayStore, outcome: Outcome): Promise<void> {
  const day = startOfDay(outcome.at);
  await days.put(addToTally((await days.get(day)) ?? emptyTally(day), outcome));
}

/** migrations[n] upgrades a database at version n to n + 1. */
const migrations: Migration[] = [
  // v1: one store of outcomes, by time.
  (db) => {
    const outcomes = db.createObjectStore('outcomes', { keyPath: 'id', autoIncrement: true });
    outcomes.createIndex('at', 'at');
  },
  // v2: day tallies, so the weekly summary reads at most fourteen small records instead of a
  // year of events (IndexedDB's count() walks every key in a range, so even index counts grow
  // with the data).
  async (db, transaction) => {
    db.createObjectStore('days', { keyPath: 'day' });
    const days = transaction.objectStore('days');
    const outcomes = transaction.objectStore('outcomes');
    for (let cursor = await outcomes.openCursor(); cursor; cursor = await cursor.continue()) {
      await tally(days, cursor.value);
    }
  },
  // v3: holds. Every stored outcome says it was not one, every day tally counts none yet.
  async (_db, transaction) => {
    const outcomes = transaction.objectStore('outcomes');
    for (let cursor = await outcomes.openCursor(); cursor; cursor = await cursor.continue()) {
      if (cursor.value.holdEnd === undefined) await cursor.update({ ...cursor.value, holdEnd: null });
    }
    const days = transaction.objectStore('days');
    for (let cursor = await days.openCursor(); cursor; cursor = await cursor.continue()) {
      const tally = cursor.value;
      await cursor.update({ ...tally, held: tally.held ?? 0, repliedFirst: tally.repliedFirst ?? 0 });
    }
  },
];

/** Opens (creating or upgrading) the database in the extension's origin. */
export function openSofterDb(): Promise<IDBPDatabase<SofterDb>> {
  return openDB<SofterDb>(DB_NAME, DB_VERSION, {
    async upgrade(db, oldVersion, _newVersion, transaction) {
      for (let version = oldVersion; version < DB_VERSION; version++)
        await migrations[version]?.(db, transaction);
    },
  });
}

/** Stores an outcome and counts it in its day's tally: both or neither. */
export async function recordOutcome(db: IDBPDatabase<SofterDb>, outcome: Outcome): Promise<void> {
  const tx = db.transaction(['outcomes', 'days'], 'readwrite');
  await Promise.all([tx.objectStore('outcomes').add(outcome), tally(tx.objectStore('days'), outcome)]);
  await tx.done;
}

/** This week against last week, from the fourteen day tallies that can be in range. */
export async function weeklySummary(db: IDBPDatabase<SofterDb>, now: number): Promise<WeeklySummary> {
  const { lastWeek, thisWeek } = weekBounds(now);
  const tallies = await db.getAll('days', IDBKeyRange.bound(lastWeek[0], thisWeek[1], false, true));
  return summarizeTallies(tallies, now);
}

/** Removes every outcome and tally. */
export async function deleteEverything(db: IDBPDatabase<SofterDb>): Promise<void> {
  const tx = db.transaction(['outcomes', 'days'], 'readwrite');
  await Promise.all([tx.objectStore('outcomes').clear(), tx.objectStore('days').clear()]);
  await tx.done;
}
