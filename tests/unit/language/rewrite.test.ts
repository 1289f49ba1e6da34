import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/language/analyze.ts';
import { softerRewrite } from '../../../lib/language/rewrite.ts';
import { en } from '../../../lib/language/rules/en.ts';
import { type Analysis, PROTEST_KINDS, type Sensitivity } from '../../../lib/language/types.ts';
import { MESSAGES } from './messages.ts';

const SENSITIVITIES: Sensitivity[] = ['gentle', 'balanced', 'watchful'];
const { softer } = en;
const times = [softer.defaultTime, ...softer.times.map((time) => time.words)];
const requests = [...softer.topics.flatMap((topic) => topic.requests), ...softer.fallbackRequests].flatMap(
  (request) => times.map((when) => request.replaceAll('{when}', when)),
);
const openers = [
  ...PROTEST_KINDS.flatMap((kind) => softer.openers[kind]),
  ...softer.topics.flatMap((topic) => topic.openers ?? []),
];
/** Every sentence the rewrite could ever produce. */
const EVERY_REWRITE = new Set(openers.flatMap((opener) => requests.map((request) => `${opener} ${request}`)));

const rewriteOf = (text: string) => softerRewrite(analyze(text));
const protests = MESSAGES.filter((row) => analyze(row.text).protest);

describe('softer rewrite', () => {
  it('is null for drafts that are not protests', () => {
    for (const { text } of MESSAGES) {
      const analysis = analyze(text);
      if (!analysis.protest) expect(softerRewrite(analysis)).toBeNull();
    }
    expect(
      softerRewrite({
        text: '',
        protest: false,
        kinds: [],
        markers: [],
        score: 0,
        boundary: false,
        language: 'en',
      }),
    ).toBeNull();
  });

  it('offers something for every protest, built only from its own wording (no draft text leaks in)', () => {
    for (const { text } of protests) {
      const rewrite = rewriteOf(text);
      expect(rewrite, text).not.toBeNull();
      expect(EVERY_REWRITE.has(rewrite ?? ''), `${text} → ${rewrite}`).toBe(true);
    }
  });

  it('never reads as a protest itself, at any sensitivity, in any combination', () => {
    for (const rewrite of EVERY_REWRITE) {
      for (const sensitivity of SENSITIVITIES) {
        expect(analyze(rewrite, { sensitivity }).protest, rewrite).toBe(false);
      }
    }
  });

  it.each([
    ['You never want to spend time with me.', /together|just us/],
    ["Why didn't you call me back?", /call/],
    ['you never help with the dishes', /chores|housework/],
    ['Every single time we make plans you bail', /plan/],
    ['why are you ignoring me, we said saturday', /weekend/],
    ['you never text back', /message|text/],
    ['you always cancel dinner', /dinner/],
    ['why are you ignoring me about tomorrow', /tomorrow/],
    ['you never do bedtime with the kids', /kids/],
  ])('keeps the topic of "%s"', (text, topic) => {
    expect(rewriteOf(text)).toMatch(topic);
  });

  it('opens with a blame-free I-statement and ends with a question or a plan', () => {
    for (const { text } of protests) {
      const rewrite = rewriteOf(text) ?? '';
      expect(rewrite).toMatch(/^(I|No rush|Just|Honestly)/);
      expect(rewrite).not.toMatch(/\byou (always|never)\b/i);
    }
  });

  it('narrates a pause, rather than asking for more, when the draft was walking away', () => {
    expect(rewriteOf('Fine. Whatever.')).toMatch(/overwhelmed|need a little time/);
  });

  it('varies with the draft but is the same for the same draft', () => {
    const rewrites = protests.map(({ text }) => rewriteOf(text));
    expect(new Set(rewrites).size).toBeGreaterThan(30);
    for (const { text } of protests.slice(0, 40)) expect(rewriteOf(text)).toBe(rewriteOf(text));
    const sameKindAndTopic = [
      'you never listen',
      'you always ignore me',
      'you never text first',
      'you constantly forget',
    ];
    expect(new Set(sameKindAndTopic.map(rewriteOf)).size).toBeGreaterThan(1);
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
    expect(softerRewrite(odd)).toBeNull();
    expect(softerRewrite(analyze('you never listen'), 'xx')).toBeNull();
  });
});
