import type { Outcome } from './outcome.ts';

/**
 * The typed messages content scripts and extension pages send to the background, which alone
 * owns the database (in the extension's origin, out of the page's reach).
 */
export type SofterRequest =
  | { type: 'record-outcome'; outcome: Outcome }
  | { type: 'chat-salt' }
  | { type: 'ping' };

export type SofterResponse<R extends SofterRequest> = R extends { type: 'record-outcome' }
  ? { ok: boolean }
  : R extends { type: 'chat-salt' }
    ? { ok: true; salt: string }
    : R extends { type: 'ping' }
      ? { ok: true }
      : never;
