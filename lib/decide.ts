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
}

export type NudgeReason = 'streak' | 'protest' | 'streak+protest';

export interface Nudge {
  reason: NudgeReason;
  /** The streak the paused message would extend; the message itself would be number streak + 1. */
  streak: number;
  analysis: Analysis;
  /** Softer versions to cycle through, the first shown first; none for a boundary or a calm draft. */
  rewrites: string[];
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
  if (!chasing && !analysis.protest) return null;
  // Asked only now: the page is read for them only when a nudge would otherwise show.
  if (attempt.group && !settings.groupChats) return null;
  if (settings.mutedChats.some((muted) => attempt.chats.includes(muted.chat))) return null;

  return {
    reason: chasing && analysis.protest ? 'streak+protest' : chasing ? 'streak' : 'protest',
    streak: attempt.streak,
    analysis,
    rewrites: softerVersions(analysis, { hour: attempt.hour, day: attempt.day }),
    soothe: selfSootheStep({ hour: attempt.hour, unansweredStreak: attempt.streak, kinds: analysis.kinds }),
  };
}
