import { type NormalisedText, originalSpan } from '../normalize.ts';
import type { AskRule, SofterRewriteCopy } from '../rules/types.ts';

/**
 * The request inside a protest, in the person's own words: "you never ring me on your lunch
 * break" asks for "ring me on your lunch break". Only an act a person can do on request is taken
 * (it must start with one of the language's act verbs), only up to where the clause turns to
 * something else, never with an insult or a filler like "even", and never an act that still says
 * "always" or "never".
 */
export interface AskedAct {
  rule: AskRule;
  /** The act, ready to follow "Could you": base form first, the person's casing and spelling made plain. */
  act: string;
  /** A habit ("listen when I talk about work") or a time of its own: the request names no other time. */
  timed: boolean;
}

export interface CompiledAsks {
  rules: { rule: AskRule; pattern: RegExp }[];
  verbs: ReadonlySet<string>;
  /** The act verbs and the habit verbs together: what "Could you try not to…" may ask. */
  habits: ReadonlySet<string>;
  ends: RegExp;
  habit: RegExp;
  fillers: RegExp;
  hostile: ReadonlySet<string>;
  contextual: { word: string; before: RegExp; spelled: string }[];
  vague: RegExp;
  countedAll: string;
  plurals: (readonly [RegExp, string])[];
}

const MAX_ACT_WORDS = 14;
/** Words an act must not end on once something after them was cut ("help with the bins you"). */
const DANGLING =
  /(?:\s+(?:you|u|ya|your|ur|and|or|the|a|an|to|with|my|of|for|at|in|on|when|about|like|such|so|as))+$/;
const WORD = /[a-z0-9']+/g;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function compileAsks(copy: SofterRewriteCopy): CompiledAsks {
  const fillers = [...copy.fillers].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return {
    rules: copy.asks.map((rule) => ({ rule, pattern: new RegExp(rule.pattern, 'd') })),
    verbs: new Set(copy.actVerbs),
    habits: new Set([...copy.actVerbs, ...copy.habitVerbs]),
    ends: new RegExp(copy.actEnds),
    habit: new RegExp(copy.habitWords),
    fillers: new RegExp(String.raw`\b(?:${fillers.join('|')})\b`, 'g'),
    hostile: new Set(copy.hostile),
    vague: new RegExp(copy.vagueActs),
    contextual: copy.contextual.map((entry) => ({ ...entry, before: new RegExp(entry.before) })),
    countedAll: copy.countedThings.all,
    plurals: copy.countedThings.plurals.map(([ending, plural]) => [new RegExp(ending), plural] as const),
  };
}

/**
 * The base form of a verb among `verbs`, from a past form, a participle, an -ing or an -s form
 * ("called" → "call", "rang" → "ring", "leaving" → "leave", "says" → "say").
 */
function baseForm(word: string, verbs: ReadonlySet<string>, copy: SofterRewriteCopy): string | null {
  if (verbs.has(word)) return word;
  const irregular = copy.pastForms[word];
  if (irregular && verbs.has(irregular)) return irregular;
  const stem = (ending: string) => word.slice(0, -ending.length);
  const candidates = word.endsWith('ies')
    ? [`${stem('ies')}y`]
    : word.endsWith('ied')
      ? [`${stem('ied')}y`]
      : word.endsWith('ed')
        ? [stem('ed'), stem('d'), stem('ed').slice(0, -1)]
        : word.endsWith('ing')
          ? [stem('ing'), `${stem('ing')}e`, stem('ing').slice(0, -1)]
          : word.endsWith('s')
            ? [stem('s'), stem('es')]
            : [];
  return candidates.find((candidate) => verbs.has(candidate)) ?? null;
}

