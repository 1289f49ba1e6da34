import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeWithoutNet } from '../../../lib/language/analyze.ts';
import { en } from '../../../lib/language/rules/en.ts';
import { softerVersions } from '../../../lib/language/softer/versions.ts';
import { PROTEST_KINDS, type Sensitivity } from '../../../lib/language/types.ts';
import { MESSAGES } from './messages.ts';

const SENSITIVITIES: Sensitivity[] = ['gentle', 'balanced', 'watchful'];

/** Pieces of protests, traps and awkward characters, so generated drafts actually hit the rules. */
const FRAGMENTS = [
  'you never',
  'You ALWAYS',
  'you’re always',
  'why are you ignoring me',
  'whyyy',
  'hello??',
  'helloooo',
  '???',
  '?',
  'Fine.',
  'fine by me',
  'whatever',
  'forget it',
  "I'm done",
  'dont bother',
  'I see you were online',
  'after everything I do',
  "I'm always the one who texts",
  'thanks for nothing',
  'must be nice',
  'wow. ok.',
  'I feel ignored',
  'I feel like you',
  'answer me',
  'never mind',
  "she said '",
  '"',
  '“',
  '”',
  ' and ',
  ', ',
  '. ',
  'jk',
  '😂',
  '🙄',
  'k.',
  'İ',
  '\u200B',
  '\u200F',
  '\r\n',
  '  ',
  'ｙｏｕ',
];

/** fast-check 4's form of fullUnicodeString: any code point, astral ones included. */
const fullUnicodeString = (maxLength: number) => fc.string({ unit: 'binary', maxLength });
/** Any UTF-16 units at all, lone surrogates included. */
const anyUnits = (maxLength: number) =>
  fc.string({
    unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
    maxLength,
  });

const draft = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fullUnicodeString(6), fc.string({ maxLength: 6 })), {
    maxLength: 8,
  })
  .map((parts) => parts.join(''));

const sensitivity = fc.constantFrom(...SENSITIVITIES);

// A hundred thousand runs take seconds, more while the rest of the suite shares two cores: the
// properties are what is tested here, not how fast they are checked.
describe('analysis properties', { timeout: 30_000 }, () => {
  it('analysis never throws', () => {
    const shortString = fc.oneof(
      fc.string({ maxLength: 12 }),
      fullUnicodeString(8),
      anyUnits(8),
      fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 3 }).map((parts) => parts.join(' ')),
    );
    fc.assert(
      fc.property(shortString, sensitivity, (text, level) => {
        // Without the safety net too: the net is for bugs, and there should be none to catch.
        const unguarded = analyzeWithoutNet(text, 'en', { sensitivity: level });
        const analysis = analyze(text, { sensitivity: level });
        return analysis.protest === unguarded.protest && analysis.text === text;
      }),
      { numRuns: 100_000 },
    );
  });

  it('keeps every span inside the text, non-empty, in order, with unique kinds', () => {
    fc.assert(
      fc.property(fc.oneof(draft, fullUnicodeString(40), anyUnits(40)), sensitivity, (text, level) => {
        const analysis = analyze(text, { sensitivity: level });
        expect(analysis.protest).toBe(analysis.markers.length > 0);
        let previousStart = 0;
        for (const marker of analysis.markers) {
          expect(marker.start).toBeGreaterThanOrEqual(previousStart);
          expect(marker.end).toBeGreaterThan(marker.start);
          expect(marker.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(marker.start, marker.end)).not.toBe('');
          previousStart = marker.start;
        }
        expect(new Set(analysis.kinds).size).toBe(analysis.kinds.length);
        expect(new Set(analysis.markers.map((m) => m.kind))).toEqual(new Set(analysis.kinds));
      }),
      { numRuns: 3000 },
    );
  });

  it('flags more, never less, as sensitivity rises', () => {
    fc.assert(
      fc.property(draft, (text) => {
        const [gentle, balanced, watchful] = SENSITIVITIES.map((level) =>
          analyze(text, { sensitivity: level }),
        );
        if (gentle?.protest) expect(balanced?.protest).toBe(true);
        if (balanced?.protest) expect(watchful?.protest).toBe(true);
        for (const kind of gentle?.kinds ?? []) expect(balanced?.kinds).toContain(kind);
        for (const kind of balanced?.kinds ?? []) expect(watchful?.kinds).toContain(kind);
      }),
      { numRuns: 2000 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(draft, sensitivity, (text, level) => {
        const copy = `${text}`.slice(0);
        const first = analyze(text, { sensitivity: level });
        expect(analyze(copy, { sensitivity: level })).toEqual(first);
        const moment = { hour: 9, day: 3 };
        expect(softerVersions(analyze(copy, { sensitivity: level }), moment)).toEqual(
          softerVersions(first, moment),
        );
      }),
      { numRuns: 2000 },
    );
  });
});

