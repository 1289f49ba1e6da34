/**
 * `npm run store`: the pictures and text for the Chrome Web Store and addons.mozilla.org, in
 * docs/store/. Every picture is the built extension at work in Debian's Chromium on the WhatsApp
 * fixture (a local stand-in for WhatsApp Web, with made-up people), light and dark, 1280×800:
 *
 * - the card paused on a fourth message into silence, then after "From anxiety" with its calming step;
 * - the card offering a softer version of a protest;
 * - the popup's weekly summary beside the chat, counting the nudges this run really paused and how
 *   each ended (nothing is written into the record by hand);
 * - the options page's "Our agreement", filled in and saved;
 *
 * and a 440×280 promo tile from the icon. It checks each picture's pixel size, and the listing
 * (docs/store/listing.md and listing.es.md): the short descriptions' lengths, the English one
 * against the manifest (the Chrome Web Store shows the manifest's description), and that the
 * pictures it lists are the ones made here. Run `npx wxt build` first (npm run store does).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launchSofter, REPO, type Softer } from './e2e/harness.ts';
import { ALEX, COMPOSER, NUDGE, SAM, storedOutcomes } from './e2e/steps.ts';
import type { SeedMessage } from './fixtures/whatsapp/api.ts';
import {
  answerCard,
  assertSize,
  openChat,
  openExtensionPage,
  type Size,
  sendIntoCard,
  shoot,
  THEMES,
  type Theme,
} from './screenshots.ts';

const OUT = join(REPO, 'docs/store');
const SCREEN: Size = { width: 1280, height: 800 };
const TILE: Size = { width: 440, height: 280 };
/** The toolbar popup's width (entrypoints/popup/popup.css) and the tallest a browser draws a popup. */
const POPUP: Size = { width: 360, height: 600 };
const MINUTE = 60_000;

// ---------------------------------------------------------------------------------------------
// The listing

/** The fields the stores limit, marked in the listing as `<!-- field: NAME -->` before their text. */
const LIMITS: Record<string, number> = {
  // addons.mozilla.org's limit for a name; the Chrome Web Store allows 75.
  name: 50,
  'cws-short': 132,
  'amo-summary': 250,
};
const LISTINGS = ['listing.md', 'listing.es.md'];

/** Each marked field's text: the paragraph after its marker. */
function listingFields(markdown: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const match of markdown.matchAll(/<!-- field: ([\w-]+) -->\n+((?:.+\n?)+)/g)) {
    fields.set(match[1] as string, (match[2] as string).trim().replace(/\s*\n\s*/g, ' '));
  }
  return fields;
}

/** Characters as the stores count them: one per code point. */
const length = (text: string) => [...text].length;

/** Each listing's language, whose `_locales/<lang>/messages.json` the store reads the summary from. */
const LISTING_LANGUAGE: Record<string, string> = { 'listing.md': 'en', 'listing.es.md': 'es' };

/** The manifest's description as the store shows it in `lang`: `__MSG_extDescription__` filled in. */
function storeDescription(lang: string): string {
  const messages = JSON.parse(
    readFileSync(join(EXTENSION_DIR, '_locales', lang, 'messages.json'), 'utf8'),
  ) as Record<string, { message: string }>;
  return messages.extDescription?.message ?? '';
}

function checkListing(): string[] {
  const problems: string[] = [];
  for (const name of LISTINGS) {
    const file = join(OUT, name);
    if (!existsSync(file)) {
      problems.push(`${name} is missing`);
      continue;
    }
    const fields = listingFields(readFileSync(file, 'utf8'));
    for (const [field, limit] of Object.entries(LIMITS)) {
      const text = fields.get(field);
      if (text === undefined) {
        problems.push(`${name}: no "<!-- field: ${field} -->"`);
        continue;
      }
      const count = length(text);
      console.log(`${name} ${field}: ${count} of ${limit} characters`);
      if (count > limit) problems.push(`${name}: ${field} is ${count} characters, over ${limit}`);
    }
    const description = storeDescription(LISTING_LANGUAGE[name] ?? 'en');
    if (fields.get('cws-short') !== description) {
      problems.push(
        `${name}: cws-short must be the manifest's description in its language, which the Chrome Web Store shows: "${description}"`,
      );
    }
  }
  return problems;
}

/** The pictures a listing names (`docs/store/…png` or a bare `…png` in backticks). */
function listedPictures(name: string): Set<string> {
  const text = readFileSync(join(OUT, name), 'utf8');
  return new Set([...text.matchAll(/`([\w.-]+\.png)`/g)].map((match) => match[1] as string));
}

