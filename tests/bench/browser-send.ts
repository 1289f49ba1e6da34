import type { Page } from 'playwright-core';
import { CLIENTS, type ContractClient } from '../contract/clients.ts';
import {
  type FixtureServer,
  launchSofter,
  type PlainBrowser,
  type Softer,
  startFixtureServer,
} from '../e2e/harness.ts';
import { ms, percentile } from './stats.ts';

const ATTEMPTS = 200;

declare global {
  interface Window {
    /** Bench probes in the page's main world. */
    softerBench: {
      enterAt: number[];
      afterGuardAt: number[];
      shownAt: number[];
      paintedAt: number[];
      letterPaint: number[];
    };
  }
}

/**
 * Listeners in the page's main world around Softer's own: one registered before the content
 * script (an init script) stamps the Enter keydown, one registered after it stamps the moment
 * Softer's capture listener has finished, and an observer stamps the frame after the nudge's
 * host appears — the first paint that shows the overlay. Plain script text, because functions
 * compiled for Node may carry helpers that do not exist in the page.
 */
const PROBES = `
  window.softerBench = { enterAt: [], afterGuardAt: [], shownAt: [], paintedAt: [], letterPaint: [] };
  const afterPaint = (record) => requestAnimationFrame(() => {
    // A message posted from requestAnimationFrame is handled once that frame is painted.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => record(performance.now());
    channel.port2.postMessage(null);
  });
  window.addEventListener('keydown', (event) => {
    const at = performance.now();
    if (event.key === 'Enter' && !event.shiftKey) window.softerBench.enterAt.push(at);
    // Baseline: the same path for a letter the editor draws, i.e. the page's own typing latency.
    if (event.key === 'x') afterPaint((painted) => window.softerBench.letterPaint.push(painted - at));
  }, { capture: true });
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver((records) => {
      if (!records.some((r) => Array.from(r.addedNodes).some((n) => n.nodeName === 'SOFTER-NUDGE'))) return;
      window.softerBench.shownAt.push(performance.now());
      afterPaint((painted) => window.softerBench.paintedAt.push(painted));
    }).observe(document.body, { childList: true });
  });
`;

const STAMP_AFTER_GUARD = `
  window.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey) window.softerBench.afterGuardAt.push(performance.now());
  }, { capture: true });
`;

const probes = (page: Page) => page.evaluate(() => window.softerBench);

async function clearDraft(page: Page) {
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.waitForFunction(() => window.fixture.draft() === '');
}

/** The client's first one-to-one chat, opened at its own address. */
export async function openFirstChat(browser: Softer | PlainBrowser, client: ContractClient): Promise<Page> {
  const page = await browser.openClient(client.client);
  const chat = await page.evaluate(() => window.fixture.chats().find((known) => !known.group)?.id ?? '');
  await page.goto(new URL(client.chatPath(chat), page.url()).href);
  await page.waitForFunction(() => typeof window.fixture === 'object');
  return page;
}

async function typeDraft(page: Page, composer: string, text: string) {
  await page.click(composer);
  await page.keyboard.type(text);
  await page.waitForFunction((expected) => window.fixture.draft() === expected, text);
}

/** Time between the two main-world listeners on neutral sends that go out, one per attempt. */
async function passThrough(page: Page, composer: string): Promise<number[]> {
  const first = (await probes(page)).enterAt.length;
  for (let i = 0; i < ATTEMPTS; i++) {
    await page.evaluate(() => window.fixture.reply('ok'));
    await typeDraft(page, composer, `see you at ${i}`);
    await page.keyboard.press('Enter');
  }
  const { enterAt, afterGuardAt } = await probes(page);
  return afterGuardAt.slice(first).map((after, i) => after - (enterAt[first + i] ?? after));
}

/** The same probes in the same kind of browser without Softer: what the measuring itself costs. */
async function passThroughWithoutSofter(server: FixtureServer, client: ContractClient): Promise<number[]> {
  const plain = await launchSofter({ server, extension: false });
  try {
    await plain.context.addInitScript({ content: PROBES });
    const page = await openFirstChat(plain, client);
    await page.evaluate(STAMP_AFTER_GUARD);
    return await passThrough(page, client.composer);
  } finally {
    await plain.close();
  }
}

