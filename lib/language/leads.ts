/**
 * Works out how a protest rule can start, from its pattern alone: its first two words where the
 * pattern pins them down ("you always", "you never"), otherwise its first word or symbol ("?").
 * Analysis then only tries a rule where its lead appears in the draft, instead of trying every
 * rule at every character. Patterns stay readable regular expressions; one whose lead cannot be
 * worked out is rejected when the table is compiled.
 */

/** Beyond this many lead pairs, an alternative falls back to its first words. */
const MAX_PAIRS = 256;
const MAX_STATES = 4096;

export interface Leads {
  /** First words (or symbols) where the second word is not pinned down. */
  words: string[];
  /** "first second" pairs. */
  pairs: string[];
}

/** A lead being read: the text so far and how far into the two words it is. */
interface Lead {
  text: string;
  /** 0: in the first word; 1: just past the single space after it; 2: in the second word. */
  phase: 0 | 1 | 2;
  open: boolean;
  /** A word boundary was asserted: the first word cannot take another letter. */
  ended?: boolean;
}

export function isWordUnit(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
}

/** Splits a pattern at its top-level `|`, so each alternative gets its own leads. */
export function splitAlternatives(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      parts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(source.slice(from));
  return parts;
}

/** The leads of one alternative (no top-level `|`). */
export function leadsOf(source: string): Leads {
  const finished: Lead[] = [];
  for (const lead of readSequence(source, [{ text: '', phase: 0, open: true }], finished)) {
    finished.push(close(lead, source));
  }
  const words = new Set<string>();
  const pairs = new Set<string>();
  for (const lead of finished) {
    if (lead.phase === 2) pairs.add(lead.text);
    else words.add(lead.text);
  }
  if (pairs.size > MAX_PAIRS) {
    for (const pair of pairs) words.add(pair.slice(0, pair.indexOf(' ')));
    pairs.clear();
  }
  return { words: [...words], pairs: [...pairs] };
}

/** Ends a lead: a dangling space is dropped, an empty lead means the rule has no fixed start. */
function close(lead: Lead, context: string): Lead {
  if (!lead.open) return lead;
  if (lead.text === '') throw new Error(`Protest rule has no word or symbol to start from: ${context}`);
  return lead.phase === 1
    ? { text: lead.text.slice(0, -1), phase: 0, open: false }
    : { text: lead.text, phase: lead.phase, open: false };
}

/** Feeds a sequence of regex items to every open lead; closed leads go to `finished`. */
function readSequence(source: string, start: Lead[], finished: Lead[]): Lead[] {
  let leads = start;
  let i = 0;
  while (i < source.length && leads.some((lead) => lead.open)) {
    const { end, apply } = readItem(source, i);
    const [min, max, next] = readQuantifier(source, end);
    leads = repeat(leads, apply, min, max, finished);
    i = next;
  }
  for (const lead of leads) if (!lead.open) finished.push(lead);
  return leads.filter((lead) => lead.open);
}

type Step = (leads: Lead[], finished: Lead[]) => Lead[];

function repeat(leads: Lead[], apply: Step, min: number, max: number, finished: Lead[]): Lead[] {
  // Normalisation squeezes runs of a letter to at most two, so more repeats never start a new word.
  const upper = Math.min(max, min + 2);
  let current = leads;
  const results: Lead[] = [];
  for (let count = 0; count <= upper; count++) {
    if (count >= min) results.push(...current);
    if (count < upper) current = apply(current, finished);
  }
  const unique = new Map<string, Lead>();
  for (const lead of results)
    unique.set(`${lead.open ? 'o' : 'c'}${lead.ended ? 'e' : ''}${lead.phase}${lead.text}`, lead);
  if (unique.size > MAX_STATES) throw new Error('Protest rule has too many ways to start');
  return [...unique.values()];
}

