import {
  type Bucket,
  type CompiledLanguage,
  compiledLanguage,
  LOWEST_STRENGTH,
  type ScannedRule,
} from './compile.ts';
import { explained } from './explain.ts';
import { foldText, NEEDS_RESHAPE, type NormalisedText, normalise, originalSpan } from './normalize.ts';
import { DEFAULT_LANGUAGE, rulesFor } from './rules/index.ts';
import { type FoundLeads, findLeads } from './scan.ts';
import { scorerFor } from './scorer/languages.ts';
import {
  isFragment,
  kindOf,
  leaningSpan,
  type ScoredStretch,
  scoreStretches,
  stretchesOf,
  tokensOf,
} from './scorer/score.ts';
import { hasTextedWords, spelledOut } from './spell-out.ts';
import type { Analysis, AnalyzeOptions, ProtestKind, ProtestMarker, Sensitivity } from './types.ts';

const QUOTE = 0x22;
/** How far back a reporting verb or an opening quote can reach. */
const CONTEXT_WINDOW = 120;
/** How far after a marker a joke cue still belongs to it. */
const BANTER_REACH = 20;
/**
 * How far a laughing emoji later in the marker's own sentence still belongs to it ("I feel left
 * out, all of you in yellow and me in blue 🤣"): a written laugh that far on may be about
 * something else, an emoji closing the sentence rarely is.
 */
const EMOJI_REACH = 80;

/**
 * Reads a draft: is it a protest, a boundary, or neither, and where are the words that make it so.
 * Pure and total: any string, any options, never throws; if something unexpected happens it
 * answers "not a protest", so a send is never held up by a bug.
 *
 * The learned scorer decides (scorer/), reading each sentence and each pair of neighbouring
 * sentences; the language's rules name what it found (their markers are the highlighted spans,
 * their kinds and lines the explanation) and are among the scorer's features. When the scorer
 * leans on words no rule names, the words it leans on most are the span.
 */
export function analyze(text: string, options?: AnalyzeOptions): Analysis {
  const original = typeof text === 'string' ? text : '';
  const language = options?.language ?? DEFAULT_LANGUAGE;
  try {
    return analyzeWithoutNet(original, language, options);
  } catch {
    return calm(original, language);
  }
}

/**
 * Builds a language's rule tables and scorer ahead of its first draft (a tenth of a second or so
 * on a slow machine), so the first send is read as fast as any other. Never throws: a table that
 * cannot be built answers "not a protest" at the send, as `analyze` does.
 */
export function prepareLanguage(language: string = DEFAULT_LANGUAGE): void {
  try {
    compiledLanguage(language);
    scorerFor(language);
  } catch {
    // `analyze` meets the same fault at the send and lets it through.
  }
}

