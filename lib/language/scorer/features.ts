import type { Token } from './tokens.ts';

/**
 * The features of one stretch of a message (a sentence, or two neighbouring ones), hashed into
 * numbers: its words and word pairs (with the stretch's start and end as words of their own, so
 * "fine." at the end reads differently from "fine by me"), the protest rules that fired inside it
 * (rules.ts stays the engine's way of naming what it found), whether it
 * opens the message, its length and how often it says "you". No feature depends on letter case,
 * apostrophes or repeated letters (tokens.ts), so neither does a score.
 */

export const FEATURE_BITS = 20;
const MASK = (1 << FEATURE_BITS) - 1;

/** FNV-1a over the feature's name: the same name always lands in the same slot. */
export function featureHash(name: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    hash ^= name.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) & MASK;
}

const SECOND_PERSON = new Set(['you', 'your', 'yours', 'yourself', 'youre']);

export interface Stretch {
  tokens: readonly Token[];
  /**
   * Two neighbouring sentences read together: read for protest (a complaint can span them), not
   * for a boundary, which a person states in one sentence.
   */
  joined: boolean;
  /** Kinds of the rule markers that lie inside the stretch. */
  ruleKinds: readonly string[];
}

/** Feature names (for the trainer and for explaining a score) of one stretch. */
export function featureNames(stretch: Stretch): string[] {
  const names: string[] = [];
  const words = stretch.tokens.map((token) => token.text);
  let you = 0;
  let previous = '<s>';
  for (const word of words) {
    names.push(`w:${word}`, `b:${previous}_${word}`);
    if (SECOND_PERSON.has(word)) you += 1;
    previous = word;
  }
  names.push(`b:${previous}_</s>`);
  for (const kind of stretch.ruleKinds) names.push(`r:${kind}`);
  names.push(words.length <= 3 ? 'n:short' : words.length <= 12 ? 'n:mid' : 'n:long');
  names.push(you === 0 ? 'you:0' : you === 1 ? 'you:1' : 'you:2+');
  names.push('bias');
  return names;
}

export function featureHashes(stretch: Stretch): number[] {
  return featureNames(stretch).map(featureHash);
}
