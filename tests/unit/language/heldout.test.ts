// @vitest-environment node
/**
 * The language engine judged on messages it was never fitted to: the held-out split of the
 * written messages and of the real public messages (tests/corpus/), and 3,003 real product
 * reviews that contain no protest at all. Nothing here — no rule, weight or threshold — was chosen
 * by looking at these figures. The run prints them; the floors below only stop them getting worse.
 * The precision and recall targets are not met yet: the `it.fails` cases say so, and will
 * fail (asking to be turned into plain tests) the day they are met. The boundary target is met.
 */
import { describe, expect, it } from 'vitest';
import {
  type Labelled,
  ordinaryMessages,
  realCorpus,
  reviewFloor,
  writtenCorpus,
} from '../../../lib/cli/corpus.ts';
import { developmentRows } from '../../../lib/cli/train.ts';
import { analyze } from '../../../lib/language/analyze.ts';

interface Figures {
  precision: number;
  recall: number;
  falseAlarm: number;
  counts: string;
  boundariesLeftAlone: string;
}

/**
 * Precision and recall over protests (borderline rows left out); boundaries count as not protests.
 * False alarms are counted on the calm rows `randomly` picks: a random sample, where the draw has one.
 */
function figures(rows: readonly Labelled[], randomly: (row: Labelled) => boolean = () => true): Figures {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let calm = 0;
  let alarms = 0;
  let boundaries = 0;
  let boundariesAlone = 0;
  for (const row of rows) {
    if (row.split !== 'heldout' || row.label === 'borderline') continue;
    const flagged = analyze(row.text).protest;
    if (row.label === 'protest') {
      if (flagged) tp += 1;
      else fn += 1;
      continue;
    }
    if (flagged) fp += 1;
    if (randomly(row)) {
      calm += 1;
      if (flagged) alarms += 1;
    }
    if (row.label === 'boundary') {
      boundaries += 1;
      if (!flagged) boundariesAlone += 1;
    }
  }
  return {
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    falseAlarm: calm === 0 ? 0 : alarms / calm,
    counts: `TP ${tp} FP ${fp} FN ${fn} calm ${calm}`,
    boundariesLeftAlone: `${boundariesAlone}/${boundaries}`,
  };
}

const show = (name: string, f: Figures) =>
  `${name.padEnd(16)} precision ${f.precision.toFixed(3)}  recall ${f.recall.toFixed(3)}  false alarms ${(100 * f.falseAlarm).toFixed(2)}%  boundaries left alone ${f.boundariesLeftAlone}  (${f.counts})`;

const written = writtenCorpus();

/**
 * The figures when last measured, a little below: a change that makes them worse fails. The
 * recall floors were lowered twice: once (fresh 0.85 → 0.84, first 0.69 → 0.68) by a change taken on
 * development figures that made every held-out boundary a boundary, and once (fresh 0.84 → 0.83,
 * first 0.68 → 0.67, SMS 0.74 → 0.73) when development messages in conversations held out under
 * another dataset's id were removed (README, "What moved"; tests/corpus/real/SOURCES.md). They
 * were raised (fresh 0.85, first 0.69, SMS 0.75; real 0.24) when the scorer learnt features seen
 * in two development messages rather than three, a change taken on development figures alone,
 * and again (fresh 0.86, SMS 0.77; precision first 0.91, SMS 0.91) when the rules were mended on
 * development misses and on `set-p`, `set-q` and `set-u`, with the scorer's weights unchanged, and
 * again (fresh 0.88, first 0.92 / 0.71, real 0.26) when they were mended on `set-w` to `set-aa`,
 * and again (SMS 0.80, real 0.28, from 0.801 and 14 of 49) when they were mended on `set-ad`,
 * `set-af`, `set-ai` and `set-ah`.
 */
