import { join } from 'node:path';
import { type ChromeMessage, generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';

const LOCALES = join(import.meta.dirname, '..', 'locales');

/** One locale file as the browser gets it: `_locales/<lang>/messages.json`'s messages. */
export async function chromeMessages(lang: string): Promise<Record<string, ChromeMessage>> {
  return generateChromeMessages(await parseMessagesFile(join(LOCALES, `${lang}.yml`)));
}

/**
 * `i18n.getMessage` as browsers answer it: the message with $1…$9 filled in and $$ as a dollar
 * sign, or "" for a name it does not know.
 */
export function getMessageFrom(messages: Record<string, ChromeMessage>) {
  return (name: string, substitutions?: string | string[]): string => {
    const message = messages[name]?.message;
    if (message === undefined) return '';
    const subs = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
    return message.replace(/\$(\$|[1-9])/g, (_, which: string) =>
      which === '$' ? '$' : (subs[Number(which) - 1] ?? ''),
    );
  };
}
