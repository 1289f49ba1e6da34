/**
 * Text as the protest rules see it: lower case, straight quotes, single spaces, no invisible
 * characters, and letter runs of three or more squeezed to one ("helloooo" → "hello",
 * "whyyy" → "why"). Each unit remembers the stretch of the original string it came from, so a
 * marker found here can be highlighted in what the user actually typed.
 */
export interface NormalisedText {
  text: string;
  /**
   * Original UTF-16 start of each unit of `text`; null when `text` lines up with the original.
   * Plain arrays: a typed array of a draft's length costs more to allocate than to fill.
   */
  starts: readonly number[] | null;
  /** Original UTF-16 end of each unit of `text`; null when `text` lines up with the original. */
  ends: readonly number[] | null;
}

// Anything that is not plain printable ASCII, a squeezable run, doubled spacing or an apostrophe
// inside a word needs a closer look.
const NEEDS_WORK = /[^\n\x20-\x7e]|([a-z])\1\1|[ \n][ \n]|`|[a-z]'[a-z]/;
/** Units typed in place of an apostrophe by keyboards, phones and pasted text: each reads as one. */
export const APOSTROPHE_LOOK_ALIKES = '\u2018\u2019\u201a\u201b\u2032\u00b4`\u02bc\uff07';
// Changes that add or remove units, so the text no longer lines up with the original.
// An apostrophe inside a word is any of them, or ' itself ("don`t" as "don't").
export const NEEDS_RESHAPE = new RegExp(
  `[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]|([a-z])\\1\\1|\\s\\s|[a-z]['${APOSTROPHE_LOOK_ALIKES}][a-z]`,
);
const APOSTROPHES = new RegExp(`[${APOSTROPHE_LOOK_ALIKES}]`, 'g');
// The rarer one-for-one changes: double quotes, ellipsis, odd single spaces, full-width Latin.
const OTHER_FOLDABLE =
  /[\u201c-\u201f\u2033\u00ab\u00bb\u2026\t\v\f\r\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\uff01-\uff5e]/g;

/** What `foldUnit` answers for a unit that cannot be folded one for one. */
export const RESHAPE = -1;

/** `lower` is the original lower-cased, for a caller that has it already. */
export function normalise(original: string, lower = original.toLowerCase()): NormalisedText {
  if (lower.length === original.length && !NEEDS_WORK.test(lower)) {
    return { text: lower, starts: null, ends: null };
  }
  // Emoji, other scripts and curly apostrophes are common; they keep every offset where it was.
  if (lower.length === original.length && !NEEDS_RESHAPE.test(lower)) {
    return { text: foldText(lower), starts: null, ends: null };
  }
  return normaliseSlowly(original, lower);
}

/**
 * Lower-cased text with the one-for-one changes made (quotes, odd spaces, full-width Latin), so
 * every offset stays where it was.
 */
export function foldText(lower: string): string {
  let text = lower.replace(APOSTROPHES, "'");
  OTHER_FOLDABLE.lastIndex = 0;
  if (OTHER_FOLDABLE.test(text))
    text = text.replace(OTHER_FOLDABLE, (unit) => String.fromCharCode(foldUnit(unit.charCodeAt(0))));
  return text;
}

/**
 * The unit the rules read in place of a non-ASCII unit: a straight quote, a space, a plain
 * letter; the unit itself when it needs no change (emoji, accents, other scripts); or RESHAPE when
 * normalisation must add or remove units (invisible characters, U+0130).
 */
export function foldUnit(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) {
    const plain = code - 0xfee0;
    return plain >= 0x41 && plain <= 0x5a ? plain | 0x20 : foldQuote(plain);
  }
  if (isInvisible(code) || code === 0x130) return RESHAPE;
  if (code === 0x2028 || code === 0x2029) return 0x0a;
  if (isSpace(code)) return 0x20;
  return foldQuote(code);
}

/** Maps a span of normalised text back to the original string. */
export function originalSpan(normalised: NormalisedText, start: number, end: number): [number, number] {
  const { starts, ends } = normalised;
  if (starts === null || ends === null) return [start, end];
  return [starts[start] ?? 0, ends[end - 1] ?? 0];
}

/** Zero-width, bidi and other format characters that change nothing a reader sees as words. */
function isInvisible(cp: number): boolean {
  return (
    cp === 0xad ||
    cp === 0x61c ||
    cp === 0x180e ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x2069) ||
    cp === 0xfeff
  );
}

