import type { IDBPDatabase } from 'idb';
import { deleteAgreement } from '../agreement-store.ts';
import { ensureChatSalt } from '../chat-salt.ts';
import { parseOutcome } from '../outcome.ts';
import { deleteMutedChatsAndPause } from '../settings-store.ts';
import { deleteEverything, openSofterDb, recordOutcome, type SofterDb, weeklySummary } from '../store/db.ts';

let db: Promise<IDBPDatabase<SofterDb>> | null = null;

/** One connection per service-worker life; a failed open is retried on the next request. */
function database(): Promise<IDBPDatabase<SofterDb>> {
  db ??= openSofterDb().catch((error: unknown) => {
    db = null;
    throw error;
  });
  return db;
}

/** Database work that fails answers `ok: false` with the reason; it never leaves a caller hanging. */
async function withDatabase<T extends object>(work: (db: IDBPDatabase<SofterDb>) => Promise<T>) {
  try {
    return { ok: true as const, ...(await work(await database())) };
  } catch (error) {
    return { ok: false as const, error: `database-unavailable: ${String(error)}` };
  }
}

/** Answers one typed request from a content script or an extension page. */
export async function handleRequest(message: unknown): Promise<unknown> {
  const request = message as { type?: unknown; now?: unknown; outcome?: unknown } | null;
  switch (request?.type) {
    case 'ping':
      return { ok: true };
    case 'chat-salt':
      return { ok: true, salt: await ensureChatSalt() };
    case 'record-outcome': {
      const outcome = parseOutcome(request.outcome);
      if (!outcome) return { ok: false, error: 'invalid outcome' };
      return withDatabase(async (db) => {
        await recordOutcome(db, outcome);
        return {};
      });
    }
    case 'weekly-summary': {
      const now = typeof request.now === 'number' && Number.isFinite(request.now) ? request.now : Date.now();
      return withDatabase(async (db) => ({ summary: await weeklySummary(db, now) }));
    }
    case 'export-outcomes':
      return withDatabase(async (db) => ({
        outcomes: await db.getAll('outcomes'),
      }));
    case 'delete-everything': {
      // The history first: when the database cannot open, nothing at all has been deleted yet.
      const history = await withDatabase(async (db) => {
        await deleteEverything(db);
        return {};
      });
      if (!history.ok) return history;
      const rest = await deleteMutedChatsAndPause();
      const agreement = await deleteAgreement();
      if (!rest.ok)
        return { ok: false, error: `history deleted, but not the muted chats and pause: ${rest.error}` };
      return agreement.ok
        ? history
        : { ok: false, error: `history, mutes and pause deleted, but not the agreement: ${agreement.error}` };
    }
    default:
      return { ok: false, error: 'unknown request' };
  }
}
