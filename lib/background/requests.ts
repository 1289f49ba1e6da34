import type { IDBPDatabase } from 'idb';
import { ensureChatSalt } from '../chat-salt.ts';
import { parseOutcome } from '../outcome.ts';
import { openSofterDb, type SofterDb } from '../store/db.ts';

let db: Promise<IDBPDatabase<SofterDb>> | null = null;

/** One connection per service-worker life; a failed open is retried on the next request. */
function database(): Promise<IDBPDatabase<SofterDb>> {
  db ??= openSofterDb().catch((error: unknown) => {
    db = null;
    throw error;
  });
  return db;
}

/** Answers one typed request from a content script or an extension page. */
export async function handleRequest(message: unknown): Promise<unknown> {
  const request = message as { type?: unknown } | null;
  switch (request?.type) {
    case 'ping':
      return { ok: true };
    case 'chat-salt':
      return { ok: true, salt: await ensureChatSalt() };
    case 'record-outcome': {
      const outcome = parseOutcome((message as { outcome?: unknown }).outcome);
      if (!outcome) return { ok: false, error: 'invalid outcome' };
      try {
        await (await database()).add('outcomes', outcome);
        return { ok: true };
      } catch (error) {
        return { ok: false, error: String(error) };
      }
    }
    default:
      return { ok: false, error: 'unknown request' };
  }
}
