import type { IDBPDatabase } from 'idb';
import { deleteAgreement } from '../agreement-store.ts';
import { ensureChatSalt } from '../chat-salt.ts';
import { OFFER_GRACE_MS, parseComeBack } from '../come-back.ts';
import { parseOutcome } from '../outcome.ts';
import { deleteMutedChatsAndPause } from '../settings-store.ts';
import {
  awaitingRecovery,
  deleteEverything,
  exportHistory,
  markComeBack,
  openComeBacks,
  openSofterDb,
  recordComeBack,
  recordOutcome,
  recordRecovery,
  type SofterDb,
  weeklySummary,
} from '../store/db.ts';

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
  const request = message as Record<string, unknown> | null;
  const now = typeof request?.now === 'number' && Number.isFinite(request.now) ? request.now : Date.now();
  const chat =
    typeof request?.chat === 'string' && /^[0-9a-z]{1,16}$/.test(request.chat) ? request.chat : null;
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
    case 'weekly-summary':
      return withDatabase(async (db) => ({ summary: await weeklySummary(db, now) }));
    case 'export-outcomes':
      return withDatabase((db) => exportHistory(db));
    case 'record-come-back': {
      const comeBack = parseComeBack(request.comeBack);
      if (!comeBack) return { ok: false, error: 'invalid promise' };
      return withDatabase(async (db) => ({ id: await recordComeBack(db, comeBack) }));
    }
    case 'mark-come-back': {
      const { id, mark } = request;
      if (typeof id !== 'number' || (mark !== 'offered' && mark !== 'kept'))
        return { ok: false, error: 'invalid mark' };
      return withDatabase(async (db) => {
        await markComeBack(db, id, mark);
        return {};
      });
    }
    case 'follow-ups':
      return withDatabase(async (db) => ({
        comeBacks: await openComeBacks(db, now, OFFER_GRACE_MS),
        awaiting: await awaitingRecovery(db, now),
      }));
    case 'record-recovery': {
      const theirAt = request.theirAt;
      if (!chat || typeof theirAt !== 'number' || !Number.isFinite(theirAt))
        return { ok: false, error: 'invalid recovery' };
      return withDatabase(async (db) => ({ next: await recordRecovery(db, chat, theirAt) }));
    }
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
