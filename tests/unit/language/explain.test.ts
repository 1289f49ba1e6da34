// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../../../lib/cli/corpus.ts';
import { analyze } from '../../../lib/language/analyze.ts';
import { LANGUAGE_RULES } from '../../../lib/language/rules/index.ts';
import { MESSAGES } from './messages.ts';

const drafts = readFileSync(join(REPO, 'tests/corpus/rewrite/drafts.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => (JSON.parse(line) as { text: string }).text);
const folded = (text: string) => text.toLowerCase().replace(/\s+/g, ' ');

describe('the line under a highlight', () => {
  it('quotes only the words the marker covers, for the marker found', () => {
    let quotes = 0;
    for (const text of [...MESSAGES.map((row) => row.text), ...drafts]) {
      for (const marker of analyze(text, { sensitivity: 'watchful' }).markers) {
        expect(marker.explanation).not.toContain('{words}');
        for (const [, quote] of marker.explanation.matchAll(/“([^”]*)”/g)) {
          quotes += 1;
          const words = folded((quote ?? '').replace(/…$/, ''));
          expect(
            folded(text.slice(marker.start, marker.end)).startsWith(words),
            `${text}: ${marker.explanation}`,
          ).toBe(true);
        }
      }
    }
    expect(quotes).toBeGreaterThan(100);
  });

  it('has, for every kind whose line quotes, a line that does not, in every language', () => {
    for (const rules of Object.values(LANGUAGE_RULES))
      for (const [kind, { explanation, unquoted }] of Object.entries(rules.kinds)) {
        if (!explanation.includes('{words}')) continue;
        expect(unquoted, `${rules.code} ${kind}`).toBeTruthy();
        expect(unquoted, `${rules.code} ${kind}`).not.toMatch(/\{words\}|[“”]/);
      }
  });

  it('never quotes the words the scorer leans on where no rule names the protest', () => {
    // "Feels like u've forgotten all about me since the baby came": the scorer leans on "me since".
    let found = 0;
    for (const text of [
      ...MESSAGES.map((row) => row.text),
      ...drafts,
      'feels like uve forgotten all about me since the baby came',
    ]) {
      for (const marker of analyze(text).markers.filter((m) => m.ruleId === 'model')) {
        found += 1;
        expect(marker.explanation, text).not.toMatch(/[“”]/);
        expect(marker.explanation, text).not.toBe('');
      }
    }
    expect(found).toBeGreaterThan(10);
  });

  it.each([
    ['You always tell me about plans at the last second', '“You always…”'],
    ['you never listen', '“You never…”'],
    ['hello???', '“hello???”'],
    ['whatever.', '“Whatever”'],
  ])('"%s" is explained with %s', (text, quote) => {
    expect(analyze(text).markers[0]?.explanation).toContain(quote);
  });
});
