import type { Outcome } from '@/lib/outcome.ts';

/** A plain recorded pause at `at` (a streak, edited), with any fields changed: the tests' one shape of an outcome. */
export const outcomeAt = (at: number, change: Partial<Outcome> = {}): Outcome => ({
  at,
  site: 'whatsapp',
  chat: 'abc123',
  reason: 'streak',
  streak: 3,
  kinds: [],
  answer: null,
  action: 'edit',
  waitMinutes: null,
  holdEnd: null,
  ...change,
});
