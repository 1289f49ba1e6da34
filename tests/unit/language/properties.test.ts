import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeWithoutNet } from '../../../lib/language/analyze.ts';
import { softerRewrite } from '../../../lib/language/rewrite.ts';
import type { Sensitivity } from '../../../lib/language/types.ts';

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

describe('analysis properties', () => {
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
        expect(softerRewrite(analyze(copy, { sensitivity: level }))).toBe(softerRewrite(first));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('softer rewrite properties', () => {
  it('every rewrite analyses as not a protest, at every sensitivity', () => {
    fc.assert(
      fc.property(draft, sensitivity, (text, level) => {
        const rewrite = softerRewrite(analyze(text, { sensitivity: level }));
        if (rewrite === null) return;
        for (const check of SENSITIVITIES)
          expect(analyze(rewrite, { sensitivity: check }).protest).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('a draft that is not a protest gets no rewrite', () => {
    fc.assert(
      fc.property(fc.oneof(draft, fullUnicodeString(30)), sensitivity, (text, level) => {
        const analysis = analyze(text, { sensitivity: level });
        if (!analysis.protest) expect(softerRewrite(analysis)).toBeNull();
        else expect(softerRewrite(analysis)).toEqual(expect.any(String));
      }),
      { numRuns: 2000 },
    );
  });
});
