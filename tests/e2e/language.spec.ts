/**
 * Softer in the browser's language: Chromium started in Spanish (Debian's chromium-l10n) shows the
 * card, its answers and its ordinal, the notes, the popup and the options page — its checks too —
 * in the words of locales/es.yml, and the manifest's name and description come from _locales/es.
 * The message itself is English: the language engine reads English.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../lib/settings.ts';
import { chromeMessages } from '../locale-messages.ts';
import { COMPOSER, choose, draft, NUDGE, oneBrowserPerSpec, pauseTheFourth, sentTexts } from './steps.ts';

type Messages = Awaited<ReturnType<typeof chromeMessages>>;
let es: Messages;
/** A Spanish message by key (dots as in the YAML), with its {name} places filled in. */
const word = (key: string, named: Record<string, string> = {}) => {
  const message = es[key.replaceAll('.', '_')]?.message;
  if (!message) throw new Error(`no Spanish message ${key}`);
  return message.replace(/\{(\w+)\}/g, (_, name: string) => named[name] ?? `{${name}}`);
};

describe('Softer in Spanish', () => {
  const spec = oneBrowserPerSpec({ language: 'es' });
  beforeAll(async () => {
    es = await chromeMessages('es');
  });
  const open = async (path: string): Promise<Page> => {
    const page =
      path === 'whatsapp' ? await spec.softer.openWhatsApp() : await spec.softer.openExtensionPage(path);
    spec.opened.push(page);
    return page;
  };

  it('the card speaks Spanish, "4.º" included, and still sends exactly once', async () => {
    const page = await open('whatsapp');
    await pauseTheFourth(page, 'are you there');
    const card = page.locator(NUDGE);
    await expect.poll(() => card.locator('#softer-question').textContent()).toBe(word('card.question'));
    expect(await card.locator('.reason').first().textContent()).toBe(word('card.streak', { nth: '4.º' }));
    expect(await card.locator('[data-answer="anxiety"]').textContent()).toBe(word('card.anxiety'));
    await card.locator('[data-answer="anxiety"]').click();
    expect(await card.locator('.response').textContent()).toBe(word('card.afterAnxiety'));
    expect(await card.locator('[data-action="send-anyway"]').textContent()).toBe(word('card.sendAnyway'));
    await choose(page, 'send-anyway');
    await expect
      .poll(() => sentTexts(page))
      .toEqual(['on my way home', 'got the groceries', 'see you at 8', 'are you there']);
  });

  it('a note after the card is in Spanish, with its button', async () => {
    const page = await open('whatsapp');
    await pauseTheFourth(page, 'still there?');
    await choose(page, 'mute-chat');
    const note = page.locator('[data-action="undo-mute"]');
    await expect.poll(() => note.textContent()).toBe(word('notice.undo'));
    await note.click();
    await page.click(COMPOSER);
    expect(await draft(page)).toBe('still there?');
  });

  it('the popup and the options page are in Spanish, lang and title too, and so are the form checks', async () => {
    const popup = await open('popup.html');
    await expect.poll(() => popup.locator('#week-heading').textContent()).toBe(word('popup.yourWeek'));
    expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(/^es/);
    expect(await popup.title()).toBe(word('popup.title'));

    const options = await open('options.html');
    await options.locator('#nudgeAfter').fill('0');
    await options.locator('[data-action="save-settings"]').click();
    await expect
      .poll(() => options.locator('#error-nudgeAfter').textContent())
      .toBe(
        word('settings.problems.wholeNumber', {
          min: String(LIMITS.nudgeAfter.min),
          max: String(LIMITS.nudgeAfter.max),
        }),
      );
    expect(await options.locator('#settings-heading').textContent()).toBe(word('settings.heading'));
  });

  it("the browser's own list shows the Spanish name and description", async () => {
    const worker = spec.softer.serviceWorker;
    const manifest = await worker.evaluate(() => {
      // The worker's own `chrome`, not typed in the test's scope.
      const { i18n } = (
        globalThis as unknown as {
          chrome: { i18n: { getMessage(name: string): string; getUILanguage(): string } };
        }
      ).chrome;
      return {
        name: i18n.getMessage('extName'),
        description: i18n.getMessage('extDescription'),
        language: i18n.getUILanguage(),
      };
    });
    expect(manifest.language).toMatch(/^es/);
    expect(manifest).toMatchObject({ name: word('extName'), description: word('extDescription') });
  });
});