/**
 * Every app's first client, measured the same way; `BENCH_CLIENTS=telegram-k,google-messages` (the
 * names in tests/contract/clients.ts) measures only those.
 */
export const MEASURED: readonly ContractClient[] = (() => {
  const all = [
    CLIENTS['whatsapp-2026'],
    CLIENTS['telegram-k'],
    CLIENTS['telegram-a'],
    CLIENTS['google-messages'],
  ];
  const chosen = process.env.BENCH_CLIENTS?.split(',').map((name) => name.trim());
  return chosen ? all.filter((client) => chosen.includes(client.client)) : all;
})();

/** Enter keydown → nudge painted, and the cost of Softer's listener on a send it lets through, in each app. */
export default async function benchBrowserSend(): Promise<void> {
  // A cross-origin-isolated page, so performance.now() resolves microseconds, not 100 µs steps.
  const server = await startFixtureServer({ crossOriginIsolated: true });
  try {
    for (const client of MEASURED) {
      console.log(`\n### ${client.client}`);
      await benchClient(server, client);
    }
  } finally {
    await server.close();
  }
}

async function benchClient(server: FixtureServer, client: ContractClient): Promise<void> {
  const softer = await launchSofter({ server });
  try {
    await softer.context.addInitScript({ content: PROBES });
    const page = await openFirstChat(softer, client);
    if (!(await page.evaluate(() => crossOriginIsolated)))
      throw new Error('the bench page is not cross-origin isolated');
    await page.evaluate(STAMP_AFTER_GUARD);

    const passCost = await passThrough(page, client.composer);
    const floor = await passThroughWithoutSofter(server, client);

    // Baseline: a letter typed into the same editor, from keydown to the frame that shows it.
    await page.click(client.composer);
    for (let i = 0; i < ATTEMPTS; i++) {
      await page.keyboard.press('x');
      await page.waitForFunction((n) => window.softerBench.letterPaint.length > n, i);
    }
    await clearDraft(page);

    // Nudge: the same protest draft paused again and again (Escape keeps the draft).
    await typeDraft(page, client.composer, 'You never listen to me');
    const before = (await probes(page)).paintedAt.length;
    for (let i = 0; i < ATTEMPTS; i++) {
      await page.click(client.composer);
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      await page.waitForFunction((n) => window.softerBench.paintedAt.length > n, before + i);
      await page.keyboard.press('Escape');
    }
    const nudged = await probes(page);
    const enters = nudged.enterAt.slice(ATTEMPTS);
    const overlay = nudged.paintedAt.slice(before).map((painted, i) => painted - (enters[i] ?? painted));
    const shown = nudged.shownAt.slice(before).map((at, i) => at - (enters[i] ?? at));

    console.log(
      `pass-through send, Enter keydown through Softer's listener: p50 ${ms(percentile(passCost, 50))}, p95 ${ms(percentile(passCost, 95))} over ${passCost.length} sends (target < 0.2 ms)`,
    );
    // The page's first send comes a moment after the composer is first focused: the nudge module
    // has loaded and built the language tables while the draft was typed, or this send pays for it.
    console.log(`  the page's first send, through Softer's listener: ${ms(passCost[0] ?? 0)}`);
    console.log(
      `  same probes without Softer: p50 ${ms(percentile(floor, 50))}, p95 ${ms(percentile(floor, 95))}; Softer adds p50 ${ms(percentile(passCost, 50) - percentile(floor, 50))}`,
    );
    console.log(
      `Enter → nudge in the page (Softer's work): p50 ${ms(percentile(shown, 50))}, p95 ${ms(percentile(shown, 95))}`,
    );
    const letter = nudged.letterPaint;
    console.log(
      `Enter → nudge painted: p50 ${ms(percentile(overlay, 50))}, p95 ${ms(percentile(overlay, 95))} over ${overlay.length} attempts (target p95 < 8 ms)`,
    );
    console.log(
      `baseline, a letter typed → painted: p50 ${ms(percentile(letter, 50))}, p95 ${ms(percentile(letter, 95))}; nudge/letter p50 ratio ${(percentile(overlay, 50) / percentile(letter, 50)).toFixed(2)}`,
    );
  } finally {
    await softer.close();
  }
}