function checkPictures(made: readonly string[]): string[] {
  const problems: string[] = [];
  const names = new Set(made);
  for (const listing of LISTINGS) {
    const listed = listedPictures(listing);
    for (const file of names) if (!listed.has(file)) problems.push(`${listing} does not list ${file}`);
    for (const file of listed)
      if (!names.has(file)) problems.push(`${listing} lists ${file}, which was not made`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// In the browser

/** The couple's agreement, in their own words, as the options page saves it. */
const AGREEMENT = {
  enough: 'A proper talk over dinner most evenings, and a text when one of us is running late.',
  signal: 'yellow light, 🟡',
  'max-pause': '45',
  're-entry': 'Whoever paused comes back first: “I’m back — can we try again?”',
};

/** A chat's history, each message `ago` minutes before the picture. */
type Story = readonly (Omit<SeedMessage, 'at'> & { ago: number })[];

/** Sam went into a meeting two hours ago; three messages since, unanswered. */
const SAM_STORY: Story = [
  { text: 'Big client meeting at 5, it might run late', ago: 150 },
  { text: 'Good luck! You’ll be great', out: true, ago: 146 },
  { text: 'How did it go?', out: true, ago: 70 },
  { text: 'Still in there?', out: true, ago: 25 },
];
const FOURTH = 'Are you home yet?';
const SAM_REPLY = 'Sorry, it ran over and my phone was off. Just leaving now';
const PROTEST = 'You never call me back when you say you will';
const SAM_AFTER = 'You’re right, I’m sorry. I’ll call you from the bus in 10 💛';

/** Alex is landing; three messages from arrivals, unanswered. */
const ALEX_STORY: Story = [
  { text: 'Boarding now, landing at 6', ago: 190 },
  { text: 'Safe flight!', out: true, ago: 100 },
  { text: 'Are you through yet?', out: true, ago: 20 },
  { text: 'I’m at arrivals, by the coffee place', out: true, ago: 8 },
];

async function seed(page: Page, chat: string, story: Story): Promise<void> {
  await page.evaluate(
    ({ chat, story, minute }) => {
      const now = Date.now();
      window.fixture.seed(
        chat,
        story.map(({ ago, ...message }) => ({ ...message, at: now - ago * minute })),
      );
    },
    { chat, story, minute: MINUTE },
  );
}

/** The fixture's "Make Sam reply" button is a test control, not part of WhatsApp: off the pictures. */
async function hideFixtureControls(page: Page): Promise<void> {
  await page.addStyleTag({ content: '.fixture-reply { display: none !important; }' });
}

async function chat(softer: Softer, theme: Theme, jid: string, story: Story): Promise<Page> {
  const page = await openChat(softer, theme, SCREEN, `chat=${jid}`);
  await hideFixtureControls(page);
  await seed(page, jid, story);
  return page;
}

/** A choice on the card, once the card has gone. */
async function choose(page: Page, action: string): Promise<void> {
  await page.locator(`${NUDGE} [data-action="${action}"]`).click();
  await page.locator(NUDGE).waitFor({ state: 'detached' });
}

async function clearComposer(page: Page): Promise<void> {
  await page.click(COMPOSER);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.waitForFunction(() => window.fixture.draft() === '');
}

/** Presses Enter on what the composer holds and waits until the app sent it (no card). */
async function sendAsIs(page: Page): Promise<void> {
  const before = await page.evaluate(() => window.fixture.sent.length);
  await page.click(COMPOSER);
  await page.keyboard.press('Enter');
  await page.waitForFunction((count) => window.fixture.sent.length > count, before);
  if ((await page.locator(NUDGE).count()) > 0) throw new Error('the softer version was paused too');
}

/** "Our agreement", filled in and saved, in `theme`. */
async function agreement(softer: Softer, theme: Theme): Promise<string> {
  const page = await openExtensionPage(softer, 'options#agreement', theme, SCREEN);
  for (const [field, value] of Object.entries(AGREEMENT)) {
    await page.locator(`[data-agreement="${field}"]`).fill(value);
  }
  await page.locator('[data-agreement-save]').click();
  await page.locator('.agreement [role="status"]', { hasText: 'Saved' }).waitFor();
  await page.locator('#agreement').evaluate((section) => {
    section.scrollIntoView({ block: 'center' });
  });
  const file = await shoot(page, join(OUT, `agreement-${theme}.png`));
  await page.close();
  return file;
}

/**
 * Sam's chat: the fourth message into silence paused (a), "From anxiety" and its calming step (b),
 * "Remind me in 10 min"; Sam writes; a protest paused, "From love" and its softer version (c),
 * which is used and sent; Sam answers. The page stays open for the popup to be opened over.
 */
async function samsEvening(softer: Softer, theme: Theme): Promise<{ page: Page; files: string[] }> {
  const page = await chat(softer, theme, SAM, SAM_STORY);
  await sendIntoCard(page, FOURTH);
  const reason = await page.locator(NUDGE).getAttribute('data-reason');
  if (reason !== 'streak') throw new Error(`the fourth message was paused for "${reason}", not the streak`);
  const files = [await shoot(page, join(OUT, `fourth-message-${theme}.png`))];
  await answerCard(page, 'anxiety');
  if ((await page.locator(`${NUDGE} section.soothe`).count()) !== 1) throw new Error('no calming step');
  files.push(await shoot(page, join(OUT, `calming-step-${theme}.png`)));
  await choose(page, 'wait');
  await clearComposer(page);

  await page.evaluate((text) => window.fixture.reply(text), SAM_REPLY);
  await sendIntoCard(page, PROTEST);
  await answerCard(page, 'love');
  if ((await page.locator(`${NUDGE} .rewrite-text`).count()) !== 1) throw new Error('no softer version');
  files.push(await shoot(page, join(OUT, `softer-version-${theme}.png`)));
  await choose(page, 'use-rewrite');
  await page.waitForFunction((protest) => !['', protest].includes(window.fixture.draft()), PROTEST);
  await sendAsIs(page);
  await page.evaluate((text) => window.fixture.reply(text), SAM_AFTER);
  return { page, files };
}

/**
 * Alex's chat, for the week's numbers only: a fourth message held to "send only if still silent"
 * that Alex answers first, then a protest sent anyway.
 */
async function alexsArrival(softer: Softer): Promise<void> {
  const page = await chat(softer, 'light', ALEX, ALEX_STORY);
  await sendIntoCard(page, 'Still waiting by the coffee place');
  await choose(page, 'hold');
  await page.evaluate(() => window.fixture.reply('Through now! Coming out'));
  await page.locator('[data-held-ended]').waitFor();
  await clearComposer(page);
  await sendIntoCard(page, 'Why didn’t you text me when you landed?');
  await answerCard(page, 'love');
  await choose(page, 'send-anyway');
  await page.close();
}

/** The popup as it opens over `tab`: it reads the tab that is active when it loads. */
async function popupOver(softer: Softer, tab: Page, theme: Theme): Promise<Page> {
  const popup = await openExtensionPage(softer, 'popup', theme, POPUP);
  await tab.bringToFront();
  await popup.reload();
  await popup.locator('[data-stat="paused"]').waitFor();
  return popup;
}

const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;

/**
 * (d) The popup beside the chat it was opened over: the chat at the width left over, and the
 * popup as the browser draws it (its own width, at most 600 pixels tall).
 */
async function summaryBesideChat(softer: Softer, tab: Page, theme: Theme): Promise<string> {
  const popup = await popupOver(softer, tab, theme);
  const height = Math.min(POPUP.height, await popup.evaluate(() => document.documentElement.scrollHeight));
  await popup.setViewportSize({ width: POPUP.width, height });
  const popupPng = await popup.screenshot({ animations: 'disabled' });
  await popup.close();
  const side = POPUP.width + 2 * 30;
  await tab.setViewportSize({ width: SCREEN.width - side, height: SCREEN.height });
  const chatPng = await tab.screenshot({ animations: 'disabled' });

  // The pages' own colours (components/tokens.css): the page behind, and the popup's edge.
  const [backdrop, line] = theme === 'dark' ? ['#0b141a', '#3b4a54'] : ['#f0f2f5', '#d1d7db'];
  const composition = await softer.context.newPage();
  await composition.setViewportSize(SCREEN);
  await composition.setContent(`<!doctype html>
    <body style="margin:0;width:${SCREEN.width}px;height:${SCREEN.height}px;display:flex;background:${backdrop};overflow:hidden">
      <img src="${dataUrl(chatPng)}" alt="" style="display:block;flex:none">
      <div style="flex:1;display:flex;align-items:center;justify-content:center;border-left:1px solid ${line}">
        <img src="${dataUrl(popupPng)}" alt="" style="display:block;border:1px solid ${line};border-radius:10px;
          box-shadow:0 12px 36px rgba(0,0,0,.22),0 2px 6px rgba(0,0,0,.14)">
      </div>
    </body>`);
  await composition.waitForFunction(() => [...document.images].every((image) => image.complete));
  const file = await shoot(composition, join(OUT, `weekly-summary-${theme}.png`));
  await composition.close();
  return file;
}

/** The small promo tile: the mark, the name and one line. */
async function promoTile(softer: Softer): Promise<string> {
  const mark = readFileSync(join(REPO, 'public/icon/softer.svg'), 'utf8');
  const page = await softer.context.newPage();
  await page.setViewportSize(TILE);
  await page.setContent(`<!doctype html>
    <body style="margin:0;width:${TILE.width}px;height:${TILE.height}px;display:flex;align-items:center;
      gap:22px;padding:0 28px;box-sizing:border-box;background:linear-gradient(160deg,#f4faf7,#dcefe7);
      font-family:system-ui,'DejaVu Sans',sans-serif;color:#111b21">
      <div style="width:108px;height:108px;flex:none">${mark.replace('<svg ', '<svg width="108" height="108" ')}</div>
      <div>
        <div style="font-size:46px;font-weight:700;color:#00755f;letter-spacing:-0.5px">Softer</div>
        <div style="font-size:18px;line-height:1.4;margin-top:6px;color:#2a3942">
          A pause before the fourth message into silence.
        </div>
      </div>
    </body>`);
  const file = await shoot(page, join(OUT, 'promo-tile-440x280.png'));
  await page.close();
  return file;
}

/**
 * The pictures show an early evening: the chat's times, and the softer versions' words
 * ("tonight"), follow the browser's clock. A whole-hour zone puts this run's clock at 7 p.m.
 */
function eveningTimeZone(): string {
  const offset = (((19 - new Date().getUTCHours()) % 24) + 24) % 24;
  const hours = offset > 14 ? offset - 24 : offset;
  // POSIX zone names count the other way: Etc/GMT-5 is five hours ahead of UTC.
  return hours === 0 ? 'Etc/GMT' : `Etc/GMT${hours > 0 ? '-' : '+'}${Math.abs(hours)}`;
}

/**
 * The chats and the agreement show emoji (💛, 🟡); without a colour emoji font Chromium draws empty
 * boxes, which no store picture should show. Linux only: elsewhere the system has one.
 */
function checkEmojiFont(): string[] {
  if (process.platform !== 'linux') return [];
  const missing = ['1f49b', '1f7e1'].filter((code) => {
    try {
      return execFileSync('fc-list', [`:charset=${code}`, 'family'], { encoding: 'utf8' }).trim() === '';
    } catch {
      return true;
    }
  });
  return missing.length === 0
    ? []
    : ['No emoji font for the pictures. Run: apt-get install -y fonts-noto-color-emoji (and fontconfig)'];
}

async function main(): Promise<void> {
  const problems = [...checkListing(), ...checkEmojiFont()];
  if (problems.length > 0) throw new Error(problems.join('\n'));

  mkdirSync(OUT, { recursive: true });
  for (const old of readdirSync(OUT).filter((name) => name.endsWith('.png'))) rmSync(join(OUT, old));

  process.env.TZ = eveningTimeZone();
  const softer = await launchSofter();
  const made: string[] = [];
  try {
    for (const theme of THEMES) made.push(await agreement(softer, theme));
    await alexsArrival(softer);
    const tabs = new Map<Theme, Page>();
    for (const theme of THEMES) {
      const { page, files } = await samsEvening(softer, theme);
      tabs.set(theme, page);
      made.push(...files);
    }
    // Every pause above (two in Alex's chat, two in Sam's in each theme) is in the record before
    // the popup counts them.
    const paused = 2 + 2 * THEMES.length;
    const deadline = Date.now() + 10_000;
    while ((await storedOutcomes(softer.serviceWorker)).length < paused) {
      if (Date.now() > deadline) throw new Error(`fewer than ${paused} outcomes were recorded`);
      await new Promise((done) => setTimeout(done, 100));
    }
    for (const [theme, tab] of tabs) made.push(await summaryBesideChat(softer, tab, theme));
    made.push(await promoTile(softer));
  } finally {
    await softer.close();
  }

  for (const file of made) {
    assertSize(file, file.endsWith('promo-tile-440x280.png') ? TILE : SCREEN);
    console.log(`saved ${file.slice(REPO.length)}`);
  }
  const pictureProblems = checkPictures(made.map((file) => file.slice(OUT.length + 1)));
  if (pictureProblems.length > 0) throw new Error(pictureProblems.join('\n'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
