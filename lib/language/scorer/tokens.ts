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

const isAsciiLetter = (code: number) => (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);

/**
 * Squeezes every run of one letter to a single letter. A word of ASCII letters and digits (most
 * of them: "all", "soooo") is squeezed by cutting out its repeats, without the pattern's Unicode
 * classes.
 */
export function squeeze(word: string): string {
  let out = '';
  let kept = 0;
  for (let i = 1; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 0x80) return word.replace(REPEATS, '$1');
    if (code === word.charCodeAt(i - 1) && isAsciiLetter(code)) {
      out += word.slice(kept, i);
      while (i + 1 < word.length && word.charCodeAt(i + 1) === code) i++;
      kept = i + 1;
    }
  }
  return kept === 0 ? word : out + word.slice(kept);
}

/** A lexicon whose keys are squeezed the way tokens are, so "plz" and "plzzz" find one entry. */
export type Lexicon = ReadonlyMap<string, readonly string[]>;

export function compileLexicon(table: Readonly<Record<string, string>>): Lexicon {
  return new Map(
    Object.entries(table).map(([spelling, words]) => [squeeze(spelling), words.split(' ').map(squeeze)]),
  );
}

export function tokenize(text: string, lexicon: Lexicon): Token[] {
  const tokens: Token[] = [];
  const left = scanPlainText(text, tokens, lexicon);
  if (left !== -1) scanByPattern(text, tokens, lexicon, left);
  return tokens;
}

/** Any text, by the pattern alone: what `tokenize` reads faster, token for token. */
export function tokenizeByPattern(text: string, lexicon: Lexicon): Token[] {
  const tokens: Token[] = [];
  scanByPattern(text, tokens, lexicon, 0);
  return tokens;
}

/** Words in every script, runs of marks and emoji, from `from` on. */
function scanByPattern(text: string, tokens: Token[], lexicon: Lexicon, from: number): void {
  TOKEN.lastIndex = from;
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    push(tokens, lexicon, match[0], match.index);
  }
}

const RIGHT_SINGLE_QUOTE = 0x2019;
const ELLIPSIS = 0x2026;
/** Non-ASCII units plain text often holds that are neither words nor marks: curly quotes, dashes. */
const PASSED_OVER = new Set([0xa0, 0x2013, 0x2014, 0x2018, 0x201c, 0x201d]);

const isAlphanumeric = (code: number) => isAsciiLetter(code) || (code >= 0x30 && code <= 0x39);
const isApostrophe = (code: number) => code === 0x27 || code === RIGHT_SINGLE_QUOTE;
/** A unit the plain scan leaves to the pattern: a letter outside ASCII, an emoji, a combining mark. */
const isForThePattern = (code: number) =>
  code >= 0x80 && code !== RIGHT_SINGLE_QUOTE && code !== ELLIPSIS && !PASSED_OVER.has(code);

/**
 * The same tokens as the pattern, read unit by unit while the text is ASCII (with curly quotes,
 * dashes and "…"): most drafts, read several times faster than by the pattern's Unicode classes.
 * At the first unit it leaves to the pattern, it answers where the pattern takes over (the start
 * of the word that unit may belong to); -1 when it read the text to the end.
 */
function scanPlainText(text: string, tokens: Token[], lexicon: Lexicon): number {
  const length = text.length;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    const start = i;
    if (isAlphanumeric(code)) {
      // Whether the word is already as the scorer reads it: lower case, no apostrophe, no letter
      // twice running (most words are).
      let asRead = code >= 0x61 || code <= 0x39;
      let previous = code;
      i++;
      for (;;) {
        for (; i < length; i++) {
          const next = text.charCodeAt(i);
          if (!isAlphanumeric(next)) break;
          if (next === previous || next < 0x61) asRead &&= next <= 0x39 && next !== previous;
          previous = next;
        }
        // An apostrophe between letters or digits ("don't") belongs to the word.
        if (isApostrophe(text.charCodeAt(i)) && isAlphanumeric(text.charCodeAt(i + 1))) {
          asRead = false;
          i++;
        } else break;
      }
      // A letter outside ASCII may carry the word on ("café", "l'été"): the pattern reads it.
      const after = text.charCodeAt(i);
      if (isForThePattern(after) || (isApostrophe(after) && isForThePattern(text.charCodeAt(i + 1)))) {
        return start;
      }
      const word = text.slice(start, i);
      if (asRead) pushWord(tokens, lexicon, word, start, i);
      else push(tokens, lexicon, word, start);
    } else if (code === 0x3f || code === 0x21) {
      while (i < length && (text.charCodeAt(i) === 0x3f || text.charCodeAt(i) === 0x21)) i++;
      push(tokens, lexicon, text.slice(start, i), start);
    } else if (code === 0x2e) {
      while (i < length && text.charCodeAt(i) === 0x2e) i++;
      push(tokens, lexicon, text.slice(start, i), start);
    } else if (code === ELLIPSIS) {
      i++;
      push(tokens, lexicon, '\u2026', start);
    } else if (isForThePattern(code)) {
      return start;
    } else {
      i++;
    }
  }
  return -1;
}

/** One token as the scorer reads it, from the text the pattern (or the plain scan) found. */
function push(tokens: Token[], lexicon: Lexicon, raw: string, start: number): void {
  const end = start + raw.length;
  const first = raw.charCodeAt(0);
  // Punctuation runs read as one mark each: "???" and "??" are both "??" (a ping), "..." is
  // "...". A run of "!" is emphasis, like a repeated letter, so it reads as one "!": "answer me!!"
  // is "answer me!", whether the page around it was excited or angry.
  if (first === 0x3f) {
    tokens.push({ text: raw.length > 1 ? '??' : raw, start, end });
    return;
  }
  if (first === 0x21) {
    tokens.push({ text: '!', start, end });
    return;
  }
  if (first === 0x2e || first === ELLIPSIS) {
    tokens.push({ text: raw === '.' ? '.' : '...', start, end });
    return;
  }
  const lower = raw.toLowerCase();
  const bare = hasApostrophe(lower) ? lower.replace(APOSTROPHE, '') : lower;
  // Compatibility forms (full-width letters, ligatures) read as the letters they stand for.
  const plain = NOT_ASCII.test(bare) ? bare.normalize('NFKC').toLowerCase() : bare;
  pushWord(tokens, lexicon, hasRepeat(plain) ? squeeze(plain) : plain, start, end);
}

/** A word as the scorer reads it, or what the texting lexicon reads it as ("u" as "you"). */
function pushWord(tokens: Token[], lexicon: Lexicon, word: string, start: number, end: number): void {
  const reading = lexicon.get(word);
  if (reading === undefined) tokens.push({ text: word, start, end });
  else for (const part of reading) tokens.push({ text: part, start, end });
}

function hasApostrophe(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code === 0x27 || code === RIGHT_SINGLE_QUOTE || code === 0x2bc) return true;
  }
  return false;
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
    const lineEnds = next !== undefined && hasLineBreak(text, token.end, next.start);
    if (markEnds || lineEnds) {
      out.push(current);
      current = [];
    }
  }
  if (current.length > 0) out.push(current);
  return out;
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x0a) return true;
  return false;
}

const isMark = (text: string) => text === '.' || text === '...' || text[0] === '?' || text[0] === '!';
