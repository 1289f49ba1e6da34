/**
 * `npm run train`: fits the language engine's two linear models (protest, boundary) on the
 * development split of the labelled corpus and writes them, with the sensitivity thresholds, to
 * lib/language/rules/en-model.json. Deterministic: the same corpus gives the same file. Held-out
 * rows are never read here — not for weights, not for thresholds (a test checks this).
 *
 * Each message is a bag of stretches (each sentence and each pair of neighbouring sentences). A
 * calm message teaches that every stretch of it is calm; a protest teaches that its most
 * protest-like stretch is one (multiple-instance learning), so a protest in the third sentence
 * does not teach that greetings are protests. Logistic loss with L2 over the whole development set
 * at once (full-batch Adam, so every weight is held back alike, however rare its feature — per-message
 * updates let features seen once or twice memorise those messages); decisions are chosen on
 * out-of-fold verdicts (five folds), never on scores of the rows a model was fitted to.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findMarkers } from '../language/analyze.ts';
import { en } from '../language/rules/en.ts';
import { featureHash, featureNames } from '../language/scorer/features.ts';
import {
  isFragment,
  jokeCues,
  LARGEST_WEIGHT,
  lengthScale,
  packModel,
  type ScorerData,
  scoreHashes,
  sigmoid,
  stretchesOf,
  WEIGHT_UNIT,
} from '../language/scorer/score.ts';
import { compileLexicon, tokenize } from '../language/scorer/tokens.ts';
import type { Sensitivity } from '../language/types.ts';
import { argument, calledDirectly } from './args.ts';
import {
  isReal,
  type Labelled,
  ordinaryMessages,
  REPO,
  realCorpus,
  regressionTable,
  softerCopy,
  writtenCorpus,
} from './corpus.ts';

const MODEL_FILE = join(REPO, 'lib/language/rules/en-model.json');
/**
 * L2 strength per unit of training weight, for each model; chosen on out-of-fold development
 * figures (protest: recall at the limits below; 1.5e-4 caught less, and 1e-5 and 5e-6 more but
 * with less precision on the angry stratum (0.49 → 0.44), so they were not taken; boundary: F1,
 * which 3e-5 and 3e-6 tie on, and the lighter one keeps boundary precision at 0.90 rather than
 * 0.83: a protest misread as a boundary is never paused). With features from two messages, 1.5e-5
 * made the model too large for its budget, and trimmed to fit it lost real held-out protests
 * (README, "What moved").
 */
const LAMBDA = { protest: 3e-5, boundary: 3e-6 };
/** Rounds of choosing each protest's strongest stretch, and optimiser steps per round. */
const ROUNDS = 4;
const STEPS = 150;
const STEP_SIZE = 0.05;
/**
 * Weights smaller than this are left out of the model file (it ships in the nudge module, within
 * its size budget); out-of-fold figures are read with them left out too. The boundary model's
 * floor was raised from 0.08 after the shipped model was fitted, to make room for rules: its
 * weights that shipped as 0.08 were left out of the file (1 kB gzip), and no development verdict
 * and no held-out figure changed (its threshold is the one chosen with them in).
 */
const PRUNE = { protest: 0.08, boundary: 0.085 };
const FOLDS = 5;
/** The two models `npm run train` fits. */
type Target = 'protest' | 'boundary';

interface Example {
  stretches: number[][];
  /** The stretches a boundary is read from (single sentences and clauses, not joined pairs). */
  single: number[][];
  /** Which stretches are a lone word, which the scorer alone never makes a protest (score.ts). */
  fragment: readonly boolean[];
  /** For each sensitivity, which stretches hold a marker of a rule that strong (see analyze.ts). */
  named: Readonly<Record<Sensitivity, readonly boolean[]>>;
  protest: boolean;
  boundary: boolean;
  /** Written to teach limits (corpus.ts `LIMITS_WRITTEN`): the protest scorer never learns from it. */
  boundaryOnly: boolean;
  source: string;
  /** From a random sample (not drawn for learning), so its rates can be measured. */
  sampled: boolean;
  /** Taken as calm without being read (corpus.ts `ordinaryMessages`): never in a figure. */
  assumed: boolean;
  /** Position in a fixed order, for folds. */
  fold: number;
}

const lexicon = compileLexicon(en.texting);
const jokes = jokeCues(en.banterCues);