/** Reads one unit of text: a letter goes on, a single space moves to the second word, else it ends. */
function appendUnit(leads: Lead[], unit: string): Lead[] {
  const code = unit.charCodeAt(0);
  const wordy = isWordUnit(code);
  return leads.flatMap((lead): Lead[] => {
    if (!lead.open) return [lead];
    const { text, phase } = lead;
    if (text === '') return [{ text: unit, phase: 0, open: wordy }];
    if (phase === 1) return [wordy ? { text: text + unit, phase: 2, open: true } : close(lead, unit)];
    // A letter right after a word boundary cannot match: that reading of the pattern ends here.
    if (lead.ended && (wordy || code === 0x27)) return [];
    // An apostrophe inside a word ("don't") keeps the word going.
    if (wordy || code === 0x27) return [{ text: text + unit, phase, open: true }];
    if (phase === 0 && unit === ' ') return [{ text: `${text} `, phase: 1, open: true }];
    return [close(lead, unit)];
  });
}

/** A word boundary: unseen before a word starts, the end of the first word, the end of the lead after the second. */
function wordBoundary(lead: Lead): Lead {
  if (!lead.open || lead.text === '' || lead.phase === 1) return lead;
  return lead.phase === 2 ? close(lead, '') : { ...lead, ended: true };
}

/** `\s`, `.` and unlisted classes: they end a lead under way; nothing can start with them. */
function closeAll(leads: Lead[], source: string): Lead[] {
  return leads.map((lead) => close(lead, source));
}

function readItem(source: string, i: number): { end: number; apply: Step } {
  const ch = source[i] ?? '';
  if (ch === '(') {
    const end = matchingParen(source, i);
    const inner = source.slice(i + 1, end);
    if (/^\?<?[=!]/.test(inner)) return { end: end + 1, apply: (leads) => leads };
    if (!inner.startsWith('?:')) throw new Error(`Protest rule has a capturing group: ${source}`);
    const alternatives = splitAlternatives(inner.slice(2));
    return {
      end: end + 1,
      apply: (leads, finished) => alternatives.flatMap((alt) => readSequence(alt, leads, finished)),
    };
  }
  if (ch === '[') {
    const end = classEnd(source, i);
    const body = source.slice(i + 1, end);
    // Small plain classes like [sz] are listed; negated, ranged or escaped ones are wildcards.
    const listable = !body.startsWith('^') && !body.includes('-') && !body.includes('\\');
    return {
      end: end + 1,
      apply: (leads) =>
        listable ? [...body].flatMap((unit) => appendUnit(leads, unit)) : closeAll(leads, source),
    };
  }
  if (ch === '\\') {
    const escaped = source[i + 1] ?? '';
    if (escaped === 'b') return { end: i + 2, apply: (leads) => leads.map(wordBoundary) };
    if (escaped === 'B') return { end: i + 2, apply: (leads) => leads };
    if ('swdSWD'.includes(escaped)) return { end: i + 2, apply: (leads) => closeAll(leads, source) };
    const unit = escaped === 'n' ? '\n' : escaped;
    return { end: i + 2, apply: (leads) => appendUnit(leads, unit) };
  }
  if (ch === '^' || ch === '$') return { end: i + 1, apply: (leads) => leads };
  if (ch === '.') return { end: i + 1, apply: (leads) => closeAll(leads, source) };
  // A literal unit; a surrogate pair's first half is enough to tell emoji leads apart.
  return { end: i + 1, apply: (leads) => appendUnit(leads, ch) };
}

function readQuantifier(source: string, i: number): [number, number, number] {
  const ch = source[i];
  let result: [number, number, number];
  if (ch === '?') result = [0, 1, i + 1];
  else if (ch === '*') result = [0, Number.POSITIVE_INFINITY, i + 1];
  else if (ch === '+') result = [1, Number.POSITIVE_INFINITY, i + 1];
  else if (ch === '{' && /^\{\d+(?:,\d*)?\}/.test(source.slice(i))) {
    const end = source.indexOf('}', i);
    const [low = '0', high] = source.slice(i + 1, end).split(',');
    const min = Number(low);
    const max = high === undefined ? min : high === '' ? Number.POSITIVE_INFINITY : Number(high);
    result = [min, max, end + 1];
  } else return [1, 1, i];
  // A lazy marker changes nothing about how a match can start.
  if (source[result[2]] === '?') result[2]++;
  return result;
}

function matchingParen(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (ch === '[') i = classEnd(source, i);
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
  }
  throw new Error(`Unbalanced parenthesis in protest rule: ${source}`);
}

function classEnd(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i;
  }
  throw new Error(`Unclosed character class in protest rule: ${source}`);
}
