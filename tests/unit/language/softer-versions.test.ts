// @vitest-environment node
/**
 * The softer versions judged on drafts written for this table (tests/corpus/rewrite/drafts.jsonl:
 * 249 protests across every kind, each with the topic words a good version keeps and the request
 * it should make) and on every boundary of the written corpus. The run prints the figures; the
 * `it.fails` case states a target not met yet and will fail, asking to become a plain test, the
 * day it is met.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REPO, writtenCorpus } from '../../../lib/cli/corpus.ts';
import { analyze } from '../../../lib/language/analyze.ts';
import { en } from '../../../lib/language/rules/en.ts';
import { everyFixedSentence } from '../../../lib/language/softer/every-version.ts';
import type { Moment } from '../../../lib/language/softer/moment.ts';
import { softerVersions } from '../../../lib/language/softer/versions.ts';
import {
  type Analysis,
  PROTEST_KINDS,
  type ProtestKind,
  type Sensitivity,
} from '../../../lib/language/types.ts';

interface Draft {
  text: string;
  kind: ProtestKind;
  topic: string[];
  request: string;
}

const draftsIn = (file: string): Draft[] =>
  readFileSync(join(REPO, 'tests/corpus/rewrite', file), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Draft);
const DRAFTS = draftsIn('drafts.jsonl');
/**
 * 90 drafts written after the versions were, by a reader who never saw the table above or the
 * code: nothing is tuned on them. Their figures say how the versions do on drafts nobody shaped
 * them to.
 */
const FRESH = draftsIn('fresh.jsonl');

const SENSITIVITIES: Sensitivity[] = ['gentle', 'balanced', 'watchful'];
const TUESDAY_MORNING: Moment = { hour: 10, day: 2 };

/**
 * The versions for a draft of the table. The table's drafts are protests by construction; one the
 * detector misses is read with its labelled kind, so this measures the versions, not the detector.
 */
