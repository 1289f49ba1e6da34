import { isWordUnit, type Leads, leadsOf, splitAlternatives } from './leads.ts';
import { DEFAULT_LANGUAGE, rulesFor } from './rules/index.ts';
import type { LanguageRules, MarkerStrength } from './rules/types.ts';
import { compileSpelling, type Spelling } from './spell-out.ts';
import { PROTEST_KINDS, type ProtestKind, type Sensitivity } from './types.ts';

/** What a phrasing stands for when it matches. */
export interface ScannedRule {
  kind: ProtestKind;
  /** Position of `kind` in PROTEST_KINDS, for cheap per-kind bookkeeping. */
  kindIndex: number;
  /** The rule's id from the table; `kind#n` (its place among the kind's rules) if it has none. */
  ruleId: string;
  strength: MarkerStrength;
  explanation: string;
}

/** One phrasing, sticky: it is only tried where one of its leads stands. */
export interface StickyRule {
  pattern: RegExp;
  rule: ScannedRule;
}

/** Every phrasing that can start with one lead, strongest first: the first that matches speaks. */
export type Bucket = readonly StickyRule[];

/**
 * The buckets for one sensitivity: by lead word (hashed), by lead pair of words (hashed
 * together), or by lead symbol (its code unit). `seen` is a one-byte-per-slot filter over both
 * hashes, so most words of a draft are dismissed without a map lookup.
 */
export interface Scanner {
  words: ReadonlyMap<number, Bucket>;
  pairs: ReadonlyMap<number, Bucket>;
  /** Lead symbols below U+0080, indexed by code unit. */
  asciiSymbols: readonly (Bucket | undefined)[];
  /** Other lead symbols (an emoji's first half), by code unit. */
  otherSymbols: ReadonlyMap<number, Bucket>;
  seen: Uint8Array;
}

export const SEEN_MASK = 0x3fff;

export interface CompiledLanguage {
  scanners: Readonly<Record<Sensitivity, Scanner>>;
  reportedSpeech: RegExp;
  banterCues: RegExp;
  clauseBreaks: RegExp;
  /** Texted words the rules read spelled out; null when the language has none. */
  spelling: Spelling | null;
}

/** The weakest rule each sensitivity counts. */
export const LOWEST_STRENGTH: Readonly<Record<Sensitivity, MarkerStrength>> = {
  gentle: 3,
  balanced: 2,
  watchful: 1,
};

export const WORD_HASH_SEED = 7;

/** The hash analysis computes on the fly for each word of a draft; must stay in step with it. */
function hashWord(word: string): number {
  let hash = WORD_HASH_SEED;
  for (let i = 0; i < word.length; i++) hash = (Math.imul(hash, 31) + word.charCodeAt(i)) | 0;
  return hash;
}

/** Two adjacent words' hashes combined; analysis does the same for each pair it reads. */
export function hashPair(first: number, second: number): number {
  return (Math.imul(first, 0x01000193) ^ second) | 0;
}

/** Replaces `{name}` with the table's macro; quantifiers like `{2,}` are left alone. */
function expandMacros(pattern: string, macros: Readonly<Record<string, string>>): string {
  return pattern.replace(/\{([a-z][a-z-]*)\}/g, (_, name: string) => {
    const macro = macros[name];
    if (macro === undefined) throw new Error(`Unknown macro {${name}} in protest rule: ${pattern}`);
    return macro;
  });
}

/**
 * Drafts are read without the apostrophes inside words ("you're" and "youre" are one spelling,
 * normalize.ts), so rules are too: an apostrophe between letters of a pattern is dropped (also
 * where an optional part starts with one, as in "{you}(?:'re)?"). Quotes ('…') are kept.
 */
function withoutWordApostrophes(source: string): string {
  let result = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] as string;
    if (ch === '\\') {
      result += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    const before = source[i - 1] ?? '';
    const after = source[i + 1] ?? '';
    if (ch === "'" && !inClass && /[a-z:|(]/.test(before) && /[a-z]/.test(after)) continue;
    result += ch;
  }
  return result;
}

/** A rule's pattern as the engine reads it: macros expanded, word apostrophes dropped, split at its top-level bars. */
export function alternativesOf(pattern: string, macros: Readonly<Record<string, string>>): string[] {
  return splitAlternatives(withoutWordApostrophes(expandMacros(pattern, macros)));
}

/**
 * Rules are written with a straight apostrophe; drafts typed on phones often carry a curly one
 * (’). Accepting both lets analysis read such drafts in place instead of copying them.
 */
function acceptCurlyApostrophe(source: string): string {
  let result = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      result += source.slice(i, i + 2);
      i++;
    } else if (ch === "'") {
      result += inClass ? "'\u2019" : "['\u2019]";
    } else {
      if (inClass) inClass = ch !== ']';
      else if (ch === '[') inClass = true;
      result += ch;
    }
  }
  return result;
}