/** Protests from the first table that read as protests on their own. */
const PROTESTS = MESSAGES.filter((row) => row.protest && analyze(row.text).protest).map((row) => row.text);
/**
 * Rules that read a reaction standing alone at the end of a message ("Wow. Just wow.", "fine."):
 * with a sentence after it, such a reaction is read again, so only a sentence before is harmless.
 */
const LONE_REACTIONS = new Set(
  PROTEST_KINDS.flatMap((kind) => en.kinds[kind].markers)
    .filter((marker) => marker.pattern.includes('{alone}') || marker.pattern.includes('$'))
    .map((marker) => marker.id),
);
const standsAlone = (text: string) =>
  analyze(text).markers.some((marker) => LONE_REACTIONS.has(marker.ruleId));
/** Sentences with nothing of a protest or a boundary in them. */
const HARMLESS = [
  'I’m at the shop.',
  'See you at 8.',
  'The train is on time for once.',
  'Got the tickets.',
  'Mum says hi.',
  'It’s raining here.',
  'Just finished work.',
  'Ok.',
  'Dinner’s in the oven.',
  'Kids are asleep.',
];

describe('protests hold their reading', () => {
  it('stay protests with a harmless sentence before or after, at every sensitivity', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PROTESTS),
        fc.constantFrom(...HARMLESS),
        fc.boolean(),
        fc.constantFrom(...SENSITIVITIES),
        (protest, harmless, before, sensitivity) => {
          if (!analyze(protest, { sensitivity }).protest || (!before && standsAlone(protest))) return true;
          // As people write two sentences: after a full stop, or on a new line.
          const first = before ? harmless : protest;
          const joined = `${first}${/[.!?…]\s*$/.test(first) ? ' ' : '\n'}${before ? protest : harmless}`;
          return analyze(joined, { sensitivity }).protest;
        },
      ),
      { numRuns: 3_000 },
    );
  });

  it('do not change their verdict with letter case, apostrophes, repeated letters or repeated "!"', () => {
    // Stretching is a letter typed three or more times where the word has it once ("whyyy");
    // a doubled letter is spelling ("too", "off"), not stretching.
    const stretch = (text: string, at: number, times: number) => {
      const letters = [...text.matchAll(/\p{L}/gu)].filter(
        (m) => m.index !== undefined && text[m.index - 1] !== m[0] && text[m.index + 1] !== m[0],
      );
      const letter = letters[at % Math.max(1, letters.length)];
      if (!letter || letter.index === undefined) return text;
      return text.slice(0, letter.index) + letter[0].repeat(times) + text.slice(letter.index);
    };
    fc.assert(
      fc.property(
        fc.constantFrom(...MESSAGES.map((row) => row.text)),
        fc.nat(),
        fc.integer({ min: 2, max: 6 }),
        fc.constantFrom('upper', 'lower', 'apostrophes', 'stretch', 'exclaim'),
        (text, at, times, change) => {
          const changed =
            change === 'upper'
              ? text.toUpperCase()
              : change === 'lower'
                ? text.toLowerCase()
                : change === 'apostrophes'
                  ? text.replace(/(?<=\p{L})['’](?=\p{L})/gu, '')
                  : change === 'exclaim'
                    ? text.replace(/!+/, '!'.repeat(times))
                    : stretch(text, at, times);
          return analyze(changed).protest === analyze(text).protest;
        },
      ),
      { numRuns: 3_000 },
    );
  });
});

describe('softer version properties', () => {
  const moment = fc.record({ hour: fc.integer({ min: 0, max: 23 }), day: fc.integer({ min: 0, max: 6 }) });

  it('every version analyses as not a protest, at every sensitivity', () => {
    fc.assert(
      fc.property(draft, sensitivity, moment, (text, level, when) => {
        for (const version of softerVersions(analyze(text, { sensitivity: level }), when))
          for (const check of SENSITIVITIES)
            expect(analyze(version, { sensitivity: check }).protest).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('a draft that is not a protest gets no version; a protest gets at least one', () => {
    fc.assert(
      fc.property(fc.oneof(draft, fullUnicodeString(30)), sensitivity, moment, (text, level, when) => {
        const analysis = analyze(text, { sensitivity: level });
        const versions = softerVersions(analysis, when);
        if (!analysis.protest) expect(versions).toEqual([]);
        else expect(versions.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });
});
