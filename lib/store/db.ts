import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB, type StoreNames } from 'idb';
import type { ComeBack, StoredComeBack } from '../come-back.ts';
import type { Outcome } from '../outcome.ts';
import { progressFrom } from '../progress.ts';
import {
  addKept,
  addNarrated,
  addRecovery,
  addToTally,
  type DayTally,
  emptyTally,
  summarizeTallies,
  type WeeklySummary,
} from '../summary.ts';
import { addDays, startOfDay, weekBounds } from '../weeks.ts';

export const DB_NAME = 'softer';
/** Bump with a new step in `migrations`; every step runs in order from the stored version. */
export const DB_VERSION = 4;

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
  /** Minutes from a pause (an outcome, by its key) to the other side's next message. */
  recoveries: {
    key: number;
    value: Recovery;
  };
  /** Promises to come back: a time and a chat hash, never the message. */
  comeBacks: {
    key: number;
    value: StoredComeBack;
    indexes: { due: number };
  };
}

export interface Recovery {
  /** The outcome's key. */
  outcome: number;
  minutes: number;
}

type UpgradeTransaction = IDBPTransaction<SofterDb, StoreNames<SofterDb>[], 'versionchange'>;
type Migration = (db: IDBPDatabase<SofterDb>, transaction: UpgradeTransaction) => Promise<void> | void;

/** The part of an object store a tally update needs, in whichever transaction holds it. */
interface DayStore {
  get(day: number): Promise<DayTally | undefined>;
  put(tally: DayTally): Promise<unknown>;
}

/** Changes the tally of the local day containing `at` (starting one if there is none). */
async function retally(days: DayStore, at: number, change: (tally: DayTally) => DayTally): Promise<void> {
  const day = startOfDay(at);
  await days.put(change((await days.get(day)) ?? emptyTally(day)));
}

