import type { CDPSession, Page } from 'playwright-core';
import type { ContractClient } from '../contract/clients.ts';
import {
  type FixtureServer,
  launchSofter,
  type PlainBrowser,
  type Softer,
  startFixtureServer,
} from '../e2e/harness.ts';
import { MEASURED, openFirstChat } from './browser-send.ts';

/**
 * A busy chat: 5,000 messages of history and 1,000 more arriving (one every few milliseconds)
 * while the person types a long message. The page's main-thread scripting time is measured with
 * Softer and in the same browser without it (Chromium's own counters, `Performance.getMetrics`),
 * each configuration several times in alternation, and the medians compared. Then the cost of one
 * keystroke: scripting per key while typing 500 characters, with and without Softer, and the time
 * a sampling profile attributes to Softer's own code, plus the listeners Softer has on the page.
 */

const HISTORY = 5_000;
const INCOMING = 1_000;
const INCOMING_EVERY_MS = 8;
const KEYS = 500;
const RUNS = 4;

/** Plain script text: functions compiled under tsx may carry helpers the page lacks. */
const SEED = `window.fixture.seed(window.fixture.chat(), Array.from({ length: ${HISTORY} }, (_, i) => ({
  text: 'Message ' + i + ' about the plans for the weekend, the shopping and the kids',
  out: i % 3 === 0,
  at: Date.now() - (${HISTORY} - i) * 60000,
})))`;

/** The other side writing ${INCOMING} times, every few milliseconds, through the fixture's own reply. */
const INCOMING_SCRIPT = `new Promise((done) => {
  let i = 0;
  const next = () => {
    if (i >= ${INCOMING}) return done();
    i += 1;
    window.fixture.reply('Incoming message ' + i + ' of ${INCOMING}');
    setTimeout(next, ${INCOMING_EVERY_MS});
  };
  next();
})`;

/** About 500 characters of plain typing, no Enter (nothing is sent). */
const TEXT = (() => {
  const words =
    'so I was thinking we could go to the market on saturday morning and then maybe have lunch by the river if the weather holds up and you are not too tired from the week';
  let text = '';
  while (text.length < KEYS) text += `${words} `;
  return text.slice(0, KEYS);
})();

interface Sample {
  scriptMs: number;
  taskMs: number;
}

/** The client's first chat seeded with its 5,000 messages, composer focused and settled, with a CDP session. */
async function openBusyChat(browser: Softer | PlainBrowser, client: ContractClient) {
  const page = await openFirstChat(browser, client);
  await page.evaluate('globalThis.__name = (fn) => fn');
  await page.evaluate(SEED);
  // Focus loads Softer's nudge module; let that and the seed's rendering settle before measuring.
  await page.click(client.composer);
  await page.waitForTimeout(1_000);
  return { page, cdp: await page.context().newCDPSession(page) };
}

async function metrics(cdp: CDPSession): Promise<Sample> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { scriptMs: value('ScriptDuration'), taskMs: value('TaskDuration') };
}

const delta = (a: Sample, b: Sample): Sample => ({
  scriptMs: b.scriptMs - a.scriptMs,
  taskMs: b.taskMs - a.taskMs,
});

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

async function clearComposer(page: Page, composer: string): Promise<void> {
  await page.click(composer);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.waitForFunction('window.fixture.draft() === ""');
}

/** One browser, one busy chat: the busy phase and the typing-only phase, measured apart. */
async function runOnce(
  extension: boolean,
  server: FixtureServer,
  client: ContractClient,
): Promise<{ busy: Sample; perKey: Sample; typedMs: number }> {
  const softer = await launchSofter({ extension, server });
  try {
    const { page, cdp } = await openBusyChat(softer, client);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });

    const before = await metrics(cdp);
    const started = Date.now();
    await Promise.all([page.evaluate(INCOMING_SCRIPT), page.keyboard.type(TEXT, { delay: 8 })]);
    const typedMs = Date.now() - started;
    const busy = delta(before, await metrics(cdp));

    await clearComposer(page, client.composer);
    await page.waitForTimeout(300);
    const quiet = await metrics(cdp);
    await page.keyboard.type(TEXT, { delay: 4 });
    const perKey = delta(quiet, await metrics(cdp));
    return { busy, perKey: { scriptMs: perKey.scriptMs / KEYS, taskMs: perKey.taskMs / KEYS }, typedMs };
  } finally {
    await softer.close();
  }
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

/**
 * What Softer's own code costs per keystroke, from a sampling profile of the page's main thread
 * (the content script runs there, in its own world): self time in chrome-extension:// scripts.
 * Also lists the event listeners Softer keeps on the page while nothing is shown.
 */