function example(row: Labelled): Example {
  const tokens = tokenize(row.text, lexicon);
  const markers = findMarkers(row.text, { sensitivity: 'watchful' });
  const read = stretchesOf(row.text, tokens, markers, jokes);
  // Slots, each once: two names that share a slot are one feature to the scorer too (features.ts).
  const stretches = read.map((stretch) => [...new Set(featureNames(stretch).map(featureHash))]);
  const single = read.flatMap((stretch, i) => (stretch.joined ? [] : [stretches[i] as number[]]));
  const namedAt = (sensitivity: Sensitivity) => {
    const found = findMarkers(row.text, { sensitivity });
    return read.map((stretch) => {
      const start = stretch.tokens[0]?.start ?? 0;
      const end = stretch.tokens.at(-1)?.end ?? 0;
      return found.some((marker) => marker.start < end && marker.end > start);
    });
  };
  const named = { gentle: namedAt('gentle'), balanced: namedAt('balanced'), watchful: namedAt('watchful') };
  // Every example has at least one stretch: an empty message reads as its bias alone.
  if (stretches.length === 0) stretches.push([featureHash('bias')]);
  if (single.length === 0) single.push([featureHash('bias')]);
  let fold = 0;
  for (let i = 0; i < row.text.length; i++) fold = (fold * 31 + row.text.charCodeAt(i)) >>> 0;
  return {
    stretches,
    single,
    named,
    fragment: read.map(isFragment),
    protest: row.label === 'protest',
    boundary: row.label === 'boundary',
    boundaryOnly: row.teaches === 'boundary',
    source: row.source,
    sampled: row.sampled,
    assumed: row.assumed === true,
    fold: fold % FOLDS,
  };
}

/** A fitted model: its weights by feature slot (slots it never learnt weigh nothing). */
interface Model {
  bias: number;
  weights: Map<number, number>;
}

/** Features a stretch has before they count less (score.ts `lengthScale`); chosen out of fold. */
const FULL_WEIGHT_FEATURES = 40;
const scaleOf = (count: number) => lengthScale(count, FULL_WEIGHT_FEATURES);

/**
 * Features seen in at least MIN_COUNT development messages: ones seen in a single message would be
 * learnt from it alone and mostly memorise it, and they would make the shipped model large. Two
 * rather than three was chosen out of fold (mean recall 0.552 → 0.559 at the same precision, real
 * false alarms 34 → 30 of 3,415; README, "What moved"); the model grew by 7 kB gzip.
 */
const MIN_COUNT = 2;

function commonFeatures(examples: readonly Example[]): Set<number> {
  const counts = new Map<number, number>();
  for (const { stretches } of examples) {
    for (const hash of new Set(stretches.flat())) counts.set(hash, (counts.get(hash) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, count]) => count >= MIN_COUNT).map(([hash]) => hash));
}

/** One stretch to learn from: its features (as indices into the model's weights) and its label. */
interface Instance {
  features: readonly number[];
  scale: number;
  label: 0 | 1;
  weight: number;
}

/** Full-batch Adam on weighted logistic loss with L2; the same data always gives the same model. */
class Fit {
  readonly weights: Float64Array;
  bias = 0;
  private readonly moment: Float64Array;
  private readonly square: Float64Array;
  private readonly gradient: Float64Array;
  private biasMoment = 0;
  private biasSquare = 0;
  private steps = 0;

  constructor(
    size: number,
    private readonly lambda: number,
  ) {
    this.weights = new Float64Array(size);
    this.moment = new Float64Array(size);
    this.square = new Float64Array(size);
    this.gradient = new Float64Array(size);
  }

  score(features: readonly number[], scale = 1): number {
    let sum = 0;
    for (const f of features) sum += this.weights[f] as number;
    return this.bias + scale * sum;
  }

  step(instances: readonly Instance[], total: number): void {
    const { weights, moment, square, gradient } = this;
    gradient.fill(0);
    let biasGradient = 0;
    for (const x of instances) {
      const g = ((sigmoid(this.score(x.features, x.scale)) - x.label) * x.weight) / total;
      biasGradient += g;
      for (const f of x.features) gradient[f] = (gradient[f] as number) + g * x.scale;
    }
    this.steps += 1;
    const first = 1 - 0.9 ** this.steps;
    const second = 1 - 0.999 ** this.steps;
    for (let f = 0; f < weights.length; f++) {
      const g = (gradient[f] as number) + this.lambda * (weights[f] as number);
      moment[f] = 0.9 * (moment[f] as number) + 0.1 * g;
      square[f] = 0.999 * (square[f] as number) + 0.001 * g * g;
      weights[f] =
        (weights[f] as number) -
        (STEP_SIZE * ((moment[f] as number) / first)) / (Math.sqrt((square[f] as number) / second) + 1e-8);
    }
    this.biasMoment = 0.9 * this.biasMoment + 0.1 * biasGradient;
    this.biasSquare = 0.999 * this.biasSquare + 0.001 * biasGradient * biasGradient;
    this.bias -= (STEP_SIZE * (this.biasMoment / first)) / (Math.sqrt(this.biasSquare / second) + 1e-8);
  }
}

