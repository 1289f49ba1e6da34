import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB, type StoreNames } from 'idb';
import type { Outcome } from '../outcome.ts';

export const DB_NAME = 'softer';
/** Bump with a new step in `migrations`; every step runs in order from the stored version. */
export const DB_VERSION = 1;

export interface StoredOutcome extends Outcome {
  id?: number;
}

export interface SofterDb extends DBSchema {
  outcomes: {
    key: number;
    value: StoredOutcome;
    indexes: { at: number };
  };
}

type Migration = (
  db: IDBPDatabase<SofterDb>,
  transaction: IDBPTransaction<SofterDb, StoreNames<SofterDb>[], 'versionchange'>,
) => void;

/** migrations[n] upgrades a database at version n to n + 1. */
const migrations: Migration[] = [
  (db) => {
    const outcomes = db.createObjectStore('outcomes', { keyPath: 'id', autoIncrement: true });
    outcomes.createIndex('at', 'at');
  },
];

/** Opens (creating or upgrading) the database in the extension's origin. */
export function openSofterDb(): Promise<IDBPDatabase<SofterDb>> {
  return openDB<SofterDb>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, transaction) {
      for (let version = oldVersion; version < DB_VERSION; version++) migrations[version]?.(db, transaction);
    },
  });
}
