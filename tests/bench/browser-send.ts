import type { Page } from 'playwright-core';
import { launchSofter } from '../e2e/harness.ts';
import { COMPOSER } from '../e2e/steps.ts';
import { ms, percentile } from './stats.ts';

const ATTEMPTS = 200;

declare global {
  interface Window {
    /** Bench probes in the page's main world. */
    softerBench: { enterAt: number[]; afterGuardAt: number[]; paintedAt: number[] };
  }
}

/**
 * Listeners in the page's main world around Softer's own: one registered before the content
 * script (an init script) stamps the Enter keydown, one registered after it stamps the moment
 * Softer's capture listener has finished, and an observer stamps the frame after the nudge's
 * host appears — the first paint that shows the overlay.
 */
function installProbes() {
  window.softerBench = { enterAt: [], afterGuardAt: [], paintedAt: [] };
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Enter' && !event.shiftKey) window.softerBench.enterAt.push(performance.now());
    },
    { capture: true },
  );
  const observe = () =>
    new MutationObserver((records) => {
      const added = records.some((r) => Array.from(r.addedNodes).some((n) => n.nodeName === 'SOFTER-NUDGE'));
      if (!added) return;
      requestAnimationFrame(() => {
        // A message posted from rAF is handled after the frame is painted.
        const channel = new MessageChannel();
        channel.port1.onmessage = () => window.softerBench.paintedAt.push(performance.now());
        channel.port2.postMessage(null);
      });
    }).observe(document.body, { childList: true });
  if (document.body) observe();
  else document.addEventListener('DOMContentLoaded', observe);
}

function stampAfterGuard() {
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Enter' && !event.shiftKey) window.softerBench.afterGuardAt.push(performance.now());
    },
    { capture: true },
  );
}

const probes = (page: Page) => page.evaluate(() => window.softerBench);

async function typeDraft(page: Page, text: string) {
  await page.click(COMPOSER);
  await page.keyboard.type(text);
  await page.waitForFunction((expected) => window.fixture.draft() === expected, text);
}

/** Enter keydown → nudge painted, and the cost of Softer's listener on a send it lets through. */
export default async function benchBrowserSend(): Promise<void> {
  const softer = await launchSofter();
  try {
    await softer.context.addInitScript(installProbes);
    const page = await softer.openWhatsApp();
    await page.evaluate(stampAfterGuard);

    // Pass-through: a neutral message after a reply, so no nudge is due and the send goes out.
    for (let i = 0; i < ATTEMPTS; i++) {
      await page.evaluate(() => window.fixture.reply('ok'));
      await typeDraft(page, `see you at ${i}`);
      await page.keyboard.press('Enter');
    }
    const passed = await probes(page);
    const passCost = passed.afterGuardAt.map((after, i) => after - (passed.enterAt[i] ?? after));

    // Nudge: the same protest draft paused again and again (Escape keeps the draft).
    await typeDraft(page, 'You never listen to me');
    const before = (await probes(page)).paintedAt.length;
    for (let i = 0; i < ATTEMPTS; i++) {
      await page.click(COMPOSER);
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      await page.waitForFunction((n) => window.softerBench.paintedAt.length > n, before + i);
      await page.keyboard.press('Escape');
    }
    const nudged = await probes(page);
    const enters = nudged.enterAt.slice(ATTEMPTS);
    const overlay = nudged.paintedAt.slice(before).map((painted, i) => painted - (enters[i] ?? painted));

    console.log(
      `pass-through send, Softer's keydown work: p50 ${ms(percentile(passCost, 50))}, p95 ${ms(percentile(passCost, 95))} over ${passCost.length} sends (target < 0.2 ms)`,
    );
    console.log(
      `Enter → nudge painted: p50 ${ms(percentile(overlay, 50))}, p95 ${ms(percentile(overlay, 95))} over ${overlay.length} attempts (target p95 < 8 ms)`,
    );
  } finally {
    await softer.close();
  }
}