const tally = (days: DayStore, outcome: Outcome) => retally(days, outcome.at, (t) => addToTally(t, outcome));

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
  // v4: recoveries and promises to come back; day tallies learn edits, mutes, recovery times,
  // narrated pauses and promises kept, so they are counted again from the outcomes.
  async (db, transaction) => {
    db.createObjectStore('recoveries', { keyPath: 'outcome' });
    db.createObjectStore('comeBacks', { keyPath: 'id', autoIncrement: true }).createIndex('due', 'due');
    const days = transaction.objectStore('days');
    await days.clear();
    const outcomes = transaction.objectStore('outcomes');
    for (let cursor = await outcomes.openCursor(); cursor; cursor = await cursor.continue()) {
      await tally(days, cursor.value);
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

/**
 * This week against last week, and the last eight weeks, from the day tallies in range (at most
 * 56 small records, however long the history).
 */
export async function weeklySummary(db: IDBPDatabase<SofterDb>, now: number): Promise<WeeklySummary> {
  const { thisWeek } = weekBounds(now);
  const tallies = await db.getAll('days', IDBKeyRange.bound(progressFrom(now), thisWeek[1], false, true));
  return summarizeTallies(tallies, now);
}

/** How long a pause waits to learn its recovery: the other side's next message within a week. */
const RECOVERY_DAYS = 7;

/** The pauses in a chat whose recovery is not known yet, oldest first, from the last week. */
async function awaitingIn(
  tx: IDBPTransaction<SofterDb, ('outcomes' | 'recoveries' | 'days')[], 'readwrite' | 'readonly'>,
  now: number,
  chat: string | null,
): Promise<Array<{ key: number; outcome: Outcome }>> {
  const found: Array<{ key: number; outcome: Outcome }> = [];
  const recent = IDBKeyRange.lowerBound(addDays(now, -RECOVERY_DAYS));
  const outcomes = tx.objectStore('outcomes').index('at');
  for (let cursor = await outcomes.openCursor(recent); cursor; cursor = await cursor.continue()) {
    const key = cursor.primaryKey;
    if (chat !== null && cursor.value.chat !== chat) continue;
    if ((await tx.objectStore('recoveries').getKey(key)) === undefined)
      found.push({ key, outcome: cursor.value });
  }
  return found;
}

/** Each chat with a pause still waiting to learn its recovery, with the oldest such pause's time. */
export async function awaitingRecovery(
  db: IDBPDatabase<SofterDb>,
  now: number,
): Promise<Array<{ chat: string; since: number }>> {
  const tx = db.transaction(['outcomes', 'recoveries', 'days'], 'readonly');
  const oldest = new Map<string, number>();
  for (const { outcome } of await awaitingIn(tx, now, null)) {
    if (!oldest.has(outcome.chat)) oldest.set(outcome.chat, outcome.at);
  }
  await tx.done;
  return [...oldest].map(([chat, since]) => ({ chat, since }));
}

/**
 * The other side wrote in `chat` at `theirAt`: every pause there before it that was waiting learns
 * its recovery, counted in its own day. Answers when the chat's next waiting pause was, if any.
 */
export async function recordRecovery(
  db: IDBPDatabase<SofterDb>,
  chat: string,
  theirAt: number,
): Promise<number | null> {
  const tx = db.transaction(['outcomes', 'recoveries', 'days'], 'readwrite');
  let next: number | null = null;
  // Stamps are to the minute: a reply stamped in the pause's own minute came after it.
  for (const { key, outcome } of await awaitingIn(tx, theirAt, chat)) {
    if (outcome.at >= theirAt + 60_000) {
      next ??= outcome.at;
      continue;
    }
    const minutes = Math.max(0, Math.round((theirAt - outcome.at) / 60_000));
    await tx.objectStore('recoveries').put({ outcome: key, minutes });
    await retally(tx.objectStore('days'), outcome.at, (t) => addRecovery(t, minutes));
  }
  await tx.done;
  return next;
}

/** Notes a promise to come back, and counts it as a narrated pause on its day. */
export async function recordComeBack(db: IDBPDatabase<SofterDb>, promise: ComeBack): Promise<number> {
  const tx = db.transaction(['comeBacks', 'days'], 'readwrite');
  const [id] = await Promise.all([
    tx.objectStore('comeBacks').add(promise),
    retally(tx.objectStore('days'), promise.at, addNarrated),
  ]);
  await tx.done;
  return id;
}

/** Promises whose time is at most `graceMs` past and that are not yet both offered and kept. */
export async function openComeBacks(
  db: IDBPDatabase<SofterDb>,
  now: number,
  graceMs: number,
): Promise<StoredComeBack[]> {
  const promises = await db.getAllFromIndex('comeBacks', 'due', IDBKeyRange.lowerBound(now - graceMs));
  return promises.filter((promise) => !(promise.offered && promise.kept));
}

/** Marks a promise offered or kept; keeping counts once, in the day it was made. */
export async function markComeBack(
  db: IDBPDatabase<SofterDb>,
  id: number,
  mark: 'offered' | 'kept',
): Promise<void> {
  const tx = db.transaction(['comeBacks', 'days'], 'readwrite');
  const promise = await tx.objectStore('comeBacks').get(id);
  if (promise && !promise[mark]) {
    await tx.objectStore('comeBacks').put({ ...promise, [mark]: true });
    if (mark === 'kept') await retally(tx.objectStore('days'), promise.at, addKept);
  }
  await tx.done;
}

/** An outcome as exported: its fields, and the minutes to the other side's next message once known. */
export interface ExportedOutcome extends StoredOutcome {
  recoveryMinutes: number | null;
}

/** Every outcome with its recovery, oldest first, and every promise to come back. */
export async function exportHistory(
  db: IDBPDatabase<SofterDb>,
): Promise<{ outcomes: ExportedOutcome[]; comeBacks: StoredComeBack[] }> {
  const tx = db.transaction(['outcomes', 'recoveries', 'comeBacks'], 'readonly');
  const [outcomes, recoveries, comeBacks] = await Promise.all([
    tx.objectStore('outcomes').getAll(),
    tx.objectStore('recoveries').getAll(),
    tx.objectStore('comeBacks').getAll(),
  ]);
  await tx.done;
  const minutes = new Map(recoveries.map((recovery) => [recovery.outcome, recovery.minutes]));
  return {
    outcomes: outcomes.map((outcome) => ({
      ...outcome,
      recoveryMinutes: outcome.id === undefined ? null : (minutes.get(outcome.id) ?? null),
    })),
    comeBacks,
  };
}

const EVERY_STORE = ['outcomes', 'days', 'recoveries', 'comeBacks'] as const;

/** Removes every outcome, tally, recovery and promise. */
export async function deleteEverything(db: IDBPDatabase<SofterDb>): Promise<void> {
  const tx = db.transaction(EVERY_STORE, 'readwrite');
  await Promise.all(EVERY_STORE.map((store) => tx.objectStore(store).clear()));
  await tx.done;
}
