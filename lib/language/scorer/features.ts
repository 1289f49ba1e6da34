import { PROTEST_KINDS } from '../types.ts';
import type { Token } from './tokens.ts';

/**
 * The features of one stretch of a message (a sentence, or two neighbouring ones), hashed into
 * numbers: its words and word pairs (with the stretch's start and end as words of their own, so
 * "fine." at the end reads differently from "fine by me"), pairs of words one word apart ("why …
 * you", "you … ignore": the same complaint with another word in the middle reads the same), the
 * first letters of its long words (so "ignorin" reads like "ignoring"), the protest rules that
 * fired inside it, each by its kind and by its own id (rules stay the engine's way of naming what
 * it found, and the scorer learns how far to trust each one), its length and how often it says
 * "you" (not where it stands: a protest reads the same after a harmless sentence as before one).
 * Punctuation runs and emoji are words here (tokens.ts). Each feature counts once in a stretch,
 * however often it occurs: a paragraph that says "we should" seven times must not add up to a
 * break-up, any more than a stretched letter changes a word. No feature depends on letter case,
 * apostrophes or repeated letters (tokens.ts), so neither does a score.
 */

const FEATURE_BITS = 20;
const MASK = (1 << FEATURE_BITS) - 1;

const FNV_START = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a carried on over more text: hashing "w:" then "you" equals hashing "w:you". */
function fnv(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h;
}

/** FNV-1a over the feature's name: the same name always lands in the same slot. */
export function featureHash(name: string): number {
  return (fnv(FNV_START, name) >>> 0) & MASK;
}

const slot = (hash: number) => (hash >>> 0) & MASK;
const WORD = fnv(FNV_START, 'w:');
const PAIR = fnv(FNV_START, 'b:');
const OPENING = fnv(FNV_START, 'b:<s>_');
const SKIP = fnv(FNV_START, 's:');
const SKIP_OPENING = fnv(FNV_START, 's:<s>_');
const START = fnv(FNV_START, 'p:');

const SECOND_PERSON = new Set(['you', 'your', 'yours', 'yourself', 'youre']);

/** Letters a long word's start is read by: "ignoring", "ignored" and "ignorin" share "ignor". */
const WORD_START = 5;
const LETTERS = /^\p{L}+$/u;

/**
 * The first letters of a word longer than them (a character n-gram at the word's start), so a
 * form the scorer never saw reads like the ones it did; null for short words and non-words.
 */
function wordStart(word: string): string | null {
  return hasWordStart(word) ? word.slice(0, WORD_START) : null;
}

/** Whether a word is read by its start: longer than it, and letters only (in any script). */
function hasWordStart(word: string): boolean {
  if (word.length <= WORD_START) return false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 0x80) return LETTERS.test(word);
    if (code < 0x61 || code > 0x7a) return false;
  }
  return true;
}

export interface Stretch {
  tokens: readonly Token[];
  /** Where the stretch's tokens start among the message's tokens (they run on from there). */
  from: number;
  /**
   * Two neighbouring sentences read together: read for protest (a complaint can span them), not
   * for a boundary, which a person states in one sentence.
   */
  joined: boolean;
  /** The rule markers that lie inside the stretch: each counts by its kind and by its own rule. */
  rules: readonly StretchRule[];
}

export interface StretchRule {
  kind: string;
  /** The rule's id in the language's table ("gc.you-always-never"). */
  id: string;
}

/** Feature names (for the trainer and for explaining a score) of one stretch. */
export function featureNames(stretch: Stretch): string[] {
  const names: string[] = [];
  const words = stretch.tokens.map((token) => token.text);
  let you = 0;
  let previous = '<s>';
  let before = '<s>';
  for (const word of words) {
    names.push(`w:${word}`, `b:${previous}_${word}`, `s:${before}_${word}`);
    const start = wordStart(word);
    if (start !== null) names.push(`p:${start}`);
    if (SECOND_PERSON.has(word)) you += 1;
    before = previous;
    previous = word;
  }
  names.push(`b:${previous}_</s>`);
  for (const rule of stretch.rules) names.push(`r:${rule.kind}`, `i:${rule.id}`);
  names.push(words.length <= 3 ? 'n:short' : words.length <= 12 ? 'n:mid' : 'n:long');
  names.push(you === 0 ? 'you:0' : you === 1 ? 'you:1' : 'you:2+');
  names.push('bias');
  return [...new Set(names)];
}

