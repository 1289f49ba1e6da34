import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/language/analyze.ts';
import { en } from '../../../lib/language/rules/en.ts';
import type { Analysis, ProtestKind, Sensitivity } from '../../../lib/language/types.ts';
import { MESSAGES } from './messages.ts';

const SENSITIVITIES: Sensitivity[] = ['gentle', 'balanced', 'watchful'];

function covered(analysis: Analysis, kind: ProtestKind): string[] {
  return analysis.markers.filter((m) => m.kind === kind).map((m) => analysis.text.slice(m.start, m.end));
}

/**
 * The first labelled table, now a regression set: the scorer was fitted to it (with the written
 * and real development messages), so these are in-sample figures, kept from slipping. The figures
 * that judge the engine are the held-out ones (heldout.test.ts). The misreads are printed.
 */
describe('the first labelled table, as a regression set', () => {
  it('is read right nearly everywhere, boundaries never as protests', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const misread: string[] = [];
    for (const { text, protest, boundary } of MESSAGES) {
      const analysis = analyze(text);
      expect(analysis.text).toBe(text);
      if (boundary) expect(analysis.protest, text).toBe(false);
      if (analysis.protest && protest) tp += 1;
      else if (analysis.protest) fp += 1;
      else if (protest) fn += 1;
      if (analysis.protest !== protest) misread.push(`${protest ? 'missed' : 'flagged'}: ${text}`);
      if (!analysis.protest) expect(analysis).toMatchObject({ protest: false, kinds: [], markers: [] });
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    console.log(`first table (in-sample): precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`);
    for (const line of misread) console.log(`  ${line}`);
    expect(precision).toBeGreaterThanOrEqual(0.97);
    expect(recall).toBeGreaterThanOrEqual(0.93);
  });

  it('names the kinds a reader would, for the protests it reads', () => {
    for (const { text, protest, kinds } of MESSAGES) {
      const analysis = analyze(text);
      if (protest && analysis.protest && analysis.markers.every((m) => m.ruleId !== 'model')) {
        expect(analysis.kinds, text).toEqual(expect.arrayContaining(kinds ?? []));
      }
    }
  });

  it('gives every marker a non-empty span inside the text and a kind-hearted line', () => {
    for (const { text } of MESSAGES) {
      const analysis = analyze(text, { sensitivity: 'watchful' });
      for (const marker of analysis.markers) {
        expect(marker.start).toBeGreaterThanOrEqual(0);
        expect(marker.end).toBeGreaterThan(marker.start);
        expect(marker.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(marker.start, marker.end).trim()).not.toBe('');
        expect(marker.explanation.length).toBeGreaterThan(20);
      }
      // Kinds are unique and in order of first appearance.
      expect(analysis.kinds).toEqual([...new Set(analysis.markers.map((m) => m.kind))]);
    }
  });
});

describe('marker spans cover the words that carry the protest', () => {
  const cases: [string, ProtestKind, string][] = [
    ['You never want to spend time with me.', 'globalizing-criticism', 'You never'],
    ['Fine. Whatever.', 'stonewalling-exit', 'Whatever'],
    ['Why are you ignoring me?', 'blame-question', 'Why are you ignoring'],
    ['I see you were online 10 minutes ago', 'surveillance', 'I see you were online'],
    ['after everything I do for you', 'guilt-score-keeping', 'after everything I do'],
    ['ok then. thanks for nothing', 'contempt-sarcasm', 'thanks for nothing'],
    ['honestly I feel rejected', 'judgement-feeling', 'I feel rejected'],
    ['I’ve texted you four times. Answer me.', 'demand-ping', 'Answer me'],
    ['helloooo???', 'demand-ping', 'helloooo???'],
    ['You’re always on your phone', 'globalizing-criticism', 'You’re always'],
    ['why\u200B are you ignoring me', 'blame-question', 'why\u200B are you ignoring'],
    ['\u200Fhello??', 'demand-ping', 'hello??'],
    ['حبيبي you never call me anymore 💔', 'globalizing-criticism', 'you never'],
    ['So.   You   NEVER   listen', 'globalizing-criticism', 'You   NEVER'],
  ];

  it.each(cases)('"%s" → %s covers "%s"', (text, kind, words) => {
    const spans = covered(analyze(text), kind);
    expect(spans.some((span) => span.includes(words))).toBe(true);
  });
});

describe('a protest no rule names is explained by the kind its words say', () => {
  // Read as sarcasm by its reader; the earlier cue patterns named it a verdict on the relationship.
  // ("Mate youve texted back! Alert the media" and "Oh you're alive! Amazing" were here until a
  // rule came to name each.)
  it.each(['wow what an effort. truly', 'wow you found your phone. amazing'])('%j', (text) => {
    const analysis = analyze(text);
    expect(analysis.protest).toBe(true);
    expect(analysis.markers.map((m) => m.ruleId)).toEqual(['model']);
    expect(analysis.kinds).toEqual(['contempt-sarcasm']);
    expect(analysis.markers[0]?.explanation).toBe(en.kinds['contempt-sarcasm'].explanation);
  });
});

