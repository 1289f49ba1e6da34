/**
 * `npm run screenshots`: pictures of the nudge card (light and dark, at 1366×768, 1280×800 and
 * 1024×600), the popup, the options page and the first-run page, taken in Debian's Chromium with
 * the built extension on the WhatsApp fixture, saved to docs/screenshots/ so anyone can look.
 * Run `npx wxt build` first (npm run screenshots does).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from '../lib/cli/corpus.ts';
import { launchSofter, type Softer } from './e2e/harness.ts';
import { COMPOSER, NUDGE } from './e2e/steps.ts';

const OUT = join(REPO, 'docs/screenshots');
const SIZES = [
  [1366, 768],
  [1280, 800],
  [1024, 600],
] as const;
const REPLY = 'Honestly I have been thinking about what you said last night. Can we talk when I get home?';

async function card(softer: Softer, theme: 'light' | 'dark', [width, height]: readonly [number, number]) {
  const page = await softer.openWhatsApp(theme === 'dark' ? 'theme=dark' : '');
  await page.setViewportSize({ width, height });
  await page.evaluate((text) => window.fixture.reply(text), REPLY);
  await page.click(COMPOSER);
  await page.keyboard.type('You never listen to me');
  await page.keyboard.press('Enter');
  await page.locator(NUDGE).waitFor();
  await page.locator(`${NUDGE} [data-answer="anxiety"]`).click();
  await page.waitForTimeout(300);
  const file = join(OUT, `card-${theme}-${width}x${height}.png`);
  await page.screenshot({ path: file });
  await page.close();
  return file;
}

async function extensionPage(softer: Softer, name: string, theme: 'light' | 'dark') {
  const page = await softer.openExtensionPage(`${name}.html`);
  await page.emulateMedia({ colorScheme: theme });
  await page.setViewportSize(name === 'popup' ? { width: 360, height: 600 } : { width: 1000, height: 1200 });
  await page.waitForSelector('main');
  await page.waitForTimeout(300);
  const file = join(OUT, `${name}-${theme}.png`);
  await page.screenshot({ path: file, fullPage: name !== 'popup' });
  await page.close();
  return file;
}

mkdirSync(OUT, { recursive: true });
const softer = await launchSofter();
try {
  const saved: string[] = [];
  for (const theme of ['light', 'dark'] as const) {
    for (const size of SIZES) saved.push(await card(softer, theme, size));
    for (const name of ['popup', 'options', 'welcome']) saved.push(await extensionPage(softer, name, theme));
  }
  for (const file of saved) console.log(`saved ${file.slice(REPO.length)}`);
} finally {
  await softer.close();
}
