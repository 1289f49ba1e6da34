/** The kinds of protest phrasing Softer recognises (DESIGN.md, "The research behind the nudge"). */
export const PROTEST_KINDS = [
  'globalizing-criticism',
  'blame-question',
  'demand-ping',
  'surveillance',
  'stonewalling-exit',
  'guilt-score-keeping',
  'contempt-sarcasm',
  'judgement-feeling',
] as const;

export type ProtestKind = (typeof PROTEST_KINDS)[number];

/** How readily the protest check fires; chosen by the user on the options page. */
export type Sensitivity = 'gentle' | 'balanced' | 'watchful';

/** One stretch of the draft that reads as protest. Offsets index the original string (UTF-16). */
export interface ProtestMarker {
  kind: ProtestKind;
  /** Which rule of the language's table found it ("gc.you-always-never"), or "model" for a span the scorer chose. */
  ruleId: string;
  start: number;
  end: number;
  /** One kind-hearted line the overlay shows under the highlight. */
  explanation: string;
}

export interface Analysis {
  text: string;
  protest: boolean;
  kinds: ProtestKind[];
  markers: ProtestMarker[];
  /** How protest-like the most protest-like stretch of the message reads, 0–1 (the learned scorer). */
  score: number;
  /**
   * A limit on contact or an ending ("don't ever text me again", "leave me alone", "it's over"):
   * never a protest, never paused for its phrasing, never rewritten.
   */
  boundary: boolean;
  /** The language the message was read in. */
  language: string;
}

export interface AnalyzeOptions {
  sensitivity?: Sensitivity;
  /** Language code of the protest-marker table to use; English when left out. */
  language?: string;
}

/**
 * A self-soothe step from the playbook, chosen from its context. Its words are the UI's
 * (locales/, `soothe.*`), in the browser's language.
 */
export interface SelfSootheStep {
  id: 'walk' | 'journal' | 'call-friend' | 'breathe' | 'timer';
  /** For the timer step: minutes to wait before deciding. */
  minutes?: number;
  /** For the timer step: late at night, when sleeping on it is the kinder offer. */
  night?: boolean;
}

export interface SootheContext {
  /** Local hour of day, 0–23. */
  hour: number;
  /** Own messages since the other side last replied. */
  unansweredStreak: number;
  kinds: readonly ProtestKind[];
}
