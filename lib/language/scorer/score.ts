import type { KindCues } from '../rules/types.ts';
import type { ProtestKind, ProtestMarker, Sensitivity } from '../types.ts';
import { featureHash, MessageFeatures, type Stretch, type StretchRule } from './features.ts';
import { packCoded, unpackCoded } from './packed.ts';
import { compileLexicon, type Lexicon, sentences, type Token, tokenize } from './tokens.ts';

/**
 * The learned part of the language engine: two linear models over the features of each stretch of
 * a message (features.ts), trained offline by `npm run train` (lib/cli/train.ts) and shipped as data
 * beside the language's rules. A message scores what its most protest-like stretch scores — a
 * sentence, or two neighbouring ones — so an ordinary sentence before or after a protest never
 * hides it.
 */

/**
 * Weights ship as whole hundredths: finer steps change no score by more than rounding noise, and
 * the coarser numbers keep the shipped model small.
 */
export const WEIGHT_UNIT = 100;
/** The largest weight the engine's table holds, in hundredths (a 16-bit number). */
export const LARGEST_WEIGHT = 0x7fff;

/** The model as `npm run train` writes it (`packModel`). */
export interface ScorerData {
  version: number;
  /** The protest model's bias and the boundary model's. */
  bias: Readonly<{ protest: number; boundary: number }>;
  /**
   * Every feature slot either model weighs, in ascending order, each written as its distance from
   * the one before (small numbers, which keep the shipped data small), coded (`packCoded`).
   */
  slots: string;
  /**
   * The weights in hundredths, coded (`packCoded`): the boundary model's at every slot (0: none),
   * and the protest model's in two lists, at the slots the boundary model weighs (0: none) and at
   * the rest (never 0). Apart, each list's numbers are alike and code tighter (1.6 kB gzip less).
   */
  weights: Readonly<{ boundary: string; protest: string; protestAlone: string }>;
  /** The protest score at which each sensitivity pauses, chosen on the development split only. */
  thresholds: Readonly<Record<Sensitivity, number>>;
  boundaryThreshold: number;
  /** See `lengthScale`. */
  fullWeightFeatures: number;
  /** The lower score at which a rule of the chosen sensitivity, having fired, is confirmed. */
  ruleConfirm: Readonly<Record<Sensitivity, number>>;
  /** What it was trained on, for the record. */
  trainedOn: Readonly<Record<string, number>>;
}

/** How many slots' weights `Weights` keeps at hand (16 kB of them). */
const RECENT_BITS = 11;
const RECENT = 1 << RECENT_BITS;

/**
 * Both models' weights by feature slot, in one open-addressing table of typed arrays: the engine
 * looks up every feature of every stretch, and this reads them faster than a Map (the slowest 1 %
 * of messages took about a tenth longer with one); one look finds a slot's protest weight and its
 * boundary weight side by side.
 */
class Weights {
  private readonly slots: Int32Array;
  /**
   * The protest weight of the slot at each place, then its boundary weight, in whole hundredths as
   * shipped (small numbers: the table stays small enough to sit in the processor's cache).
   */
  private readonly values: Int16Array;
  private readonly mask: number;

  constructor(protest: ReadonlyMap<number, number>, boundary: ReadonlyMap<number, number>) {
    const every = new Set([...protest.keys(), ...boundary.keys()]);
    let size = 16;
    while (size < every.size * 2) size *= 2;
    this.mask = size - 1;
    // Slots are 20-bit numbers, never -1: -1 marks an empty place.
    this.slots = new Int32Array(size).fill(-1);
    this.values = new Int16Array(size * 2);
    for (const slot of every) {
      let at = this.place(slot);
      while (this.slots[at] !== -1) at = (at + 1) & this.mask;
      this.slots[at] = slot;
      this.values[at * 2] = protest.get(slot) ?? 0;
      this.values[at * 2 + 1] = boundary.get(slot) ?? 0;
    }
  }

  private place(slot: number): number {
    return (Math.imul(slot, 0x9e3779b1) >>> 12) & this.mask;
  }

