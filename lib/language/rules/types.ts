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
  /**
   * The line for words the scorer leans on where no rule names the protest, when `explanation`
   * quotes the highlight: those words ("me since", "then") are not always a phrase to quote.
   */
  unquoted?: string;
  markers: readonly MarkerRule[];
}

/**
 * A way a protest carries a request inside it: "you never ring me on your lunch break" asks for a
 * call on the lunch break. The pattern (over normalised text) names the asked-for act with a
 * group `(?<act>…)`; the request puts the person's own words back, e.g. "Could you {act}{when}?".
 */
export interface AskRule {
  pattern: string;
  request: string;
  /**
   * The time the request names: "soon" (the next good moment for the hour), "next" (for a past
   * event: "next time") or none. A habit ("listen when I talk about work") never gets one.
   */
  when: 'soon' | 'next' | 'none';
  /**
   * What the act must start with: a verb of something a person can do on request ("act", the
   * default), of a habit they could drop ("habit": "Could you try not to…"), or anything
   * ("thing": "you forgot my birthday" → "remember my birthday").
   */
  starts?: 'act' | 'habit' | 'thing';
}

/**
 * How a thing counted one by one ("I've sorted every bill") is asked about: all of them ("the
 * bills"), never a lone singular that reads like a name ("take turns with bill").
 */
export interface CountedThings {
  /** The phrase that stands for all of them; `{things}` is the plural. */
  all: string;
  /** Plural endings as [pattern over the word, replacement], the first that matches used. */
  plurals: readonly (readonly [string, string])[];
}

/** A subject a draft may be about, used to keep the softer version on topic. */
export interface TopicHint {
  id: string;
  /** Pattern over normalised text; a group `(?<topic>…)` is the word the request echoes. */
  pattern: string;
  /** Requests about this topic; `{topic}`, `{soon}`, `{share}`, `{week}` and `{back}` are filled in. */
  requests: readonly string[];
  /** How an echoed word reads in a request ("insta" → "phone"). */
  names?: Readonly<Record<string, string>>;
}

/** Parts of the day a time word depends on (local time): night 0–5, morning 6–11, afternoon 12–16, evening 17–20, late 21–23. */
export type PartOfDay = 'night' | 'morning' | 'afternoon' | 'evening' | 'late';

/** Words for one kind of "when", by part of the day. */
export interface TimeWords {
  byPart: Readonly<Record<PartOfDay, string>>;
  /** Used instead on a Friday afternoon or evening, where the weekend is the natural time. */
  friday?: string;
}

export interface SofterRewriteCopy {
  /** Where the person's own clause holds the request, tried in order. */
  asks: readonly AskRule[];
  /** Words an asked-for act may start with (base forms): things a person can do on request. */
  actVerbs: readonly string[];
  /** Words a habit a person could drop may start with ("leave", "interrupt"), besides the act verbs. */
  habitVerbs: readonly string[];
  /** Past forms that are not the base plus -ed ("rang" → "ring", "told" → "tell"). */
  pastForms: Readonly<Record<string, string>>;
  /** Words dropped from an act wherever they stand ("even", "fucking", "bother to"). */
  fillers: readonly string[];
  /** Where an act ends: after these, the clause is about something else ("but", "and you"). */
  actEnds: string;
  /** Words that make an act a habit rather than a moment, so the request names no time. */
  habitWords: string;
  /** Texting spellings made plain when the person's words are put back ("u" → "you"). */
  spellings: Readonly<Record<string, string>>;
  /** Insults and hostile words: never carried into a softer version (an act stops before one). */
  hostile: readonly string[];
  /** Hostile words with a plain stand-in, kept in the act instead of ending it ("crap" → "stuff"). */
  swaps: Readonly<Record<string, string>>;
  /** Texting spellings whose reading depends on the next word ("ur at the pub" → "you’re"). */
  contextual: readonly { word: string; before: string; spelled: string }[];
  /** A pattern's `(?<every>…)` group marks its act as a thing counted one by one. */
  countedThings: CountedThings;
  /** Acts that read better said another way ("have time for me" → "make some time for me"). */
  actPhrases: Readonly<Record<string, string>>;
  /** Short reasons after a request, so it reads as a wish rather than an order. */
  reasons: readonly string[];
  /** A first sentence that carries the feeling a kind expresses, where it expresses one. */
  leads: Readonly<Partial<Record<ProtestKind, readonly string[]>>>;
  /**
   * The kind's own version, a feeling it expresses ("" for none) then a request, put together: used
   * first for kinds whose request is the kind itself (an answer, a pause), last for the others.
   */
  kinds: Readonly<
    Record<
      ProtestKind,
      {
        feelings: readonly string[];
        requests: readonly string[];
        /** Topics whose request answers this kind best, so they come first ("pick up!" → a call back). */
        topics?: readonly string[];
        /** Requests naming what the draft was about (`{subject}`: "last night", "your phone"), used first when it names one. */
        about?: readonly string[];
      }
    >
  >;
  /** Acts too vague to ask for ("do this", "be like that"): the topic or the kind speaks instead. */
  vagueActs: string;
  /**
   * What a question is about, for kinds whose versions can name it: a time or a place or a thing
   * ("who were you with last night" → "last night"). A group `(?<subject>…)` names it.
   */
  subjects: string;
  /** Any thing the protest's sentence names ("the tap", "my interview"), when `subjects` finds none. */
  anySubject: string;
  /** Kinds whose own versions come before a topic's: the request is the kind, not the subject. */
  kindFirst: readonly ProtestKind[];
  topics: readonly TopicHint[];
  /** Times a draft may name itself ("on Saturday"), kept unless the day is today. */
  named: readonly { pattern: string; words: string; day?: number }[];
  /** The time words Softer chooses from the local hour: when to talk, to share a chore, to come back. */
  times: Readonly<Record<'soon' | 'share' | 'week' | 'back' | 'next', TimeWords>>;
  /**
   * The narrated pause the person who goes quiet is offered: `{pause}` is how long (in the words
   * below), `{clock}` the time they will be back by.
   */
  narration: {
    script: string;
    /** The clock when the time to be back by falls on the next day. */
    nextDay: string;
    /** "in {pause}": the time word a narrated pause in a softer version uses. */
    within: string;
    /** `{n}` minutes; exactly an hour; an hour and a half; `{n}` whole hours. */
    minutes: string;
    hour: string;
    hourAndHalf: string;
    hours: string;
  };
}

/** Everything language-specific. A new language is a new table of this shape, not new code. */
/**
 * Which kind of protest a stretch the scorer found is, when no rule names it: each kind's cues,
 * separated by commas, each a word or words read as the scorer reads words (tokens.ts). The kind
 * with the most cues in the stretch is named, the earlier in the list on a tie; with none,
 * `otherwise`.
 */
export interface KindCues {
  kinds: readonly (readonly [ProtestKind, string])[];
  otherwise: ProtestKind;
}

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
  /**
   * How the language is texted: spellings read as words ("u" → "you"), by the scorer and, spelled
   * out, by the rules (spell-out.ts).
   */
  texting: Readonly<Record<string, string>>;
  /**
   * Texted spellings the rules read as typed, not spelled out: the table's shorthands already read
   * them (`{you}` is "you" or "u"), or a rule tells them apart from the spelled-out words ("k." is
   * curter than "ok.") or reads them otherwise ("ur late" is "you're late").
   */
  rulesReadAsTyped: readonly string[];
  kindCues: KindCues;
  /** The learned scorer's weights and thresholds, written by `npm run train`. */
  model: ScorerData;
}
