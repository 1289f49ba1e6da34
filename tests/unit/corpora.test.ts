// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { csvRows } from '../../lib/cli/corpora.ts';

// The Friends lines are read from CSV: a line that holds a comma, a quote or a line break must come
// back exactly, or its hash would not match and the real-text figures could not be measured.
describe('csvRows', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks exactly', () => {
    const text =
      'Sr No.,Utterance,Dialogue_ID\r\n1,"Oh, no. He said ""you never call""","0"\r\n2,"two\nlines",1\r\n3,plain — “curly”,2\n';
    expect(csvRows(text)).toEqual([
      { 'Sr No.': '1', Utterance: 'Oh, no. He said "you never call"', Dialogue_ID: '0' },
      { 'Sr No.': '2', Utterance: 'two\nlines', Dialogue_ID: '1' },
      { 'Sr No.': '3', Utterance: 'plain — “curly”', Dialogue_ID: '2' },
    ]);
  });

  it('keeps spaces inside a field and a last row without a line break', () => {
    expect(csvRows('a,b\n  x , y ')).toEqual([{ a: '  x ', b: ' y ' }]);
  });
});
