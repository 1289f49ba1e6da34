import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMarkers } from '../../../lib/language/analyze.ts';
import { en } from '../../../lib/language/rules/en.ts';
import { featureHash, featureNames, MessageFeatures } from '../../../lib/language/scorer/features.ts';
import { scorerFor } from '../../../lib/language/scorer/languages.ts';
import { packCoded, packNumbers, unpackCoded, unpackNumbers } from '../../../lib/language/scorer/packed.ts';
import {
  jokeCues,
  kindOf,
  LARGEST_WEIGHT,
  packModel,
  type Scorer,
  stretchesOf,
  unpackModel,
} from '../../../lib/language/scorer/score.ts';
import { compileLexicon, squeeze, tokenize, tokenizeByPattern } from '../../../lib/language/scorer/tokens.ts';
import { MESSAGES } from './messages.ts';

const lexicon = compileLexicon(en.texting);
const jokes = jokeCues(en.banterCues);

describe('the scorer reads what it was trained on', () => {
  it('gathers for each stretch exactly the features the trainer names', () => {
    const texts = fc.sample(
      fc.oneof(
        fc.constantFrom(...MESSAGES.map((row) => row.text)),
        fc.string({ maxLength: 80 }),
        fc.constantFrom('ok. see you at 8!! u never txt back tho???', 'fine\n\nwhatever… and forget it'),
        // Sentences longer than a piece (32 tokens), read in overlapping pieces, and one after.
        fc
          .tuple(
            fc.array(fc.constantFrom('you', 'never', 'the', 'shop', 'and', 'again', 'why', 'me', '?'), {
              minLength: 30,
              maxLength: 110,
            }),
            fc.constantFrom('', '. you never listen', '\nok'),
          )
          .map(([words, after]) => words.join(' ') + after),
      ),
      { numRuns: 2_000, seed: 20261130 },
    );
    for (const text of texts) {
      const tokens = tokenize(text, lexicon);
      const features = new MessageFeatures(tokens);
      for (const stretch of stretchesOf(
        text,
        tokens,
        findMarkers(text, { sensitivity: 'watchful' }),
        jokes,
      )) {
        const named = [...new Set(featureNames(stretch).map(featureHash))].sort((a, b) => a - b);
        expect(
          features.of(stretch).sort((a, b) => a - b),
          text,
        ).toEqual(named);
      }
    }
  });

  it('ships weights its table holds exactly: whole hundredths, none past a 16-bit number', () => {
    const model = unpackModel(en.model);
    for (const weights of [model.protest, model.boundary]) {
      expect(weights.size).toBeGreaterThan(1_000);
      for (const [slot, weight] of weights) {
        expect(slot).toBeLessThan(2 ** 20);
        expect(weight).not.toBe(0);
        expect(Number.isInteger(weight)).toBe(true);
        expect(Math.abs(weight)).toBeLessThanOrEqual(LARGEST_WEIGHT);
      }
    }
    // Packed again, it is the same text: nothing is lost or reordered on the way.
    expect(packModel(model)).toEqual({ slots: en.model.slots, weights: en.model.weights });
  });

  it('packs any weights and gets them back, slots either model leaves out included', () => {
    const weights = fc.uniqueArray(
      fc.tuple(
        fc.integer({ min: 0, max: 2 ** 20 - 1 }),
        fc.integer({ min: -LARGEST_WEIGHT, max: LARGEST_WEIGHT }),
        fc.integer({ min: -LARGEST_WEIGHT, max: LARGEST_WEIGHT }),
      ),
      { selector: ([slot]) => slot, maxLength: 200 },
    );
    fc.assert(
      fc.property(weights, (rows) => {
        const model = {
          protest: new Map(rows.filter(([, p]) => p !== 0).map(([slot, p]) => [slot, p])),
          boundary: new Map(rows.filter(([, , b]) => b !== 0).map(([slot, , b]) => [slot, b])),
        };
        const back = unpackModel(packModel(model));
        expect([...back.protest].sort(([a], [b]) => a - b)).toEqual(
          [...model.protest].sort(([a], [b]) => a - b),
        );
        expect([...back.boundary].sort(([a], [b]) => a - b)).toEqual(
          [...model.boundary].sort(([a], [b]) => a - b),
        );
      }),
      { seed: 20261203 },
    );
    expect(() => unpackNumbers('A!', false)).toThrow(/not a digit/);
    expect(() => unpackNumbers('g', false)).toThrow(/ends inside a number/);
    expect(() => packNumbers([-1], false)).toThrow(/cannot pack|not a whole number/);
    expect(unpackNumbers(packNumbers([0, -1, 1, -16, 16, -33_000, 1_048_575], true), true)).toEqual([
      0, -1, 1, -16, 16, -33_000, 1_048_575,
    ]);
  });

  it('codes any list of whole numbers and gets it back; refuses text that is not such a code', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(fc.integer({ min: -LARGEST_WEIGHT, max: LARGEST_WEIGHT }), { maxLength: 300 }),
          // Skewed lists, like the model's: a few common values and a long tail.
          fc.array(
            fc.oneof(
              { weight: 20, arbitrary: fc.constantFrom(0, 1, -1) },
              { weight: 1, arbitrary: fc.integer() },
            ),
            {
              maxLength: 300,
            },
          ),
        ),
        (numbers) => {
          expect(unpackCoded(packCoded(numbers))).toEqual(numbers);
        },
      ),
      { seed: 20261203 },
    );
    expect(unpackCoded(packCoded([]))).toEqual([]);
    expect(unpackCoded(packCoded([7, 7, 7]))).toEqual([7, 7, 7]);
    expect(() => unpackCoded('ABC')).toThrow(/no code table/);
    expect(() => unpackCoded(`${packCoded([1, 2, 3]).split('~')[0]}~`)).toThrow(/ends early/);
    expect(() => unpackCoded('EAC~A')).toThrow(/does not add up/);
  });

  it('ships the model coded more tightly than its digits alone would be', () => {
    // The coded weights and slots, against the same numbers as base-32 digits (both before gzip).
    const model = unpackModel(en.model);
    const slots = [...new Set([...model.protest.keys(), ...model.boundary.keys()])].sort((a, b) => a - b);
    const digits =
      packNumbers(
        slots.map((slot, i) => slot - (slots[i - 1] ?? 0)),
        false,
      ).length +
      packNumbers(
        slots.flatMap((slot) => [model.protest.get(slot) ?? 0, model.boundary.get(slot) ?? 0]),
        true,
      ).length;
    const { protest, protestAlone, boundary } = en.model.weights;
    const coded = en.model.slots.length + protest.length + protestAlone.length + boundary.length;
    expect(coded).toBeLessThan(0.7 * digits);
  });

  it('gathers each feature once, in a stretch far longer than any the engine reads too', () => {
    // 1,500 distinct words and each one again: more slots than the shared table holds.
    const words = Array.from({ length: 1_500 }, (_, i) => `w${i.toString(36)}`);
    const text = [...words, ...words].join(' ');
    const tokens = tokenize(text, lexicon);
    const stretch = { tokens, from: 0, joined: false, rules: [] };
    const gathered = new MessageFeatures(tokens).of(stretch);
    expect(new Set(gathered).size).toBe(gathered.length);
    expect([...gathered].sort((a, b) => a - b)).toEqual(
      [...new Set(featureNames(stretch).map(featureHash))].sort((a, b) => a - b),
    );
  });

  it('reads plain text unit by unit exactly as the pattern reads it, in any script', () => {
    // The plain scan reads ASCII (with curly quotes, dashes and "…") and hands anything else to
    // the pattern; which of them read a text must never change a token or where it stands.
    const unit = fc.constantFrom(
      ..."aZ09 .?!'’‘“”–—…\u00a0\n,#éßİ\u0301\u02bc😂🙄\ud83d".split(''),
      'ﬁ',
      'Ｂ',
      'ا',
    );
    const texts = fc.oneof(
      fc.array(unit, { maxLength: 24 }).map((units) => units.join('')),
      fc.constantFrom(...MESSAGES.map((row) => row.text)),
      fc.string({ maxLength: 40, unit: 'binary' }),
    );
    fc.assert(
      fc.property(texts, (text) => {
        expect(tokenize(text, lexicon)).toEqual(tokenizeByPattern(text, lexicon));
      }),
      { numRuns: 20_000, seed: 20261202 },
    );
  });

  it('squeezes every run of one letter, in any script, and nothing else', () => {
    const unit = fc.constantFrom(..."aAab19ßé\u0301😂'?".split(''));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 16 }), (units) => {
        const word = units.join('');
        expect(squeeze(word)).toBe(word.replace(/(\p{L})\1+/gu, '$1'));
      }),
      { numRuns: 20_000, seed: 20261202 },
    );
  });

  it('reads texting as words: case, apostrophes, stretched letters and shorthand', () => {
    const words = (text: string) => tokenize(text, lexicon).map((token) => token.text);
    expect(words('Y R U IGNORING ME???')).toEqual(words('why are you ignoring me??'));
    expect(words("don't")).toEqual(words('dont'));
    expect(words('whyyyy u no reply')).toEqual(['why', 'you', 'no', 'reply']);
    expect(words('plzzz')).toEqual(['please']);
  });
});

