/**
 * The first-run page and accessibility, in Chromium with the built extension: installing opens
 * the first-run page once (an update never does: tests/unit/background.test.ts); it can be reached
 * from the popup; its card
 * can be tried without anything being sent or stored. axe-core (run in each page, the card's
 * shadow root included) finds no violations on the card, light and dark, the popup, the options
 * page or the first-run page.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { NUDGE, oneBrowserPerSpec, send, storedOutcomes } from './steps.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const spec = oneBrowserPerSpec({ keepWelcome: true });
const { opened } = spec;

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * axe-core's violations in the page, or inside `within` (a shadow host, whose shadow tree it
 * reads too). Evaluated through the DevTools protocol, so an extension page's CSP does not stop it.
 */
async function violations(page: Page, within?: string): Promise<string[]> {
  // What a person reads is the card once it has risen: mid-animation it is still partly
  // transparent, and axe would measure the page's colours blended through it.
  // (A document's own list leaves out animations inside shadow trees, so the host's is added.)
  await page.evaluate(async (host) => {
    const root = host ? document.querySelector(host)?.shadowRoot : null;
    const running = [...document.getAnimations(), ...(root?.getAnimations() ?? [])];
    await Promise.all(running.map((animation) => animation.finished));
  }, within ?? null);
  await page.evaluate(`${AXE}\n;0`);
  const found = await page.evaluate(async (host) => {
    const axe = (
      window as unknown as { axe: { run(context: unknown): Promise<{ violations: Violation[] }> } }
    ).axe;
    const result = await axe.run(host ? { include: [[host]] } : document);
    return result.violations;
  }, within ?? null);
  return found.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${JSON.stringify(v.nodes.map((n) => [n.target, n.failureSummary]))}`,
  );
}

describe('the first-run page', () => {
  it('opens once when Softer is installed', async () => {
    expect(spec.softer.welcomePagesOpened).toBe(1);
    const welcome = spec.softer.context.pages().find((page) => page.url().endsWith('/welcome.html'));
    if (!welcome) throw new Error('no first-run page');
    opened.push(welcome);
    await welcome.waitForSelector('h1');
    expect(await welcome.locator('h1').textContent()).toBe('Welcome to Softer');
    expect(await welcome.locator('main').textContent()).toContain('never stores or sends anything you write');
    expect(await violations(welcome)).toEqual([]);
  });

  it('lets the card be tried: nothing is sent or recorded, each choice says what it would do', async () => {
    const welcome = await spec.softer.openExtensionPage('welcome.html');
    opened.push(welcome);
    const card = welcome.locator('[data-tour-card] [role="dialog"]');
    await expect.poll(() => card.count()).toBe(1);
    // The tour does not take focus from the page as a card in a chat does.
    expect(await welcome.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
    await welcome.locator('[data-tour-card] [data-answer="love"]').click();
    expect(await welcome.locator('[data-tour-card] .rewrite-text').textContent()).toMatch(/call|ring/i);
    await welcome.locator('[data-tour-card] [data-action="use-rewrite"]').click();
    expect(await welcome.locator('.tour [role="status"]').textContent()).toContain(
      'softer version would replace',
    );
    await welcome.locator('[data-action="tour-again"]').click();
    await expect
      .poll(() => welcome.locator('[data-tour-card] [data-answer="love"]').getAttribute('aria-pressed'))
      .toBe('false');
    expect(await storedOutcomes(spec.softer.serviceWorker)).toEqual([]);
  });

  it('keeps the choices that matter on day one, and saves them', async () => {
    const welcome = await spec.softer.openExtensionPage('welcome.html');
    opened.push(welcome);
    await welcome.waitForSelector('form');
    expect(await welcome.locator('#nudgeAfter').count()).toBe(1);
    expect(await welcome.locator('input[name="quietHours.enabled"]').count()).toBe(1);
    expect(await welcome.locator('input[name="sites.whatsapp"]').count()).toBe(1);
    expect(await welcome.locator('input[name="sensitivity"]').count()).toBe(0);
    await welcome.fill('#nudgeAfter', '4');
    await welcome.locator('form button[type="submit"]').click();
    await expect.poll(() => welcome.locator('form [role="status"]').textContent()).toContain('Saved');
    const stored = await spec.softer.serviceWorker.evaluate(async () => {
      // @ts-expect-error: the worker's own `chrome`, not typed in the test's scope.
      const { settings } = await chrome.storage.local.get('settings');
      return (settings as { nudgeAfter: number }).nudgeAfter;
    });
    expect(stored).toBe(4);
  });

  it('is reached from the popup ("How Softer works")', async () => {
    const popup = await spec.softer.openExtensionPage('popup.html');
    opened.push(popup);
    const link = popup.locator('[data-action="open-welcome"]');
    expect(await link.getAttribute('href')).toMatch(/\/welcome\.html$/);
    const [page] = await Promise.all([spec.softer.context.waitForEvent('page'), link.click()]);
    opened.push(page);
    await page.waitForURL(/welcome\.html$/);
  });
});

describe('axe-core finds no violations', () => {
  it.each(['popup.html', 'options.html'])('on %s', async (file) => {
    const page = await spec.softer.openExtensionPage(file);
    opened.push(page);
    await page.waitForSelector('main');
    expect(await violations(page)).toEqual([]);
  });

  it.each(['light', 'dark'])('on the card (%s), compact and after an answer', async (theme) => {
    const page = await spec.softer.openWhatsApp(theme === 'dark' ? 'theme=dark' : '');
    opened.push(page);
    expect(await send(page, 'You never listen to me')).toBe('paused');
    expect(await violations(page, 'softer-nudge')).toEqual([]);
    await page.locator(`${NUDGE} [data-answer="anxiety"]`).click();
    await page.locator(`${NUDGE} [data-reveal="rewrite"]`).click();
    await page.locator(`${NUDGE} .why summary`).click();
    expect(await violations(page, 'softer-nudge')).toEqual([]);
  });
});
