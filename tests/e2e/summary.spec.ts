/**
 * The weekly summary, the options page and the user's own data, end to end: nudges scripted in
 * the WhatsApp fixture show up number for number in the popup; export downloads the events and
 * no message text; delete empties the store; a changed setting changes the very next send.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutcomeAction } from '../../lib/outcome.ts';
import { launchSofter, type Softer } from './harness.ts';
import { choose, clearDraft, draft, NUDGE, send, storedOutcomes } from './steps.ts';

/** Distinctive words that must never reach any store or export. */
const DRAFTS = ['Why are you ignoring me, Quokka?', 'You never call me back, Marmalade', 'hello?? Zeppelin'];

describe('weekly summary and your data', () => {
  let softer: Softer;

  beforeAll(async () => {
    softer = await launchSofter();
  });
  afterAll(async () => {
    await softer?.close();
  });

  const stats = async (popup: Page) =>
    popup.evaluate(() =>
      Object.fromEntries(
        Array.from(document.querySelectorAll('[data-stat]'), (el) => [
          el.getAttribute('data-stat'),
          el.textContent?.trim(),
        ]),
      ),
    );

  async function nudge(page: Page, text: string, action: OutcomeAction, answer: 'love' | 'anxiety' | null) {
    expect(await send(page, text)).toBe('paused');
    if (answer) await page.locator(`${NUDGE} [data-answer="${answer}"]`).click();
    await choose(page, action);
    if (action === 'use-rewrite') await expect.poll(() => draft(page)).not.toBe(text);
    // Leave the composer empty for the next scripted draft.
    if (action !== 'send-anyway') await clearDraft(page);
  }

  it('shows scripted nudges in the popup, number for number', async () => {
    const page = await softer.openWhatsApp();
    await nudge(page, DRAFTS[0] as string, 'send-anyway', 'love');
    await nudge(page, DRAFTS[1] as string, 'use-rewrite', 'anxiety');
    await nudge(page, DRAFTS[2] as string, 'wait', 'anxiety');
    // Three more plain messages into silence (one already sent anyway): the fourth pauses at a streak of 3.
    for (const text of ['ok', 'on my way']) expect(await send(page, text)).toBe('sent');
    await nudge(page, 'are you home', 'edit', null);
    await expect.poll(async () => (await storedOutcomes(softer.serviceWorker)).length).toBe(4);
    await page.close();

    const popup = await softer.openExtensionPage('popup.html');
    await expect
      .poll(() => stats(popup))
      .toEqual({
        paused: '4',
        softened: '1',
        waited: '1',
        'sent-anyway': '1',
        love: '1',
        anxiety: '2',
        held: '0',
        'replied-first': '0',
        'longest-streak': '3',
      });
    await popup.close();
  });

  it('exports every event as JSON and CSV files with not one word of any message', async () => {
    const options = await softer.openExtensionPage('options.html');
    for (const [action, extension] of [
      ['export-json', '.json'],
      ['export-csv', '.csv'],
    ] as const) {
      const [download] = await Promise.all([
        options.waitForEvent('download'),
        options.locator(`[data-action="${action}"]`).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(
        new RegExp(`^softer-outcomes-\\d{4}-\\d{2}-\\d{2}\\${extension}$`),
      );
      const text = readFileSync((await download.path()) as string, 'utf8');
      if (extension === '.json') expect(JSON.parse(text).outcomes).toHaveLength(4);
      else expect(text.trim().split('\n')).toHaveLength(5);
      expect(text).toContain('send-anyway');
      for (const word of ['Quokka', 'Marmalade', 'Zeppelin', 'ignoring', 'home', 'Sam', '447700900123']) {
        expect(text).not.toContain(word);
      }
    }
    await options.close();
  });

  it('a changed setting (nudge after 2) changes the very next send in an open tab', async () => {
    const page = await softer.openWhatsApp();
    expect(await send(page, 'good morning')).toBe('sent');
    expect(await send(page, 'coffee later?')).toBe('sent');

    const options = await softer.openExtensionPage('options.html');
    await options.locator('[name="nudgeAfter"]').fill('2');
    await options.locator('[data-action="save-settings"]').click();
    await expect.poll(() => options.locator('[role="status"]').first().textContent()).toMatch(/saved/i);

    await page.bringToFront();
    expect(await send(page, 'hello')).toBe('paused');
    expect(await page.locator(NUDGE).textContent()).toContain('3rd message');
    await choose(page, 'edit');

    // Out-of-range values are refused with a message and nothing is saved.
    await options.locator('[name="nudgeAfter"]').fill('0');
    await options.locator('[data-action="save-settings"]').click();
    await expect.poll(() => options.locator('[name="nudgeAfter"]').getAttribute('aria-invalid')).toBe('true');
    await options.reload();
    expect(await options.locator('[name="nudgeAfter"]').inputValue()).toBe('2');
    await options.close();
    await page.close();
  });

  it('deletes everything after a confirmation, and the popup shows an empty week', async () => {
    const options = await softer.openExtensionPage('options.html');
    await options.locator('[data-action="delete-everything"]').click();
    expect((await storedOutcomes(softer.serviceWorker)).length).toBeGreaterThan(0);
    await options.locator('[data-action="confirm-delete"]').click();
    await expect.poll(async () => (await storedOutcomes(softer.serviceWorker)).length).toBe(0);
    await options.close();

    const popup = await softer.openExtensionPage('popup.html');
    await expect.poll(() => popup.locator('body').textContent()).toMatch(/nothing to show yet/i);
    await popup.close();
  });

  it('made no network request: none seen from extension contexts, none in the browser log either', async () => {
    expect(softer.networkLog).toEqual([]);
    const netLog = await softer.closeAndReadNetLog();
    expect(netLog.complete).toBe(true);
    expect(netLog.requests).toEqual([]);
  });
});
