import type { ComeBack, StoredComeBack } from './come-back.ts';
import type { Outcome } from './outcome.ts';
import type { ExportedOutcome } from './store/db.ts';
import type { WeeklySummary } from './summary.ts';

/**
 * The typed messages content scripts and extension pages send to the background, which alone
 * owns the database (in the extension's origin, out of the page's reach).
 */
export type SofterRequest =
  | { type: 'record-outcome'; outcome: Outcome }
  | { type: 'chat-salt' }
  | { type: 'weekly-summary'; now: number }
  | { type: 'export-outcomes' }
  | { type: 'record-come-back'; comeBack: ComeBack }
  | { type: 'mark-come-back'; id: number; mark: 'offered' | 'kept' }
  | { type: 'follow-ups'; now: number }
  | { type: 'record-recovery'; chat: string; theirAt: number }
  | { type: 'delete-everything' }
  | { type: 'ping' };

/** Every answer says whether it worked; a database that cannot open answers `ok: false`. */
export type Failure = { ok: false; error: string };

export type SofterResponse<R extends SofterRequest> =
  | Failure
  | (R extends { type: 'record-outcome' | 'delete-everything' | 'ping' | 'mark-come-back' }
      ? { ok: true }
      : R extends { type: 'chat-salt' }
        ? { ok: true; salt: string }
        : R extends { type: 'weekly-summary' }
          ? { ok: true; summary: WeeklySummary }
          : R extends { type: 'export-outcomes' }
            ? { ok: true; outcomes: ExportedOutcome[]; comeBacks: ComeBack[] }
            : R extends { type: 'record-come-back' }
              ? { ok: true; id: number }
              : R extends { type: 'follow-ups' }
                ? { ok: true; comeBacks: StoredComeBack[]; awaiting: Array<{ chat: string; since: number }> }
                : R extends { type: 'record-recovery' }
                  ? { ok: true; next: number | null }
                  : never);