async function attributeToSofter(server: FixtureServer, client: ContractClient): Promise<void> {
  const softer = await launchSofter({ server });
  try {
    const { page, cdp } = await openBusyChat(softer, client);

    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const before = await metrics(cdp);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
    await Promise.all([page.evaluate(INCOMING_SCRIPT), page.keyboard.type(TEXT, { delay: 8 })]);
    const { profile } = await cdp.send('Profiler.stop');
    const scripting = delta(before, await metrics(cdp)).scriptMs;
    const nodes = new Map<number, ProfileNode>(profile.nodes.map((node) => [node.id, node]));
    const parent = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    const isSofter = (node: ProfileNode | undefined) =>
      node?.callFrame.url.startsWith('chrome-extension://') ?? false;
    /** The outermost Softer frame on a sample's stack: its time, natives it calls included, is Softer's. */
    const softerEntry = (id: number): ProfileNode | null => {
      let found: ProfileNode | null = null;
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const node = nodes.get(at);
        if (isSofter(node)) found = node ?? null;
      }
      return found;
    };
    let total = 0;
    let softerMs = 0;
    const byFunction = new Map<string, number>();
    profile.samples?.forEach((id, i) => {
      const ms = (profile.timeDeltas?.[i] ?? 0) / 1000;
      total += ms;
      const entry = softerEntry(id);
      if (!entry) return;
      softerMs += ms;
      const file = entry.callFrame.url.replace(/^chrome-extension:\/\/[a-p]+/, '');
      const name = `${entry.callFrame.functionName || '(anonymous)'} in ${file}`;
      byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
    });
    console.log(
      `profile while typing ${KEYS} keys into the busy chat: Softer's code (and the DOM calls it makes) ${softerMs.toFixed(2)} ms of ${total.toFixed(0)} ms sampled = ${((softerMs / KEYS) * 1000).toFixed(1)} µs per keystroke`,
    );
    console.log(
      `  Softer's share of the page's scripting in that run: ${softerMs.toFixed(1)} of ${scripting.toFixed(0)} ms = ${((softerMs / scripting) * 100).toFixed(2)}%, i.e. a with/without ratio of ${(1 + softerMs / scripting).toFixed(3)}× (below the run-to-run noise above)`,
    );
    const top = [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 5);
    if (top.length)
      console.log(`  by entry point: ${top.map(([name, ms]) => `${name} ${ms.toFixed(2)} ms`).join('; ')}`);

    // Listeners on the page's objects, as Softer's own world sees them (each world keeps its own).
    const worlds: { id: number; name: string }[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
    await cdp.send('Runtime.enable');
    const contextId = worlds.find((world) => world.name === 'Softer')?.id;
    const scripts = new Map<string, string>();
    cdp.on('Debugger.scriptParsed', (script) => scripts.set(script.scriptId, script.url));
    await cdp.send('Debugger.enable');
    const listed: string[] = [];
    for (const [label, expression] of [
      ['window', 'window'],
      ['document', 'document'],
      ['composer', `document.querySelector(${JSON.stringify(client.composer)})`],
    ] as const) {
      const { result } = await cdp.send('Runtime.evaluate', { expression, contextId });
      if (!result.objectId) continue;
      const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
      for (const listener of listeners) {
        const url = scripts.get(listener.scriptId) ?? '';
        if (!url.startsWith('chrome-extension://')) continue;
        listed.push(
          `${label} ${listener.type}${listener.useCapture ? ' (capture)' : ''} from ${url.split('/').pop()}`,
        );
      }
    }
    await cdp.send('Debugger.disable');
    console.log(`Softer's listeners on the page while no nudge shows: ${listed.join(', ') || 'none'}`);
    const perKey = listed.filter((l) =>
      /\b(keydown|keyup|keypress|input|beforeinput|selectionchange)\b/.test(l),
    );
    console.log(
      `  of which run on every keystroke: ${perKey.length} (${perKey.join(', ') || 'none'}); each returns unless the key is Enter or Escape`,
    );
  } finally {
    await softer.close();
  }
}

export default async function benchBusyPage(): Promise<void> {
  const server = await startFixtureServer();
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
  const withSofter: Awaited<ReturnType<typeof runOnce>>[] = [];
  const without: Awaited<ReturnType<typeof runOnce>>[] = [];
  // Alternating, so drift in the machine's load falls on both sides alike.
  for (let i = 0; i < RUNS; i++) {
    if (i % 2) {
      withSofter.push(await runOnce(true, server, client));
      without.push(await runOnce(false, server, client));
    } else {
      without.push(await runOnce(false, server, client));
      withSofter.push(await runOnce(true, server, client));
    }
  }
  const med = (runs: typeof withSofter, pick: (r: (typeof withSofter)[number]) => number) =>
    median(runs.map(pick));
  const busyWith = med(withSofter, (r) => r.busy.scriptMs);
  const busyWithout = med(without, (r) => r.busy.scriptMs);
  const taskWith = med(withSofter, (r) => r.busy.taskMs);
  const taskWithout = med(without, (r) => r.busy.taskMs);
  const typed = med(withSofter, (r) => r.typedMs);
  console.log(
    `busy chat (${HISTORY} messages, ${INCOMING} arriving every ${INCOMING_EVERY_MS} ms while ${KEYS} characters are typed, ~${(typed / 1000).toFixed(1)} s), medians of ${RUNS} runs each:`,
  );
  console.log(
    `  scripting: with Softer ${busyWith.toFixed(0)} ms, without ${busyWithout.toFixed(0)} ms, ratio ${(busyWith / busyWithout).toFixed(3)}× (target ≤ 1.05×)`,
  );
  console.log(
    `  all main-thread tasks: with Softer ${taskWith.toFixed(0)} ms, without ${taskWithout.toFixed(0)} ms, ratio ${(taskWith / taskWithout).toFixed(3)}×`,
  );
  console.log(
    `  runs (scripting ms, with / without): ${withSofter.map((r, i) => `${r.busy.scriptMs.toFixed(0)}/${without[i]?.busy.scriptMs.toFixed(0)}`).join(', ')}`,
  );
  const keyWith = med(withSofter, (r) => r.perKey.scriptMs);
  const keyWithout = med(without, (r) => r.perKey.scriptMs);
  console.log(
    `per keystroke (${KEYS} typed, nothing arriving): scripting with Softer ${(keyWith * 1000).toFixed(0)} µs, without ${(keyWithout * 1000).toFixed(0)} µs, difference ${((keyWith - keyWithout) * 1000).toFixed(0)} µs (the editor's own work dominates)`,
  );
  await attributeToSofter(server, client);
}
