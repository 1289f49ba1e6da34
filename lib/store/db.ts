import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB, type StoreNames } from 'idb';
import type { ProtestKind } from '../language/types.ts';
import type { Outcome } from '../outcome.ts';

export const DB_NAME = 'softer';
/** Bump with a new step in `migrations`; every step runs in order from the stored version. */
export const DB_VERSION = 2;

export interface StoredOutcome extends Outcome {
  id?: number;
  /**
   * [kind, at] per protest kind, for the multi-entry index that counts kinds within a week
   * without reading the events themselves.
   */
  kindAt?: Array<[ProtestKind, number]>;
}

export interface SofterDb extends DBSchema {
  outcomes: {
    key: number;
    value: StoredOutcome;
    indexes: {
      at: number;
      'action-at': [string, number];
      'answer-at': [string, number];
      'streak-at': [number, number];
      'kind-at': [string, number];
    };
  };
}

type Migration = (
  db: IDBPDatabase<SofterDb>,
  transaction: IDBPTransaction<SofterDb, StoreNames<SofterDb>[], 'versionchange'>,
) => Promise<void> | void;

export const withKindIndex = (outcome: Outcome): StoredOutcome => ({
  ...outcome,
  kindAt: outcome.kinds.map((kind): [ProtestKind, number] => [kind, outcome.at]),
});

/** migrations[n] upgrades a database at version n to n + 1. */
const migrations: Migration[] = [
  // v1: one store of outcomes, by time.
  (db) => {
    const outcomes = db.createObjectStore('outcomes', { keyPath: 'id', autoIncrement: true });
    outcomes.createIndex('at', 'at');
  },
  // v2: indexes the weekly summary counts with, so it never loads a year of events.
  async (_db, transaction) => {
    const outcomes = transaction.objectStore('outcomes');
    outcomes.createIndex('action-at', ['action', 'at']);
    outcomes.createIndex('answer-at', ['answer', 'at']);
    outcomes.createIndex('streak-at', ['streak', 'at']);
    outcomes.createIndex('kind-at', 'kindAt', { multiEntry: true });
    for (let cursor = await outcomes.openCursor(); cursor; cursor = await cursor.continue()) {
      await cursor.update(withKindIndex(cursor.value));
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
