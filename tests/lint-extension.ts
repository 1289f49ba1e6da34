/**
 * `npm run lint:extension`: Mozilla's add-on linter over the Firefox build (.output/firefox-mv2),
 * configured as `web-ext lint` configures it for a listed add-on (not --self-hosted), which is the
 * check addons.mozilla.org runs on upload. It passes with no error and no warning except the
 * understood ones below, each matched by its code, message, file and the code it points at. It
 * also fails when an understood warning no longer appears, so the list never outlives its reason.
 *
 * web-ext's lint command runs inside this process: it only reads the folder. Its command line is
 * not used, since that also checks the npm registry for a newer web-ext every few days.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { LintMessage, LintReport } from 'web-ext';

const REPO = fileURLToPath(new URL('..', import.meta.url));
export const FIREFOX_BUILD = join(REPO, '.output/firefox-mv2');
/** Where Softer's own code lives (for the understood entries' `oursNever`). */
const OWN_SOURCES = ['components', 'entrypoints', 'lib'];

export interface Understood {
  /** Short name for the summary line. */
  name: string;
  /** Why it is left: which library it comes from, or why the pattern is deliberate. */
  why: string;
  code: string;
  message: string;
  /** The file in the build, as the linter names it. */
  file: RegExp;
  /** The code at the reported line and column starts like this. */
  at: RegExp;
  /** And this appears in the 400 characters before it. */
  near?: RegExp;
  /** How often it appears in the build; once or more when not given. */
  times?: number;
  /** A word that Softer's own sources must not contain for the reason to hold. */
  oursNever?: string;
}

const PREACT_INNER_HTML = {
  code: 'UNSAFE_VAR_ASSIGNMENT',
  message: 'Unsafe assignment to innerHTML',
  // Preact's diffElementNodes: `dom.innerHTML = newHtml.__html`, in its dangerouslySetInnerHTML branch.
  at: /^[\w$]+\.innerHTML=[\w$]+\.__html\b/,
  near: /`dangerouslySetInnerHTML`|"dangerouslySetInnerHTML"|'dangerouslySetInnerHTML'/,
  times: 1,
  // The branch only runs for an element given a dangerouslySetInnerHTML prop. If Softer ever passed
  // one, the linter would still flag only this line in Preact, so the entry would hide ours.
  oursNever: 'dangerouslySetInnerHTML',
} as const;

export const UNDERSTOOD: Understood[] = [
  {
    ...PREACT_INNER_HTML,
    name: 'Preact innerHTML (pages)',
    why:
      "Preact's renderer, bundled once into a chunk shared by the options, popup and welcome pages; " +
      'it assigns innerHTML only for a dangerouslySetInnerHTML prop, which Softer never passes.',
    file: /^chunks\/[\w-]+\.js$/,
  },
  {
    ...PREACT_INNER_HTML,
    name: 'Preact innerHTML (nudge)',
    why:
      "Preact's renderer again, in nudge.js, the on-demand module that brings its own copy of Preact " +
      'into the page; the same branch, never taken for the same reason.',
    file: /^nudge\.js$/,
  },
];

export interface Sources {
  /** The text of a file in the build, by the linter's name for it. */
  build(file: string): string;
  /** Softer's own source files that contain `word`. */
  oursUsing(word: string): string[];
}

export interface Verdict {
  /** The one-line summary. */
  summary: string;
  /** What makes the check fail, one line each; empty when it passes. */
  failures: string[];
  /** Notices, one line each: shown, never failing. */
  notices: string[];
}

const where = (m: LintMessage) => `${m.file ?? '(package)'}${m.line ? `:${m.line}:${m.column ?? 0}` : ''}`;
const told = (m: LintMessage) => `${m._type} ${m.code} at ${where(m)}: ${m.message}`;

function matches(entry: Understood, m: LintMessage, sources: Sources): boolean {
  if (m._type !== 'warning' || m.code !== entry.code || m.message !== entry.message) return false;
  if (!m.file || !entry.file.test(m.file) || !m.line || m.column === undefined) return false;
  // Lines and columns count from 1, as in ESLint, which the linter runs on JavaScript.
  const line = sources.build(m.file).split('\n')[m.line - 1] ?? '';
  const at = m.column - 1;
  if (!entry.at.test(line.slice(at))) return false;
  return !entry.near || entry.near.test(line.slice(Math.max(0, at - 400), at));
}

/** Sorts the linter's report into what is understood and what fails the check. */
export function judge(report: LintReport, understood: Understood[], sources: Sources): Verdict {
  const failures = report.errors.map(told);
  const seen = new Map<Understood, LintMessage[]>(understood.map((entry) => [entry, []]));
  let ours = 0;
  for (const warning of report.warnings) {
    const entry = understood.find((candidate) => matches(candidate, warning, sources));
    if (entry) {
      seen.get(entry)?.push(warning);
    } else {
      ours++;
      failures.push(told(warning));
    }
  }
  for (const [entry, found] of seen) {
    if (found.length === 0) {
      failures.push(
        `understood warning no longer appears: ${entry.name} (${entry.code}, ${entry.file}); ` +
          'remove it from UNDERSTOOD in tests/lint-extension.ts',
      );
    } else if (entry.times !== undefined && found.length !== entry.times) {
      failures.push(
        `${entry.name}: expected ${entry.times}, found ${found.length}: ${found.map(where).join(', ')}`,
      );
    }
    const ownUses = entry.oursNever ? sources.oursUsing(entry.oursNever) : [];
    if (ownUses.length > 0) {
      failures.push(
        `${entry.name} holds only while Softer's own code has no ${entry.oursNever}, ` +
          `but ${ownUses.join(', ')} has it`,
      );
    }
  }
  const named = [...seen]
    .filter(([, found]) => found.length > 0)
    .map(([entry, found]) => `${entry.name} ×${found.length}`);
  const summary =
    `web-ext lint: ${report.errors.length} errors, ${ours} warnings of ours` +
    ` (${named.length} understood${named.length > 0 ? `: ${named.join('; ')}` : ''})`;
  return { summary, failures, notices: report.notices.map(told) };
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|js|jsx|mjs)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The real build folder and Softer's sources. */
export function sourcesIn(build: string): Sources {
  return {
    build: (file) => readFileSync(join(build, file), 'utf8'),
    oursUsing: (word) =>
      OWN_SOURCES.flatMap((dir) => filesUnder(join(REPO, dir)))
        .filter((file) => readFileSync(file, 'utf8').includes(word))
        .map((file) => relative(REPO, file)),
  };
}

async function main(): Promise<number> {
  if (!existsSync(join(FIREFOX_BUILD, 'manifest.json'))) {
    console.error('web-ext lint: no Firefox build in .output/firefox-mv2; run `wxt build -b firefox` first');
    return 1;
  }
  const { cmd } = await import('web-ext');
  const report = await cmd.lint(
    // selfHosted stays false: Softer is listed on addons.mozilla.org, so its checks apply.
    { sourceDir: FIREFOX_BUILD, output: 'none', selfHosted: false },
    { shouldExitProgram: false },
  );
  const verdict = judge(report, UNDERSTOOD, sourcesIn(FIREFOX_BUILD));
  console.log(verdict.summary);
  for (const notice of verdict.notices) console.log(`  ${notice}`);
  for (const failure of verdict.failures) console.error(`  ${failure}`);
  return verdict.failures.length > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main();
}
