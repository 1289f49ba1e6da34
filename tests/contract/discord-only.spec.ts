/**
 * What only Discord asks of Softer, beside the shared contract: a run of messages shows its author
 * and time once, on its first message, and the rest are counted as that author's; and with Discord's
 * default of no send button, a paused message goes out once through Enter.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { NUDGE, nudgeOpen, oneBrowserPerSpec } from '../e2e/steps.ts';
import type { SiteFixture } from '../fixtures/api.ts';
import { CLIENTS } from './clients.ts';

const spec = oneBrowserPerSpec();
const discord = CLIENTS.discord;
type Fixture = { fixture: SiteFixture };
const sent = (page: Page) =>
  page.evaluate(() => (window as unknown as Fixture).fixture.sent.map((m) => m.text));

async function openDm(query = ''): Promise<Page> {
  const page = await spec.softer.openClient('discord', `@me/1111${query}`);
  spec.opened.push(page);
  return page;
}

async function typeAndEnter(page: Page, text: string) {
  await page.click(discord.composer);
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

describe('Discord only', () => {
  it('counts a run of your messages that shows its author and time only once as all yours', async () => {
    const page = await openDm();
    await page.evaluate(() => {
      const now = Date.now();
      (window as unknown as Fixture).fixture.seed('@me/1111', [
        { text: 'see you tonight', at: now - 60 * 60_000 },
        { text: 'on my way home', out: true, at: now - 3 * 60_000 },
        { text: 'got the groceries', out: true, at: now - 3 * 60_000 + 20_000 },
        { text: 'see you at 8', out: true, at: now - 3 * 60_000 + 40_000 },
      ]);
    });
    // The run draws one header: the later two rows carry no author of their own.
    const headers = await page.evaluate(
      () => document.querySelectorAll('ol[data-list-id="chat-messages"] [id^="message-username-"]').length,
    );
    expect(headers).toBe(2);
    await typeAndEnter(page, 'are you there');
    await expect.poll(() => nudgeOpen(page)).toBe(true);
    expect(await page.locator(NUDGE).getAttribute('data-reason')).toBe('streak');
    expect(await sent(page)).toEqual([]);
  });

  it('without a send button, "Send anyway" sends the paused message once, through Enter', async () => {
    const page = await openDm('?send-button=off');
    expect(await page.locator('form button[class*="sendButton"]').count()).toBe(0);
    await typeAndEnter(page, 'You never listen to me');
    await expect.poll(() => nudgeOpen(page)).toBe(true);
    await page.locator(`${NUDGE} [data-action="send-anyway"]`).click();
    await expect.poll(() => sent(page)).toEqual(['You never listen to me']);
    await page.waitForTimeout(500);
    expect(await sent(page)).toEqual(['You never listen to me']);
  });
});