/** A word of the act as the person wrote it: their casing of names and apostrophes, texting made plain. */
function plainWord(word: string, written: string, copy: SofterRewriteCopy): string {
  const spelled = copy.spellings[word];
  if (spelled !== undefined) return spelled;
  const letters = written.replace(/['\u2018\u2019\u02bc]/g, '').toLowerCase();
  const shouted = written.length > 1 && written === written.toUpperCase();
  const named = !shouted && /^\p{Lu}/u.test(written);
  const base = letters === word ? written.toLowerCase().replace(/'/g, '’') : word;
  return named ? `${base[0]?.toUpperCase()}${base.slice(1)}` : base;
}

export function askedAct(
  normalised: NormalisedText,
  original: string,
  asks: CompiledAsks,
  copy: SofterRewriteCopy,
): AskedAct | null {
  for (const { rule, pattern } of asks.rules) {
    const match = pattern.exec(normalised.text);
    if (!match) continue;
    // A rule with no act asks for one thing whatever the words ("why are you ignoring me" → a reply).
    const span = match.indices?.groups?.act;
    if (!span) return { rule, act: '', timed: true };
    const starts = rule.starts ?? 'act';
    const verbs = starts === 'thing' ? null : starts === 'habit' ? asks.habits : asks.verbs;
    const act = actAt(normalised, original, span[0], span[1], verbs, asks, copy);
    // A lone word counted one by one is a thing to share in full; with more words its head is unknown.
    if (act && match.groups?.every && !act.act.includes(' '))
      return { rule, ...act, act: allOf(act.act, asks) };
    if (act) return { rule, ...act };
  }
  return null;
}

/** "bill" counted one by one → "the bills", "delivery" → "the deliveries". */
function allOf(thing: string, asks: CompiledAsks): string {
  const plural = asks.plurals.find(([ending]) => ending.test(thing));
  const things = plural ? thing.replace(plural[0], plural[1]) : thing;
  return asks.countedAll.replace('{things}', things);
}

function actAt(
  normalised: NormalisedText,
  original: string,
  from: number,
  to: number,
  verbs: ReadonlySet<string> | null,
  asks: CompiledAsks,
  copy: SofterRewriteCopy,
): { act: string; timed: boolean } | null {
  let clause = normalised.text.slice(from, to);
  const end = asks.ends.exec(clause);
  let cut = end !== null;
  if (end) clause = clause.slice(0, end.index);
  // Words with where they stand in the normalised text, fillers left out, cut at an insult.
  const words: { word: string; at: number }[] = [];
  const fillerSpans = [...clause.matchAll(asks.fillers)].map(
    (m) => [m.index, m.index + m[0].length] as const,
  );
  for (const m of clause.matchAll(WORD)) {
    const word = m[0].replace(/'/g, '');
    if (fillerSpans.some(([a, b]) => m.index >= a && m.index < b)) continue;
    if (!Object.hasOwn(copy.swaps, word) && asks.hostile.has(word)) {
      cut = true;
      break;
    }
    words.push({ word, at: from + m.index });
  }
  // Only a clause cut short can end on a word left hanging ("help with the bins you…").
  const text = words.map((w) => w.word).join(' ');
  const kept = cut ? text.replace(DANGLING, '') : text;
  const act = words.slice(0, kept === '' ? 0 : kept.split(' ').length);
  const first = act[0];
  if (!first || act.length > MAX_ACT_WORDS || /\b(?:always|never)\b/.test(kept)) return null;
  const base = verbs === null ? first.word : baseForm(first.word, verbs, copy);
  if (base === null) return null;
  const phrase = copy.actPhrases[[base, ...act.slice(1).map((w) => w.word)].join(' ')];
  const written = act.map(({ word, at }, i) => {
    if (i === 0 && verbs !== null) return base;
    const swapped = copy.swaps[word];
    if (swapped !== undefined) return swapped;
    const next = act[i + 1]?.word ?? '';
    const context = asks.contextual.find((entry) => entry.word === word && entry.before.test(next));
    if (context) return context.spelled;
    const [start, stop] = normalised.starts
      ? originalSpan(normalised, at, at + word.length)
      : [at, at + word.length];
    return plainWord(word, original.slice(start, stop), copy);
  });
  const spoken = phrase ?? written.join(' ');
  if (asks.vague.test(spoken)) return null;
  return { act: spoken, timed: asks.habit.test(spoken.toLowerCase()) };
}