describe('a laugh belongs to the sentence before it', () => {
  const read = (text: string) =>
    stretchesOf(text, tokenize(text, lexicon), [], jokes)
      .filter((stretch) => !stretch.joined)
      .map((stretch) => stretch.tokens.map((token) => token.text).join(' '));

  it('whether it stands alone or opens the next sentence', () => {
    expect(read('why are you ignoring me? haha jk')).toEqual(['why are you ignoring me ? haha jk']);
    expect(read('why r u ignoring me? haha jk i know ur at work')).toEqual([
      'why are you ignoring me ? haha jk',
      'i know your at work',
    ]);
  });

  it('but not a laugh further on, nor an eye-roll', () => {
    expect(read('why are you ignoring me? i know haha')).toEqual([
      'why are you ignoring me ?',
      'i know haha',
    ]);
    expect(read('why are you ignoring me? 🙄 ok')).toEqual(['why are you ignoring me ?', '🙄 ok']);
  });
});

describe('the kind of a protest only the scorer finds is read from its words', () => {
  const scorer = scorerFor('en') as Scorer;
  const kindIn = (text: string) => {
    const tokens = tokenize(text, lexicon);
    return kindOf(scorer, { tokens, from: 0, joined: false, rules: [] });
  };

  it.each([
    ['i feeel so invisible to u lately', 'judgement-feeling'],
    ['saw u were active on insta 👀', 'surveillance'],
    ['i cooked, i cleaned, i did the school run', 'guilt-score-keeping'],
    ["whatever. i'm done talking", 'stonewalling-exit'],
    ['hellooo?? answer me', 'demand-ping'],
    ['oh wow, thanks for the one word reply 🙄', 'contempt-sarcasm'],
    ['u NEVER listen, every single time', 'globalizing-criticism'],
    ["how come you couldn't text back?", 'blame-question'],
  ] as const)('%j is %s', (text, kind) => {
    expect(kindIn(text)).toBe(kind);
  });

  it('names the kind with the most cues, not the first found', () => {
    // "reply" is a ping's word; the rest of the sentence is sarcasm's.
    expect(kindIn('thank u so much for the one word reply, truly')).toBe('contempt-sarcasm');
  });

  it("names the language's `otherwise` kind when no cue is there", () => {
    expect(kindIn('the bus to Leeds')).toBe(en.kindCues.otherwise);
  });

  it('reads each cue as a word or words the scorer reads, no two cues alike', () => {
    const read = en.kindCues.kinds.flatMap(([, cues]) =>
      cues.split(',').map((cue) =>
        tokenize(cue, lexicon)
          .map((token) => token.text)
          .join(' '),
      ),
    );
    expect(read.filter((words) => words === '')).toEqual([]);
    expect(read.filter((words, i) => read.indexOf(words) !== i)).toEqual([]);
  });
});