/** A pattern over lower-cased text that may still carry curly apostrophes. */
function draftPattern(source: string, flags = ''): RegExp {
  return new RegExp(acceptCurlyApostrophe(source), flags);
}

/**
 * Whether a pattern captures: a `(` that is not escaped, not in a class and not `(?:`, `(?=`,
 * `(?!`, `(?<=` or `(?<!`. Read from the source, not by running the pattern: running each one
 * once made compiling the tables take a third of a second.
 */
export function hasCapturingGroup(source: string): boolean {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') {
      if (source[i + 1] !== '?') return true;
      const named = source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!';
      if (named) return true;
    }
  }
  return false;
}

/** One phrasing of a rule with its leads, worked out once for every sensitivity's scanner. */
interface Phrasing {
  strength: MarkerStrength;
  sticky: StickyRule;
  leads: Leads;
}

function phrasingsOf(table: LanguageRules): Phrasing[] {
  const phrasings: Phrasing[] = [];
  for (const [kindIndex, kind] of PROTEST_KINDS.entries()) {
    const { explanation, markers } = table.kinds[kind];
    for (const [index, marker] of markers.entries()) {
      const ruleId = marker.id ?? `${kind}#${index}`;
      const rule = {
        kind,
        kindIndex,
        ruleId,
        strength: marker.strength,
        explanation: marker.explanation ?? explanation,
      };
      for (const source of alternativesOf(marker.pattern, table.macros)) {
        if (hasCapturingGroup(source)) throw new Error(`Protest rule has a capturing group: ${source}`);
        phrasings.push({
          strength: marker.strength,
          sticky: { pattern: draftPattern(source, 'y'), rule },
          leads: leadsOf(source),
        });
      }
    }
  }
  return phrasings;
}

/** The buckets of the phrasings a sensitivity counts, in the table's order within each lead. */
function compileScanner(phrasings: readonly Phrasing[], lowest: MarkerStrength): Scanner {
  const byLead = new Map<string, Phrasing[]>();
  const add = (lead: string, phrasing: Phrasing) => {
    const list = byLead.get(lead) ?? [];
    list.push(phrasing);
    byLead.set(lead, list);
  };
  for (const phrasing of phrasings) {
    if (phrasing.strength < lowest) continue;
    for (const word of phrasing.leads.words) add(word, phrasing);
    for (const pair of phrasing.leads.pairs) add(pair, phrasing);
  }
  const words = new Map<number, Bucket>();
  const pairs = new Map<number, Bucket>();
  const asciiSymbols: (Bucket | undefined)[] = new Array(0x80).fill(undefined);
  const otherSymbols = new Map<number, Bucket>();
  const seen = new Uint8Array(SEEN_MASK + 1);
  for (const [lead, alternatives] of byLead) {
    // Stable sort: where two phrasings start at the same spot, the stronger one speaks.
    alternatives.sort((a, b) => b.strength - a.strength);
    const bucket = alternatives.map((alt) => alt.sticky);
    const space = lead.indexOf(' ');
    const code = lead.charCodeAt(0);
    if (space > 0) {
      const key = hashPair(hashWord(lead.slice(0, space)), hashWord(lead.slice(space + 1)));
      pairs.set(key, bucket);
      seen[key & SEEN_MASK] = 1;
    } else if (isWordUnit(code)) {
      const key = hashWord(lead);
      words.set(key, bucket);
      seen[key & SEEN_MASK] = 1;
    } else if (code < 0x80) {
      asciiSymbols[code] = bucket;
    } else {
      otherSymbols.set(code, bucket);
    }
  }
  return { words, pairs, asciiSymbols, otherSymbols, seen };
}

/** Compiles a language's table; any table of the right shape works, no code needed per language. */
export function compileLanguage(table: LanguageRules): CompiledLanguage {
  const phrasings = phrasingsOf(table);
  return {
    scanners: {
      gentle: compileScanner(phrasings, LOWEST_STRENGTH.gentle),
      balanced: compileScanner(phrasings, LOWEST_STRENGTH.balanced),
      watchful: compileScanner(phrasings, LOWEST_STRENGTH.watchful),
    },
    reportedSpeech: draftPattern(table.reportedSpeech),
    banterCues: draftPattern(table.banterCues, 'g'),
    clauseBreaks: draftPattern(table.clauseBreaks, 'g'),
    spelling: compileSpelling(table.texting, table.rulesReadAsTyped),
  };
}

const compiled = new Map<string, CompiledLanguage | null>();
let defaultLanguage: CompiledLanguage | null | undefined;

/** The compiled tables for a language, built once on first use; null for an unknown language. */
export function compiledLanguage(language: string | undefined): CompiledLanguage | null {
  if (language === undefined) {
    defaultLanguage ??= compiledLanguage(DEFAULT_LANGUAGE);
    return defaultLanguage;
  }
  let entry = compiled.get(language);
  if (entry === undefined) {
    const table = rulesFor(language);
    entry = table ? compileLanguage(table) : null;
    compiled.set(language, entry);
  }
  return entry;
}
