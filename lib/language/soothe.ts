import type { ProtestKind, SelfSootheStep, SootheContext } from './types.ts';

/** With this many messages already unanswered, the next is the playbook's fourth text: wait first. */
const LONG_STREAK = 3;

const STEPS = {
  walk: { id: 'walk' },
  journal: { id: 'journal' },
  callFriend: { id: 'call-friend' },
  breathe: { id: 'breathe' },
} as const satisfies Record<string, SelfSootheStep>;

function timer(streak: number, lateNight: boolean): SelfSootheStep {
  // A longer silence gets a longer pause, up to half an hour; at night, long enough to sleep on it.
  const minutes = lateNight ? 30 : Math.min(30, 10 * (streak - 2));
  return lateNight ? { id: 'timer', minutes, night: true } : { id: 'timer', minutes };
}

/** Wraps any hour into 0–23; a missing hour counts as night, where only the quiet steps are offered. */
function hourOfDay(hour: number): number {
  return Number.isFinite(hour) ? ((Math.floor(hour) % 24) + 24) % 24 : 0;
}

const has = (kinds: readonly ProtestKind[], ...wanted: ProtestKind[]) =>
  wanted.some((kind) => kinds.includes(kind));

/**
 * One step from the playbook to take before sending, chosen from the time of day, how long the
 * silence has lasted and what the draft sounds like. Same context, same step. Never a walk late
 * at night, never a call to a friend at 3am.
 */
export function selfSootheStep(ctx: SootheContext): SelfSootheStep {
  const hour = hourOfDay(ctx.hour);
  const streak = Number.isFinite(ctx.unansweredStreak) ? Math.max(0, Math.floor(ctx.unansweredStreak)) : 0;
  const kinds = Array.isArray(ctx.kinds) ? ctx.kinds : [];
  const lateNight = hour >= 22 || hour < 7;
  const canWalk = hour >= 7 && hour < 21;
  const canCall = hour >= 9 && hour < 21;

  if (streak >= LONG_STREAK) return timer(streak, lateNight);
  // Checking and pinging: get the phone out of your hand.
  if (has(kinds, 'surveillance', 'demand-ping')) return { ...(canWalk ? STEPS.walk : STEPS.breathe) };
  // Hurt that wants words: give it a page before it goes to them.
  if (has(kinds, 'judgement-feeling', 'guilt-score-keeping')) return { ...STEPS.journal };
  // Heat: move, or slow the breath.
  if (has(kinds, 'globalizing-criticism', 'contempt-sarcasm'))
    return { ...(canWalk ? STEPS.walk : STEPS.breathe) };
  // Questions that circle: say them to someone on your side first.
  if (has(kinds, 'blame-question')) return { ...(canCall ? STEPS.callFriend : STEPS.journal) };
  return { ...STEPS.breathe };
}
