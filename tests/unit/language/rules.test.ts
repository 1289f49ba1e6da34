import { describe, expect, it } from 'vitest';
import { analyze, findMarkers } from '../../../lib/language/analyze.ts';
import { compiledLanguage, compileLanguage, hasCapturingGroup } from '../../../lib/language/compile.ts';
import { leadsOf, splitAlternatives } from '../../../lib/language/leads.ts';
import { en } from '../../../lib/language/rules/en.ts';
import { LANGUAGE_RULES } from '../../../lib/language/rules/index.ts';
import type { LanguageRules } from '../../../lib/language/rules/types.ts';
import { PROTEST_KINDS } from '../../../lib/language/types.ts';

describe('lead words', () => {
  it.each([
    [String.raw`\b(?:you|u) (?:always|never)\b`, [], ['you always', 'you never', 'u always', 'u never']],
    [String.raw`\bwhatever\b`, ['whatever'], []],
    [String.raw`(?<=^\s*)fine\s*\.`, ['fine'], []],
    [String.raw`\bi(?:'m| am)? done\b`, [], ["i'm done", 'i am', 'i done']],
    [
      String.raw`\bhel+o+\?`,
      ['helo', 'hello', 'heloo', 'helloo', 'helllo', 'hellloo', 'helooo', 'hellooo', 'helllooo'],
      [],
    ],
    [String.raw`(?<![^\s])\?{2,}`, ['?'], []],
    [String.raw`\bthanks?\b[^.]{0,9}x`, ['thank', 'thanks'], []],
    [String.raw`\bapologi[sz]e\b`, ['apologise', 'apologize'], []],
  ])('%s', (pattern, words, pairs) => {
    const leads = leadsOf(pattern);
    expect(leads.words.sort()).toEqual([...words].sort());
    expect(leads.pairs.sort()).toEqual([...pairs].sort());
  });

  it('refuses patterns that could start anywhere', () => {
    expect(() => leadsOf('[^a-z]+you')).toThrow();
    expect(() => leadsOf('(?:you)?')).toThrow();
    expect(() => leadsOf('(you) never')).toThrow();
  });

  it('splits only at top-level bars', () => {
    expect(splitAlternatives(String.raw`a(?:b|c)|[|]d|e\|f`)).toEqual(['a(?:b|c)', '[|]d', String.raw`e\|f`]);
  });
});

describe('the rule tables', () => {
  it('registers each table under its own code and compiles it', () => {
    for (const [code, table] of Object.entries(LANGUAGE_RULES)) {
      expect(table.code).toBe(code);
      expect(compiledLanguage(code)).not.toBeNull();
    }
  });

  it('gives every kind its rules, a strength and a kind-hearted line', () => {
    for (const kind of PROTEST_KINDS) {
      const rules = en.kinds[kind];
      expect(rules.explanation.length).toBeGreaterThan(30);
      expect(rules.markers.length).toBeGreaterThan(0);
      for (const marker of rules.markers) expect([1, 2, 3]).toContain(marker.strength);
    }
  });

  it('takes another language as a new table, with no new code', () => {
    const kinds = Object.fromEntries(
      PROTEST_KINDS.map((kind) => [kind, { explanation: 'Ein freundlicher Satz.', markers: [] }]),
    ) as unknown as LanguageRules['kinds'];
    const de: LanguageRules = {
      ...en,
      code: 'de',
      macros: {},
      reportedSpeech: String.raw`\b(?:sagte|sagt)\b`,
      clauseBreaks: ' (?:und|aber) ',
      banterCues: String.raw`\bhaha\b`,
      kinds: {
        ...kinds,
        'globalizing-criticism': {
          explanation: '„Du immer…“ macht aus einem Abend ein Urteil.',
          markers: [{ strength: 2, pattern: String.raw`\bdu (?:immer|nie)\b` }],
        },
      },
    };
    const compiled = compileLanguage(de);
    expect(compiled.scanners.balanced.pairs.size).toBe(2);
    expect(compiled.scanners.gentle.pairs.size).toBe(0);
  });

  it('rejects a rule that captures, and only such a rule', () => {
    // A capture would shift what a match reports; groups that only group or look around are fine.
    for (const source of ['(a)', 'x(?<name>a)', String.raw`\((a)`, '[(](b)'])
      expect(hasCapturingGroup(source), source).toBe(true);
    for (const source of ['(?:a)', '(?=a)', '(?!a)', '(?<=a)b', '(?<!a)b', String.raw`\(a\)`, '[(]a[)]', ''])
      expect(hasCapturingGroup(source), source).toBe(false);
    const capturing: LanguageRules = {
      ...en,
      kinds: {
        ...en.kinds,
        surveillance: { explanation: 'x', markers: [{ strength: 2, pattern: '(seen) you' }] },
      },
    };
    expect(() => compileLanguage(capturing)).toThrow(/capturing group/);
    // Every sensitivity's scanner holds the same phrasing objects, the gentler ones a part of them.
    const { gentle, watchful } = compileLanguage(en).scanners;
    const watchfulRules = new Set([...watchful.words.values(), ...watchful.pairs.values()].flat());
    for (const rule of [...gentle.words.values(), ...gentle.pairs.values()].flat())
      expect(watchfulRules.has(rule)).toBe(true);
  });

  it('rejects a rule with an unknown macro', () => {
    const broken: LanguageRules = {
      ...en,
      kinds: {
        ...en.kinds,
        surveillance: { explanation: 'x', markers: [{ strength: 2, pattern: '{nope} online' }] },
      },
    };
    expect(() => compileLanguage(broken)).toThrow(/nope/);
  });

  it('takes a joke cue in the same sentence, or opening the next, as banter; not one further on', () => {
    const ids = (text: string) => findMarkers(text, { sensitivity: 'watchful' }).map((m) => m.ruleId);
    expect(ids('why are u ignoring me lol jk')).toEqual([]);
    expect(ids('why are u ignoring me?? jk i know ur at work 😂')).toEqual([]);
    expect(ids('why are you ignoring me? ok. haha')).toEqual(['bq.why-are-you-ignoring']);
    expect(ids('why are you ignoring me. i give up. haha')).toContain('bq.why-are-you-ignoring');
  });

  it('takes a joke cue just before a marker, in its sentence, as banter; not one a sentence earlier', () => {
    const ids = (text: string) => findMarkers(text, { sensitivity: 'watchful' }).map((m) => m.ruleId);
    expect(ids('hahaha u never let me win')).toEqual([]);
    expect(ids('haha ok mr busy, go smash ur deadline')).toEqual([]);
    expect(ids('haha. you never listen')).toEqual(['gc.you-always-never']);
  });

  it('takes a laughing emoji closing the marker’s sentence as banter, however far on; not one in a later sentence', () => {
    const ids = (text: string) => findMarkers(text, { sensitivity: 'watchful' }).map((m) => m.ruleId);
    expect(ids('I feel left out, all of you in yellow in the photo and only me in blue 🤣')).toEqual([]);
    expect(ids('I feel left out, all of you went to the beach without me. so tired of this 🤣')).toEqual([
      'jf.i-feel-ignored',
    ]);
    expect(ids('you never listen to me and then you laugh about the film with everyone haha')).toEqual([
      'gc.you-always-never',
    ]);
  });

  it('reads curly and straight apostrophes alike', () => {
    expect(analyze('I’m always the one who texts first').kinds).toEqual(
      analyze("I'm always the one who texts first").kinds,
    );
    expect(analyze('why won’t you answer').protest).toBe(true);
  });
});
