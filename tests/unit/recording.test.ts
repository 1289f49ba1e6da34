import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { handleRequest } from '@/lib/background/requests.ts';
import type { Outcome } from '@/lib/outcome.ts';
import { parseOutcome } from '@/lib/outcome.ts';
import { openSofterDb } from '@/lib/store/db.ts';

const outcome: Outcome = {
  at: Date.UTC(2025, 11, 9, 21, 54),
  site: 'whatsapp',
  chat: 'k3j2h1g0f9d8',
  reason: 'streak+protest',
  streak: 3,
  kinds: ['blame-question'],
  answer: 'anxiety',
  action: 'wait',
  waitMinutes: 10,
  holdEnd: null,
};

describe('parseOutcome', () => {
  it('keeps a well-formed outcome', () => {
    expect(parseOutcome(outcome)).toEqual(outcome);
  });

  it('drops any field that is not part of an outcome, so no text can ride along', () => {
    expect(parseOutcome({ ...outcome, draft: 'Why are you ignoring me?', name: 'Sam' })).toEqual(outcome);
  });

  it.each([
    ['chat that looks like a phone number', { chat: '+49 151 1234' }],
    ['unknown action', { action: 'delete' }],
    ['unknown kind', { kinds: ['rudeness'] }],
    ['negative streak', { streak: -1 }],
    ['answer that is text', { answer: 'I love them' }],
    ['time as a string', { at: '2025-12-09' }],
  ])('rejects a %s', (_case, change) => {
    expect(parseOutcome({ ...outcome, ...change })).toBeNull();
  });
});

describe('recording in the background', () => {
  it('stores a recorded outcome in the extension database', async () => {
    expect(await handleRequest({ type: 'record-outcome', outcome })).toEqual({ ok: true });
    const db = await openSofterDb();
    const stored = await db.getAll('outcomes');
    expect(stored.map(({ id: _id, ...rest }) => rest)).toContainEqual(outcome);
    db.close();
  });

  it('refuses malformed outcomes and unknown requests with a clear answer', async () => {
    expect(await handleRequest({ type: 'record-outcome', outcome: { text: 'hi' } })).toMatchObject({
      ok: false,
    });
    expect(await handleRequest({ type: 'shout' })).toMatchObject({ ok: false });
    expect(await handleRequest(null)).toMatchObject({ ok: false });
  });
});