/** The analysis itself, without the safety net: lets tests prove the net is never needed. */
export function analyzeWithoutNet(original: string, language: string, options?: AnalyzeOptions): Analysis {
  const scorer = scorerFor(language);
  const asked = options?.sensitivity;
  const sensitivity = asked === 'gentle' || asked === 'watchful' ? asked : 'balanced';
  if (scorer === null) {
    const markers = findMarkers(original, options);
    return markers.length === 0 ? calm(original, language) : found(original, language, markers, 1);
  }
  // Every rule speaks to the scorer, the mild ones too; the sensitivity sets the scorer's threshold.
  const ruled = findMarkers(original, { ...options, sensitivity: 'watchful' });
  const tokens = tokensOf(scorer, original);
  const stretches = scoreStretches(scorer, tokens, stretchesOf(original, tokens, ruled, scorer.jokes));
  let best: ScoredStretch | null = null;
  for (const stretch of stretches) if (best === null || stretch.protest > best.protest) best = stretch;
  const score = best?.protest ?? 0;
  const limits = stretches.filter((stretch) => stretch.boundary >= scorer.boundaryThreshold);
  if (limits.length > 0) {
    // A limit said with a joke cue in its sentence ("leave me alone haha", "blocked 😂 jk") is
    // banter, not a boundary; it is not paused either, so nothing a boundary is kept from is lost.
    // The sentence is read whole (a clause of it may hold the limit, and the laugh end it).
    const laughed = (limit: ScoredStretch) =>
      stretches.some(
        (sentence) =>
          !sentence.stretch.joined &&
          sentence.start <= limit.start &&
          sentence.end >= limit.end &&
          original.slice(sentence.start, sentence.end).search(scorer.jokes) !== -1,
      );
    return { ...calm(original, language), score, boundary: !limits.every(laughed) };
  }
  // A protest when the scorer is sure of it, or when a rule of the chosen sensitivity names it and
  // the scorer does not doubt it: the rules' own spans in those stretches are what is highlighted.
  const threshold = scorer.thresholds[sensitivity];
  // One watchful pass of the rules serves every sensitivity: each keeps the markers its rules are
  // strong enough for, so a more watchful setting never confirms or names less than a gentler one.
  const named = atLeast(ruled, sensitivity);
  const inside = (marker: ProtestMarker, stretch: ScoredStretch) =>
    marker.start < stretch.end && marker.end > stretch.start;
  const protesting = stretches.filter(
    (stretch) =>
      (stretch.protest >= threshold && !isFragment(stretch.stretch)) ||
      (stretch.protest >= scorer.ruleConfirm[sensitivity] && named.some((marker) => inside(marker, stretch))),
  );
  if (best === null || protesting.length === 0) return { ...calm(original, language), score };
  // Each protesting stretch, most protest-like first, shows the spans of the chosen sensitivity's
  // rules inside it, else the next more watchful rules' (so a gentler setting never names a kind a
  // more watchful one would not), else the words the scorer leans on — unless a span of that kind
  // already shows there. Rule spans are never skipped for overlapping another: which stretches
  // overlap differs between sensitivities, and a more watchful one must name every kind a gentler does.
  const levels = [named, ...(sensitivity === 'gentle' ? [atLeast(ruled, 'balanced')] : []), ruled];
  const markers: ProtestMarker[] = [];
  for (const stretch of [...protesting].sort((a, b) => b.protest - a.protest)) {
    const ruledHere = levels
      .map((level) => level.filter((marker) => inside(marker, stretch)))
      .find((list) => list.length > 0);
    if (ruledHere) {
      for (const marker of ruledHere) if (!markers.includes(marker)) markers.push(marker);
      continue;
    }
    const kind = kindOf(scorer, stretch.stretch);
    if (markers.some((marker) => marker.kind === kind && inside(marker, stretch))) continue;
    markers.push({
      kind,
      ruleId: 'model',
      ...leaningSpan(scorer, stretch.stretch),
      explanation: explanationOf(language, kind),
    });
  }
  markers.sort((a, b) => a.start - b.start);
  return found(original, language, markers, score);
}

function found(text: string, language: string, markers: ProtestMarker[], score: number): Analysis {
  const kinds: ProtestKind[] = [];
  for (const marker of markers) if (!kinds.includes(marker.kind)) kinds.push(marker.kind);
  const quoted = markers.map((marker) => explained(marker, text));
  return { text, protest: true, kinds, markers: quoted, score, boundary: false, language };
}

/** The line under words the scorer leans on: never a quote of them (`KindRules.unquoted`). */
function explanationOf(language: string, kind: ProtestKind): string {
  const rules = rulesFor(language)?.kinds[kind];
  return rules?.unquoted ?? rules?.explanation ?? '';
}

/**
 * The rules alone: every marker their table finds at the sensitivity, after the context checks
 * (quotes, reported speech, a joke cue just after). Not itself a verdict; `analyze` decides.
 */
