import { createI18n } from '@wxt-dev/i18n';
import type { GeneratedI18nStructure } from '../.wxt/i18n/structure';

/**
 * Softer's words in the browser's language, from locales/<lang>.yml through the browser's own
 * i18n API (English where the browser's language has no file). The language engine's own words —
 * the softer versions and what a marker means — follow the message's language instead
 * (lib/language/rules/).
 */
export const i18n = createI18n<GeneratedI18nStructure>();
export const t = i18n.t;

type OrdinalForm = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/**
 * The language Softer's words are in — the locale file the browser picked, not the browser's own
 * language (a German browser gets the English file) — for `lang` attributes, dates, times and
 * ordinals, so they always match the words around them.
 */
export function uiLanguage(): string {
  try {
    return t('common.language') || 'en';
  } catch {
    return 'en';
  }
}

/** "4th" in English, "4.º" in Spanish: the ordinal form from the language's own plural rules. */
export function ordinal(n: number): string {
  const form = new Intl.PluralRules(uiLanguage(), { type: 'ordinal' }).select(n) as OrdinalForm;
  return t(`common.ordinal.${form}`, { n: String(n) });
}
