/**
 * What a person does in WhatsApp Web with Softer installed, as steps the specs share. Locators
 * pierce Softer's open shadow root, the way Playwright's CSS engine does for any open root.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { OutcomeAction } from '../../lib/outcome.ts';
import { type LaunchOptions, launchSofter, type Softer } from './harness.ts';

export const COMPOSER = '#main footer [contenteditable="true"][role="textbox"][data-lexical-editor="true"]';
export const NUDGE = '[role="dialog"][aria-labelledby="softer-question"]';
export const SAM = '447700900123@c.us';
export const ALEX = '4915123456789@c.us';
export const FAMILY = '120363041234567890@g.us';

/** Drafts the randomized runs write: everyday messages, and protests a nudge may pause. */
export const NEUTRAL_DRAFTS = [
  'on my way',
  'got the tickets',
  'dinner at 8?',
  'love you',
  'running late, sorry',
];
export const PROTEST_DRAFTS = [
  'Why are you ignoring me?',
  'You never call me back',
  'hello??',
  'Fine. Whatever.',
  'answer me',
];

export const sentTexts = (page: Page) => page.evaluate(() => window.fixture.sent.map((m) => m.text));
export const draft = (page: Page) => page.evaluate(() => window.fixture.draft());
export const nudgeOpen = async (page: Page) => (await page.locator(NUDGE).count()) > 0;

/**
 * Whether the composer has focus with the caret after its last character: what a person sees
 * before typing on after "Use softer version". Typing sooner races the editor settling.
 */
export const caretAtEnd = (page: Page) =>
  page.evaluate((selector) => {
    const composer = document.querySelector(selector);
    const selection = document.getSelection();
    const caret = selection?.focusNode;
    if (!composer || !selection?.isCollapsed || !caret || !composer.contains(caret)) return false;
    if (!composer.contains(document.activeElement)) return false;
    const after = document.createRange();
    after.selectNodeContents(composer);
    after.setStart(caret, selection.focusOffset);
    return after.toString() === '';
  }, COMPOSER);

export async function typeDraft(page: Page, text: string): Promise<void> {
  await page.click(COMPOSER);
  await page.keyboard.type(text);
  await expect.poll(() => draft(page)).toBe(text);
}

/** Types and presses Enter; resolves once the message went out or a nudge paused it. */
export async function send(page: Page, text: string): Promise<'sent' | 'paused'> {
  await typeDraft(page, text);
  return sentOrPaused(page, () => page.keyboard.press('Enter'));
}

/** Tries to send (Enter by default); resolves with whichever comes first: sent, or paused by a nudge. */
export async function sentOrPaused(page: Page, trySend: () => Promise<void>): Promise<'sent' | 'paused'> {
  const before = (await sentTexts(page)).length;
  await trySend();
  let outcome: 'sent' | 'paused' | null = null;
  await expect
    .poll(async () => {
      if ((await sentTexts(page)).length > before) outcome = 'sent';
      else if (await nudgeOpen(page)) outcome = 'paused';
      return outcome;
    })
    .not.toBeNull();
  return outcome as unknown as 'sent' | 'paused';
}

/** Opens the card's softer version if it is still one tap away. */
export async function revealSofterVersion(page: Page): Promise<void> {
  const reveal = page.locator(`${NUDGE} [data-reveal="rewrite"]`);
  if ((await reveal.count()) > 0) await reveal.click();
}

/** The softer version the card shows, opened first if need be. */
export async function softerVersion(page: Page): Promise<string> {
  await revealSofterVersion(page);
  return (await page.locator(`${NUDGE} .rewrite-text`).textContent()) ?? '';
}

export async function choose(page: Page, action: OutcomeAction): Promise<void> {
  if (action === 'use-rewrite') await revealSofterVersion(page);
  await page.locator(`${NUDGE} [data-action="${action}"]`).click();
  await expect.poll(() => nudgeOpen(page)).toBe(false);
}

/** Empties the composer the way a person would. */
export async function clearDraft(page: Page): Promise<void> {
  await page.click(COMPOSER);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await expect.poll(() => draft(page)).toBe('');
}

/** The outcomes the background stored, read in the extension's own origin. */
export async function storedOutcomes(
  worker: import('playwright-core').Worker,
): Promise<Record<string, unknown>[]> {
  return worker.evaluate(async () =>
    // Opening a database that does not exist would create it; only read one Softer made.
    !(await indexedDB.databases()).some((info) => info.name === 'softer')
      ? []
      : new Promise<Record<string, unknown>[]>((resolve, reject) => {
          const open = indexedDB.open('softer');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('outcomes')) {
              db.close();
              resolve([]);
              return;
            }
            const all = db.transaction('outcomes').objectStore('outcomes').getAll();
            all.onsuccess = () => {
              db.close();
              resolve(all.result);
            };
            all.onerror = () => reject(all.error);
          };
        }),
  );
}

/**
 * Focuses the composer and waits until the nudge module has loaded in Softer's isolated world
 * (its last step is to watch settings), so the very next send is judged by it.
 */
export async function focusComposerUntilNudgeLoads(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const worlds: number[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.name === 'Softer') worlds.push(context.id);
  });
  await cdp.send('Runtime.enable');
  await page.click(COMPOSER);
  await expect
    .poll(async () => {
      const contextId = worlds.at(-1);
      if (contextId === undefined) return false;
      const { result } = await cdp.send('Runtime.evaluate', {
        contextId,
        expression: 'chrome.storage.local.onChanged.hasListeners()',
        returnByValue: true,
      });
      return result.value;
    })
    .toBe(true);
  await cdp.detach();
}

/**
 * The popup as it opens over the given tab: it asks the tab that is active when it loads, so the
 * tab is brought to the front and the popup (opened as a page of its own) is loaded again.
 */
export async function popupOpenedOver(softer: Softer, page: Page): Promise<Page> {
  const popup = await softer.openExtensionPage('popup.html');
  await page.bringToFront();
  await popup.reload();
  await expect.poll(() => popup.locator('[data-stat="paused"]').count()).toBe(1);
  return popup;
}

/**
 * One browser with Softer for the whole spec file, as CI's time budget asks, and the pages a test
 * opened (push them to `opened`), closed after each test.
 */
export function oneBrowserPerSpec(options: LaunchOptions = {}): { readonly softer: Softer; opened: Page[] } {
  let softer: Softer | undefined;
  const opened: Page[] = [];
  beforeAll(async () => {
    softer = (await launchSofter(options)) as Softer;
  });
  afterEach(async () => {
    for (const page of opened.splice(0)) await page.close().catch(() => undefined);
  });
  afterAll(async () => {
    await softer?.close();
  });
  return {
    get softer() {
      if (!softer) throw new Error('the browser has not started');
      return softer;
    },
    opened,
  };
}

/** Three everyday messages into silence, then `fourth`, which Softer pauses. */
export async function pauseTheFourth(page: Page, fourth = 'are you there'): Promise<void> {
  for (const text of ['on my way home', 'got the groceries', 'see you at 8'])
    expect(await send(page, text)).toBe('sent');
  expect(await send(page, fourth)).toBe('paused');
}
