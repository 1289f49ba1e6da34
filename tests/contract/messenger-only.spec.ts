/**
 * What only Messenger asks of Softer, beside the shared contract: times shown only at gaps (a run
 * of messages after one separator is counted), and messages that show no "You sent" heading (Softer
 * does not guess who wrote them, so the fourth-message pause stays off rather than fire wrongly).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { NUDGE, nudgeOpen, oneBrowserPerSpec } from '../e2e/steps.ts';
import type { SiteFixture } from '../fixtures/api.ts';
import { CLIENTS } from './clients.ts';

const spec = oneBrowserPerSpec();
const messenger = CLIENTS.messenger;
type Fixture = { fixture: SiteFixture & { dropHeadings(): void } };
const sent = (page: Page) =>
  page.evaluate(() => (window as unknown as Fixture).fixture.sent.map((m) => m.text));

async function openSilence(): Promise<Page> {
  const page = await spec.softer.openClient('messenger', 't/100001');
  spec.opened.push(page);
  await page.evaluate(() => {
    const now = Date.now();
    (window as unknown as Fixture).fixture.seed('100001', [
      { text: 'see you tonight', at: now - 60 * 60_000 },
      { text: 'on my way home', out: true, at: now - 4 * 60_000 },
      { text: 'got the groceries', out: true, at: now - 3 * 60_000 },
      { text: 'see you at 8', out: true, at: now - 2 * 60_000 },
    ]);
  });
  return page;
}

async function trySend(page: Page, text: string) {
  await page.click(messenger.composer);
  await page.keyboard.type(text);
  const before = (await sent(page)).length;
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await nudgeOpen(page)) || (await sent(page)).length > before).toBe(true);
}

describe('Messenger only', () => {
  it('counts the messages after a time separator as sent then: the fourth into silence pauses', async () => {
    const page = await openSilence();
    // One separator after the hour's gap; the three messages minutes apart show none of their own.
    const separators = await page.evaluate(
      () => document.querySelectorAll('[data-scope="date_break"]').length,
    );
    expect(separators).toBeLessThan(4);
    await trySend(page, 'are you there');
    expect(await page.locator(NUDGE).getAttribute('data-reason')).toBe('streak');
  });

  it('does not guess who wrote messages that show no heading: no streak pause, protests still paused', async () => {
    const page = await openSilence();
    await page.evaluate(() => (window as unknown as Fixture).fixture.dropHeadings());
    await trySend(page, 'are you there');
    expect(await sent(page)).toEqual(['are you there']);
    await trySend(page, 'You never listen to me');
    expect(await page.locator(NUDGE).getAttribute('data-reason')).toBe('protest');
  });
});
