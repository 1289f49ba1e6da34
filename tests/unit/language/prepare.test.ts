import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as Rules from '../../../lib/language/rules/index.ts';

const RULES = '../../../lib/language/rules/index.ts';
const ANALYZE = '../../../lib/language/analyze.ts';

/** The real rule tables, each time a table is asked for counted by language. */
async function countedTables(asked: string[], broken = false) {
  const actual = await vi.importActual<typeof Rules>(RULES);
  vi.doMock(RULES, () => ({
    ...actual,
    rulesFor(language = actual.DEFAULT_LANGUAGE) {
      asked.push(language);
      const table = actual.rulesFor(language);
      if (!broken || !table) return table;
      // A capture in a rule: the table cannot be compiled.
      const kinds = {
        ...table.kinds,
        surveillance: { explanation: 'x', markers: [{ strength: 2, pattern: '(seen) you' }] },
      };
      return { ...table, kinds } as typeof table;
    },
  }));
  vi.resetModules();
  return import(ANALYZE);
}

describe('preparing a language ahead of its first draft', () => {
  afterEach(() => {
    vi.doUnmock(RULES);
    vi.resetModules();
  });

  it('builds the rule tables and the scorer, so the first draft builds nothing', async () => {
    const asked: string[] = [];
    const { analyze, prepareLanguage } = await countedTables(asked);
    prepareLanguage();
    // Once for the rules, once for the scorer.
    expect(asked).toEqual(['en', 'en']);
    expect(analyze('you never listen').kinds).toEqual(['globalizing-criticism']);
    expect(asked).toEqual(['en', 'en']);
  });

  it('leaves a table that cannot be built to the send, which lets the draft through', async () => {
    const { analyze, prepareLanguage } = await countedTables([], true);
    expect(() => prepareLanguage()).not.toThrow();
    expect(analyze('you never listen').protest).toBe(false);
  });
});