const FLOOR = {
  freshWritten: { precision: 0.95, recall: 0.88 },
  firstWritten: { precision: 0.92, recall: 0.71 },
  smsWritten: { precision: 0.91, recall: 0.8 },
  /**
   * set-r first measured when it was added, nothing having been chosen by it: precision 0.818, recall
   * 0.684; with set-v, added the same way after the last rules: precision 0.850, recall 0.686; with
   * set-y, added the same way before the rules were mended again: precision 0.868, recall 0.716;
   * after the rules were mended on `set-w` to `set-aa`: precision 0.874, recall 0.736; with set-ae,
   * added the same way after the rules were mended on `set-ab` and `set-ac`: precision 0.886, recall
   * 0.753 (set-ae alone: 0.929, 0.813); after the rules were mended on `set-ad`, `set-af`, `set-ai`
   * and `set-ah`: precision 0.888, recall 0.765; with set-am, added the same way after `set-ag`
   * (set-am alone at first read: 0.926, 0.926): precision 0.895, recall 0.792; after the rules were
   * mended on `set-an` to `set-au`: precision 0.898, recall 0.798; with set-ay, added the same way
   * (set-ay alone at first read: 0.971, 0.853): precision 0.909, recall 0.806; with set-az and set-ba,
   * added the same way after every choice of that stop (at first read 0.887, 0.819 and 0.922, 0.896):
   * precision 0.908, recall 0.817; after the rules were mended on `set-bd`, `set-be` and `set-bc`:
   * precision 0.908, recall 0.819; with set-bf and set-bg, added the same way while retrained weights
   * were tried and not taken (at first read 0.853, 0.900 and 0.900, 0.846): precision 0.902, recall
   * 0.828.
   */
  textingWritten: { precision: 0.9, recall: 0.8 },
  /** Recall on the fresh real draw, where its texts are here. */
  realRecall: 0.28,
  /**
   * Of the held-out protests only the scorer finds (no rule names them), how many are named with
   * the kind their reader gave, written and real together: 0.32 (73 of 227) when the kind was read
   * from a few cue patterns written for unsqueezed words, 0.72 (163 of 227: written 162 of 223, real
   * 1 of 4) with the language's `kindCues`, chosen on development protests alone. Lowered to 0.69
   * when rules mended on development texts came to name protests the scorer had named right
   * (171 of 246 then, 0.695; over every flagged held-out protest the kind matched 631 of 782,
   * 0.807, against 629 of 777 before). Lowered to 0.65 when set-v joined the held-out texting: the
   * kind cues name 22 of its 46 scorer-only protests as their reader did (193 of 292 in all, 0.66).
   */
  kindsNamed: 0.65,
};
const real = realCorpus();

