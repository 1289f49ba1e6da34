import type { ScorerData } from '../scorer/score.ts';
import type { ProtestKind } from '../types.ts';

/** 3: flagged even at the gentle sensitivity; 2: balanced (the default); 1: only when watchful. */
export type MarkerStrength = 1 | 2 | 3;

/**
 * One way a protest marker shows up. The pattern is a regular expression over normalised text
 * (lower case, straight quotes, single spaces, letter runs of three or more squeezed to one) and
 * may use the table's `{macros}`. It must not contain capturing groups: the engine numbers its own.
 * Context that rules the phrase out (praise after "you always", "do" before it) belongs in the
 * pattern as lookarounds, so another reading at the same spot can still match.
 */
export interface MarkerRule {
  /**
   * Stable name for the rule, kebab-case after a short code for its kind ("gc.you-always-never"),
   * so a marker, a report or a test can say which phrasing spoke.
   */
  id?: string;
  strength: MarkerStrength;
  pattern: string;
  /** Overrides the kind's line when this phrasing deserves its own. */
  explanation?: string;
  /**
   * Drafts the rule must flag, each on its own at the watchful sensitivity; together they use
   * every top-level alternative of the pattern.
   */
  flags?: readonly string[];
  /** Look-alikes the rule must let through: praise, a question, a third person, banter… */
  allows?: readonly string[];
}

export interface KindRules {
  /** The kind-hearted line shown under a highlight of this kind. */
  explanation: string;
  markers: readonly MarkerRule[];
}

/** A subject a draft may be about, used to keep the softer rewrite on topic. */
export interface TopicHint {
  id: string;
  /** Pattern over normalised text that signals the topic. */
  pattern: string;
  /** Requests about this topic; `{when}` becomes a time found in the draft or the default. */
  requests: readonly string[];
  /** I-statements that fit this topic better than the kind's own (being stretched thin by chores). */
  openers?: readonly string[];
}

export interface SofterRewriteCopy {
  /** Blame-free I-statements that open the rewrite, per kind of protest. */
  openers: Readonly<Record<ProtestKind, readonly string[]>>;
  topics: readonly TopicHint[];
  /** Requests when no topic is found. */
  fallbackRequests: readonly string[];
  /** Times a draft may name, each with the words used for it in a request. */
  times: readonly { pattern: string; words: string }[];
  defaultTime: string;
}

/** Everything language-specific. A new language is a new table of this shape, not new code. */
export interface LanguageRules {
  code: string;
  /** Shorthands usable in patterns as `{name}`: spellings, contractions, clause edges. */
  macros: Readonly<Record<string, string>>;
  /**
   * Words that, earlier in the same clause, turn what follows into reported speech or a denial
   * ("she said…", "I never said…", "not that…"): markers there are quoted, not meant.
   */
  reportedSpeech: string;
  /** Joke cues; one just after a marker, in the same clause ("…lol jk"), means it was banter. */
  banterCues: string;
  /**
   * Words that end a clause's reach for `reportedSpeech` ("…and you never…"), on top of the
   * punctuation that always does (. ! ? ; , and line breaks).
   */
  clauseBreaks: string;
  kinds: Readonly<Record<ProtestKind, KindRules>>;
  softer: SofterRewriteCopy;
  /** How the language is texted: spellings the scorer reads as words ("u" → "you"). */
  texting: Readonly<Record<string, string>>;
  /** The learned scorer's weights and thresholds, written by `npm run train`. */
  model: ScorerData;
}