function fitModel(examples: readonly Example[], target: Target): Model {
  const common = [...commonFeatures(examples)].sort((a, b) => a - b);
  const index = new Map(common.map((hash, i) => [hash, i]));
  const indexed = (hashes: readonly number[]) => hashes.flatMap((hash) => index.get(hash) ?? []);
  const bags = examples.map((e) =>
    (target === 'boundary' ? e.single : e.stretches).map((hashes) => ({
      features: indexed(hashes),
      scale: scaleOf(hashes.length),
    })),
  );
  const positives = examples.filter((e) => e[target]).length;
  // Positives are rarer than calm messages; weighting them up keeps recall from collapsing.
  const positiveWeight = Math.min(1.5, (examples.length - positives) / Math.max(1, positives));
  const fit = new Fit(common.length, LAMBDA[target]);
  for (let round = 0; round < ROUNDS; round++) {
    const instances: Instance[] = [];
    examples.forEach((e, i) => {
      const bag = bags[i] ?? [];
      if (target === 'protest' && e.boundaryOnly) return;
      if (!e[target]) {
        for (const x of bag) instances.push({ ...x, label: 0, weight: 1 / Math.sqrt(bag.length) });
        return;
      }
      // The first round learns from the whole message; later ones from its strongest stretch.
      const longest = bag.reduce((a, b) => (b.features.length > a.features.length ? b : a));
      const strongest = bag.reduce((a, b) =>
        fit.score(b.features, b.scale) > fit.score(a.features, a.scale) ? b : a,
      );
      instances.push({ ...(round === 0 ? longest : strongest), label: 1, weight: positiveWeight });
    });
    const total = instances.reduce((sum, x) => sum + x.weight, 0);
    for (let step = 0; step < STEPS; step++) fit.step(instances, total);
  }
  return { bias: fit.bias, weights: new Map(common.map((hash, i) => [hash, fit.weights[i] as number])) };
}

/**
 * A weight as the model file holds it: in hundredths, or 0 (left out) when smaller than the
 * model's PRUNE; never past what the engine's table holds (a weight that large would mean a fit
 * gone wrong).
 */
function shipping(weight: number, target: Target): number {
  const hundredths = Math.abs(weight) >= PRUNE[target] ? Math.round(weight * WEIGHT_UNIT) : 0;
  if (Math.abs(hundredths) > LARGEST_WEIGHT)
    throw new Error(`train: a weight of ${weight} is past the engine's table`);
  return hundredths;
}

/** A fitted model as it ships: its bias to thousandths, its weights as `shipping` keeps them. */
function shipped(model: Model, target: Target): { bias: number; weights: Map<number, number> } {
  const weights = new Map<number, number>();
  for (const [slot, w] of model.weights)
    if (shipping(w, target) !== 0) weights.set(slot, shipping(w, target));
  return { bias: Math.round(model.bias * 1000) / 1000, weights };
}

/** Out-of-fold scores of each stretch: each example scored by a model that never saw it. */
function outOfFold(examples: readonly Example[], target: Target): number[][] {
  const scores: number[][] = examples.map(() => []);
  for (let fold = 0; fold < FOLDS; fold++) {
    const model = fitModel(
      examples.filter((e) => e.fold !== fold),
      target,
    );
    // Scored exactly as the extension scores a stretch (score.ts), with the weights as they ship:
    // the small ones left out, the rest in hundredths.
    const shipped = new Map<number, number>();
    for (const [slot, w] of model.weights)
      if (shipping(w, target) !== 0) shipped.set(slot, shipping(w, target) / WEIGHT_UNIT);
    const read = { bias: model.bias, weights: { get: (slot: number) => shipped.get(slot) ?? 0 } };
    examples.forEach((e, i) => {
      if (e.fold !== fold) return;
      const bag = target === 'boundary' ? e.single : e.stretches;
      scores[i] = bag.map((hashes) => scoreHashes(read, hashes, FULL_WEIGHT_FEATURES));
    });
  }
  return scores;
}

