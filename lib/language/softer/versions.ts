import { analyze } from '../analyze.ts';
import { normalise } from '../normalize.ts';
import { rulesFor } from '../rules/index.ts';
import type { SofterRewriteCopy, TimeWords } from '../rules/types.ts';
import type { Analysis } from '../types.ts';
import { askedAct, type CompiledAsks, compileAsks } from './ask.ts';
import { type Moment, partOfDay, timeWord } from './moment.ts';
import { pauseWords } from './narration.ts';

/**
 * Softer versions of a protest: the request underneath it, specific, time-bound and blame-free.
 * First the person's own clause asked for kindly (ask.ts), then a request about the draft's topic,
 * then the kind's own words; for a demand for an answer, a step away or checking up, the kind's
 * request comes first (an answer asked for gently, a pause with a return time, the feeling under
 * it). Up to three, all different, none of which reads as a protest or a boundary; the first is
 * the same for the same draft at the same hour. None for a calm message or a boundary.
 */

const MAX_VERSIONS = 3;
const SUNDAY = 0;

interface CompiledCopy {
  copy: SofterRewriteCopy;
  asks: CompiledAsks;
  topics: {
    id: string;
    pattern: RegExp;
    requests: readonly string[];
    names: Readonly<Record<string, string>>;
  }[];
  named: { pattern: RegExp; words: string; day: number | undefined }[];
  subjects: RegExp;
  anySubject: RegExp;
}

const compiled = new Map<string, CompiledCopy | null>();

function compiledCopy(language: string): CompiledCopy | null {
  let entry = compiled.get(language);
  if (entry === undefined) {
    const copy = rulesFor(language)?.softer;
    entry = copy
      ? {
          copy,
          asks: compileAsks(copy),
          topics: copy.topics.map((topic) => ({
            id: topic.id,
            pattern: new RegExp(topic.pattern, 'g'),
            requests: topic.requests,
            names: topic.names ?? {},
          })),
          subjects: new RegExp(copy.subjects),
          anySubject: new RegExp(copy.anySubject),
          named: copy.named.map((time) => ({
            pattern: new RegExp(time.pattern),
            words: time.words,
            day: time.day,
          })),
        }
      : null;
    compiled.set(language, entry);
  }
  return entry;
}

type CompiledTopic = CompiledCopy['topics'][number];

/** The topic named nearest to `at` in `text` (the first in the list on a tie), with the word that named it. */
function topicAbout(
  topics: readonly CompiledTopic[],
  text: string,
  at: number,
): { hint: CompiledTopic; word: string } | null {
  let best: { hint: CompiledTopic; word: string; distance: number } | null = null;
  for (const hint of topics) {
    for (const found of text.matchAll(hint.pattern)) {
      const distance = Math.abs(found.index - at);
      if (best === null || distance < best.distance)
        best = { hint, word: found.groups?.topic ?? '', distance };
    }
  }
  return best;
}

/** FNV-1a over UTF-16 units: the same draft always gets the same wording, different drafts vary. */
function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** The list turned so that a different draft starts at a different item. */
const turned = <T>(items: readonly T[], seed: number): T[] =>
  items.map((_, i) => items[(i + seed) % items.length] as T);

/**
 * The time words of this moment. A day the draft names itself ("…on Saturday") is kept for a
 * talk or a chore, unless it is today (or the weekend is over).
 */
function timesFor(table: CompiledCopy, text: string, moment: Moment): (slot: string) => string {
  const named = table.named.find(({ pattern }) => pattern.test(text));
  const weekendOver = moment.day === SUNDAY && partOfDay(moment.hour) !== 'morning';
  const ownDay =
    named && named.day !== moment.day && !(named.day === undefined && weekendOver) ? named.words : undefined;
  const times = table.copy.times as Readonly<Record<string, TimeWords>>;
  const late = ['night', 'late'].includes(partOfDay(moment.hour));
  return (slot) => {
    if (ownDay && (slot === 'soon' || slot === 'share' || slot === 'week')) return ownDay;
    // Coming back from a pause: within the agreed longest pause, except at night (then the morning).
    if (slot === 'back' && moment.pauseMinutes && !late)
      return table.copy.narration.within.replace(
        '{pause}',
        pauseWords(moment.pauseMinutes, table.copy.narration),
      );
    const words = times[slot];
    return words ? timeWord(words, moment) : slot;
  };
}

const fill = (template: string, values: (slot: string) => string) =>
  template.replace(/\{(\w+)\}/g, (_, slot: string) => values(slot));

const capitalised = (text: string) => `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`;