  /** Where the slot's weights are in `values`, or -1 when neither model has one. */
  private find(slot: number): number {
    for (let at = this.place(slot); ; at = (at + 1) & this.mask) {
      const found = this.slots[at];
      if (found === slot) return at * 2;
      if (found === -1) return -1;
    }
  }

  /** One model's weights: 0 is the protest model's, 1 the boundary model's. */
  model(column: 0 | 1): { get(slot: number): number } {
    return {
      get: (slot) => {
        const at = this.find(slot);
        return at === -1 ? 0 : (this.values[at + column] as number) / WEIGHT_UNIT;
      },
    };
  }

  /**
   * The slots read lately and their two weights (0 for a slot neither model has), one place per
   * slot's hash, small enough to stay in the processor's nearest cache: a message reads each of
   * its words in several stretches, and common words in every message. The weights never change,
   * so what is kept here is always right.
   */
  private readonly recentSlots = new Int32Array(RECENT).fill(-1);
  private readonly recentValues = new Int16Array(RECENT * 2);

  /** The protest and the boundary sums of the slots' weights, into `sums`, in hundredths. */
  sum(slots: readonly number[], sums: Float64Array): void {
    let protest = 0;
    let boundary = 0;
    for (const slot of slots) {
      const place = Math.imul(slot, 0x9e3779b1) >>> (32 - RECENT_BITS);
      if (this.recentSlots[place] !== slot) {
        const at = this.find(slot);
        this.recentSlots[place] = slot;
        this.recentValues[place * 2] = at === -1 ? 0 : (this.values[at] as number);
        this.recentValues[place * 2 + 1] = at === -1 ? 0 : (this.values[at + 1] as number);
      }
      protest += this.recentValues[place * 2] as number;
      boundary += this.recentValues[place * 2 + 1] as number;
    }
    sums[0] = protest;
    sums[1] = boundary;
  }
}

/** A linear model as scores are read from it: the shipped one, or one the trainer is fitting. */
export interface LinearModel {
  bias: number;
  weights: { get(slot: number): number };
}

/** The data made ready to read messages with: the lexicon compiled, the weights in tables. */
export interface Scorer
  extends Pick<ScorerData, 'thresholds' | 'boundaryThreshold' | 'ruleConfirm' | 'fullWeightFeatures'> {
  lexicon: Lexicon;
  /** The language's joke cues (`jokeCues`). */
  jokes: RegExp;
  protest: LinearModel;
  boundary: LinearModel;
  /** Both models' weights, read together for each stretch. */
  weights: Weights;
  /** The language's kind cues as the words the scorer reads, found by their first word. */
  kindCues: {
    kinds: readonly ProtestKind[];
    startingWith: ReadonlyMap<string, readonly KindCue[]>;
    otherwise: ProtestKind;
  };
}

/** One kind cue: the words it is read as, and its kind's place in the language's list. */
interface KindCue {
  kind: number;
  words: readonly string[];
}

function cuesByFirstWord(kindCues: KindCues, lexicon: Lexicon): Map<string, KindCue[]> {
  const startingWith = new Map<string, KindCue[]>();
  kindCues.kinds.forEach(([, cues], kind) => {
    for (const cue of cues.split(',')) {
      const words = tokenize(cue, lexicon).map((token) => token.text);
      const first = words[0];
      if (first === undefined) continue;
      startingWith.set(first, [...(startingWith.get(first) ?? []), { kind, words }]);
    }
  });
  return startingWith;
}

/** Both models' weights in hundredths by slot (a slot a model leaves out weighs 0 there). */
export interface ModelWeights {
  protest: ReadonlyMap<number, number>;
  boundary: ReadonlyMap<number, number>;
}

/** The two models' weights as the model file holds them: one list of slots for both (`ScorerData`). */
export function packModel({ protest, boundary }: ModelWeights): Pick<ScorerData, 'slots' | 'weights'> {
  const slots = [...new Set([...protest.keys(), ...boundary.keys()])].sort((a, b) => a - b);
  const weighs = (slot: number) => (boundary.get(slot) ?? 0) !== 0;
  return {
    slots: packCoded(slots.map((slot, i) => slot - (slots[i - 1] ?? 0))),
    weights: {
      boundary: packCoded(slots.map((slot) => boundary.get(slot) ?? 0)),
      protest: packCoded(slots.filter(weighs).map((slot) => protest.get(slot) ?? 0)),
      protestAlone: packCoded(slots.filter((slot) => !weighs(slot)).map((slot) => protest.get(slot) ?? 0)),
    },
  };
}