const strongest = (scores: readonly number[]) => Math.max(0, ...scores);

/**
 * The out-of-fold verdicts as analyze.ts reaches them: a boundary is never a protest; otherwise a
 * protest when the strongest stretch reaches the threshold, or when a stretch holding a rule of
 * the sensitivity reaches the rule's lower confirming score.
 */
class Verdicts {
  private readonly best: number[];
  private readonly boundary: boolean[];
  /** Per sensitivity, each example's strongest score among the stretches its rules name (or -1). */
  private readonly named: Readonly<Record<Sensitivity, number[]>>;

  constructor(examples: readonly Example[], protest: readonly number[][], boundary: readonly boolean[]) {
    this.best = protest.map((scores, i) =>
      strongest(scores.filter((_, k) => examples[i]?.fragment[k] !== true)),
    );
    this.boundary = [...boundary];
    const namedAt = (sensitivity: Sensitivity) =>
      examples.map((e, i) =>
        Math.max(-1, ...(protest[i] ?? []).filter((_, k) => e.named[sensitivity][k] === true)),
      );
    this.named = { gentle: namedAt('gentle'), balanced: namedAt('balanced'), watchful: namedAt('watchful') };
  }

  at(sensitivity: Sensitivity, { threshold, confirm }: Decision): boolean[] {
    const named = this.named[sensitivity];
    return this.best.map(
      (score, i) => !this.boundary[i] && (score >= threshold || (named[i] ?? -1) >= confirm),
    );
  }
}

interface Rates {
  precision: number;
  recall: number;
  falseAlarm: number;
}

function rates(
  examples: readonly Example[],
  flagged: readonly boolean[],
  which?: (e: Example) => boolean,
): Rates {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let calm = 0;
  examples.forEach((e, i) => {
    if (which && !which(e)) return;
    if (e.protest) {
      if (flagged[i]) tp += 1;
      else fn += 1;
    } else {
      calm += 1;
      if (flagged[i]) fp += 1;
    }
  });
  return {
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    falseAlarm: calm === 0 ? 0 : fp / calm,
  };
}

const writtenOrTable = (e: Example) => e.source === 'written' || e.source === 'regression';
/** Real messages of the random sample: false alarms are measured on these, never on drawn ones. */
const sampledReal = (e: Example) => isReal(e.source) && e.sampled;
/** Real messages drawn because a protest was likely there (addressed to someone, in anger), and read. */
const drawnReal = (e: Example) => isReal(e.source) && !e.sampled && !e.assumed;

/** The score at which a message is a protest, and the lower one at which a rule's find is confirmed. */
interface Decision {
  threshold: number;
  confirm: number;
}

const steps = (from: number, to: number, by: number) =>
  Array.from(
    { length: Math.round((to - from) / by) + 1 },
    (_, i) => Math.round((from + i * by) * 1000) / 1000,
  );
const THRESHOLDS = steps(0.05, 0.995, 0.005);
/** 1.01 is "a rule is never enough on its own": the scorer alone decides. */
const CONFIRMS = [...steps(0, 0.95, 0.05), 1.01];

/**
 * Recall this close to the best counts as a tie, and a tie goes to the decision that lets a rule's
 * find count at the lower score: a rule names what a person can read, and the figures cannot tell
 * such decisions apart. A tie is two real protests either way (each is about 0.003 of the mean
 * recall); at 0.015 it also let a lower confirming score cost dozens of written protests.
 */
const TIE = 0.006;

/**
 * The decision whose out-of-fold verdicts meet the sensitivity's limits with the most recall (the
 * mean of written and real recall, so the rarer real protests count as much as written ones).
 * `confirms` are the rule-confirming scores it may choose from.
 */
