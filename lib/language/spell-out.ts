import { type NormalisedText, Reshaped } from './normalize.ts';
import { hasRepeat, squeeze } from './scorer/tokens.ts';

/**
 * Texted words spelled out for the rules ("y r u ignorin me" is read as "y r u ignoring me",
 * "u nvr call" as "u never call"), from the same texting table the scorer reads, so a rule written
 * once in plain words also finds its texted forms. Each spelled-out word keeps the stretch of the
 * draft it was typed as, so a marker over it highlights what the person typed.
 */
export interface Spelling {
  /** The spelled-out reading of each texted word, by its squeezed spelling. */
  readings: ReadonlyMap<string, string>;
  /**
   * One byte per slot of the words' hashes (`wordHash`): most words of a draft are dismissed by
   * it without being cut out of the text or looked up.
   */
  seen: Uint8Array;
}

const SEEN_MASK = 0x3fff;

/** A hash of a word as it is read squeezed ("nvrrr" hashes as "nvr"), added one unit at a time. */
const addUnit = (hash: number, code: number) => (Math.imul(hash, 31) + code) >>> 0;

function wordHash(word: string): number {
  let hash = 7;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code !== word.charCodeAt(i - 1)) hash = addUnit(hash, code);
  }
  return hash;
}

/**
 * `asTyped`: spellings the rules read as typed — the rules' own shorthands already read them
 * ("u" is one of `{you}`), or a rule tells them apart from the spelled-out word ("k." is curter
 * than "ok."), or reads them otherwise ("ur late" is "you're late").
 */
export function compileSpelling(
  texting: Readonly<Record<string, string>>,
  asTyped: readonly string[],
): Spelling | null {
  const kept = new Set(asTyped.map(squeeze));
  const readings = new Map<string, string>();
  for (const [typed, reading] of Object.entries(texting)) {
    const key = squeeze(typed);
    if (!kept.has(key) && key !== reading) readings.set(key, reading);
  }
  if (readings.size === 0) return null;
  const seen = new Uint8Array(SEEN_MASK + 1);
  for (const key of readings.keys()) seen[wordHash(key) & SEEN_MASK] = 1;
  return { readings, seen };
}

/**
 * Calls `found(start, end, reading)` for each texted word of `text` (lower case), in order: a run
 * of ASCII letters and digits standing on its own — not inside a longer word, not joined to one by
 * an apostrophe ("y'all") — whose squeezed spelling the table reads otherwise. Stops when `found`
 * answers false.
 */
function eachTextedWord(
  text: string,
  spelling: Spelling,
  found: (start: number, end: number, reading: string) => boolean,
): void {
  let start = -1;
  let hash = 0;
  let previous = -1;
  let joined = false;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0x20;
    if (isAsciiWordUnit(code)) {
      if (start < 0) {
        start = i;
        hash = 7;
        previous = -1;
      }
      if (code !== previous) hash = addUnit(hash, code);
      previous = code;
      continue;
    }
    const alone = !joined && !isApostrophe(code) && !isOtherWordUnit(code);
    if (start >= 0 && alone && spelling.seen[hash & SEEN_MASK] === 1) {
      const word = text.slice(start, i);
      const reading = spelling.readings.get(hasRepeat(word) ? squeeze(word) : word);
      if (reading !== undefined && !found(start, i, reading)) return;
    }
    start = -1;
    joined = isApostrophe(code) || isOtherWordUnit(code);
  }
}

const isAsciiWordUnit = (code: number) =>
  (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
const isApostrophe = (code: number) => code === 0x27 || code === 0x2019;
/** Letters of other scripts and accented Latin, which continue a word (emoji and punctuation do not). */
const isOtherWordUnit = (code: number) =>
  code >= 0xc0 && !(code >= 0x2000 && code <= 0x2bff) && !(code >= 0xd800 && code <= 0xdfff);

/** Whether the (lower-cased) text holds any texted word the rules read spelled out. */
export function hasTextedWords(text: string, spelling: Spelling): boolean {
  let any = false;
  eachTextedWord(text, spelling, () => {
    any = true;
    return false;
  });
  return any;
}

/** The normalised text with its texted words spelled out, each unit still mapped to the draft. */
export function spelledOut(normalised: NormalisedText, spelling: Spelling): NormalisedText {
  const { text } = normalised;
  let out = '';
  // Each texted word: where it stands in the normalised text and the words it reads as.
  const spelled: [start: number, end: number, reading: string][] = [];
  eachTextedWord(text, spelling, (start, end, reading) => {
    out += text.slice(spelled.at(-1)?.[1] ?? 0, start) + reading;
    spelled.push([start, end, reading]);
    return true;
  });
  if (spelled.length === 0) return normalised;
  out += text.slice(spelled.at(-1)?.[1] ?? 0);
  return new Reshaped(out, () => {
    const typedStart = (i: number) => normalised.starts?.[i] ?? i;
    const typedEnd = (i: number) => normalised.ends?.[i] ?? i + 1;
    const starts: number[] = [];
    const ends: number[] = [];
    const copy = (from: number, to: number) => {
      for (let i = from; i < to; i++) {
        starts.push(typedStart(i));
        ends.push(typedEnd(i));
      }
    };
    let at = 0;
    for (const [start, end, reading] of spelled) {
      copy(at, start);
      for (let i = 0; i < reading.length; i++) {
        starts.push(typedStart(start));
        ends.push(typedEnd(end - 1));
      }
      at = end;
    }
    copy(at, text.length);
    return { starts, ends };
  });
}
