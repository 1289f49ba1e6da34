import { build } from 'esbuild';
import { launchSofter, REPO } from '../e2e/harness.ts';
import { ms, percentile } from './stats.ts';

const EVENTS = 100_000;
const RUNS = 50;

/** Softer's own tally code for the page that seeds the database, so the seed matches real writes. */
async function tallyScript(): Promise<string> {
  const result = await build({
    stdin: {
      contents:
        "export { addNarrated, addRecovery, addToTally, emptyTally } from './lib/summary.ts'; export { startOfDay } from './lib/weeks.ts';",
      resolveDir: REPO,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    globalName: 'softerTally',
    write: false,
  });
  return result.outputFiles[0]?.text ?? '';
}

/**
 * A year of heavy use (100,000 outcomes, most with the minutes until the other side wrote again,
 * and a narrated pause for every tenth) in the extension's real IndexedDB, then the weekly summary
 * with its eight weeks of progress, as the popup asks for it. Baseline in the same page: loading every event and counting
 * in JavaScript, which is what the index counts avoid.
 */
export default async function benchWeeklySummary(): Promise<void> {
  const softer = await launchSofter();
  try {
    const page = await softer.openExtensionPage('options.html');
    // tsx compiles the function below with name-keeping helpers the page does not have.
    await page.evaluate('globalThis.__name = (fn) => fn');
    await page.evaluate(await tallyScript());
    const figures = await page.evaluate(
      async ({ events, runs }) => {
        const { runtime } = (
          globalThis as unknown as {
            chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string }> } };
          }
        ).chrome;
        const ask = (now: number) => runtime.sendMessage({ type: 'weekly-summary', now });
        await ask(Date.now()); // the background creates the database at its current version
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open('softer');
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        const kinds = ['globalizing-criticism', 'blame-question', 'demand-ping', 'surveillance'];
        const actions = ['send-anyway', 'use-rewrite', 'wait', 'edit'];
        const now = Date.now();
        // biome-ignore lint/suspicious/noExplicitAny: the bundled tally code, injected above
        const tally = (globalThis as any).softerTally;
        const days = new Map();
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction(['outcomes', 'days'], 'readwrite');
          for (let i = 0; i < events; i++) {
            const at = now - Math.floor((i / events) * 365 * 86_400_000);
            const eventKinds = i % 3 === 0 ? [kinds[i % 4]] : [];
            const outcome = {
              at,
              site: 'whatsapp',
              chat: `c${i % 40}`,
              reason: eventKinds.length ? 'protest' : 'streak',
              streak: i % 9,
              kinds: eventKinds,
              answer: i % 5 === 0 ? 'love' : i % 5 === 1 ? 'anxiety' : null,
              action: actions[i % 4],
              waitMinutes: i % 4 === 2 ? 10 : null,
              holdEnd: null,
            };
            tx.objectStore('outcomes').add(outcome);
            const day = tally.startOfDay(at);
            let dayTally = tally.addToTally(days.get(day) ?? tally.emptyTally(day), outcome);
            if (i % 5 !== 0) dayTally = tally.addRecovery(dayTally, (i * 7) % 600);
            if (i % 10 === 0) dayTally = tally.addNarrated(dayTally);
            days.set(day, dayTally);
          }
          for (const dayTally of days.values()) tx.objectStore('days').put(dayTally);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });

        const indexed: number[] = [];
        for (let i = 0; i < runs; i++) {
          const start = performance.now();
          const answer = await ask(now);
          indexed.push(performance.now() - start);
          if (!answer.ok) throw new Error(answer.error);
        }
        const everything: number[] = [];
        for (let i = 0; i < 5; i++) {
          const start = performance.now();
          const all = await new Promise<Array<{ at: number; action: string }>>((resolve) => {
            const request = db.transaction('outcomes').objectStore('outcomes').getAll();
            request.onsuccess = () => resolve(request.result);
          });
          const weekAgo = now - 7 * 86_400_000;
          all.filter((o) => o.at >= weekAgo).reduce((n, o) => n + (o.action === 'wait' ? 1 : 0), 0);
          everything.push(performance.now() - start);
        }
        db.close();
        return { indexed, everything };
      },
      { events: EVENTS, runs: RUNS },
    );
    const p50 = percentile(figures.indexed, 50);
    const loadAll = percentile(figures.everything, 50);
    console.log(
      `weekly summary and eight weeks of progress over ${EVENTS.toLocaleString('en')} stored events, asked from an extension page: p50 ${ms(p50)}, p95 ${ms(percentile(figures.indexed, 95))} over ${RUNS} runs (target < 20 ms)`,
    );
    console.log(
      `baseline, loading every event instead: p50 ${ms(loadAll)}, ${Math.round(loadAll / p50).toLocaleString('en')}× as long as the day tallies`,
    );
  } finally {
    await softer.close();
  }
}