describe('traps are not protests', () => {
  const traps = [
    // Negation and reported speech.
    'I never said you always forget',
    "she said 'you never listen' and then walked out lol",
    'she said “you never listen”',
    'He goes “what’s wrong with you” to the waiter, so embarrassing',
    'my mum texted me ‘answer me’ in all caps 😂',
    "I'm not saying you always do this, it was just one time",
    'not that you never help, you help loads',
    // Idioms.
    'never mind, found it',
    'you never know, it might be fun',
    'every time I see a dog I think of you 🐶',
    "forget about it, it's not a big deal 😊",
    // Real questions.
    'did you ever see that documentary about octopuses?',
    "why don't we get pizza?",
    'why are you up so early? 😄',
    'do you always take the train to work?',
    'how could you tell it was a fake?',
    'answer me this: pizza or tacos?',
    // First and third person.
    'I always forget to drink water lol',
    'he never replies to the group chat',
    "I'm always the one who falls asleep first during movies haha",
    'he feels ignored by his team, poor guy',
    // Praise.
    'you always make me laugh',
    'you never fail to cheer me up',
    'You never cease to amaze me',
    "you're constantly on my mind",
    // Banter and approval.
    'fine by me',
    'whatever you want, love',
    "I'm done with work!",
    'fine, see you at 8',
    "don't bother cooking, I'll grab takeaway on the way",
    'thanks for nothing lol jk you were amazing today',
    // A joke cue in the next "sentence" still belongs to it.
    'why are you ignoring me? haha jk',
    'why r u ignoring me? haha jk i know ur at work',
    'u never let me win!! hahaha',
  ];

  it.each(traps)('"%s"', (text) => {
    expect(analyze(text).protest).toBe(false);
  });
});

describe('normalisation', () => {
  it.each([
    ['curly apostrophes', 'You’re always on your phone'],
    ['missing apostrophes', 'dont bother'],
    ['youre without an apostrophe', 'youre never home'],
    ['whats without an apostrophe', 'whats wrong with you'],
    ['wont without an apostrophe', 'why wont you talk to me'],
    ['stretched letters', 'helloooo???'],
    ['a stretched why', 'whyyyy are you ignoring me'],
    ['capitals', 'WHY ARE YOU IGNORING ME'],
    ['emoji around', '😤 you never listen 😤'],
    ['right-to-left text around', 'שלום?? you never answer'],
    ['a right-to-left mark', '\u200Fhello??'],
    ['a zero-width space inside', 'why\u200B are you ignoring me'],
    ['a zero-width joiner inside', 'you\u200D never listen'],
    ['a byte order mark', '\uFEFFforget it'],
    ['full-width letters', 'ｙｏｕ ｎｅｖｅｒ ｌｉｓｔｅｎ'],
    ['tabs and doubled spaces', 'you\t never  listen'],
    ['line breaks', 'ok\r\n\r\nwhatever'],
    ['non-breaking spaces', 'you\u00A0never\u00A0listen'],
    ['a dotted capital I elsewhere', 'İstanbul was fun. you never listen though'],
    ['phone-era spellings', 'y r u ignorin me'],
    ['a sentence-final particle', 'ans my call lah!!!'],
  ])('reads through %s', (_, text) => {
    expect(analyze(text).protest).toBe(true);
  });

  it('does not take an eye-roll after a question for a laugh', () => {
    expect(analyze('why are you ignoring me? 🙄').protest).toBe(true);
  });

  it('maps spans back to the original text after squeezing and removing characters', () => {
    const text = 'ok\u200B\u200B.  Whyyyyy   are you   ignoring meeee???';
    const [marker] = analyze(text).markers;
    expect(marker).toBeDefined();
    expect(text.slice(marker?.start, marker?.end)).toBe('Whyyyyy   are you   ignoring meeee');
  });

  it('keeps spans on the original when a lower case is longer (İ)', () => {
    const text = 'İİİ you never listen';
    const [marker] = analyze(text).markers;
    expect(text.slice(marker?.start, marker?.end)).toBe('you never');
  });
});

describe('sensitivity', () => {
  const drafts = [
    ...MESSAGES.map((row) => row.text),
    'hello?',
    'k.',
    '?',
    'ok.',
    'fine',
    'you there?',
    'sure 🙄',
    'Wow.',
  ];

  it('gentle ⊆ balanced ⊆ watchful, for the flag and for the kinds', () => {
    for (const text of drafts) {
      const [gentle, balanced, watchful] = SENSITIVITIES.map((sensitivity) => analyze(text, { sensitivity }));
      if (gentle?.protest) expect(balanced?.protest, text).toBe(true);
      if (balanced?.protest) expect(watchful?.protest, text).toBe(true);
      for (const kind of gentle?.kinds ?? []) expect(balanced?.kinds, text).toContain(kind);
      for (const kind of balanced?.kinds ?? []) expect(watchful?.kinds, text).toContain(kind);
    }
  });

  it.each(['hello?', 'k.', '?', 'ok.', 'fine', 'you there?', 'Wow.'])(
    'flags a lone "%s" only when watchful',
    (text) => {
      expect(analyze(text, { sensitivity: 'balanced' }).protest).toBe(false);
      expect(analyze(text, { sensitivity: 'watchful' }).protest).toBe(true);
    },
  );

  it.each([
    "what's wrong with you",
    'why are you ignoring me',
    'thanks for nothing',
    'after everything I do for you',
  ])('flags the unmistakable "%s" even when gentle', (text) => {
    expect(analyze(text, { sensitivity: 'gentle' }).protest).toBe(true);
  });

  it('flags fewer drafts when gentle than when balanced', () => {
    const flagged = (sensitivity: Sensitivity) =>
      drafts.filter((text) => analyze(text, { sensitivity }).protest);
    expect(flagged('gentle').length).toBeLessThan(flagged('balanced').length);
  });

  it('defaults to balanced', () => {
    expect(analyze('hello?')).toEqual(analyze('hello?', { sensitivity: 'balanced' }));
    expect(analyze('you always do this')).toEqual(analyze('you always do this', { sensitivity: 'balanced' }));
  });
});

