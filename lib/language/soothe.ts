import type { ProtestKind, SelfSootheStep, SootheContext } from './types.ts';

/** With this many messages already unanswered, the next is the playbook's fourth text: wait first. */
const LONG_STREAK = 3;

const STEPS = {
  walk: {
    id: 'walk',
    title: 'Take a ten-minute walk',
    detail:
      'Phone in your pocket, once around the block. Let your body walk off some of the urgency, then read your message again.',
  },
  journal: {
    id: 'journal',
    title: 'Write one line first',
    detail:
      'Open a note and finish the sentence “Right now I’m afraid that…”. Putting it on the page takes some of the sting out, and shows you what you really want to ask for.',
  },
  callFriend: {
    id: 'call-friend',
    title: 'Call a friend',
    detail:
      'Ring someone who’s on your side and talk it through for five minutes. Being heard can settle what another message won’t.',
  },
  breathe: {
    id: 'breathe',
    title: 'One minute of slow breathing',
    detail:
      'Breathe in for four, out for six, for one minute. Your body calms down before your thoughts do — then decide what to send.',
  },
} as const satisfies Record<string, SelfSootheStep>;

function timer(streak: number, lateNight: boolean): SelfSootheStep {
  // A longer silence gets a longer pause, up to half an hour; at night, long enough to sleep on it.
  const minutes = lateNight ? 30 : Math.min(30, 10 * (streak - 2));
  return {
    id: 'timer',
    title: `Set a ${minutes}-minute timer before deciding`,
    detail: lateNight
      ? 'Everything feels bigger late at night. Put the phone face down for half an hour — or sleep on it. Your message will still be here in the morning.'
      : `Silence is hard. Put the phone face down for ${minutes} minutes; if you still want to send this when the timer rings, it will still be here.`,
    minutes,
  };
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