const KIND_FEATURE = new Map<string, number>(PROTEST_KINDS.map((kind) => [kind, featureHash(`r:${kind}`)]));
/** Each rule's feature slot, hashed the first time the rule fires. */
const RULE_FEATURE = new Map<string, number>();
function ruleFeature(id: string): number {
  let hash = RULE_FEATURE.get(id);
  if (hash === undefined) {
    hash = featureHash(`i:${id}`);
    RULE_FEATURE.set(id, hash);
  }
  return hash;
}
const LENGTH_FEATURES = ['n:short', 'n:mid', 'n:long'].map(featureHash);
const YOU_FEATURES = ['you:0', 'you:1', 'you:2+'].map(featureHash);
const BIAS_FEATURE = featureHash('bias');

/**
 * Room for each token's hashes, shared by every message: typed arrays of a message's length cost
 * more to allocate than to fill, and one message is scored at a time (scoring never runs inside
 * itself), so only the newest `MessageFeatures` may be read.
 */
let scratch = hashRoom(64);
/** Tokens the shared room grows to at most: far more than a message has, little memory to keep. */
const LARGEST_KEPT_ROOM = 4_096;

function hashRoom(tokens: number) {
  return {
    word: new Int32Array(tokens),
    pair: new Int32Array(tokens),
    opening: new Int32Array(tokens),
    skip: new Int32Array(tokens),
    skipOpening: new Int32Array(tokens),
    closing: new Int32Array(tokens),
    you: new Uint8Array(tokens),
    start: new Int32Array(tokens),
  };
}

/**
 * The same features as `featureNames`, for every stretch of one message, without building a
 * string per stretch: each token's word, its pair with the token before, and its pairs with a
 * stretch's start and end are hashed once, and a stretch gathers the hashes of its tokens.
 */
export class MessageFeatures {
  private readonly word: Int32Array;
  private readonly pair: Int32Array;
  private readonly opening: Int32Array;
  /** Each token paired with the token two before it, and (for a stretch's second token) with its start. */
  private readonly skip: Int32Array;
  private readonly skipOpening: Int32Array;
  private readonly closing: Int32Array;
  private readonly you: Uint8Array;
  /** The slot of each token's start (`p:`), or -1 where it has none. */
  private readonly start: Int32Array;

  constructor(tokens: readonly Token[]) {
    const count = tokens.length;
    // A draft longer than any message (a pasted document) gets room of its own, let go after it.
    if (count > scratch.word.length && count <= LARGEST_KEPT_ROOM) scratch = hashRoom(LARGEST_KEPT_ROOM);
    const room = count > scratch.word.length ? hashRoom(count) : scratch;
    ({
      word: this.word,
      pair: this.pair,
      opening: this.opening,
      skip: this.skip,
      skipOpening: this.skipOpening,
      closing: this.closing,
      you: this.you,
      start: this.start,
    } = room);
    // Each feature name is hashed by carrying FNV on from its prefix, every prefix over the
    // token's letters in one pass, so no feature name is ever built as a string: "b:<previous>_"
    // and "s:<two before>_" are the hashes the tokens before left behind.
    let afterPrevious = 0;
    let afterTwoBefore = 0;
    let afterPreviousSkip = 0;
    for (let i = 0; i < count; i++) {
      const text = (tokens[i] as Token).text;
      let word = WORD;
      let opening = OPENING;
      let skipOpening = SKIP_OPENING;
      let pair = afterPrevious;
      let skip = afterTwoBefore;
      let asPrevious = PAIR;
      let asTwoBefore = SKIP;
      let start = START;
      for (let at = 0; at < text.length; at++) {
        const code = text.charCodeAt(at);
        word = Math.imul(word ^ code, FNV_PRIME);
        opening = Math.imul(opening ^ code, FNV_PRIME);
        skipOpening = Math.imul(skipOpening ^ code, FNV_PRIME);
        pair = Math.imul(pair ^ code, FNV_PRIME);
        skip = Math.imul(skip ^ code, FNV_PRIME);
        asPrevious = Math.imul(asPrevious ^ code, FNV_PRIME);
        asTwoBefore = Math.imul(asTwoBefore ^ code, FNV_PRIME);
        if (at < WORD_START) start = Math.imul(start ^ code, FNV_PRIME);
      }
      asPrevious = fnv(asPrevious, '_');
      this.word[i] = slot(word);
      this.opening[i] = slot(opening);
      this.skipOpening[i] = slot(skipOpening);
      this.pair[i] = i === 0 ? slot(opening) : slot(pair);
      this.skip[i] = i < 2 ? 0 : slot(skip);
      this.closing[i] = slot(fnv(asPrevious, '</s>'));
      this.you[i] = SECOND_PERSON.has(text) ? 1 : 0;
      this.start[i] = hasWordStart(text) ? slot(start) : -1;
      afterTwoBefore = afterPreviousSkip;
      afterPreviousSkip = fnv(asTwoBefore, '_');
      afterPrevious = asPrevious;
    }
  }

