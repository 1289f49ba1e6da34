// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { LintMessage, LintReport } from 'web-ext';
import { judge, type Sources, UNDERSTOOD, type Understood } from '../lint-extension.ts';

// The judging of tests/lint-extension.ts on made-up reports: what passes, what fails, what goes stale.

const PREACT_LINE = 'for(d in E)d==`dangerouslySetInnerHTML`?p=b:0;p&&(e.innerHTML=p.__html);';
const PREACT_COLUMN = PREACT_LINE.indexOf('e.innerHTML') + 1;
const OUR_LINE = 'const card=document.body;card.innerHTML=text;';
const OUR_COLUMN = OUR_LINE.indexOf('card.innerHTML') + 1;

const files: Record<string, string> = {
  'nudge.js': `"use strict";\n${PREACT_LINE}`,
  'chunks/shared-abc123.js': PREACT_LINE,
  'chunks/other-def456.js': OUR_LINE,
  'content-scripts/whatsapp.js': OUR_LINE,
};

const sources = (ownUses: string[] = []): Sources => ({
  build: (file) => files[file] ?? '',
  oursUsing: () => ownUses,
});

const innerHtml = (file: string, line: number, column: number): LintMessage => ({
  _type: 'warning',
  code: 'UNSAFE_VAR_ASSIGNMENT',
  message: 'Unsafe assignment to innerHTML',
  file,
  line,
  column,
});

const PREACT_WARNINGS = [
  innerHtml('chunks/shared-abc123.js', 1, PREACT_COLUMN),
  innerHtml('nudge.js', 2, PREACT_COLUMN),
];

const report = (
  warnings: LintMessage[],
  errors: LintMessage[] = [],
  notices: LintMessage[] = [],
): LintReport => ({
  count: warnings.length + errors.length + notices.length,
  summary: { errors: errors.length, warnings: warnings.length, notices: notices.length },
  errors,
  warnings,
  notices,
});

// The two Preact entries of the real list, without any entry that depends on today's build.
const preactOnly: Understood[] = UNDERSTOOD.filter((entry) => entry.name.startsWith('Preact'));

describe('lint-extension judge', () => {
  it("passes Preact's own innerHTML, in the shared chunk and in nudge.js, and names them", () => {
    const verdict = judge(report(PREACT_WARNINGS), preactOnly, sources());
    expect(verdict.failures).toEqual([]);
    expect(verdict.summary).toBe(
      'web-ext lint: 0 errors, 0 warnings of ours (2 understood: Preact innerHTML (pages) ×1; Preact innerHTML (nudge) ×1)',
    );
  });

  it('fails on the same code and message pointing at other code, or in a file no entry names', () => {
    const ours = [
      innerHtml('chunks/other-def456.js', 1, OUR_COLUMN),
      innerHtml('content-scripts/whatsapp.js', 1, OUR_COLUMN),
    ];
    const verdict = judge(report([...PREACT_WARNINGS, ...ours]), preactOnly, sources());
    expect(verdict.summary).toMatch(/^web-ext lint: 0 errors, 2 warnings of ours \(2 understood: /);
    expect(verdict.failures).toEqual([
      'warning UNSAFE_VAR_ASSIGNMENT at chunks/other-def456.js:1:' +
        `${OUR_COLUMN}: Unsafe assignment to innerHTML`,
      'warning UNSAFE_VAR_ASSIGNMENT at content-scripts/whatsapp.js:1:' +
        `${OUR_COLUMN}: Unsafe assignment to innerHTML`,
    ]);
  });

  it('fails when an understood warning no longer appears', () => {
    const verdict = judge(report(PREACT_WARNINGS.slice(0, 1)), preactOnly, sources());
    expect(verdict.failures).toHaveLength(1);
    expect(verdict.failures[0]).toMatch(/^understood warning no longer appears: Preact innerHTML \(nudge\)/);
  });

  it('fails when an understood warning appears more often than its entry says', () => {
    const twice = [...PREACT_WARNINGS, innerHtml('chunks/shared-abc123.js', 1, PREACT_COLUMN)];
    const verdict = judge(report(twice), preactOnly, sources());
    expect(verdict.failures).toEqual([
      'Preact innerHTML (pages): expected 1, found 2: chunks/shared-abc123.js:1:' +
        `${PREACT_COLUMN}, chunks/shared-abc123.js:1:${PREACT_COLUMN}`,
    ]);
  });

  it("fails when Softer's own code uses what an entry takes as unused", () => {
    const verdict = judge(report(PREACT_WARNINGS), preactOnly, sources(['components/Card.tsx']));
    expect(verdict.failures).toHaveLength(2);
    expect(verdict.failures[0]).toBe(
      "Preact innerHTML (pages) holds only while Softer's own code has no dangerouslySetInnerHTML, " +
        'but components/Card.tsx has it',
    );
  });

  it('fails on any error; shows notices without failing', () => {
    const error: LintMessage = { _type: 'error', code: 'MANIFEST_FIELD_INVALID', message: 'bad field' };
    const notice: LintMessage = {
      _type: 'notice',
      code: 'SOME_NOTICE',
      message: 'note',
      file: 'manifest.json',
    };
    const verdict = judge(report(PREACT_WARNINGS, [error], [notice]), preactOnly, sources());
    expect(verdict.summary).toMatch(/^web-ext lint: 1 errors, 0 warnings of ours/);
    expect(verdict.failures).toEqual(['error MANIFEST_FIELD_INVALID at (package): bad field']);
    expect(verdict.notices).toEqual(['notice SOME_NOTICE at manifest.json: note']);
  });

  it('keeps every understood entry narrow and explained', () => {
    for (const entry of UNDERSTOOD) {
      expect(entry.file.source, entry.name).toMatch(/^\^.*\$$/);
      expect(entry.at.source, entry.name).toMatch(/^\^/);
      expect(entry.why.length, entry.name).toBeGreaterThan(60);
    }
  });
});