export function findMarkers(original: string, options?: AnalyzeOptions): ProtestMarker[] {
  const language = compiledLanguage(options?.language);
  if (language === null) return [];
  const sensitivity = options?.sensitivity;
  const scanner =
    sensitivity === 'gentle' || sensitivity === 'watchful'
      ? language.scanners[sensitivity]
      : language.scanners.balanced;
  // Most drafts only need lower-casing (and perhaps a quote straightened), which keeps every
  // offset in place. Squeezed letters, doubled spaces and invisible characters need the
  // normalised copy and its offset map.
  const lower = original.toLowerCase();
  const { spelling } = language;
  const texted = spelling !== null && hasTextedWords(lower, spelling);
  if (
    !texted &&
    lower.length === original.length &&
    !NEEDS_RESHAPE.test(lower) &&
    findLeads(lower, scanner, foundLeads)
  ) {
    if (foundLeads.count === 0) return [];
    const text = foundLeads.needsFolding ? foldText(lower) : lower;
    return new MarkerCollector(text, null, language).collect(foundLeads);
  }
  const normalised = readForRules(original, language, lower);
  findLeads(normalised.text, scanner, foundLeads);
  if (foundLeads.count === 0) return [];
  return new MarkerCollector(normalised.text, normalised, language).collect(foundLeads);
}

/**
 * The draft as the rules read it: normalised, then its texted words spelled out ("ignorin",
 * "nvr"), so the rules read them as the words they stand for.
 */
export function readForRules(
  original: string,
  language: CompiledLanguage,
  lower = original.toLowerCase(),
): NormalisedText {
  const normalised = normalise(original, lower);
  return language.spelling === null ? normalised : spelledOut(normalised, language.spelling);
}

/** The strength of the rule behind each marker, for reading one watchful pass at any sensitivity. */
const strengths = new WeakMap<ProtestMarker, number>();
const atLeast = (markers: readonly ProtestMarker[], sensitivity: Sensitivity) =>
  markers.filter((marker) => (strengths.get(marker) ?? 0) >= LOWEST_STRENGTH[sensitivity]);

/** Scratch space for one analysis at a time: analysis never runs inside another. */
const foundLeads: FoundLeads = { buckets: [], starts: [], count: 0, needsFolding: false };

function calm(text: string, language: string): Analysis {
  return { text, protest: false, kinds: [], markers: [], score: 0, boundary: false, language };
}

/** Tries the rules where their leads stand and keeps the markers that survive the context checks. */
class MarkerCollector {
  private markers: ProtestMarker[] | null = null;
  private readonly lastOfKind: (ProtestMarker | undefined)[] = [];
  private quotesBefore = 0;
  private quotesCounted = 0;
  private lastQuote = -2;

  constructor(
    /** What the rules read: the lower-cased draft, or its normalised copy. */
    private readonly text: string,
    private readonly normalised: NormalisedText | null,
    private readonly language: CompiledLanguage,
  ) {}

  collect(leads: FoundLeads): ProtestMarker[] {
    for (let i = 0; i < leads.count; i++) {
      const bucket = leads.buckets[i];
      const start = leads.starts[i];
      if (bucket !== undefined && start !== undefined) this.tryBucket(bucket, start);
    }
    return this.markers ?? [];
  }

  private tryBucket(bucket: Bucket, start: number): void {
    const text = this.text;
    for (const { pattern, rule } of bucket) {
      pattern.lastIndex = start;
      if (!pattern.test(text)) continue;
      const end = pattern.lastIndex;
      if (end === start || this.insideQuotes(text, start, end)) return;
      if (this.isReported(text, start) || this.isBanter(text, start, end)) return;
      this.keep(rule, start, end);
      return;
    }
  }

  private keep(rule: ScannedRule, start: number, end: number): void {
    let from = start;
    let to = end;
    if (this.normalised !== null) [from, to] = originalSpan(this.normalised, start, end);
    const previous = this.lastOfKind[rule.kindIndex];
    // Overlapping finds of one kind ("hello? hello??") read as one marker.
    if (previous !== undefined && from < previous.end) {
      previous.end = Math.max(previous.end, to);
      strengths.set(previous, Math.max(strengths.get(previous) ?? 0, rule.strength));
      return;
    }
    const marker = {
      kind: rule.kind,
      ruleId: rule.ruleId,
      start: from,
      end: to,
      explanation: rule.explanation,
    };
    strengths.set(marker, rule.strength);
    this.markers ??= [];
    this.markers.push(marker);
    this.lastOfKind[rule.kindIndex] = marker;
  }