describe('held-out figures (balanced sensitivity)', () => {
  const writtenDraw = (draw: NonNullable<Labelled['draw']>) => written.filter((row) => row.draw === draw);

  it('written messages, fresh set: printed, and no worse than when last measured', () => {
    const f = figures(writtenDraw('fresh'));
    console.log(show('written held-out', f));
    expect(f.precision).toBeGreaterThanOrEqual(FLOOR.freshWritten.precision);
    expect(f.recall).toBeGreaterThanOrEqual(FLOOR.freshWritten.recall);
  });

  it('written messages, first set: printed, and no worse than when last measured', () => {
    const f = figures(writtenDraw('first'));
    console.log(show('first written', f));
    expect(f.precision).toBeGreaterThanOrEqual(FLOOR.firstWritten.precision);
    expect(f.recall).toBeGreaterThanOrEqual(FLOOR.firstWritten.recall);
  });

  it('written messages, phone-era SMS: printed, and no worse than when last measured', () => {
    const f = figures(writtenDraw('sms'));
    console.log(show('sms written', f));
    expect(f.precision).toBeGreaterThanOrEqual(FLOOR.smsWritten.precision);
    expect(f.recall).toBeGreaterThanOrEqual(FLOOR.smsWritten.recall);
  });

  it('written messages, texting written apart from the engine after the rules were mended: printed, and no worse than when first measured', () => {
    const f = figures(writtenDraw('texting'));
    console.log(show('texting written', f));
    expect(f.precision).toBeGreaterThanOrEqual(FLOOR.textingWritten.precision);
    expect(f.recall).toBeGreaterThanOrEqual(FLOOR.textingWritten.recall);
  });

  it.fails('written messages: meet the target, precision ≥ 0.95 and recall ≥ 0.90', () => {
    for (const draw of ['fresh', 'sms', 'first', 'texting'] as const) {
      const f = figures(writtenDraw(draw));
      expect(f.precision).toBeGreaterThanOrEqual(0.95);
      expect(f.recall).toBeGreaterThanOrEqual(0.9);
    }
  });

  const drawn = (draw: 'first' | 'fresh') => real.rows.filter((row) => row.draw === draw);
  const perSource = (name: string, rows: readonly Labelled[], randomly?: (row: Labelled) => boolean) => {
    console.log(show(name, figures(rows, randomly)));
    for (const source of [...new Set(rows.map((row) => row.source))].sort()) {
      console.log(
        show(
          `  ${source}`,
          figures(
            rows.filter((row) => row.source === source),
            randomly,
          ),
        ),
      );
    }
  };

  it('real public messages, fresh draw: printed per source when their texts are here, said plainly when not', () => {
    if (real.missing) {
      console.log(`real held-out: not measured — ${real.missing} (see tests/corpus/real/SOURCES.md)`);
      return;
    }
    // Precision and recall on the random sample and the enriched stratum together; false alarms on
    // the random sample alone, the only rows that stand for ordinary messages.
    const fresh = drawn('fresh');
    perSource('real held-out', fresh, (row) => row.sampled);
    expect(figures(fresh, (row) => row.sampled).falseAlarm).toBeLessThanOrEqual(0.02);
    expect(figures(fresh).recall).toBeGreaterThanOrEqual(FLOOR.realRecall);
  });

  it.skipIf(real.missing !== null).fails(
    'real public messages, fresh draw: meet the target, precision ≥ 0.85, recall ≥ 0.70, false alarms ≤ 0.2 %',
    () => {
      const f = figures(drawn('fresh'), (row) => row.sampled);
      expect(f.precision).toBeGreaterThanOrEqual(0.85);
      expect(f.recall).toBeGreaterThanOrEqual(0.7);
      expect(f.falseAlarm).toBeLessThanOrEqual(0.002);
    },
  );

  it('real public messages, first draw: printed for comparison with earlier runs', () => {
    if (real.missing) return;
    perSource('first held-out', drawn('first'));
  });

  it('real product reviews (no protest among them): false alarms printed and kept low', () => {
    const reviews = reviewFloor();
    const alarms = reviews.filter((text) => analyze(text).protest);
    console.log(
      `real reviews     false alarms ${((100 * alarms.length) / reviews.length).toFixed(2)}% (${alarms.length} of ${reviews.length})`,
    );
    expect(alarms.length / reviews.length).toBeLessThanOrEqual(0.01);
  });

  it('names the kind its reader gave a protest only the scorer finds: printed, and no worse than when last measured', () => {
    const named = (rows: readonly Labelled[]) => {
      const found = rows
        .filter((row) => row.split === 'heldout' && row.label === 'protest')
        .map((row) => ({ row, analysis: analyze(row.text) }))
        .filter(({ analysis }) => analysis.protest && analysis.markers.every((m) => m.ruleId === 'model'));
      const right = found.filter(({ row, analysis }) => analysis.kinds.some((kind) => kind === row.kind));
      return { right: right.length, of: found.length };
    };
    const inWritten = named(written);
    const inReal = named(real.rows);
    const both = { right: inWritten.right + inReal.right, of: inWritten.of + inReal.of };
    console.log(
      `kinds named      ${both.right} of ${both.of} as their reader named them where no rule names the protest (written ${inWritten.right} of ${inWritten.of}, real ${inReal.right} of ${inReal.of})`,
    );
    expect(both.right / both.of).toBeGreaterThanOrEqual(FLOOR.kindsNamed);
  });

  const heldBoundaries = () =>
    [...written, ...real.rows].filter((row) => row.split === 'heldout' && row.label === 'boundary');

  it('leaves every held-out boundary alone (the target): printed, any read as a protest named', () => {
    const boundaries = heldBoundaries();
    const paused = boundaries.filter((row) => analyze(row.text).protest);
    console.log(`boundaries       ${boundaries.length - paused.length}/${boundaries.length} left alone`);
    for (const row of paused) console.log(`  read as a protest: ${JSON.stringify(row.text)}`);
    expect(paused.map((row) => row.text)).toEqual([]);
  });
});

describe('the held-out split stays held out', () => {
  it('training reads development rows only, never a held-out or borderline one', () => {
    const rows = developmentRows([...written, ...real.rows]);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.split === 'dev' && row.label !== 'borderline')).toBe(true);
  });

  it('learns from no message that is, word for word, a held-out one (short greetings aside)', () => {
    // Sources can hold one message twice under two ids (MELD and EmoryNLP share Friends scenes;
    // crowd-workers repeat lines): a copy learnt from would make its held-out twin a test of memory.
    // "Hi, how are you?" may be said in both halves; a sentence longer than this is one message.
    const SHORT = 25;
    const heldOut = new Set(
      [...written, ...real.rows].filter((row) => row.split === 'heldout').map((row) => row.text),
    );
    const learnt = [...written, ...real.rows, ...ordinaryMessages().rows].filter(
      (row) => row.split === 'dev',
    );
    expect(heldOut.size).toBeGreaterThan(0);
    expect(
      learnt.filter((row) => row.text.length > SHORT && heldOut.has(row.text)).map((row) => row.text),
    ).toEqual([]);
  });
});
