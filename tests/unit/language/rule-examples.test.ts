import { describe, expect, it } from 'vitest';
import { findMarkers, readForRules } from '../../../lib/language/analyze.ts';
import { alternativesOf, compiledLanguage } from '../../../lib/language/compile.ts';
import { originalSpan } from '../../../lib/language/normalize.ts';
import { en } from '../../../lib/language/rules/en.ts';
import type { MarkerRule } from '../../../lib/language/rules/types.ts';
import { PROTEST_KINDS, type ProtestKind, type ProtestMarker } from '../../../lib/language/types.ts';

/**
 * Every marker rule carries its own examples: drafts it must flag and look-alikes it must let
 * through. Each example is read alone, at the watchful sensitivity, so every rule is in play.
 */

const KIND_CODES: Readonly<Record<ProtestKind, string>> = {
  'globalizing-criticism': 'gc',
  'blame-question': 'bq',
  'demand-ping': 'dp',
  surveillance: 'sv',
  'stonewalling-exit': 'se',
  'guilt-score-keeping': 'gs',
  'contempt-sarcasm': 'cs',
  'judgement-feeling': 'jf',
};

/**
 * Flags whose phrasing a stronger rule of the same kind also reads, at the same spot: that rule
 * speaks first, so once markers name their rule they name it instead. "how dare you" is the last
 * alternative of bq.how-could-you (strength 2), but bq.dont-you-dare (strength 3) always matches
 * "how dare" first: the alternative never speaks and could go.
 */
const SHADOWED: ReadonlyMap<string, string> = new Map([
  ['bq.how-could-you how dare you', 'bq.dont-you-dare'],
]);

const ID_SHAPE = /^([a-z]{2})\.[a-z0-9]+(?:-[a-z0-9]+)*$/;

interface Rule {
  kind: ProtestKind;
  id: string;
  marker: MarkerRule;
  /** The pattern's top-level alternatives, macros expanded, as the engine compiles them. */
  alternatives: RegExp[];
}

const RULES: Rule[] = PROTEST_KINDS.flatMap((kind) =>
  en.kinds[kind].markers.map((marker, index) => ({
    kind,
    id: marker.id ?? `${kind}#${index}`,
    marker,
    alternatives: alternativesOf(marker.pattern, en.macros).map((source) => new RegExp(source)),
  })),
);

const english = compiledLanguage('en');
/** A draft as the rules read it (normalised, texted words spelled out). */
const read = (text: string) => {
  if (english === null) throw new Error('no English table');
  return readForRules(text, english);
};

const FLAGS = RULES.flatMap((rule) => (rule.marker.flags ?? []).map((text) => ({ ...rule, text })));
const ALLOWS = RULES.flatMap((rule) => (rule.marker.allows ?? []).map((text) => ({ ...rule, text })));

function markersOf(text: string, kind: ProtestKind): ProtestMarker[] {
  return findMarkers(text, { sensitivity: 'watchful' }).filter((marker) => marker.kind === kind);
}

/** Where the rule's own pattern first matches the draft, as a span of the original text. */
function ownSpan(rule: Rule, text: string): [number, number] | null {
  const normalised = read(text);
  let best: [number, number] | null = null;
  for (const alternative of rule.alternatives) {
    const found = alternative.exec(normalised.text);
    if (found !== null && (best === null || found.index < best[0])) {
      best = [found.index, found.index + Math.max(found[0].length, 1)];
    }
  }
  return best === null ? null : originalSpan(normalised, best[0], best[1]);
}

describe('the marker rules of the English table', () => {
  it('each have a well-formed id, prefixed by their kind’s code', () => {
    for (const { kind, id, marker } of RULES) {
      expect(marker.id, `${kind} rule ${id} has no id`).toBeDefined();
      expect(id).toMatch(ID_SHAPE);
      expect(ID_SHAPE.exec(id)?.[1], id).toBe(KIND_CODES[kind]);
    }
  });

  it('have unique ids', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('each bring at least two drafts to flag and one look-alike to let through', () => {
    for (const { id, marker } of RULES) {
      expect(marker.flags?.length ?? 0, id).toBeGreaterThanOrEqual(2);
      expect(marker.allows?.length ?? 0, id).toBeGreaterThanOrEqual(1);
      const examples = [...(marker.flags ?? []), ...(marker.allows ?? [])];
      expect(new Set(examples).size, `${id} repeats an example`).toBe(examples.length);
    }
  });

  it.each(RULES)('$id: its flags use every alternative of its pattern', (rule) => {
    const unused = rule.alternatives
      .map((alternative, i) => ({ i, alternative }))
      .filter(({ alternative }) =>
        (rule.marker.flags ?? []).every((text) => !alternative.test(read(text).text)),
      )
      .map(({ i, alternative }) => `#${i}: ${alternative.source.slice(0, 80)}`);
    expect(unused).toEqual([]);
  });
});

describe('each rule flags its own examples', () => {
  it.each(FLAGS)('$id flags "$text"', (rule) => {
    const span = ownSpan(rule, rule.text);
    expect(span, 'the rule’s own pattern does not match').not.toBeNull();
    const markers = markersOf(rule.text, rule.kind);
    expect(markers.length, `no ${rule.kind} marker`).toBeGreaterThan(0);
    if (span === null) return;
    // The marker stands where the rule itself matched, not somewhere another rule of the kind did.
    const [from, to] = span;
    const here = markers.filter((marker) => marker.start < to && from < marker.end);
    expect(here.length, `no ${rule.kind} marker over ${rule.text.slice(from, to)}`).toBeGreaterThan(0);
    // Once markers say which rule spoke, it must be this one.
    const named = here.flatMap((marker) => {
      const ruleId: unknown = (marker as { ruleId?: unknown }).ruleId;
      return typeof ruleId === 'string' ? [ruleId] : [];
    });
    if (named.length > 0) expect(named).toContain(SHADOWED.get(`${rule.id} ${rule.text}`) ?? rule.id);
  });
});

describe('each rule lets its look-alikes through', () => {
  it.each(ALLOWS)('$id allows "$text"', ({ kind, text }) => {
    expect(markersOf(text, kind).map((marker) => text.slice(marker.start, marker.end))).toEqual([]);
  });
});