function decide(
  examples: readonly Example[],
  verdicts: Verdicts,
  sensitivity: Sensitivity,
  confirms: readonly number[],
  within: { gentler?: Decision; moreWatchful?: Decision } = {},
): Decision | null {
  const limits = SENSITIVITY_LIMITS[sensitivity];
  // A more watchful setting never pauses less than a gentler one: its scores are never higher.
  const allowed = (value: number, key: keyof Decision) =>
    value <= (within.gentler?.[key] ?? Infinity) && value >= (within.moreWatchful?.[key] ?? -Infinity);
  const meeting: { decision: Decision; recall: number }[] = [];
  for (const confirm of confirms.filter((c) => allowed(c, 'confirm'))) {
    for (const threshold of THRESHOLDS.filter((t) => allowed(t, 'threshold'))) {
      const flagged = verdicts.at(sensitivity, { threshold, confirm });
      const w = rates(examples, flagged, writtenOrTable);
      const r = rates(examples, flagged, sampledReal);
      const angry = rates(examples, flagged, drawnReal);
      if (
        w.precision < limits.precision ||
        r.falseAlarm > limits.falseAlarm ||
        angry.falseAlarm > limits.angryFalseAlarm
      )
        continue;
      const recall = (w.recall + rates(examples, flagged, (e) => isReal(e.source) && !e.assumed).recall) / 2;
      meeting.push({ decision: { threshold, confirm }, recall });
      // Higher thresholds only lose recall once the limits are met.
      break;
    }
  }
  const most = Math.max(...meeting.map((m) => m.recall));
  return meeting.find((m) => m.recall >= most - TIE)?.decision ?? null;
}

/** Boundary precision and recall at a threshold, over every development message. */
function boundaryRates(examples: readonly Example[], scores: readonly number[], t: number) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  examples.forEach((e, i) => {
    const flagged = (scores[i] ?? 0) >= t;
    if (e.boundary && flagged) tp += 1;
    else if (flagged) fp += 1;
    else if (e.boundary) fn += 1;
  });
  return {
    precision: tp / (tp + fp || 1),
    recall: tp / (tp + fn || 1),
    f1: (2 * tp) / (2 * tp + fp + fn || 1),
  };
}

function bestF1(examples: readonly Example[], scores: readonly number[]): number {
  let best = 0.5;
  let bestF = -1;
  for (const t of THRESHOLDS) {
    const { f1 } = boundaryRates(examples, scores, t);
    if (f1 > bestF) [best, bestF] = [t, f1];
  }
  return best;
}

/**
 * What each sensitivity asks of its threshold, on out-of-fold development scores: precision on
 * written messages, false alarms on real public text, and false alarms on real messages written
 * to someone in anger that are not protests (insults and arguments about a topic: close to a
 * protest, and most of what the scorer wrongly flags in real text). Balanced keeps real false
 * alarms at half the first engine's (2.1 % on the same development text) while catching far more.
 * Its angry-text limit was 2.5 %: as rules were added, a lower threshold kept real false alarms at
 * 1 % and spent the rest of that allowance, so heated arguments were flagged more often than before
 * the rules (precision there 0.50 → 0.46). At 2 % the same rules keep their recall gain and that
 * precision does not fall.
 */
const SENSITIVITY_LIMITS: Readonly<
  Record<Sensitivity, { precision: number; falseAlarm: number; angryFalseAlarm: number }>
> = {
  gentle: { precision: 0.95, falseAlarm: 0.004, angryFalseAlarm: 0.01 },
  balanced: { precision: 0.9, falseAlarm: 0.01, angryFalseAlarm: 0.02 },
  watchful: { precision: 0.85, falseAlarm: 0.02, angryFalseAlarm: 0.05 },
};

/** The development rows: never a held-out one, never a borderline one. */
export function developmentRows(rows: readonly Labelled[]): Labelled[] {
  return rows.filter((row) => row.split === 'dev' && row.label !== 'borderline');
}

/**
 * `npm run train -- --errors FILE`: the development messages the balanced setting gets wrong out
 * of fold (missed protests, false alarms; never a drawn-but-unread one), one JSON line each, to
 * read when choosing what to learn next. The file holds message text: keep it outside the
 * repository, like the real texts it comes from.
 */
function writeErrors(
  file: string,
  rows: readonly Labelled[],
  examples: readonly Example[],
  flagged: readonly boolean[],
  scores: readonly number[][],
) {
  const lines = examples.flatMap((e, i) => {
    if (e.assumed || e.protest === flagged[i] || e.boundary) return [];
    const row = rows[i] as Labelled;
    const score = Math.round(strongest(scores[i] ?? []) * 1000) / 1000;
    const error = e.protest ? 'missed' : 'false alarm';
    return [
      JSON.stringify({
        error,
        source: row.source,
        sampled: row.sampled,
        kind: row.kind,
        score,
        text: row.text,
      }),
    ];
  });
  writeFileSync(file, `${lines.join('\n')}\n`);
  console.log(`train: ${lines.length} out-of-fold errors written to ${file}`);
}

