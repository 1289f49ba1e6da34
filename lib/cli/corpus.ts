/**
 * The labelled material the language engine is trained and judged on (tests/corpus/), read from
 * disk: messages written for coverage, real public messages (their texts from the corpora folder
 * beside the checkout, each checked against the hash its label was made for), the first labelled
 * table (kept as a regression set), and real product reviews that ship with an npm package (no
 * protest among them, so they measure false alarms on real text on any machine).
 */

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MESSAGES } from '../../tests/unit/language/messages.ts';
import { en } from '../language/rules/en.ts';
import { everyFixedSentence } from '../language/softer/every-version.ts';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));
const CORPUS = join(REPO, 'tests/corpus');

export type Label = 'protest' | 'not' | 'borderline' | 'boundary';

export interface Labelled {
  text: string;
  label: Label;
  kind?: string;
  split: 'dev' | 'heldout';
  /** written, regression, or the real source's name. */
  source: string;
  /** How many messages of the source's population this one stands for (1 for written text). */
  weight: number;
  /**
   * False for real messages drawn because a protest was likely there (strata M and E in
   * tests/corpus/real/SOURCES.md): no false-alarm rate is measured on them.
   */
  sampled: boolean;
  /**
   * Which held-out draw a real held-out message belongs to: the first (strata K, L, R, whose
   * figures were once in view when a development choice was made) or the fresh one (H, E),
   * drawn afterwards and quoted since. Written held-out messages are drawn by file the same way,
   * with phone-era SMS (`SMS_WRITTEN`) as a draw of its own, and texting written apart from the
   * engine after the rules were mended (`TEXTING_WRITTEN`) as another.
   */
  draw?: 'first' | 'fresh' | 'sms' | 'texting';
  /**
   * Not read by anyone: an ordinary message taken as calm because protests are rare in a random
   * draw (about 1 in 300 here). The scorer learns from these; no figure is measured on them.
   */
  assumed?: true;
  /**
   * Written to teach the boundary model limits (set-s, set-t): its protests and calm messages are
   * there as the limits' contrast, in words close to theirs ("go away for the weekend?"), so the
   * protest scorer does not learn from them — learnt, they taught it to doubt curt exits that are
   * protests ("I'm not doing this anymore"). It still reads them out of fold, as it reads any message.
   */
  teaches?: 'boundary';
}

export const jsonLines = <T>(path: string): T[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);

/**
 * The written held-out set drawn after the first one's figures had once been in view
 * (tests/corpus/written/README.md): written by people who never saw the engine or the other sets.
 */
const FRESH_WRITTEN = 'set-d.jsonl';
/**
 * Phone-era SMS in many regional spellings ("u dun care one", "y u nt picking"): protests among
 * everyday messages (set-g) and the everyday bulk of an inbox (set-h), held out apart from the other
 * written sets because they read differently from app texting.
 */
const SMS_WRITTEN = ['set-g.jsonl', 'set-h.jsonl'];
/**
 * Texting in every voice by writers who saw neither the engine nor the corpus (set-r after the rules
 * were mended on set-p and set-q, set-v after set-u, set-y after that, set-ae after set-ac, set-am
 * after set-ag, set-ay after set-au, set-az and set-ba after set-ax, set-bf and set-bg after set-bc):
 * held out whole, read by nothing but the test run.
 */
const TEXTING_WRITTEN = [
  'set-r.jsonl',
  'set-v.jsonl',
  'set-y.jsonl',
  'set-ae.jsonl',
  'set-am.jsonl',
  'set-ay.jsonl',
  'set-az.jsonl',
  'set-ba.jsonl',
  'set-bf.jsonl',
  'set-bg.jsonl',
];
/** Boundaries beside the same words used ordinarily, in many voices: see `Labelled.teaches`. */
const LIMITS_WRITTEN = ['set-s.jsonl', 'set-t.jsonl'];
const writtenDraw = (name: string) =>
  name === FRESH_WRITTEN
    ? 'fresh'
    : SMS_WRITTEN.includes(name)
      ? 'sms'
      : TEXTING_WRITTEN.includes(name)
        ? 'texting'
        : 'first';

export function writtenCorpus(): Labelled[] {
  const dir = join(CORPUS, 'written');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .flatMap((name) =>
      jsonLines<Omit<Labelled, 'source' | 'weight'>>(join(dir, name)).map((row) => ({
        text: row.text,
        label: row.label,
        kind: row.kind,
        split: row.split,
        source: 'written',
        weight: 1,
        sampled: true,
        draw: row.split === 'heldout' ? writtenDraw(name) : undefined,
        ...(LIMITS_WRITTEN.includes(name) ? { teaches: 'boundary' as const } : {}),
      })),
    );
}

