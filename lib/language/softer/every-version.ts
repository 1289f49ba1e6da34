import type { SofterRewriteCopy } from '../rules/types.ts';

/**
 * The sentences of Softer's own wording that name no subject — the kinds' feelings and requests,
 * the leads and the reasons — slots filled with each time word: what the scorer learns as calm
 * (a softer version must never read as a protest) and what the tests read for wording Softer never
 * uses. Requests about a topic or in the person's own words are left out: learning "Could you tell
 * me about your plans…" or "listen when I talk about work" as calm would teach the scorer to miss
 * "you always tell me about plans at the last second". Every version is checked as it is made.
 */

export function everyFixedSentence(copy: SofterRewriteCopy): string[] {
  const times = [
    '',
    ...new Set(
      Object.values(copy.times).flatMap((words) => [...Object.values(words.byPart), words.friday ?? '']),
    ),
  ].filter((word, i) => i === 0 || word !== '');
  const filled = (template: string) =>
    times.map((time) => template.replace(/\{(?:soon|share|week|back|next)\}/g, time || 'tonight'));
  const sentences = new Set<string>(copy.reasons);
  for (const own of Object.values(copy.kinds)) {
    for (const request of own.requests) {
      for (const text of filled(request)) {
        sentences.add(text);
        for (const feeling of own.feelings) if (feeling) sentences.add(`${feeling} ${text}`);
      }
    }
  }
  for (const leads of Object.values(copy.leads)) for (const lead of leads ?? []) sentences.add(lead);
  return [...sentences];
}