describe('boundaries', () => {
  it.each([
    'leave me alone',
    "don't ever text me again",
    'we’re done',
    'one more call and im reporting u',
    'stop calling me or I will block you',
  ])('reads "%s" as a boundary, never a protest, at any sensitivity', (text) => {
    for (const sensitivity of SENSITIVITIES) {
      const analysis = analyze(text, { sensitivity });
      expect(analysis.boundary, `${text} (${sensitivity})`).toBe(true);
      expect(analysis.protest).toBe(false);
      expect(analysis.markers).toEqual([]);
    }
  });

  it.each([
    'leave me alone for 5 min while I finish this lol',
    'can you stop calling the landline, use my mobile',
  ])('does not take "%s" for a boundary', (text) => {
    expect(analyze(text).boundary).toBe(false);
  });

  it.each([
    'leave me alone haha',
    "don't ever text me again 😂😂",
    "blocked haha jk. what's the plan",
    'stop calling me or I will block you. jk haha you know I love you',
  ])('takes a limit said with a laugh, "%s", for banter: neither a boundary nor paused', (text) => {
    for (const sensitivity of SENSITIVITIES) {
      const analysis = analyze(text, { sensitivity });
      expect(analysis.boundary, `${text} (${sensitivity})`).toBe(false);
      expect(analysis.protest, `${text} (${sensitivity})`).toBe(false);
    }
  });

  it('keeps a boundary said beside a laugh in another sentence', () => {
    expect(analyze("Don't ever contact me again. I mean it. that meme though 😂").boundary).toBe(true);
  });
});

describe('every reading carries its language and a score', () => {
  it('says which language it read in and how protest-like the message is', () => {
    const protest = analyze('why are you ignoring me');
    const calm = analyze('see you at 8');
    expect(protest.language).toBe('en');
    expect(protest.score).toBeGreaterThan(calm.score);
    expect(calm.score).toBeGreaterThanOrEqual(0);
    expect(protest.score).toBeLessThanOrEqual(1);
  });

  it('names the rule behind each marker, or the scorer', () => {
    for (const { text } of MESSAGES) {
      for (const marker of analyze(text).markers)
        expect(marker.ruleId).toMatch(/^(?:[a-z]{2}\.[a-z0-9-]+|model)$/);
    }
  });
});

/** Read before any long draft, to compare with the same draft read after one. */
const fresh = { I_M_ALWAYS: analyze('I’m always the one who texts first') };

describe('failing closed', () => {
  it('answers "not a protest" for anything that is not a string', () => {
    for (const input of [undefined, null, 42, {}, ['you never listen']]) {
      expect(analyze(input as unknown as string)).toEqual({
        text: '',
        protest: false,
        kinds: [],
        markers: [],
        score: 0,
        boundary: false,
        language: 'en',
      });
    }
  });

  it('answers "not a protest" for a language it has no table for', () => {
    expect(analyze('you never listen', { language: 'xx' }).protest).toBe(false);
  });

  it('treats an unknown sensitivity as balanced', () => {
    const options = { sensitivity: 'loud' as Sensitivity };
    expect(analyze('you always do this', options).protest).toBe(true);
    expect(analyze('hello?', options).protest).toBe(false);
  });

  it('copes with lone surrogates and a megabyte of text', () => {
    expect(analyze('\uD800you never listen\uDC00').protest).toBe(true);
    const long = `${'we should get groceries and '.repeat(40_000)}you never listen`;
    const analysis = analyze(long);
    expect(analysis.kinds).toEqual(['globalizing-criticism']);
    expect(long.slice(analysis.markers[0]?.start, analysis.markers[0]?.end)).toBe('you never');
    // Curly apostrophes send it the long way round (an offset map for a million units), and the
    // drafts after it are read as if it had never been.
    const curly = `${'we’ll get groceries and '.repeat(40_000)}you never listen`;
    const marker = analyze(curly).markers[0];
    expect(curly.slice(marker?.start, marker?.end)).toBe('you never');
    expect(analyze('I’m always the one who texts first')).toEqual(fresh.I_M_ALWAYS);
  });
});
