// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APOSTROPHE_LOOK_ALIKES, normalise } from '../../../lib/language/normalize.ts';

describe('normalisation', () => {
  it('reads every apostrophe look-alike as an apostrophe, on the quick path and the careful one', () => {
    // Units that send a draft down either path: squeezable runs, doubled spaces, invisible
    // characters, capitals, words joined by an apostrophe.
    const unit = fc.constantFrom(...'aAbo o\n\u200b!.'.split(''), "'", 'ooo', '  ', 'İ', 'ｙ', '😂');
    fc.assert(
      fc.property(
        fc.array(unit, { maxLength: 20 }),
        fc.array(fc.constantFrom(...APOSTROPHE_LOOK_ALIKES.split('')), { minLength: 1, maxLength: 20 }),
        (units, alikes) => {
          const typed = units.join('');
          let next = 0;
          const lookAlike = typed.replace(/'/g, () => alikes[next++ % alikes.length] as string);
          const plain = normalise(typed);
          const folded = normalise(lookAlike);
          expect(folded.text).toBe(plain.text);
          expect(folded.starts).toEqual(plain.starts);
          expect(folded.ends).toEqual(plain.ends);
        },
      ),
      { numRuns: 20_000, seed: 20261202 },
    );
  });
});
