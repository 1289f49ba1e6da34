import { afterEach, describe, expect, it, vi } from 'vitest';
import { outcomeAt } from './outcomes.ts';

/** IndexedDB that refuses to open, as in private windows, a full disk or a corrupt profile. */
const brokenIndexedDb = {
  open() {
    const request = {
      error: new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    } as IDBOpenDBRequest;
    queueMicrotask(() => request.onerror?.(new Event('error')));
    return request;
  },
} as unknown as IDBFactory;

describe('a database that cannot open', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('answers every data request with a clear failure instead of hanging or throwing', async () => {
    vi.stubGlobal('indexedDB', brokenIndexedDb);
    const { handleRequest } = await import('@/lib/background/requests.ts');
    const outcome = outcomeAt(Date.now());
    for (const request of [
      { type: 'record-outcome', outcome },
      { type: 'weekly-summary', now: Date.now() },
      { type: 'export-outcomes' },
      { type: 'delete-everything' },
    ]) {
      expect(await handleRequest(request)).toMatchObject({
        ok: false,
        error: expect.stringContaining('database-unavailable'),
      });
    }
  });
});