/** What `packModel` packed; a slot a model leaves out is not in its map. */
export function unpackModel(data: Pick<ScorerData, 'slots' | 'weights'>): ModelWeights {
  const gaps = unpackCoded(data.slots);
  const weighs = unpackCoded(data.weights.boundary);
  const shared = unpackCoded(data.weights.protest);
  const alone = unpackCoded(data.weights.protestAlone);
  const sharedSlots = weighs.filter((b) => b !== 0).length;
  if (
    weighs.length !== gaps.length ||
    shared.length !== sharedSlots ||
    alone.length !== gaps.length - sharedSlots ||
    alone.includes(0)
  )
    throw new Error('unpackModel: the weights and the slots differ in number');
  const protest = new Map<number, number>();
  const boundary = new Map<number, number>();
  let slot = 0;
  let [atShared, atAlone] = [0, 0];
  gaps.forEach((gap, i) => {
    slot += gap;
    const b = weighs[i] as number;
    const p = (b !== 0 ? shared[atShared++] : alone[atAlone++]) as number;
    if (p !== 0) protest.set(slot, p);
    if (b !== 0) boundary.set(slot, b);
  });
  return { protest, boundary };
}

export function compileScorer(
  texting: Readonly<Record<string, string>>,
  banterCues: string,
  data: ScorerData,
  kindCues: KindCues,
): Scorer {
  const model = unpackModel(data);
  const weights = new Weights(model.protest, model.boundary);
  const lexicon = compileLexicon(texting);
  return {
    lexicon,
    jokes: jokeCues(banterCues),
    protest: { bias: data.bias.protest, weights: weights.model(0) },
    boundary: { bias: data.bias.boundary, weights: weights.model(1) },
    weights,
    thresholds: data.thresholds,
    boundaryThreshold: data.boundaryThreshold,
    ruleConfirm: data.ruleConfirm,
    fullWeightFeatures: data.fullWeightFeatures,
    kindCues: {
      kinds: kindCues.kinds.map(([kind]) => kind),
      startingWith: cuesByFirstWord(kindCues, lexicon),
      otherwise: kindCues.otherwise,
    },
  };
}

export const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/**
 * How much a stretch's features count: in full up to `fullWeight` features, and by √(fullWeight/n)
 * beyond, so a long stretch of ordinary words cannot add up to a protest the way one pointed
 * sentence does (the trainer fits the weights read this way).
 */
export const lengthScale = (features: number, fullWeight: number) =>
  Math.sqrt(fullWeight / Math.max(1, features));

export function scoreHashes(model: LinearModel, hashes: readonly number[], fullWeight: number): number {
  let sum = 0;
  for (const hash of hashes) sum += model.weights.get(hash);
  return sigmoid(model.bias + lengthScale(hashes.length, fullWeight) * sum);
}

/** One stretch of the message with where it lies in the original text. */
export interface ScoredStretch {
  stretch: Stretch;
  start: number;
  end: number;
  protest: number;
  boundary: number;
}

/**
 * Longer runs without a full stop are read in pieces of this many tokens: a linear score adds up
 * over words, so a paragraph of groceries must not drown (or invent) the protest at its end. Pieces
 * start every half piece, so a phrase shorter than that always lies whole inside one of them.
 */
const PIECE = 32;
const PIECE_STEP = PIECE / 2;

/** Words that join two clauses; each clause is also read on its own ("…groceries and you never listen"). */
const JOINS = new Set(['and', 'but', 'so', 'then', 'because', 'though', 'or', 'plus']);

function clausesOf(sentence: readonly Token[]): (readonly Token[])[] {
  const clauses: (readonly Token[])[] = [];
  let from = 0;
  for (let i = 0; i < sentence.length; i++) {
    if (!JOINS.has((sentence[i] as Token).text)) continue;
    if (i > from) clauses.push(sentence.slice(from, i));
    from = i + 1;
  }
  // Most sentences join nothing: they are their one clause, with nothing copied.
  if (from === 0) return [sentence];
  if (from < sentence.length) clauses.push(sentence.slice(from));
  return clauses;
}

