import { type Agreement, type HonouredPause, honouredPause } from './agreement.ts';
import { analyze } from './language/analyze.ts';
import { softerVersions } from './language/softer/versions.ts';
import { selfSootheStep } from './language/soothe.ts';
import type { Analysis, SelfSootheStep } from './language/types.ts';
import { inQuietHours, type Settings, type SiteId } from './settings.ts';

/** Everything the guard knows at the moment of a send attempt. */
export interface SendAttempt {
  site: SiteId;
  draft: string;
  /** Own messages already unanswered in this chat (within the rapid follow-up window). */
  streak: number;
  /** May be a getter: it is read only when a nudge would otherwise show. */
  group: boolean;
  /** May be a getter, like `group`. Salted hashes of every name the page gives the chat (lib/sites/types.ts ChatIdentity), steadiest first. */
  chats: string[];
  now: number;
  /** Local hour of `now`, 0–23; passed in so this module never reads a clock or a time zone. */
  hour: number;
  /** Local weekday of `now`, 0 (Sunday) – 6, for the time words of a softer version. */
  day: number;
  /** The couple's agreement (lib/agreement.ts): its pause signal, longest pause and words to quote. */
  agreement: Agreement;
  /** May be a getter, read only when needed: the other side's newest message, for the pause signal. */
  theirNewest: { text: string; at: number | null } | null;
}

export type NudgeReason = 'streak' | 'protest' | 'streak+protest' | 'pause-signal';

export interface Nudge {
  reason: NudgeReason;
  /** The streak the paused message would extend; the message itself would be number streak + 1. */
  streak: number;
  analysis: Analysis;
  /** Softer versions to cycle through, the first shown first; none for a boundary or a calm draft. */
  rewrites: string[];
  /** The pause the other side asked for with the agreed signal, when that is why this send waits. */
  pause: HonouredPause | null;
  /** What the agreement says about enough connection, quoted on a streak card; null when unwritten. */
  agreementQuote: string | null;
  soothe: SelfSootheStep;
}

/**
 * Should this one send be paused? Null means "let it through untouched" — the answer for
 * everything that is neither a follow-up into silence nor protest phrasing.
 */
export function decideNudge(attempt: SendAttempt, settings: Settings): Nudge | null {
  if (!settings.sites[attempt.site]) return null;
  if (attempt.draft.trim() === '') return null;
  if (settings.pausedUntil > attempt.now) return null;
  if (inQuietHours(settings.quietHours, attempt.hour)) return null;

  const analysis = analyze(attempt.draft, { sensitivity: settings.sensitivity });
  // A boundary ("leave me alone", "don't text me again") is never paused, for its phrasing or for
  // the silence before it: holding back someone's limit could hurt them.
  if (analysis.boundary) return null;
  const chasing = attempt.streak >= settings.nudgeAfter;
  // The other side asked for a pause with the agreed signal: every send in that chat waits for
  // it, whatever its words. A 1:1 pause only; a group's message is not a partner's signal.
  const signalled = honouredPause(attempt.theirNewest, attempt.agreement, attempt.now);
  if (!chasing && !analysis.protest && !signalled) return null;
  // Asked only now: the page is read for them only when a nudge would otherwise show.
  const group = attempt.group;
  const pause = group ? null : signalled;
  if (!chasing && !analysis.protest && !pause) return null;
  if (group && !settings.groupChats) return null;
  if (settings.mutedChats.some((muted) => attempt.chats.includes(muted.chat))) return null;

  return {
    reason: pause
      ? 'pause-signal'
      : chasing && analysis.protest
        ? 'streak+protest'
        : chasing
          ? 'streak'
          : 'protest',
    streak: attempt.streak,
    analysis,
    rewrites: softerVersions(analysis, {
      hour: attempt.hour,
      day: attempt.day,
      pauseMinutes: attempt.agreement.maxPauseMinutes,
    }),
    pause,
    agreementQuote: attempt.agreement.enough || null,
    soothe: selfSootheStep({ hour: attempt.hour, unansweredStreak: attempt.streak, kinds: analysis.kinds }),
  };
}