function isAsciiLetter(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

function isSpace(cp: number): boolean {
  return (
    cp === 0x20 ||
    cp === 0x09 ||
    cp === 0x0b ||
    cp === 0x0c ||
    cp === 0x0d ||
    cp === 0x85 ||
    cp === 0xa0 ||
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000
  );
}

/** Typographic quotes and look-alikes, folded to the two ASCII quotes the rules use. */
function foldQuote(cp: number): number {
  switch (cp) {
    case 0x2018:
    case 0x2019:
    case 0x201a:
    case 0x201b:
    case 0x2032:
    case 0x00b4:
    case 0x0060:
    case 0x02bc:
    case 0xff07:
      return 0x27;
    case 0x201c:
    case 0x201d:
    case 0x201e:
    case 0x201f:
    case 0x00ab:
    case 0x00bb:
    case 0x2033:
    case 0xff02:
      return 0x22;
    case 0x2026:
      return 0x2e;
    default:
      return cp;
  }
}

// Scratch space for the units, reused between calls (normalisation never runs inside itself);
// the text is copied out of it.
let scratchUnits = new Uint16Array(256);
/** Units the shared scratch space grows to at most: far more than a message has. */
const LARGEST_KEPT_SCRATCH = 16_384;

/** Where each unit of a reshaped text came from in the original. */
interface Offsets {
  starts: number[];
  ends: number[];
}

/**
 * A reshaped text whose offsets are worked out the first time they are read: most drafts are read
 * and never highlighted, and recording where every unit came from was a tenth of the engine's time
 * on a long calm message.
 */
export class Reshaped implements NormalisedText {
  private offsets: Offsets | undefined;

  constructor(
    readonly text: string,
    private readonly mapOffsets: () => Offsets,
  ) {}

  get starts(): readonly number[] {
    this.offsets ??= this.mapOffsets();
    return this.offsets.starts;
  }

  get ends(): readonly number[] {
    this.offsets ??= this.mapOffsets();
    return this.offsets.ends;
  }
}

function normaliseSlowly(original: string, lower: string): NormalisedText {
  return new Reshaped(reshape(original, lower, null), () => {
    const offsets: Offsets = { starts: [], ends: [] };
    reshape(original, lower, offsets);
    return offsets;
  });
}

/** The normalised text; when given `offsets`, it also notes where each unit came from. */
function reshape(original: string, lower: string, offsets: Offsets | null): string {
  // Lower-casing can at most double a unit (U+0130 → "i̇"), so this is always room enough.
  const capacity = original.length * 2;
  // A pasted document gets scratch space of its own, let go after it.
  if (scratchUnits.length < capacity && capacity <= LARGEST_KEPT_SCRATCH)
    scratchUnits = new Uint16Array(capacity);
  const units = scratchUnits.length < capacity ? new Uint16Array(capacity) : scratchUnits;
  // Where lower-casing keeps the length, each unit's lower case sits at the same offset.
  const lowerInPlace = lower.length === original.length;
  let length = 0;
  let run = 0;
  /** Adds a unit that came from original[from, to). */
  const add = (unit: number, from: number, to: number) => {
    units[length] = unit;
    if (offsets !== null) {
      offsets.starts[length] = from;
      offsets.ends[length] = to;
    }
    length++;
  };
  /** The last unit also covers the original up to `to` (a folded run, a space among spaces). */
  const widen = (to: number) => {
    if (offsets !== null) offsets.ends[length - 1] = to;
  };

  for (let i = 0; i < original.length; ) {
    const from = i;
    let cp = original.charCodeAt(i);
    // Printable ASCII other than a space, most of any draft: no invisible unit, space or
    // typographic quote to fold (a backtick is an apostrophe).
    if (cp > 0x20 && cp < 0x7f) {
      i++;
      if (cp === 0x60) cp = 0x27;
    } else {
      cp = original.codePointAt(i) ?? 0;
      i += cp > 0xffff ? 2 : 1;
      if (isInvisible(cp)) continue;
      if (isSpace(cp) || cp === 0x0a) {
        const unit = cp === 0x0a || cp === 0x2028 || cp === 0x2029 ? 0x0a : 0x20;
        const last = length > 0 ? units[length - 1] : undefined;
        if (last === 0x20 || last === 0x0a) {
          if (unit === 0x0a) units[length - 1] = 0x0a;
          widen(i);
        } else {
          add(unit, from, i);
        }
        run = 0;
        continue;
      }
      cp = foldQuote(cp);
    }

    // An apostrophe inside a word is dropped: "you're" reads as "youre", however it was typed.
    if (
      cp === 0x27 &&
      length > 0 &&
      isAsciiLetter(units[length - 1] ?? 0) &&
      isAsciiLetter(original.charCodeAt(i) | 0x20)
    ) {
      run = 0;
      continue;
    }
    // Full-width Latin (ｙｏｕ) reads as plain Latin.
    if (cp >= 0xff01 && cp <= 0xff5e) cp -= 0xfee0;

    if (cp < 0x80) {
      if (cp >= 0x41 && cp <= 0x5a) cp += 0x20;
      if (cp >= 0x61 && cp <= 0x7a && length > 0 && units[length - 1] === cp) {
        run++;
        // A third copy of a letter folds the run back to one; later copies only widen its span.
        if (run >= 2) {
          if (run === 2) length--;
          widen(i);
          continue;
        }
      } else {
        run = 0;
      }
      add(cp, from, i);
      continue;
    }

    run = 0;
    const lowered = lowerInPlace ? lower.slice(from, i) : String.fromCodePoint(cp).toLowerCase();
    for (let k = 0; k < lowered.length; k++) add(lowered.charCodeAt(k), from, i);
  }

  if (offsets !== null) {
    offsets.starts.length = length;
    offsets.ends.length = length;
  }
  return decode(units, length);
}

function decode(units: Uint16Array, length: number): string {
  const CHUNK = 8192;
  let text = '';
  for (let at = 0; at < length; at += CHUNK) {
    text += String.fromCharCode.apply(
      null,
      units.subarray(at, Math.min(at + CHUNK, length)) as unknown as number[],
    );
  }
  return text;
}