  /** The stretch's feature slots, in no particular order (a bag, as the models read it). */
  of(stretch: Stretch): number[] {
    const { from } = stretch;
    const to = from + stretch.tokens.length - 1;
    const once = new Once();
    let you = 0;
    for (let i = from; i <= to; i++) {
      once.add(this.word[i] as number);
      once.add(i === from ? (this.opening[i] as number) : (this.pair[i] as number));
      once.add(i <= from + 1 ? (this.skipOpening[i] as number) : (this.skip[i] as number));
      you += this.you[i] as number;
      const start = this.start[i] as number;
      if (start !== -1) once.add(start);
    }
    once.add(to >= from ? (this.closing[to] as number) : featureHash('b:<s>_</s>'));
    for (const rule of stretch.rules) {
      once.add(KIND_FEATURE.get(rule.kind) ?? featureHash(`r:${rule.kind}`));
      once.add(ruleFeature(rule.id));
    }
    const length = stretch.tokens.length;
    once.add(LENGTH_FEATURES[length <= 3 ? 0 : length <= 12 ? 1 : 2] as number);
    once.add(YOU_FEATURES[Math.min(you, 2)] as number);
    once.add(BIAS_FEATURE);
    return once.slots;
  }
}

/**
 * Collects feature slots, each once. A stretch has a few hundred at most, so one shared table,
 * cleared by moving on to a new mark rather than by writing it over, answers "seen already?"
 * without building a Set per stretch (which was a sixth of the engine's time on long messages).
 */
const TABLE_BITS = 12;
const TABLE_MASK = (1 << TABLE_BITS) - 1;
const seenSlot = new Int32Array(1 << TABLE_BITS);
const seenMark = new Uint32Array(1 << TABLE_BITS);
let currentMark = 0;

class Once {
  readonly slots: number[] = [];
  private readonly mark: number;

  constructor() {
    currentMark = (currentMark + 1) >>> 0;
    if (currentMark === 0) {
      seenMark.fill(0);
      currentMark = 1;
    }
    this.mark = currentMark;
  }

  add(slot: number): void {
    // Past half the table, probing gets long. No stretch the engine reads comes near (two pieces of
    // 32 tokens at most, a few hundred slots); a longer one is still gathered right, by searching.
    if (this.slots.length > TABLE_MASK >> 1) {
      if (!this.slots.includes(slot)) this.slots.push(slot);
      return;
    }
    let at = (Math.imul(slot, 0x9e3779b1) >>> (32 - TABLE_BITS)) & TABLE_MASK;
    while (seenMark[at] === this.mark) {
      if (seenSlot[at] === slot) return;
      at = (at + 1) & TABLE_MASK;
    }
    seenMark[at] = this.mark;
    seenSlot[at] = slot;
    this.slots.push(slot);
  }
}
