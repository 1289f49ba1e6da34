/**
 * Every locale carries every key, in the same shape: the same {name} places, the same plural
 * forms, and plural forms that agree with the language's own plural rules (CLDR, through
 * Intl.PluralRules) for every count a person could meet. Every key is used by the code, and every
 * language is one browsers accept for an extension.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ParsedMessage, parseMessagesFile, SUPPORTED_LOCALES } from '@wxt-dev/i18n/build';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const LOCALES = join(ROOT, 'locales');
const LANGUAGES = readdirSync(LOCALES)
  .filter((file) => file.endsWith('.yml'))
  .map((file) => file.replace(/\.yml$/, ''));

/** A locale's own messages by key (the browser's predefined @@ messages left out). */
const byKey = (messages: ParsedMessage[]) =>
  new Map(
    messages
      .filter((message) => !message.key[0]?.startsWith('@@'))
      .map((message) => [message.key.join('.'), message]),
  );
let parsed: Record<string, Map<string, ParsedMessage>>;

beforeAll(async () => {
  parsed = Object.fromEntries(
    await Promise.all(
      LANGUAGES.map(
        async (lang) => [lang, byKey(await parseMessagesFile(join(LOCALES, `${lang}.yml`)))] as const,
      ),
    ),
  );
});

/** The form @wxt-dev/i18n picks for a count: "0" and "1" when the message has them, else "n". */
function formFor(plurals: Record<string, string>, count: number): string {
  if (count === 0 && '0' in plurals) return '0';
  return count === 1 ? '1' : 'n';
}

/** Source files that may use a key (the UI code, not tests or data). */
function sourceText(): string {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|tsx|html)$/.test(entry.name)) files.push(path);
    }
  };
  for (const dir of ['components', 'entrypoints', 'lib']) walk(join(ROOT, dir));
  return [
    ...files.map((file) => readFileSync(file, 'utf8')),
    readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8'),
  ].join('\n');
}

describe('locales', () => {
  it('has English and at least one more language, each one browsers accept', () => {
    expect(LANGUAGES).toContain('en');
    expect(LANGUAGES.length).toBeGreaterThanOrEqual(2);
    for (const lang of LANGUAGES) expect(SUPPORTED_LOCALES.has(lang), lang).toBe(true);
  });

  it.each(LANGUAGES.filter((lang) => lang !== 'en'))('%s has every English key and no other', (lang) => {
    const english = parsed.en as Map<string, ParsedMessage>;
    const other = parsed[lang] as Map<string, ParsedMessage>;
    expect([...other.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each(LANGUAGES)(
    '%s: every message has words, the same {places} and the same kind as English',
    (lang) => {
      const english = parsed.en as Map<string, ParsedMessage>;
      for (const [key, message] of parsed[lang] as Map<string, ParsedMessage>) {
        const source = english.get(key);
        if (!source) continue;
        expect(message.type, key).toBe(source.type);
        expect([...message.namedSubstitutions].sort(), key).toEqual([...source.namedSubstitutions].sort());
        const texts = message.type === 'plural' ? Object.values(message.plurals) : [message.message];
        for (const text of texts) expect(text.trim(), key).not.toBe('');
        if (message.type === 'plural' && source.type === 'plural') {
          expect(Object.keys(message.plurals).sort(), key).toEqual(Object.keys(source.plurals).sort());
        }
      }
    },
  );

  it.each(LANGUAGES)("%s: plural forms follow the language's plural rules from 0 to 1,000", (lang) => {
    const rules = new Intl.PluralRules(lang);
    for (const [key, message] of parsed[lang] as Map<string, ParsedMessage>) {
      if (message.type !== 'plural') continue;
      for (let count = 0; count <= 1000; count++) {
        const form = formFor(message.plurals, count);
        // The singular form is for exactly the counts the language calls "one".
        if (form === '1') expect(rules.select(count), `${key} ${count}`).toBe('one');
        if (form === 'n') expect(rules.select(count), `${key} ${count}`).not.toBe('one');
        if (form !== '0') expect(message.plurals[form], `${key} ${count}`).toBeDefined();
      }
    }
  });

  it('every English key is used by the code', () => {
    const code = sourceText();
    const unused = [...(parsed.en as Map<string, ParsedMessage>).keys()].filter((key) => {
      // Ordinal forms are chosen by Intl.PluralRules in lib/i18n.ts; the manifest asks by __MSG_…__.
      if (key.startsWith('common.ordinal.')) return !code.includes('`common.ordinal.$' + '{form}`');
      if (key === 'extName' || key === 'extDescription') return !code.includes(`__MSG_${key}__`);
      return !code.includes(`'${key}'`);
    });
    expect(unused).toEqual([]);
  });
});