/** Where the real texts are kept (outside the repository; see tests/corpus/real/SOURCES.md). */
export function corporaFolder(): string {
  return process.env.SOFTER_CORPORA ?? join(REPO, '../shared/corpora/softer-real');
}

export interface RealCorpus {
  rows: Labelled[];
  /** Why the real texts could not be read, when they could not. */
  missing: string | null;
  /** Drawn-for-learning rows (stratum M) whose texts were not there: left out, and said so. */
  minedMissing: number;
}

interface RealLabel {
  id: string;
  source: string;
  weight: number;
  split: 'dev' | 'heldout';
  sha256: string;
  label: Label;
  kind?: string;
  partition: 'K' | 'L' | 'R' | 'M' | 'H' | 'E';
}

export function realCorpus(): RealCorpus {
  const file = join(corporaFolder(), 'candidates.jsonl');
  if (!existsSync(file)) return { rows: [], missing: `no real texts at ${file}`, minedMissing: 0 };
  const texts = new Map(jsonLines<{ id: string; text: string }>(file).map((row) => [row.id, row.text]));
  const rows: Labelled[] = [];
  let mismatched = 0;
  let minedMissing = 0;
  for (const label of jsonLines<RealLabel>(join(CORPUS, 'real/labels.jsonl'))) {
    const text = texts.get(label.id);
    const mined = label.partition === 'M';
    const fresh = label.partition === 'H' || label.partition === 'E';
    if (text === undefined || createHash('sha256').update(text).digest('hex') !== label.sha256) {
      // The random sample is what every real figure rests on: all of it or none. The rows drawn
      // for learning only change what the scorer learns.
      if (mined) minedMissing += 1;
      else mismatched += 1;
      continue;
    }
    const { source, weight, split, kind } = label;
    const sampled = !mined && label.partition !== 'E';
    const draw = split === 'heldout' ? (fresh ? 'fresh' : 'first') : undefined;
    rows.push({ text, label: label.label, kind, split, source, weight, sampled, draw });
  }
  if (mismatched > 0)
    return { rows: [], missing: `${mismatched} real texts missing or changed in ${file}`, minedMissing };
  return { rows, missing: null, minedMissing };
}

/**
 * 14,723 real messages drawn at random from development conversations and never read (15,000
 * drawn, less those in a conversation held out under another dataset's id or repeating a held-out
 * message; tests/corpus/real/SOURCES.md): their texts from `ordinary.jsonl` in the corpora folder,
 * each checked against its hash; left out, and said so, where they are not there.
 */
export function ordinaryMessages(): { rows: Labelled[]; missing: string | null } {
  const file = join(corporaFolder(), 'ordinary.jsonl');
  if (!existsSync(file)) return { rows: [], missing: `no ordinary messages at ${file}` };
  const texts = new Map(jsonLines<{ id: string; text: string }>(file).map((row) => [row.id, row.text]));
  const rows: Labelled[] = [];
  for (const { id, source, sha256 } of jsonLines<{ id: string; source: string; sha256: string }>(
    join(CORPUS, 'real/ordinary.jsonl'),
  )) {
    const text = texts.get(id);
    if (text === undefined || createHash('sha256').update(text).digest('hex') !== sha256)
      return { rows: [], missing: `ordinary message ${id} missing or changed in ${file}` };
    rows.push({ text, label: 'not', split: 'dev', source, weight: 0, sampled: false, assumed: true });
  }
  return { rows, missing: null };
}

/** The first labelled table (tests/unit/language/messages.ts), all development material. */
export function regressionTable(): Labelled[] {
  return MESSAGES.map((message) => ({
    text: message.text,
    label: message.protest ? 'protest' : message.boundary ? 'boundary' : 'not',
    kind: message.kinds?.[0],
    split: 'dev',
    source: 'regression',
    weight: 1,
    sampled: true,
  }));
}

/** Sources of our own writing; every other source is real text. */
export const isReal = (source: string) => !['written', 'regression', 'copy'].includes(source);

/**
 * Softer's own softer versions, sentence by sentence and as they are put together: calm by design
 * (a rewrite must never read as a protest), so the scorer learns them as calm.
 */
export function softerCopy(): Labelled[] {
  return everyFixedSentence(en.softer).map((text) => ({
    text,
    label: 'not',
    split: 'dev',
    source: 'copy',
    weight: 1,
    sampled: true,
  }));
}

/** 3,003 one-line product, restaurant and film reviews (UCI, via the `sentiment` package's tests). */
export function reviewFloor(): string[] {
  const dir = join(REPO, 'node_modules/sentiment/test/fixtures');
  return ['amazon.json', 'imdb.json', 'yelp.json'].flatMap((name) =>
    (JSON.parse(readFileSync(join(dir, name), 'utf8')) as { text: string }[]).map((row) => row.text),
  );
}