  /** Inside a pair of double quotes: someone else's words, or a title. */
  private insideQuotes(text: string, start: number, end: number): boolean {
    if (this.lastQuote === -2) this.lastQuote = text.lastIndexOf('"');
    if (this.lastQuote < end) return false;
    for (; this.quotesCounted < start; this.quotesCounted++) {
      if (text.charCodeAt(this.quotesCounted) === QUOTE) this.quotesBefore++;
    }
    return this.quotesBefore % 2 === 1;
  }

  /** In reported speech or a denial earlier in the clause: "she said 'you never listen'". */
  private isReported(text: string, start: number): boolean {
    if (start === 0) return false;
    if (opensSingleQuote(text, start)) return true;
    let from = start;
    while (from > 0 && start - from < CONTEXT_WINDOW && !isClauseEnd(text.charCodeAt(from - 1))) from--;
    if (from === start) return false;
    const clause = text.slice(from, start);
    const reported = this.language.reportedSpeech;
    if (!reported.test(clause)) return false;
    // Only the part of the clause after its last joining word ("…and you never…") counts.
    const breaks = this.language.clauseBreaks;
    breaks.lastIndex = 0;
    let after = 0;
    for (let found = breaks.exec(clause); found !== null; found = breaks.exec(clause)) {
      after = found.index + found[0].length;
    }
    return reported.test(clause.slice(after));
  }

  /**
   * A joke cue right after the marker ("thanks for nothing lol jk"), or just before it in the same
   * sentence ("haha ok mr busy").
   */
  private isBanter(text: string, start: number, end: number): boolean {
    if (this.laughsBefore(text, start)) return true;
    if (end === text.length) return false;
    // Only the rest of the sentence matters, so only it is searched, however long the draft.
    const after = text.slice(end, end + EMOJI_REACH);
    const cues = this.language.banterCues;
    cues.lastIndex = 0;
    const cue = cues.exec(after);
    if (cue === null) return false;
    const near = cue.index <= BANTER_REACH;
    if (!near && isLetter(cue[0].charCodeAt(0))) return false;
    // A near cue counts in the marker's own sentence ("why are you ignoring me lol jk") and where it
    // opens the next one ("why are you ignoring me? haha jk"), not after words of a later sentence;
    // a farther emoji only in the marker's own sentence.
    let ended = false;
    for (let i = 0; i < cue.index; i++) {
      const code = after.charCodeAt(i);
      if (isSentenceEnd(code)) {
        if (!near) return false;
        ended = true;
      } else if (ended && (isLetter(code) || (code >= 0x30 && code <= 0x39))) return false;
    }
    return true;
  }

  private laughsBefore(text: string, start: number): boolean {
    const from = Math.max(0, start - BANTER_REACH);
    const before = text.slice(from, start);
    const cues = this.language.banterCues;
    cues.lastIndex = 0;
    let last = -1;
    for (let cue = cues.exec(before); cue !== null; cue = cues.exec(before)) {
      last = cue.index + cue[0].length;
      // A table's cue that can match nothing must not hold the loop in place.
      if (cue[0].length === 0) cues.lastIndex += 1;
    }
    if (last < 0) return false;
    for (let i = last; i < before.length; i++) if (isSentenceEnd(before.charCodeAt(i))) return false;
    return true;
  }
}

function isSentenceEnd(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x0a;
}

function isClauseEnd(code: number): boolean {
  return isSentenceEnd(code) || code === 0x2c || code === 0x3b;
}

function isLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

/**
 * Whether the marker sits after an opening single quote that has not closed yet. Reading back:
 * an apostrophe inside a word ("don't") is passed over; one after a space, bracket or the start
 * and before a letter opens a quote; any other one closes a quote.
 */
function opensSingleQuote(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0 && start - i <= CONTEXT_WINDOW; i--) {
    const code = text.charCodeAt(i);
    if (code !== 0x27 && code !== 0x2019) continue;
    const before = i > 0 ? text.charCodeAt(i - 1) : 0x20;
    const letterAfter = isLetter(text.charCodeAt(i + 1));
    if (!letterAfter) return false;
    if (before === 0x20 || before === 0x0a || before === 0x28 || before === 0x5b) return true;
  }
  return false;
}
