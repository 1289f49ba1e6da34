import { type Bucket, hashPair, type Scanner, SEEN_MASK, WORD_HASH_SEED } from './compile.ts';
import { foldUnit, RESHAPE } from './normalize.ts';

/** Where lead words, pairs and symbols stand in a draft, in reading order. */
export interface FoundLeads {
  buckets: Bucket[];
  starts: number[];
  count: number;
  /** The text has units the rules cannot read in place (curly double quotes, odd spaces…). */
  needsFolding: boolean;
}

const OTHER = 0;
const WORD = 1;
const APOSTROPHE = 2;
const BLANK = 3;
/** Units that read as something else (curly quotes, odd spaces, full-width letters) or vanish. */
const FOLD = 4;

/** What each UTF-16 unit is to the scanner: one table lookup instead of a chain of comparisons. */
const UNIT_CLASS = new Uint8Array(0x10000);
for (let code = 0; code < 0x10000; code++) {
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) UNIT_CLASS[code] = WORD;
  else if (code === 0x27) UNIT_CLASS[code] = APOSTROPHE;
  else if (code === 0x20 || code === 0x0a) UNIT_CLASS[code] = BLANK;
  else if (code >= 0x80 || code < 0x20 || code === 0x60 || code === 0x7f) {
    UNIT_CLASS[code] = foldUnit(code) === code ? OTHER : FOLD;
  }
}

const QUESTION_MARK = 0x3f;
const RIGHT_SINGLE_QUOTE = 0x2019;

function classOf(code: number): number {
  return UNIT_CLASS[code] ?? OTHER;
}

/**
 * Walks lower-cased text once, hashing each word as it goes, and notes every lead the scanner
 * knows: single words, pairs of words one space apart, and symbols. It folds quotes and odd
 * spaces on the fly (noting that the rules will need them folded) and gives up (false) at the
 * first thing that would shift offsets: squeezable letter runs, doubled spaces, invisible
 * characters. Normalised text has none of those, so it always reads to the end.
 */
export function findLeads(source: string, scanner: Scanner, found: FoundLeads): boolean {
  const { words, pairs, seen, asciiSymbols, otherSymbols } = scanner;
  const anyOtherSymbols = otherSymbols.size > 0;
  const length = source.length;
  found.count = 0;
  found.needsFolding = false;
  let lastStart = -1;
  let lastEnd = -2;
  let lastHash = 0;
  let spaceAfterLast = false;
  let lastBlank = -2;
  let i = 0;

  while (i < length) {
    let code = source.charCodeAt(i);
    let kind = classOf(code);
    if (kind === FOLD) {
      const folded = foldUnit(code);
      if (folded === RESHAPE) return false;
      if (code !== RIGHT_SINGLE_QUOTE) found.needsFolding = true;
      code = folded;
      kind = classOf(code);
    }

    if (kind === WORD) {
      // Read the whole word, hashing it; a letter three times running needs squeezing first.
      const start = i;
      let hash = WORD_HASH_SEED;
      let previous = -1;
      let run = 0;
      for (;;) {
        hash = (Math.imul(hash, 31) + code) | 0;
        if (code !== previous) {
          previous = code;
          run = 1;
        } else if (++run === 3 && code >= 0x61) {
          return false;
        }
        if (++i >= length) break;
        code = source.charCodeAt(i);
        kind = classOf(code);
        if (kind === FOLD) {
          const folded = foldUnit(code);
          if (folded === RESHAPE) return false;
          if (code !== RIGHT_SINGLE_QUOTE) found.needsFolding = true;
          code = folded;
          kind = classOf(code);
        }
        // An apostrophe between letters ("don't") belongs to the word.
        if (kind === APOSTROPHE && i + 1 < length && classOf(source.charCodeAt(i + 1)) === WORD) continue;
        if (kind !== WORD) break;
      }

      // The word ended: try it with the word before it (one space apart), then alone.
      if (lastEnd === start - 1 && spaceAfterLast) {
        const pair = hashPair(lastHash, hash);
        if (seen[pair & SEEN_MASK] === 1) {
          const bucket = pairs.get(pair);
          if (bucket !== undefined) note(found, bucket, lastStart);
        }
      }
      if (seen[hash & SEEN_MASK] === 1) {
        const bucket = words.get(hash);
        if (bucket !== undefined) note(found, bucket, start);
      }
      lastStart = start;
      lastEnd = i;
      lastHash = hash;
      spaceAfterLast = i < length && code === 0x20;
      continue;
    }

    if (kind === BLANK) {
      if (lastBlank === i - 1) return false;
      lastBlank = i;
    } else {
      const symbol = code < 0x80 ? asciiSymbols[code] : anyOtherSymbols ? otherSymbols.get(code) : undefined;
      // Inside a run of question marks only its ends can begin a marker.
      if (
        symbol !== undefined &&
        !(code === QUESTION_MARK && source.charCodeAt(i - 1) === code && source.charCodeAt(i + 1) === code)
      ) {
        note(found, symbol, i);
      }
    }
    i++;
  }
  return true;
}

function note(found: FoundLeads, bucket: Bucket, start: number): void {
  found.buckets[found.count] = bucket;
  found.starts[found.count] = start;
  found.count++;
}
