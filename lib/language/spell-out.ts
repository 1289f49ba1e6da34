import type { NormalisedText } from './normalize.ts';
import { squeeze } from './scorer/tokens.ts';

/**
 * Texted words spelled out for the rules ("y r u ignorin me" is read as "y r u ignoring me",
 * "u nvr call" as "u never call"), from the same texting table the scorer reads, so a rule written
 * once in plain words also finds its texted forms. Each spelled-out word keeps the stretch of the
 * draft it was typed as, so a marker over it highlights what the person typed.
 */
export interface Spelling {
  /** Finds a texted word (any run of its letters: "plzzz" too) standing on its own. */
  words: RegExp;
  /** The spelled-out reading of each texted word, by its squeezed spelling. */
  readings: ReadonlyMap<string, string>;
}

/**
 * `asTyped`: spellings the rules read as typed, because a rule tells them apart from the
 * spelled-out word ("k." is curter than "ok.") or reads them otherwise ("ur late" is "you're late").
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
  // Longest first, so that one spelling is never taken for the start of a longer one.
  const letters = [...readings.keys()]
    .sort((a, b) => b.length - a.length)
    .map((key) => [...key].map((letter) => `${letter}+`).join(''));
  return {
    words: new RegExp(`(?<![\\p{L}\\p{N}'])(?:${letters.join('|')})(?![\\p{L}\\p{N}'])`, 'gu'),
    readings,
  };
}

/** Whether the (lower-cased) text holds any texted word the rules read spelled out. */
export function hasTextedWords(text: string, spelling: Spelling): boolean {
  spelling.words.lastIndex = 0;
  return spelling.words.test(text);
}

/** The normalised text with its texted words spelled out, each unit still mapped to the draft. */
export function spelledOut(normalised: NormalisedText, spelling: Spelling): NormalisedText {
  const { text } = normalised;
  const typedStart = (i: number) => normalised.starts?.[i] ?? i;
  const typedEnd = (i: number) => normalised.ends?.[i] ?? i + 1;
  let out = '';
  const starts: number[] = [];
  const ends: number[] = [];
  const copy = (from: number, to: number) => {
    out += text.slice(from, to);
    for (let i = from; i < to; i++) {
      starts.push(typedStart(i));
      ends.push(typedEnd(i));
    }
  };
  let at = 0;
  spelling.words.lastIndex = 0;
  for (let found = spelling.words.exec(text); found !== null; found = spelling.words.exec(text)) {
    const reading = spelling.readings.get(squeeze(found[0]));
    if (reading === undefined) continue;
    const start = found.index;
    const end = start + found[0].length;
    copy(at, start);
    out += reading;
    for (let i = 0; i < reading.length; i++) {
      starts.push(typedStart(start));
      ends.push(typedEnd(end - 1));
    }
    at = end;
  }
  if (at === 0) return normalised;
  copy(at, text.length);
  return { text: out, starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}