function versionsOf(draft: Draft, moment: Moment = TUESDAY_MORNING): string[] {
  const analysis = analyze(draft.text);
  const read: Analysis = analysis.protest ? analysis : { ...analysis, protest: true, kinds: [draft.kind] };
  return softerVersions(read, moment);
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const keepsTopic = (version: string, topic: readonly string[]) =>
  topic.some((word) => new RegExp(`\\b${escaped(word)}`, 'i').test(version));

/**
 * Time words, and the hours at which each would be wrong to propose (independent of Softer's own
 * table). A time word the draft itself says ("…the footy after work") is the person's, not a proposal.
 */
const WRONG_AT: readonly { words: RegExp; wrong: (m: Moment) => boolean }[] = [
  { words: /\b(?:tonight|this evening)\b/i, wrong: ({ hour }) => hour >= 22 || hour < 5 },
  { words: /\b(?:after work|later today|this afternoon)\b/i, wrong: ({ hour }) => hour >= 17 || hour < 5 },
  { words: /\bthis morning\b/i, wrong: ({ hour }) => hour >= 11 },
  { words: /\b(?:in an hour|in a bit|talk now)\b/i, wrong: ({ hour }) => hour >= 22 || hour < 6 },
  { words: /\bin the morning\b/i, wrong: ({ hour }) => hour >= 6 && hour <= 20 },
  { words: /\btomorrow morning\b/i, wrong: ({ hour }) => hour < 5 },
  { words: /\bthis weekend\b/i, wrong: ({ hour, day }) => day === 0 && hour >= 17 },
];

/** Insults and profanity, written for this test rather than taken from Softer's own list. */
const INSULTS = [
  'idiot',
  'stupid',
  'moron',
  'dumb',
  'lazy',
  'useless',
  'pathetic',
  'selfish',
  'loser',
  'jerk',
  'asshole',
  'arsehole',
  'bitch',
  'bastard',
  'prick',
  'dickhead',
  'twat',
  'wanker',
  'shit',
  'crap',
  'fuck',
  'fucking',
  'wtf',
  'stfu',
  'slob',
  'liar',
  'psycho',
  'crazy',
  'worthless',
  'hate',
  'disgusting',
  'coward',
  'sod',
  'pig',
  'bloody',
];
const hasInsult = (text: string) =>
  (text.toLowerCase().match(/[a-z]+/g) ?? []).some((word) => INSULTS.includes(word));

const percent = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

function tableFigures(drafts: readonly Draft[]) {
  let covered = 0;
  let withTopic = 0;
  let topicKept = 0;
  const perRequest = new Map<string, [number, number]>();
  const firsts = new Map<string, number>();
  for (const draft of drafts) {
    const [first] = versionsOf(draft);
    if (first === undefined) continue;
    covered += 1;
    firsts.set(first, (firsts.get(first) ?? 0) + 1);
    if (draft.topic.length === 0) continue;
    withTopic += 1;
    const kept = keepsTopic(first, draft.topic);
    if (kept) topicKept += 1;
    const tally = perRequest.get(draft.request) ?? [0, 0];
    perRequest.set(draft.request, [tally[0] + (kept ? 1 : 0), tally[1] + 1]);
  }
  return {
    coverage: percent(covered, drafts.length),
    topic: percent(topicKept, withTopic),
    // Different first versions for different drafts: distinct first versions per draft offered one.
    distinct: percent(firsts.size, covered),
    perRequest: [...perRequest].map(([request, [kept, all]]) => `${request} ${kept}/${all}`).join(', '),
  };
}

const figures = tableFigures(DRAFTS);
const fresh = tableFigures(FRESH);
const show = (name: string, f: ReturnType<typeof tableFigures>, count: number) =>
  `${name}: coverage ${f.coverage.toFixed(3)}  topic kept ${f.topic.toFixed(3)}  distinct ${f.distinct.toFixed(3)}  (${count} drafts; topic kept by request: ${f.perRequest})`;
const boundaries = writtenCorpus().filter((row) => row.label === 'boundary');

describe('softer versions on the table of drafts', () => {
  it('has at least 200 drafts, every kind among them', () => {
    expect(DRAFTS.length).toBeGreaterThanOrEqual(200);
    for (const kind of PROTEST_KINDS)
      expect(
        DRAFTS.some((draft) => draft.kind === kind),
        kind,
      ).toBe(true);
  });

  it('prints coverage, topic kept and distinct versions; coverage meets its target', () => {
    console.log(show('softer versions', figures, DRAFTS.length));
    expect(figures.coverage).toBeGreaterThanOrEqual(0.97);
  });

  it('keeps the topic in at least 90 % of the drafts that have one', () => {
    expect(figures.topic).toBeGreaterThanOrEqual(0.9);
  });

  it('gives at least 80 % as many different first versions as drafts', () => {
    expect(figures.distinct).toBeGreaterThanOrEqual(0.8);
  });

  it('on fresh drafts nothing was tuned on: prints the figures; every draft gets a version', () => {
    console.log(show('softer versions, fresh drafts', fresh, FRESH.length));
    expect(FRESH.length).toBeGreaterThanOrEqual(90);
    expect(fresh.coverage).toBeGreaterThanOrEqual(0.97);
  });

  it('offers no version that reads as a protest, at any sensitivity', () => {
    let protests = 0;
    for (const draft of [...DRAFTS, ...FRESH]) {
      for (const version of versionsOf(draft)) {
        if (SENSITIVITIES.some((sensitivity) => analyze(version, { sensitivity }).protest)) protests += 1;
      }
    }
    console.log(`softer versions that read as a protest: ${protests}`);
    expect(protests).toBe(0);
  });

  it('proposes no time word wrong for the hour, at every hour of the days that differ', {
    timeout: 30_000,
  }, () => {
    const wrong: string[] = [];
    // Sunday (the weekend ends), a weekday, Friday (the weekend ahead): the other days word alike.
    for (const day of [0, 2, 5]) {
      for (let hour = 0; hour < 24; hour++) {
        for (const draft of DRAFTS) {
          for (const version of versionsOf(draft, { hour, day })) {
            for (const rule of WRONG_AT) {
              if (rule.words.test(draft.text) || !rule.words.test(version)) continue;
              if (rule.wrong({ hour, day })) wrong.push(`${day}/${hour}h: ${version}`);
            }
          }
        }
      }
    }
    console.log(`softer versions with a time word wrong for the hour: ${wrong.length}`);
    expect(wrong.slice(0, 8)).toEqual([]);
  });

  const softened = (split: string) =>
    boundaries
      .filter((row) => row.split === split)
      .filter((row) => softerVersions(analyze(row.text), TUESDAY_MORNING).length > 0)
      .map((row) => row.text);

  // A held-out boundary the detector read as a protest would get versions; recognising it is the
  // detector's job (heldout.test.ts), and nothing is tuned on the held-out rows.
  it('softens no boundary, in development or held out', () => {
    console.log(
      `boundaries given a softer version: development ${softened('dev').length}, held-out ${softened('heldout').length}, of ${boundaries.length}`,
    );
    expect(boundaries.length).toBeGreaterThan(100);
    expect(softened('dev')).toEqual([]);
    expect(softened('heldout')).toEqual([]);
  });

  it('offers two or three different versions for most drafts', () => {
    const counts = DRAFTS.map((draft) => versionsOf(draft).length);
    for (const count of counts) expect(count).toBeLessThanOrEqual(3);
    expect(counts.filter((count) => count >= 2).length / counts.length).toBeGreaterThan(0.9);
    for (const draft of DRAFTS) {
      const versions = versionsOf(draft);
      expect(new Set(versions).size, draft.text).toBe(versions.length);
    }
  });
});

describe('softer versions say what the person meant', () => {
  const first = (text: string, moment: Moment = TUESDAY_MORNING) =>
    versionsOf({ text, kind: 'globalizing-criticism', topic: [], request: 'act' }, moment)[0] ?? '';

  it.each([
    ['you never ring me on your lunch break', /\b(?:ring|call)\b.*lunch break/i],
    ['why do I always hear about your plans from your sister', /heads-up|tell me about your plans/i],
    ['you never do the washing up', /washing up.*(?:tonight|this week)/i],
    ["you're glued to your laptop every evening", /laptop/i],
    ['you never listen when I talk about work', /listen when I talk about work/i],
    ['you always tell me about plans at the last second', /plans/i],
    ['Why didn’t you call me back?', /call me back/i],
    // A thing counted one by one is shared in full, never a lone singular that reads like a name.
    ["I've sorted every bill, and I'm tired", /take turns with the bills\b/],
    ["I've paid for every delivery.", /take turns with the deliveries\b/],
  ])('"%s" asks for what it wants', (text, request) => {
    expect(first(text)).toMatch(request);
    expect(first(text)).not.toMatch(/dinner|I miss us|missing you/i);
  });

  it.each(['amazing. truly. boyfriend of the year 🏆', 'Oh look, he rises from the dead.'])(
    '"%s" is not taken to be about a time or a figure of speech',
    (text) => {
      const analysis = analyze(text);
      expect(analysis.protest).toBe(true);
      const versions = softerVersions(analysis, TUESDAY_MORNING);
      expect(versions.length).toBeGreaterThan(0);
      expect(versions.join(' ')).not.toMatch(/about the (?:year|dead)\b/i);
    },
  );

  it('asks a demand for an answer for one, gently, without "no pressure"', () => {
    for (const text of ['Please answer me', 'hello???', 'answer me!!', 'why are you ignoring me']) {
      const versions = softerVersions(analyze(text), TUESDAY_MORNING);
      expect(versions[0], text).toMatch(/reply|let me know|drop me a line|sign you’re okay/i);
      for (const version of versions) expect(version).not.toMatch(/no pressure|no rush/i);
    }
  });

  it('turns walking away into a pause with a time to come back', () => {
    expect(first("whatever, I'm done", { hour: 14, day: 3 })).toMatch(/in an hour/);
    expect(first("whatever, I'm done", { hour: 1, day: 3 })).toMatch(/in the morning/);
  });

  it('never says what the person did not: self-blame, "no pressure", "I miss us"', () => {
    for (const sentence of everyFixedSentence(en.softer)) {
      expect(sentence).not.toMatch(
        /mine to (?:work on|hold)|my fault|no pressure|no rush|I miss us|missing you/i,
      );
    }
  });

  it('keeps a draft written in lines in lines', () => {
    const [version] = softerVersions(
      analyze('ok so\nyou never ring me on your lunch break'),
      TUESDAY_MORNING,
    );
    expect(version).toContain('\n');
  });

  it('gives up quietly on an analysis it cannot use', () => {
    const odd: Analysis = {
      text: 'x',
      protest: true,
      kinds: [],
      markers: [],
      score: 1,
      boundary: false,
      language: 'en',
    };
    expect(softerVersions(odd, TUESDAY_MORNING)).toEqual([]);
    expect(softerVersions(analyze('you never listen'), TUESDAY_MORNING, 'xx')).toEqual([]);
    expect(softerVersions(analyze('see you at 7'), TUESDAY_MORNING)).toEqual([]);
  });
});

describe('softer version properties', () => {
  const frames = [...DRAFTS, ...FRESH].map((draft) => draft.text);
  const hour = fc.integer({ min: 0, max: 23 });
  const day = fc.integer({ min: 0, max: 6 });
  const insulted = fc
    .tuple(fc.constantFrom(...frames), fc.constantFrom(...INSULTS), fc.boolean())
    .map(([text, insult, before]) => (before ? `${insult} ${text}` : `${text} you ${insult}`));

  it('no version carries an insult or profanity, however the draft puts it', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...frames), insulted), hour, day, (text, h, d) => {
        for (const version of softerVersions(analyze(text, { sensitivity: 'watchful' }), {
          hour: h,
          day: d,
        })) {
          expect(hasInsult(version), `${text} → ${version}`).toBe(false);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('the same draft at the same hour gets the same first version', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...frames), insulted), hour, day, (text, h, d) => {
        const a = softerVersions(analyze(text), { hour: h, day: d });
        const b = softerVersions(analyze(text), { hour: h, day: d });
        expect(a[0]).toBe(b[0]);
      }),
      { numRuns: 500 },
    );
  });
});