export function softerVersions(
  analysis: Analysis,
  moment: Moment,
  language: string = analysis.language,
): string[] {
  // A boundary is never softened into an invitation.
  if (!analysis.protest || analysis.boundary) return [];
  const table = compiledCopy(language);
  if (table === null) return [];
  const { copy } = table;
  // "Why are you ignoring me?" is a question in form and a demand for an answer in substance: a
  // demand, a step away or checking up found beside a blaming question is what the request answers.
  const first = analysis.kinds[0];
  const kind =
    first === 'blame-question' ? (analysis.kinds.find((k) => copy.kindFirst.includes(k)) ?? first) : first;
  if (kind === undefined) return [];
  const normalised = normalise(analysis.text);
  const seed = hashText(analysis.text);
  const when = timesFor(table, normalised.text, moment);
  // A draft written in lines gets a version in lines: the feeling on one, the request on the next.
  const joiner = analysis.text.includes('\n') ? '\n' : ' ';
  const lead = turned(copy.leads[kind] ?? [], seed)[0];
  const withLead = (request: string) => (lead ? `${lead}${joiner}${request}` : request);

  const asked = askedAct(normalised, analysis.text, table.asks, copy);
  const askVersions: string[] = [];
  if (asked) {
    const { rule } = asked;
    const time = asked.timed || rule.when === 'none' ? '' : ` ${when(rule.when)}`;
    const request = fill(rule.request, (slot) =>
      slot === 'act' ? asked.act : slot === 'when' ? time : when(slot),
    );
    // A bare question gets a reason after it, so it reads as a wish rather than an order.
    const reason = request.endsWith('?') ? `${joiner}${turned(copy.reasons, seed)[0] ?? ''}` : '';
    askVersions.push(withLead(`${request}${reason}`.trim()));
  }

  // The topic is the one in the sentence the protest is in, else the one named nearest to it:
  // "Picked up the shopping. Why are the dishes still in the sink?" is about the dishes.
  const firstMarker = analysis.markers[0]?.start ?? 0;
  const sentenceStart = Math.max(
    0,
    ...[...'.!?\n'].map((mark) => analysis.text.lastIndexOf(mark, firstMarker - 1) + 1),
  );
  const aboutText = normalise(analysis.text.slice(sentenceStart)).text;
  const topic =
    topicAbout(table.topics, aboutText.split(/[.!?\n]/)[0] ?? '', 0) ??
    topicAbout(table.topics, normalised.text, firstMarker);
  let topicVersions: string[] = [];
  if (topic) {
    const echo = topic.hint.names[topic.word] ?? topic.word;
    topicVersions = turned(topic.hint.requests, seed >>> 4).map((request) =>
      withLead(fill(request, (slot) => (slot === 'topic' ? echo : when(slot)))),
    );
  }
  const topicId = topic?.hint.id;
  // A demand for an answer keeps the question it wants answered ("What time are you picking the
  // kids up?"), when a sentence of the draft asks one without protest or insult.
  const question = kind === 'demand-ping' ? questionAsked(analysis, table.asks.hostile) : null;
  const own = copy.kinds[kind];
  const feelings = turned(own.feelings, seed >>> 8);
  // Checking up names what it was about ("…last night") in a request to talk about it.
  const named = own.about
    ? (table.subjects.exec(normalised.text) ?? table.anySubject.exec(aboutText))?.groups?.subject
    : undefined;
  const subject = named?.split(' ').some((word) => table.asks.hostile.has(word)) ? undefined : named;
  const requests =
    subject && own.about
      ? [...own.about.map((r) => r.replaceAll('{subject}', subject)), ...own.requests]
      : own.requests;
  const kindOwn = (carried: string | null) =>
    (subject ? requests : turned(requests, seed >>> 12)).map((request, i) =>
      [carried, feelings[i % feelings.length], fill(request, when)].filter(Boolean).join(joiner),
    );
  // Without the question too, in case carrying it reads as a protest after all.
  const kindVersions = question ? [...kindOwn(question), ...kindOwn(null)] : kindOwn(null);

  // The person's own words carry what they meant best; only an answer, a pause or the feeling under
  // checking up comes before them, and only when they hold no request of their own.
  // A topic that answers the kind ("pick up!" → a call back) leads it.
  // A question the person asked, kept, leads: it is what they want answered.
  const ordered = question
    ? [...kindVersions, ...askVersions, ...topicVersions]
    : topicId !== undefined && own.topics?.includes(topicId)
      ? [...topicVersions, ...kindVersions, ...askVersions]
      : copy.kindFirst.includes(kind) && askVersions.length === 0
        ? [...kindVersions.slice(0, 1), ...topicVersions, ...kindVersions.slice(1)]
        : [...askVersions, ...topicVersions, ...kindVersions];
  const versions: string[] = [];
  // In lines, every sentence has its own.
  const shaped = ordered.map((version) =>
    capitalised(joiner === '\n' ? version.replace(/([.?!]) (?=\p{Lu})/gu, '$1\n') : version),
  );
  for (const version of shaped) {
    if (versions.length === MAX_VERSIONS) break;
    if (versions.includes(version) || !readsSoft(version, language)) continue;
    versions.push(version);
  }
  return versions;
}

/**
 * A sentence of the draft that asks a question, holding no marker and no hostile word once a
 * pushing tag ("…or not??") is left off: "are you coming to dinner or not?? answer me" keeps
 * "Are you coming to dinner?".
 */
function questionAsked(analysis: Analysis, hostile: ReadonlySet<string>): string | null {
  const sentence = /[^.!?\n]+(?:\?+|$)/g;
  for (const match of analysis.text.matchAll(sentence)) {
    const asked = match[0].replace(/\s+or (?:not|what|nah|no)\b[\s?!]*$/i, '').replace(/[\s?]+$/, '');
    const start = match.index + (match[0].length - match[0].trimStart().length);
    const end = match.index + match[0].trimEnd().length;
    const questionLike = match[0].trimEnd().endsWith('?') || QUESTION_START.test(asked.trim());
    // A "why…?" is the blaming kind of question: it is the protest, not the thing to be answered.
    if (!questionLike || /^\s*(?:why|y)\b/i.test(asked)) continue;
    const askedEnd = match.index + asked.length;
    if (analysis.markers.some((marker) => marker.start < askedEnd && marker.end > start)) continue;
    const words = asked.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
    if (words.length < 3 || words.some((word) => hostile.has(word.replace(/'/g, '')))) continue;
    if (end < start) continue;
    return `${asked.trim()}?`;
  }
  return null;
}

/** Words a question opens with when the person left off its question mark. */
const QUESTION_START = /^(?:did|do|does|are|is|can|could|will|would|what|when|where|who|how|have|has|r)\b/i;

/** A version is offered only if Softer itself would let it through at its most watchful. */
function readsSoft(version: string, language: string): boolean {
  const reading = analyze(version, { sensitivity: 'watchful', language });
  return !reading.protest && !reading.boundary;
}