/** A laugh or joke cue that belongs to the sentence before is at most this many tokens. */
const LAUGH_TOKENS = 4;
const WORDS_OR_EMOJI = /[\p{L}\p{N}\p{Extended_Pictographic}]/u;

/**
 * The language's joke cues ("haha", "jk", "😂"; its table's `banterCues`), to find anywhere in a
 * stretch of text.
 */
export const jokeCues = (banterCues: string): RegExp => new RegExp(banterCues, 'giu');

/**
 * A laugh or joke cue typed after a sentence ends ("why are you ignoring me? haha jk") belongs to
 * that sentence: read alone, the question would hide the joke from the scorer. So does one that
 * opens the next sentence ("why r u ignoring me? haha jk i know ur at work"); the words after it
 * stay a sentence of their own.
 */
function withTheirLaughs(text: string, said: Token[][], jokes: RegExp): Token[][] {
  const out: Token[][] = [];
  for (const sentence of said) {
    const last = out.at(-1);
    const laugh = last === undefined ? 0 : leadingLaugh(text, sentence, jokes);
    if (last !== undefined && laugh > 0) last.push(...sentence.slice(0, laugh));
    if (laugh < sentence.length) out.push(laugh === 0 ? sentence : sentence.slice(laugh));
  }
  return out;
}

/** How many of a sentence's first tokens are nothing but a laugh or joke cue (at most a few). */
function leadingLaugh(text: string, sentence: readonly Token[], jokes: RegExp): number {
  // Most sentences open with a word that is no laugh: one look at it settles them.
  if (!isOnlyALaugh(text, sentence, 1, jokes)) return 0;
  for (let n = Math.min(sentence.length, LAUGH_TOKENS); n > 1; n--)
    if (isOnlyALaugh(text, sentence, n, jokes)) return n;
  return 1;
}

/** Whether the sentence's first `count` tokens are a laugh or joke cue and nothing else. */
function isOnlyALaugh(text: string, sentence: readonly Token[], count: number, jokes: RegExp): boolean {
  const said = text.slice(sentence[0]?.start ?? 0, sentence[count - 1]?.end ?? 0).toLowerCase();
  // Most words hold no cue at all: a test settles them without building the rest.
  jokes.lastIndex = 0;
  if (!jokes.test(said)) return false;
  return !WORDS_OR_EMOJI.test(said.replace(jokes, ''));
}

/**
 * Each sentence, each pair of neighbouring sentences, and each clause of a sentence that joins
 * several, with the rule kinds that lie inside each.
 */
export function stretchesOf(
  text: string,
  tokens: readonly Token[],
  markers: readonly ProtestMarker[],
  jokes: RegExp,
): Stretch[] {
  const parts: Token[][] = [];
  for (const sentence of withTheirLaughs(text, sentences(text, tokens), jokes)) {
    if (sentence.length <= PIECE) parts.push(sentence);
    else
      for (let i = 0; i + PIECE_STEP < sentence.length; i += PIECE_STEP)
        parts.push(sentence.slice(i, i + PIECE));
  }
  // Every stretch is a run of the message's tokens, and each starts at or after the part it comes
  // from: its place among them is found by looking on from there.
  const make = (inside: readonly Token[], after: number, joined = false): Stretch => {
    const start = inside[0]?.start ?? 0;
    const end = inside.at(-1)?.end ?? 0;
    const rules: StretchRule[] = [];
    for (const m of markers) if (m.start < end && m.end > start) rules.push({ kind: m.kind, id: m.ruleId });
    return { tokens: inside, from: Math.max(0, tokens.indexOf(inside[0] as Token, after)), rules, joined };
  };
  const stretches: Stretch[] = [];
  let after = 0;
  parts.forEach((part, i) => {
    const sentence = make(part, after);
    after = sentence.from;
    stretches.push(sentence);
    // Two parts that follow one another are read together: the run of the message's tokens they
    // make. Pieces of one long sentence already overlap by half a piece; joined, they would read
    // its middle twice, as no message says it.
    const next = parts[i + 1];
    if (next && (next[0]?.start ?? 0) >= (part.at(-1)?.end ?? 0))
      stretches.push(make(tokens.slice(after, after + part.length + next.length), after, true));
    const clauses = clausesOf(part);
    if (clauses.length > 1) for (const clause of clauses) stretches.push(make(clause, after));
  });
  return stretches;
}

