/**
 * The core of Softer in Debian's firefox-esr with the Firefox build: on the WhatsApp fixture, the
 * fourth message into silence is paused and "Send anyway" sends it exactly once; a protest is
 * paused and the softer version goes into the composer unsent; the popup counts both.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPOSER, NUDGE, SAM } from '../e2e/steps.ts';
import { type FirefoxSofter, launchFirefoxSofter, until } from './harness.ts';

let firefox: FirefoxSofter;
beforeAll(async () => {
  firefox = await launchFirefoxSofter();
}, 60_000);
afterAll(async () => {
  await firefox?.close();
});

type Fixture = { fixture: { sent: { text: string }[]; draft(): string } };
const sent = (page: Page) =>
  page.evaluate(() => (window as unknown as Fixture).fixture.sent.map((message) => message.text));
const draft = (page: Page) => page.evaluate(() => (window as unknown as Fixture).fixture.draft());
const nudgeShown = (page: Page) => page.evaluate(() => !!document.querySelector('softer-nudge'));

/** Clicks into the composer, waits for Softer to load there, types and presses Enter. */
async function trySend(page: Page, text: string) {
  await page.click(COMPOSER);
  // Softer's nudge module loads on the composer's first focus: a send before that goes out untouched.
  await firefox.ready(page);
  await page.keyboard.type(text);
  await until(
    () => draft(page),
    (value) => value === text,
  );
  await page.keyboard.press('Enter');
}

const inCard = (action: string) => `>>> ${NUDGE} [data-action="${action}"]`;

describe('Softer in Firefox', () => {
  it('pauses the fourth message into silence; "Send anyway" sends it exactly once', async () => {
    const page = await firefox.openWhatsApp();
    await page.evaluate((jid) => {
      const now = Date.now();
      (window as unknown as { fixture: { seed(jid: string, messages: unknown[]): number } }).fixture.seed(
        jid,
        [
          { text: 'see you tonight', at: now - 60 * 60_000 },
          { text: 'on my way home', out: true, at: now - 4 * 60_000 },
          { text: 'got the groceries', out: true, at: now - 3 * 60_000 },
          { text: 'see you at 8', out: true, at: now - 2 * 60_000 },
        ],
      );
    }, SAM);
    await trySend(page, 'are you there');
    await until(() => nudgeShown(page), Boolean);
    expect(await sent(page)).toEqual([]);
    await (await page.waitForSelector(inCard('send-anyway')))?.click();
    await until(
      () => sent(page),
      (texts) => texts.length === 1,
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await sent(page)).toEqual(['are you there']);
    await page.close();
  });

  it('pauses a protest and puts the softer version into the composer, unsent', async () => {
    const page = await firefox.openWhatsApp();
    await trySend(page, 'You never listen to me');
    await until(() => nudgeShown(page), Boolean);
    const reveal = await page.$(`>>> ${NUDGE} [data-reveal="rewrite"]`);
    await reveal?.click();
    await (await page.waitForSelector(inCard('use-rewrite')))?.click();
    const softer = await until(
      () => draft(page),
      (value) => !!value && value !== 'You never listen to me',
    );
    expect(softer.length).toBeGreaterThan(10);
    expect(await sent(page)).toEqual([]);
    await page.close();
  });

  it('counts both pauses in the popup', async () => {
    const popup = await firefox.openExtensionPage('popup.html');
    const paused = await until(
      () => popup.evaluate(() => document.querySelector('[data-stat="paused"]')?.textContent ?? null),
      (value) => value === '2',
    );
    expect(paused).toBe('2');
    await popup.close();
  });
});
