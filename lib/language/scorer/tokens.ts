/**
 * Words as the scorer reads them, in any script: lower case, apostrophes dropped ("don't" and
 * "dont" are one word), every run of a repeated letter squeezed to one ("whyyy", "whyy" and "why"
 * are one word), then the language's texting lexicon ("u" reads as "you"). Each token keeps the
 * stretch of the original text it came from, so what the scorer leans on can be highlighted.
 */

export interface Token {
  /** The word, mark or emoji as the scorer reads it. */
  text: string;
  start: number;
  end: number;
}

/** Words (letters and digits, with inner apostrophes), runs of ? ! and ., and emoji. */
const TOKEN = /[\p{L}\p{N}]+(?:['\u2019\u02bc][\p{L}\p{N}]+)*|[?!]+|\.+|\u2026|\p{Extended_Pictographic}/gu;
const APOSTROPHE = /['\u2019\u02bc]/g;
const REPEATS = /(\p{L})\1+/gu;
const NOT_ASCII = /[^ -~]/;

/** Whether any character follows one just like it (most words: no, and then nothing to squeeze). */
export function hasRepeat(word: string): boolean {
  for (let i = 1; i < word.length; i++) if (word.charCodeAt(i) === word.charCodeAt(i - 1)) return true;
  return false;
}

/** Squeezes every run of one letter to a single letter. */
export const squeeze = (word: string): string => word.replace(REPEATS, '$1');

/** A lexicon whose keys are squeezed the way tokens are, so "plz" and "plzzz" find one entry. */
export type Lexicon = ReadonlyMap<string, readonly string[]>;

export function compileLexicon(table: Readonly<Record<string, string>>): Lexicon {
  return new Map(
    Object.entries(table).map(([spelling, words]) => [squeeze(spelling), words.split(' ').map(squeeze)]),
  );
}

export function tokenize(text: string, lexicon: Lexicon): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    const raw = match[0];
    const start = match.index;
    const end = start + raw.length;
    const first = raw.charCodeAt(0);
    // Punctuation runs read as one mark each: "???" and "??" are both "??" (a ping), "..." is
    // "...". A run of "!" is emphasis, like a repeated letter, so it reads as one "!": "answer me!!"
    // is "answer me!", whether the page around it was excited or angry.
    if (first === 0x3f) {
      tokens.push({ text: raw.length > 1 ? '??' : raw, start, end });
      continue;
    }
    if (first === 0x21) {
      tokens.push({ text: '!', start, end });
      continue;
    }
    if (first === 0x2e || first === 0x2026) {
      tokens.push({ text: raw === '.' ? '.' : '...', start, end });
      continue;
    }
    const bare = raw.toLowerCase().replace(APOSTROPHE, '');
    // Compatibility forms (full-width letters, ligatures) read as the letters they stand for.
    const plain = NOT_ASCII.test(bare) ? bare.normalize('NFKC').toLowerCase() : bare;
    const word = hasRepeat(plain) ? squeeze(plain) : plain;
    const reading = lexicon.get(word);
    if (reading === undefined) tokens.push({ text: word, start, end });
    else for (const part of reading) tokens.push({ text: part, start, end });
  }
  return tokens;
}

/** Sentences as runs of tokens, ending after . ! ? marks or at a line break in the original. */
export function sentences(text: string, tokens: readonly Token[]): Token[][] {
  const out: Token[][] = [];
  let current: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const next = tokens[i + 1];
    current.push(token);
    const mark = token.text === '.' || token.text === '...' || token.text[0] === '?' || token.text[0] === '!';
    // "?!" and "?? !!" typed together are one ending; a mark after a space starts a new sentence.
    const markEnds = mark && !(next && isMark(next.text) && next.start === token.end);
    const lineEnds = next !== undefined && text.slice(token.end, next.start).includes('\n');
    if (markEnds || lineEnds) {
      out.push(current);
      current = [];
    }
  }
  if (current.length > 0) out.push(current);
  return out;
}

const isMark = (text: string) => text === '.' || text === '...' || text[0] === '?' || text[0] === '!';