/** Scratch space for a stretch's two sums: scoring never runs inside itself. */
const sums = new Float64Array(2);

export function scoreStretches(
  scorer: Scorer,
  tokens: readonly Token[],
  stretches: readonly Stretch[],
): ScoredStretch[] {
  const features = new MessageFeatures(tokens);
  return stretches.map((stretch) => {
    const hashes = features.of(stretch);
    scorer.weights.sum(hashes, sums);
    const scale = lengthScale(hashes.length, scorer.fullWeightFeatures) / WEIGHT_UNIT;
    return {
      stretch,
      start: stretch.tokens[0]?.start ?? 0,
      end: stretch.tokens.at(-1)?.end ?? 0,
      // As `scoreHashes` reads each model, both from one look at each slot.
      protest: sigmoid(scorer.protest.bias + scale * (sums[0] as number)),
      boundary: stretch.joined ? 0 : sigmoid(scorer.boundary.bias + scale * (sums[1] as number)),
    };
  });
}

export function tokensOf(scorer: Scorer, text: string): Token[] {
  return tokenize(text, scorer.lexicon);
}

/**
 * The words the protest model leans on most in a stretch: each token's share is the weight of its
 * own word and of the pair it closes. The strongest, with its neighbours when
 * they carry weight too, is the highlighted span.
 */
export function leaningSpan(scorer: Scorer, stretch: Stretch): { start: number; end: number } {
  const tokens = stretch.tokens;
  const weight = (name: string) => scorer.protest.weights.get(featureHash(name));
  const share = tokens.map((token, i) => {
    const previous = i === 0 ? '<s>' : (tokens[i - 1]?.text ?? '<s>');
    return weight(`w:${token.text}`) + weight(`b:${previous}_${token.text}`);
  });
  let top = 0;
  for (let i = 1; i < share.length; i++) if ((share[i] ?? 0) > (share[top] ?? 0)) top = i;
  const strong = (i: number) => (share[i] ?? 0) > 0.35 * (share[top] ?? 0) && (share[i] ?? 0) > 0;
  let from = top;
  let to = top;
  while (from > 0 && strong(from - 1) && top - from < 3) from--;
  while (to + 1 < tokens.length && strong(to + 1) && to - top < 3) to++;
  return { start: tokens[from]?.start ?? 0, end: tokens[to]?.end ?? 0 };
}

const WORDLIKE = /[\p{L}\p{N}]/u;

/**
 * A stretch of one word at most ("fine", "k.", "ok?"): it carries no context the scorer could read,
 * so only a rule of the chosen sensitivity can make it a protest (a lone "fine" pauses only when
 * watchful; "hello???" and "answer me" are rules' business at every setting).
 */
export const isFragment = (stretch: Stretch) =>
  stretch.tokens.filter((token) => WORDLIKE.test(token.text)).length <= 1;

/** The kind of protest a stretch is, when no rule named it (the language's `kindCues`). */
export function kindOf(scorer: Scorer, stretch: Stretch): ProtestKind {
  const { kinds, startingWith, otherwise } = scorer.kindCues;
  const words = stretch.tokens.map((token) => token.text);
  // A cue found twice counts once.
  const found = new Set<KindCue>();
  words.forEach((word, at) => {
    for (const cue of startingWith.get(word) ?? [])
      if (cue.words.every((next, i) => words[at + i] === next)) found.add(cue);
  });
  const counts = kinds.map(() => 0);
  for (const cue of found) counts[cue.kind] = (counts[cue.kind] ?? 0) + 1;
  let named = otherwise;
  let most = 0;
  counts.forEach((count, kind) => {
    if (count > most) [named, most] = [kinds[kind] ?? otherwise, count];
  });
  return named;
}
