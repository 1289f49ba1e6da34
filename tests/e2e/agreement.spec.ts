/**
 * The reconnection agreement at the moment it matters, in Chromium with the built extension on
 * the WhatsApp fixture (both page shapes): the agreement written on the options page; the other
 * side's message carrying the pause signal; the next send paused with the countdown; a message
 * held to "send only if still silent" that they answer first (nothing sent, the draft kept), that
 * goes once when nobody writes, that an edit or a reload cancels; the agreement exported and
 * deleted; the record holding no message text.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  COMPOSER,
  draft,
  NUDGE,
  nudgeOpen,
  oneBrowserPerSpec,
  pauseTheFourth,
  send,
  sentTexts,
  storedOutcomes,
  typeDraft,
} from './steps.ts';

const spec = oneBrowserPerSpec();
const { opened } = spec;

const ENOUGH = 'twenty minutes of talk most evenings';
const RE_ENTRY = 'a hug and a cup of tea';

const storedAgreement = () =>
  spec.softer.serviceWorker.evaluate(async () => {
    // @ts-expect-error: the worker's own `chrome`, not typed in the test's scope.
    const { agreement } = await chrome.storage.local.get('agreement');
    return agreement as Record<string, unknown> | undefined;
  });

async function writeAgreement(maxPause = '60') {
  const options = await spec.softer.openExtensionPage('options.html#agreement');
  opened.push(options);
  await options.locator('[data-agreement="enough"]').fill(ENOUGH);
  await options.locator('[data-agreement="signal"]').fill('yellow light, 🟡');
  await options.locator('[data-agreement="max-pause"]').fill(maxPause);
  await options.locator('[data-agreement="re-entry"]').fill(RE_ENTRY);
  await options.locator('[data-agreement-save]').click();
  await expect.poll(async () => (await storedAgreement())?.enough).toBe(ENOUGH);
  return options;
}

const holdFor = async (page: Page, value: string) => {
  await page.locator(`${NUDGE} .hold select`).selectOption(value);
  await page.locator(`${NUDGE} [data-action="hold"]`).click();
  await expect.poll(() => nudgeOpen(page)).toBe(false);
};
const banner = (page: Page) => page.locator('[data-held]');
const ended = (page: Page) => page.locator('[data-held-ended]');

describe('the agreement is written, kept apart, and validated', () => {
  it('saves whole or not at all, each problem named', async () => {
    const options = await spec.softer.openExtensionPage('options.html#agreement');
    opened.push(options);
    await options.locator('[data-agreement="max-pause"]').fill('900');
    await options.locator('[data-agreement="signal"]').fill(' , ');
    await options.locator('[data-agreement-save]').click();
    await expect.poll(() => options.locator('.agreement .field-error').count()).toBe(2);
    expect(await storedAgreement()).toBeUndefined();
    expect(await options.locator('[data-action="print-agreement"]').textContent()).toBe(
      'Print or save as PDF',
    );
  });
});

describe.each(['2026', '2024'])('on the %s page shape', (shape) => {
  it('a signalled pause: the next send waits with the countdown; held, then they write: nothing sent, the draft kept', async () => {
    await writeAgreement();
    const page = await spec.softer.openWhatsApp(`shape=${shape}`);
    opened.push(page);
    await page.evaluate(() => window.fixture.reply('🟡 I need a little while, talk soon'));
    expect(await send(page, 'ok, are you alright?')).toBe('paused');
    expect(await page.locator(NUDGE).getAttribute('data-reason')).toBe('pause-signal');
    const left = Number(await page.locator(`${NUDGE} [data-countdown]`).getAttribute('data-countdown'));
    expect(left).toBeGreaterThanOrEqual(59);
    expect(left).toBeLessThanOrEqual(60);
    expect(await page.locator(NUDGE).textContent()).toContain('You agreed on up to 60 minutes');
    expect(await page.locator(`${NUDGE} .soothe`).count()).toBe(1);

    await holdFor(page, 'pause-end');
    await expect.poll(() => banner(page).count()).toBe(1);
    const until = Number(await banner(page).getAttribute('data-held-until'));
    expect(until).toBeGreaterThan(Date.now() + 58 * 60_000);
    await page.evaluate(() => window.fixture.reply('ok I’m back, sorry'));
    await expect
      .poll(() => ended(page).getAttribute('data-held-ended'), { timeout: 5000 })
      .toBe('replied-first');
    expect(await ended(page).textContent()).toContain('They wrote first');
    expect(await sentTexts(page)).toEqual([]);
    expect(await draft(page)).toBe('ok, are you alright?');
    await expect
      .poll(async () =>
        (await storedOutcomes(spec.softer.serviceWorker)).map((o) => [o.reason, o.action, o.holdEnd]),
      )
      .toContainEqual(['pause-signal', 'hold', 'replied-first']);
  });

  it('an edit under a hold ends it: nothing goes on its own', async () => {
    const page = await spec.softer.openWhatsApp(`shape=${shape}`);
    opened.push(page);
    await pauseTheFourth(page);
    await holdFor(page, '1');
    await expect.poll(() => banner(page).count()).toBe(1);
    await page.click(COMPOSER);
    await page.keyboard.press('End');
    await page.keyboard.type('?');
    await expect.poll(() => ended(page).getAttribute('data-held-ended'), { timeout: 5000 }).toBe('cancelled');
    expect(await sentTexts(page)).toHaveLength(3);
  });
});

describe('a hold nobody interrupts', () => {
  it('streak card quotes the agreement; held for a minute, it goes exactly once', async () => {
    await writeAgreement();
    const page = await spec.softer.openWhatsApp();
    opened.push(page);
    await pauseTheFourth(page);
    expect(await page.locator(`${NUDGE} [data-agreement-quote]`).textContent()).toBe(`You agreed: ${ENOUGH}`);
    await holdFor(page, '1');
    expect(await draft(page)).toBe('are you there');
    await expect.poll(() => sentTexts(page), { timeout: 75_000, interval: 1000 }).toHaveLength(4);
    expect((await sentTexts(page)).at(-1)).toBe('are you there');
    await page.waitForTimeout(2500);
    expect((await sentTexts(page)).filter((text) => text === 'are you there')).toHaveLength(1);
    await expect
      .poll(async () =>
        (await storedOutcomes(spec.softer.serviceWorker)).map((o) => [o.reason, o.action, o.holdEnd]),
      )
      .toContainEqual(['streak', 'hold', 'sent']);
  }, 120_000);

  it('switching chats and back under a hold ends it: nothing goes on its own', async () => {
    const page = await spec.softer.openWhatsApp();
    opened.push(page);
    await pauseTheFourth(page);
    await holdFor(page, '1');
    await page.evaluate((jid) => window.fixture.openChat(jid), '4915123456789@c.us');
    await page.evaluate((jid) => window.fixture.openChat(jid), '447700900123@c.us');
    await expect.poll(() => ended(page).getAttribute('data-held-ended'), { timeout: 5000 }).toBe('cancelled');
    expect(await ended(page).textContent()).toContain('left the chat');
    expect(await sentTexts(page)).toHaveLength(3);
  });

  it('a reload under a hold sends nothing', async () => {
    const page = await spec.softer.openWhatsApp();
    opened.push(page);
    await pauseTheFourth(page);
    await holdFor(page, '1');
    await page.reload();
    await page.waitForFunction(() => typeof window.fixture === 'object');
    await typeDraft(page, 'x');
    await page.waitForTimeout(1500);
    expect(await sentTexts(page)).toEqual([]);
    expect(await banner(page).count()).toBe(0);
  });
});

describe('when a pause ends in silence', () => {
  it('a gentle note offers the way back in from the agreement, once', async () => {
    await writeAgreement('5');
    const page = await spec.softer.openWhatsApp();
    opened.push(page);
    // Their signal four minutes ago (stamps are to the minute): the five-minute pause ends within a minute.
    await page.evaluate(
      ({ jid, at }) => window.fixture.seed(jid, [{ text: 'yellow light, back soon', at }]),
      { jid: '447700900123@c.us', at: Date.now() - 4 * 60_000 },
    );
    expect(await send(page, 'take your time')).toBe('paused');
    expect(await page.locator(NUDGE).getAttribute('data-reason')).toBe('pause-signal');
    await page.locator(`${NUDGE} [data-action="edit"]`).click();
    const offer = page.locator('[data-offer="re-entry"]');
    await expect.poll(() => offer.count(), { timeout: 70_000, interval: 1000 }).toBe(1);
    expect(await offer.textContent()).toContain(RE_ENTRY);
    // Now the pause is over: the same send goes through.
    await offer.locator('[data-action="dismiss"]').click();
    await page.click(COMPOSER);
    await page.keyboard.press('Enter');
    await expect.poll(() => sentTexts(page)).toEqual(['take your time']);
  }, 100_000);
});

describe('the agreement and the record', () => {
  it('is in the JSON export, holds no message text, and goes with Delete everything', async () => {
    await writeAgreement();
    const options = await spec.softer.openExtensionPage('options.html');
    opened.push(options);
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.locator('[data-action="export-json"]').click(),
    ]);
    const path = await download.path();
    const exported = JSON.parse(await (await import('node:fs/promises')).readFile(path, 'utf8'));
    expect(exported.agreement).toMatchObject({ enough: ENOUGH, reEntry: RE_ENTRY });
    const everything = JSON.stringify(await storedOutcomes(spec.softer.serviceWorker));
    for (const words of ['are you there', 'are you alright', 'I need a little while'])
      expect(everything).not.toContain(words);

    await options.locator('[data-action="delete-everything"]').click();
    await options.locator('[data-action="confirm-delete"]').click();
    await expect.poll(storedAgreement).toBeUndefined();
  });
});
