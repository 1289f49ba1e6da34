/**
 * `npm run screenshots`: pictures of the nudge card (light and dark, at 1366×768, 1280×800 and
 * 1024×600), the popup, the options page and the first-run page, taken in Debian's Chromium with
 * the built extension on the WhatsApp fixture, saved to docs/screenshots/ so anyone can look.
 * Run `npx wxt build` first (npm run screenshots does).
 *
 * The steps a picture needs (a chat in a theme and size, a draft sent into Softer's card, an
 * extension page in a theme, a saved picture of an exact size) are exported for tests/store.ts.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { launchSofter, REPO, type Softer } from './e2e/harness.ts';
import { COMPOSER, NUDGE } from './e2e/steps.ts';

export type Theme = 'light' | 'dark';
export const THEMES: readonly Theme[] = ['light', 'dark'];
export interface Size {
  width: number;
  height: number;
}

const OUT = join(REPO, 'docs/screenshots');
const SIZES: readonly Size[] = [
  { width: 1366, height: 768 },
  { width: 1280, height: 800 },
  { width: 1024, height: 600 },
];
const REPLY = 'Honestly I have been thinking about what you said last night. Can we talk when I get home?';

/** The WhatsApp fixture in `theme` at `size`; `query` adds the fixture's own parameters (`chat=…`). */
export async function openChat(softer: Softer, theme: Theme, size: Size, query = ''): Promise<Page> {
  const params = new URLSearchParams(query);
  if (theme === 'dark') params.set('theme', 'dark');
  const page = await softer.openWhatsApp(params.toString());
  await page.setViewportSize(size);
  // The card rises in over 140 ms; a picture should not catch it halfway.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  return page;
}

/** Types `text` into the composer and presses Enter; resolves once Softer's card is placed on screen. */
export async function sendIntoCard(page: Page, text: string): Promise<void> {
  await page.click(COMPOSER);
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await cardSettled(page);
}

/** Answers the card's question: "From love" or "From anxiety". */
export async function answerCard(page: Page, answer: 'love' | 'anxiety'): Promise<void> {
  await page.locator(`${NUDGE} [data-answer="${answer}"]`).click();
  await page.locator(`${NUDGE}[data-answered="${answer}"]`).waitFor();
  await cardSettled(page);
}

/** The card is drawn hidden, measured and then placed; wait for the place and a frame after it. */
export async function cardSettled(page: Page): Promise<void> {
  const card = await page.locator(NUDGE).elementHandle();
  await page.waitForFunction((el) => el instanceof HTMLElement && el.style.left !== '', card);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** One of the extension's pages (`popup`, `options`, `welcome`, with `#…` if wanted) in `theme`. */
export async function openExtensionPage(
  softer: Softer,
  name: string,
  theme: Theme,
  size: Size,
): Promise<Page> {
  const page = await softer.openExtensionPage(name.replace(/^([\w-]+)/, '$1.html'));
  await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
  await page.setViewportSize(size);
  await page.waitForSelector('main');
  return page;
}

/** A PNG's size, from its header. */
export function pngSize(file: string): Size {
  const header = readFileSync(file).subarray(0, 24);
  if (header.toString('latin1', 1, 4) !== 'PNG') throw new Error(`${file} is not a PNG`);
  return { width: header.readUInt32BE(16), height: header.readUInt32BE(20) };
}

/** Fails unless `file` is exactly `size` pixels. */
export function assertSize(file: string, size: Size): void {
  const actual = pngSize(file);
  if (actual.width !== size.width || actual.height !== size.height) {
    throw new Error(`${file} is ${actual.width}×${actual.height}, expected ${size.width}×${size.height}`);
  }
}

/** Saves what the page shows (`fullPage` for the whole length) and, unless full length, checks its size. */
export async function shoot(page: Page, file: string, options: { fullPage?: boolean } = {}): Promise<string> {
  await page.screenshot({ path: file, fullPage: options.fullPage ?? false, animations: 'disabled' });
  const viewport = page.viewportSize();
  if (!options.fullPage && viewport) assertSize(file, viewport);
  return file;
}

async function card(softer: Softer, theme: Theme, size: Size) {
  const page = await openChat(softer, theme, size);
  await page.evaluate((text) => window.fixture.reply(text), REPLY);
  await sendIntoCard(page, 'You never listen to me');
  await answerCard(page, 'anxiety');
  const file = await shoot(page, join(OUT, `card-${theme}-${size.width}x${size.height}.png`));
  await page.close();
  return file;
}

async function extensionPage(softer: Softer, name: string, theme: Theme) {
  const size = name === 'popup' ? { width: 360, height: 600 } : { width: 1000, height: 1200 };
  const page = await openExtensionPage(softer, name, theme, size);
  await page.waitForTimeout(300);
  const file = await shoot(page, join(OUT, `${name}-${theme}.png`), { fullPage: name !== 'popup' });
  await page.close();
  return file;
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const softer = await launchSofter();
  try {
    const saved: string[] = [];
    for (const theme of THEMES) {
      for (const size of SIZES) saved.push(await card(softer, theme, size));
      for (const name of ['popup', 'options', 'welcome'])
        saved.push(await extensionPage(softer, name, theme));
    }
    for (const file of saved) console.log(`saved ${file.slice(REPO.length)}`);
  } finally {
    await softer.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
