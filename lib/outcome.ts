import type { NudgeReason } from './decide.ts';
import type { HoldEnd } from './hold.ts';
import { PROTEST_KINDS, type ProtestKind } from './language/types.ts';
import { SITE_IDS, type SiteId } from './sites/registry.ts';

export const ACTIONS = ['send-anyway', 'use-rewrite', 'wait', 'edit', 'mute-chat', 'hold'] as const;
export type OutcomeAction = (typeof ACTIONS)[number];

export const ANSWERS = ['love', 'anxiety'] as const;
export type Answer = (typeof ANSWERS)[number];

const REASONS: readonly NudgeReason[] = ['streak', 'protest', 'streak+protest', 'pause-signal'];
const HOLD_ENDS: readonly HoldEnd[] = ['sent', 'replied-first', 'cancelled'];

/**
 * One nudge and what the person chose. Counts, categories and timings only: there is no field
 * that could hold message text or a contact's name, and `parseOutcome` drops anything else.
 */
export interface Outcome {
  at: number;
  site: SiteId;
  /** Salted chat hash (lib/chat-hash.ts). */
  chat: string;
  reason: NudgeReason;
  streak: number;
  kinds: ProtestKind[];
  answer: Answer | null;
  action: OutcomeAction;
  waitMinutes: number | null;
  /** For a hold: how it ended (sent after waiting, they replied first, cancelled); else null. */
  holdEnd: HoldEnd | null;
}

const oneOf = <T extends string>(list: readonly T[], value: unknown): value is T => list.includes(value as T);
const count = (value: unknown, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;

/** Accepts an outcome from a message only if every field is what it should be, copying just those fields. */
export function parseOutcome(input: unknown): Outcome | null {
  if (typeof input !== 'object' || input === null) return null;
  const o = input as Record<string, unknown>;
  if (!count(o.at, 8.64e15) || !oneOf(SITE_IDS, o.site) || !oneOf(REASONS, o.reason)) return null;
  if (typeof o.chat !== 'string' || !/^[0-9a-z]{1,16}$/.test(o.chat)) return null;
  if (!count(o.streak, 10_000) || !oneOf(ACTIONS, o.action)) return null;
  if (!Array.isArray(o.kinds) || !o.kinds.every((kind) => oneOf(PROTEST_KINDS, kind))) return null;
  if (o.answer !== null && !oneOf(ANSWERS, o.answer)) return null;
  if (o.waitMinutes !== null && !count(o.waitMinutes, 24 * 60)) return null;
  // Outcomes from before holds existed have no holdEnd: read as none.
  const holdEnd = o.holdEnd ?? null;
  if (holdEnd !== null && !oneOf(HOLD_ENDS, holdEnd)) return null;
  if ((o.action === 'hold') !== (holdEnd !== null)) return null;
  return {
    at: o.at,
    site: o.site,
    chat: o.chat,
    reason: o.reason,
    streak: o.streak,
    kinds: [...new Set(o.kinds)],
    answer: o.answer,
    action: o.action,
    waitMinutes: o.waitMinutes,
    holdEnd,
  };
}