const SENSITIVITIES: readonly Sensitivity[] = ['gentle', 'balanced', 'watchful'];

function main() {
  const real = realCorpus();
  if (real.missing) console.warn(`train: ${real.missing}; training on written text only`);
  if (real.minedMissing > 0)
    console.warn(`train: ${real.minedMissing} real messages drawn for learning have no text here; left out`);
  const ordinary = ordinaryMessages();
  if (ordinary.missing) console.warn(`train: ${ordinary.missing}; training without them`);
  const rows = developmentRows([
    ...writtenCorpus(),
    ...regressionTable(),
    ...softerCopy(),
    ...real.rows,
    ...ordinary.rows,
  ]);
  const examples = rows.map(example);
  const protestOof = outOfFold(examples, 'protest');
  const boundaryOof = outOfFold(examples, 'boundary').map(strongest);
  const boundaryThreshold = bestF1(examples, boundaryOof);
  const boundaryOofRates = boundaryRates(examples, boundaryOof, boundaryThreshold);
  const verdicts = new Verdicts(
    examples,
    protestOof,
    boundaryOof.map((score) => score >= boundaryThreshold),
  );
  // Balanced (the default) first; the others keep to its side of it. Watchful is the person asking
  // for every rule to count: its rules need no confirming score.
  // Where no decision meets a setting's limits, gentle keeps balanced's and watchful lets every rule
  // count at balanced's threshold.
  const balanced = decide(examples, verdicts, 'balanced', CONFIRMS) ?? { threshold: 0.995, confirm: 1.01 };
  const gentle = decide(examples, verdicts, 'gentle', CONFIRMS, { moreWatchful: balanced }) ?? balanced;
  const watchful = decide(examples, verdicts, 'watchful', [0], { gentler: balanced }) ?? {
    threshold: balanced.threshold,
    confirm: 0,
  };
  const decisions = { gentle, balanced, watchful };
  const thresholds = { gentle: gentle.threshold, balanced: balanced.threshold, watchful: watchful.threshold };
  const ruleConfirm = { gentle: gentle.confirm, balanced: balanced.confirm, watchful: watchful.confirm };
  const count = (source: string) => rows.filter((row) => row.source === source).length;
  const protest = shipped(fitModel(examples, 'protest'), 'protest');
  const boundary = shipped(fitModel(examples, 'boundary'), 'boundary');
  const data: ScorerData = {
    version: 5,
    bias: { protest: protest.bias, boundary: boundary.bias },
    ...packModel({ protest: protest.weights, boundary: boundary.weights }),
    thresholds,
    boundaryThreshold,
    fullWeightFeatures: FULL_WEIGHT_FEATURES,
    ruleConfirm,
    trainedOn: {
      written: count('written'),
      regression: count('regression'),
      copy: count('copy'),
      real: real.rows.filter((row) => row.split === 'dev' && row.label !== 'borderline').length,
      ordinary: ordinary.rows.length,
    },
  };
  writeFileSync(MODEL_FILE, `${JSON.stringify(data)}\n`);
  console.log(`train: ${examples.length} development messages (${JSON.stringify(data.trainedOn)})`);
  for (const sensitivity of SENSITIVITIES) {
    const flagged = verdicts.at(sensitivity, decisions[sensitivity]);
    const oof = (label: string, which: (e: Example) => boolean) => {
      const r = rates(examples, flagged, which);
      return `${label} P ${r.precision.toFixed(3)} R ${r.recall.toFixed(3)} FA ${(100 * r.falseAlarm).toFixed(2)}%`;
    };
    console.log(
      `  ${sensitivity.padEnd(8)} threshold ${thresholds[sensitivity]}, rule confirmed at ${ruleConfirm[sensitivity]}: out-of-fold ${oof('written', (e) => e.source === 'written')}; ${oof('real', sampledReal)}; ${oof('real drawn', drawnReal)}`,
    );
  }
  const errorsFile = argument(process.argv.slice(2), 'errors');
  if (errorsFile) writeErrors(errorsFile, rows, examples, verdicts.at('balanced', balanced), protestOof);
  console.log(
    `  boundary threshold ${data.boundaryThreshold}: out-of-fold P ${boundaryOofRates.precision.toFixed(3)} R ${boundaryOofRates.recall.toFixed(3)}; weights kept: protest ${protest.weights.size}, boundary ${boundary.weights.size}`,
  );
}

if (calledDirectly(import.meta.url)) main();
