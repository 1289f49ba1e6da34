import { rulesFor } from '../rules/index.ts';
import { compileScorer, type Scorer } from './score.ts';

const compiled = new Map<string, Scorer | null>();

/** The scorer for a language, built once from its table's data; null for a language without one. */
export function scorerFor(language: string): Scorer | null {
  let scorer = compiled.get(language);
  if (scorer === undefined) {
    const rules = rulesFor(language);
    scorer = rules ? compileScorer(rules.texting, rules.banterCues, rules.model, rules.kindCues) : null;
    compiled.set(language, scorer);
  }
  return scorer;
}
