import { en } from './en.ts';
import type { LanguageRules } from './types.ts';

/** Protest-marker tables by language code. Adding a language is adding its table here. */
export const LANGUAGE_RULES: Readonly<Record<string, LanguageRules>> = { en };

export const DEFAULT_LANGUAGE = 'en';

export function rulesFor(language: string = DEFAULT_LANGUAGE): LanguageRules | undefined {
  return Object.hasOwn(LANGUAGE_RULES, language) ? LANGUAGE_RULES[language] : undefined;
}
