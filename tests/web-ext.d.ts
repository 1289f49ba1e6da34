/**
 * The part of web-ext's programmatic API that tests/lint-extension.ts uses (web-ext ships no
 * types). `cmd.lint` runs addons-linter with the same configuration as `web-ext lint` and, with
 * `shouldExitProgram: false`, resolves to the linter's report instead of exiting the process.
 */
declare module 'web-ext' {
  export interface LintMessage {
    _type: 'error' | 'warning' | 'notice';
    code: string;
    message: string;
    description?: string;
    /** Path inside the linted folder, with forward slashes. */
    file?: string;
    /** 1-based. */
    line?: number;
    /** 1-based, on that line (for JavaScript, as ESLint counts). */
    column?: number;
  }

  export interface LintReport {
    count: number;
    summary: { errors: number; warnings: number; notices: number };
    errors: LintMessage[];
    warnings: LintMessage[];
    notices: LintMessage[];
  }

  export interface LintParams {
    sourceDir: string;
    output?: 'json' | 'text' | 'none';
    selfHosted?: boolean;
    privileged?: boolean;
    warningsAsErrors?: boolean;
    ignoreFiles?: string[];
    verbose?: boolean;
  }

  export const cmd: {
    lint(params: LintParams, options?: { shouldExitProgram?: boolean }): Promise<LintReport>;
  };
}
