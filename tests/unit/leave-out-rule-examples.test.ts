import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withoutRuleExamples } from '../../lib/build/leave-out-rule-examples.ts';
import { en } from '../../lib/language/rules/en.ts';

describe('the shipped rule table leaves out the rules’ examples', () => {
  it('takes out each example list with its name and keeps everything else as written', () => {
    const code = `const rule = {
  id: 'dp.ping',
  pattern: String.raw\`hello\\?{2,}\`,
  flags: ['hello??', "it's [not] a ] bracket"],
  allows: [
    'hello! how are you',
  ],
  explanation: 'flags: stays',
};`;
    expect(withoutRuleExamples(code, 'en.ts')).toBe(`const rule = {
  id: 'dp.ping',
  pattern: String.raw\`hello\\?{2,}\`,
  explanation: 'flags: stays',
};`);
  });

  it('takes every example out of the English table and leaves every rule in', () => {
    const source = readFileSync(join(process.cwd(), 'lib/language/rules/en.ts'), 'utf8');
    const shipped = withoutRuleExamples(source, 'en.ts');
    const markers = Object.values(en.kinds).flatMap((kind) => kind.markers);
    const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;
    expect(markers.every((m) => m.flags && m.allows)).toBe(true);
    expect(count(shipped, /\b(?:flags|allows):/g)).toBe(0);
    for (const marker of markers) expect(shipped).toContain(`id: '${marker.id}'`);
    expect(count(shipped, /\bpattern:/g)).toBe(count(source, /\bpattern:/g));
    expect(shipped.length).toBeLessThan(source.length * 0.8);
  });
});
