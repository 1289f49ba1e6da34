import { normalise } from './normalize.ts';
import { rulesFor } from './rules/index.ts';
import type { SofterRewriteCopy } from './rules/types.ts';
import type { Analysis } from './types.ts';

interface CompiledCopy {
  copy: SofterRewriteCopy;
  topics: { pattern: RegExp; requests: readonly string[]; openers: readonly string[] | undefined }[];
  times: { pattern: RegExp; words: string }[];
}

const compiled = new Map<string, CompiledCopy | null>();

function compiledCopy(language: string): CompiledCopy | null {
  let entry = compiled.get(language);
  if (entry === undefined) {
    const copy = rulesFor(language)?.softer;
    entry = copy
      ? {
          copy,
          topics: copy.topics.map((topic) => ({
            pattern: new RegExp(topic.pattern),
            requests: topic.requests,
            openers: topic.openers,
          })),
          times: copy.times.map((time) => ({ pattern: new RegExp(time.pattern), words: time.words })),
        }
      : null;
    compiled.set(language, entry);
  }
  return entry;
}

/** FNV-1a over UTF-16 units: the same draft always gets the same wording, different drafts vary. */
function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

function pick<T>(items: readonly T[], seed: number): T | undefined {
  return items.length === 0 ? undefined : items[seed % items.length];
}

/**
 * A softer message to send instead of a protest: a blame-free I-statement for the kind of protest
 * found, then a specific, time-bound request about the draft's topic. Only fixed wording from the
 * language's table is used — the draft's own words never leak through, hostile or not. Null when
 * the draft is not a protest.
 */
export function softerRewrite(analysis: Analysis, language: string = analysis.language): string | null {
  // A boundary is never softened into an invitation.
  if (!analysis.protest || analysis.boundary) return null;
  const table = compiledCopy(language);
  const kind = analysis.kinds[0] ?? analysis.markers[0]?.kind;
  if (table === null || kind === undefined) return null;
  const text = normalise(analysis.text).text;
  const seed = hashText(analysis.text);

  const topic = table.topics.find(({ pattern }) => pattern.test(text));
  const requests = topic?.requests ?? table.copy.fallbackRequests;
  const when = table.times.find(({ pattern }) => pattern.test(text))?.words ?? table.copy.defaultTime;
  // Stepping away keeps its own words: it narrates the pause whatever the topic.
  const openers = kind !== 'stonewalling-exit' && topic?.openers ? topic.openers : table.copy.openers[kind];
  const opener = pick(openers, seed);
  const request = pick(requests, seed >>> 8)?.replaceAll('{when}', when);
  if (opener === undefined || request === undefined) return null;
  return `${opener} ${request}`;
}
