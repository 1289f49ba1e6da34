/**
 * Faults, end to end: a background that is stopped or cannot answer, a database that will not open
 * or write, a page missing its composer, send control or message rows, a send control swapped or a
 * footer re-rendered while the nudge is open, the extension reloaded under an open nudge, and
 * seeded random sequences with all of these mixed in. Whatever breaks, every message the person
 * meant to send goes out exactly once, the draft is never lost, nothing is thrown into the page,
 * and the person sees at most a quiet notice.
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SendVariant } from '../fixtures/whatsapp/api.ts';
import { seededRandom } from '../seeded-random.ts';
import { launchSofter, type Softer } from './harness.ts';
import {
  ALEX,
  COMPOSER,
  choose,
  draft,
  FAMILY,
  NEUTRAL_DRAFTS,
  NUDGE,
  nudgeOpen,
  PROTEST_DRAFTS,
  SAM,
  sentOrPaused,
  sentTexts,
  softerVersion,
  storedOutcomes,
} from './steps.ts';

/** The fixture's send control in whichever variant it is drawn. */
const SEND_CONTROL = '#main footer .send-control';
/** Softer's quiet notice (the wait reminder, or word that something of Softer's could not be done). */
const NOTICE = 'softer-nudge [role="status"]';

/** A page with what a fault test needs to watch: errors thrown in any world, and Softer's own world. */
interface Watched {
  page: Page;
  cdp: CDPSession;
  /** Uncaught errors and unhandled rejections, in the page's world and in the content script's. */
  errors: string[];
  /** Evaluates an expression in Softer's isolated world (the content script's global). */
  inSofter(expression: string): Promise<unknown>;
}

async function watch(page: Page): Promise<Watched> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
  const cdp = await page.context().newCDPSession(page);
  const softerWorlds: number[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.name === 'Softer') softerWorlds.push(context.id);
  });
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }) => {
    // Content-script errors come only through CDP; page errors were taken above.
    if (softerWorlds.includes(exceptionDetails.executionContextId ?? -1))
      errors.push(`softer: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('ServiceWorker.enable');
  const inSofter = async (expression: string) => {
    const contextId = softerWorlds.at(-1);
    if (contextId === undefined) throw new Error('Softer has no world in this page');
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      contextId,
      expression,
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value;
  };
  return { page, cdp, errors, inSofter };
}

/**
 * The nudge loads once the composer has focus; the session's last step before it answers is to
 * watch settings, so a storage listener in Softer's world means the next send is guarded.
 */
async function nudgeReady(watched: Watched): Promise<void> {
  await watched.page.click(COMPOSER);
  await expect.poll(() => watched.inSofter('chrome.storage.local.onChanged.hasListeners()')).toBe(true);
}

/** Types into the composer through the editor's input path (fast, one input event). */
async function put(page: Page, text: string): Promise<void> {
  await page.click(COMPOSER);
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.insertText(text);
  await expect.poll(() => draft(page)).toBe(text);
}

/** Presses Enter (or clicks the send control) and waits for the send or the nudge. */
function attempt(page: Page, how: 'enter' | 'click' = 'enter'): Promise<'sent' | 'paused'> {
  return sentOrPaused(page, () =>
    how === 'click' ? page.locator(SEND_CONTROL).click() : page.keyboard.press('Enter'),
  );
}

/** Sent texts after a settling moment: a second copy would have arrived by then. */
async function settledSent(page: Page): Promise<string[]> {
  await page.waitForTimeout(250);
  return sentTexts(page);
}

async function clear(page: Page): Promise<void> {
  await page.click(COMPOSER);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await expect.poll(() => draft(page)).toBe('');
}

/** Stops every service worker (ours is the only one) the way Chromium does when one goes idle. */
async function stopWorker(watched: Watched): Promise<void> {
  await watched.cdp.send('ServiceWorker.stopAllWorkers');
}

/** A worker call that cannot hang: a stopped worker never answers Playwright. */
function withTimeout<T>(work: Promise<T>, ms = 5_000): Promise<T | 'timed out'> {
  return Promise.race([
    work,
    new Promise<'timed out'>((resolve) => setTimeout(() => resolve('timed out'), ms)),
  ]);
}

/**
 * Arms a one-time failure in Softer's own world (the page's DOM methods stay as they are): the
 * card's next render, or the adapter's next read of the page's styles (its last step before a card
 * shows). Each restores itself as it fires.
 */
const CARD_THROWS = `(() => {
  const insert = Node.prototype.insertBefore;
  const append = Node.prototype.appendChild;
  const restore = () => { Node.prototype.insertBefore = insert; Node.prototype.appendChild = append; };
  Node.prototype.insertBefore = Node.prototype.appendChild = function () {
    restore();
    throw new Error('injected: the card cannot render');
  };
  globalThis.__softerRestore = restore;
})()`;
const ADAPTER_THROWS = `(() => {
  const read = window.getComputedStyle;
  const restore = () => { window.getComputedStyle = read; };
  window.getComputedStyle = () => {
    restore();
    throw new Error('injected: the adapter cannot read the page');
  };
  globalThis.__softerRestore = restore;
})()`;

describe('faults: sends keep working and nothing is lost', () => {
  let softer: Softer;
  const opened: Page[] = [];

  const open = async (query?: string) => {
    const page = await softer.openWhatsApp(query);
    opened.push(page);
    const watched = await watch(page);
    await nudgeReady(watched);
    return watched;
  };

  beforeAll(async () => {
    softer = await launchSofter();
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((page) => page.close()));
  });
  afterAll(async () => {
    await softer?.close();
  });

  // First in the file: the background opens its database lazily, on the first request that needs it.
  it('a database that throws on open, fails to open, then fails on write: nudges and sends go on, the popup says so and recovers', async () => {
    const worker = softer.serviceWorker;
    const outcomes = async () => (await storedOutcomes(worker)).length;
    // Phase 1: indexedDB.open throws.
    await worker.evaluate(() => {
      const scope = globalThis as unknown as { softerRealOpen: IDBFactory['open'] };
      scope.softerRealOpen = IDBFactory.prototype.open;
      indexedDB.open = () => {
        throw new DOMException('injected: the database cannot be opened', 'UnknownError');
      };
    });
    const { page, errors } = await open();
    await put(page, 'You never listen to me');
    expect(await attempt(page)).toBe('paused');
    await page.locator(`${NUDGE} [data-answer="anxiety"]`).click();
    await choose(page, 'send-anyway');
    expect(await settledSent(page)).toEqual(['You never listen to me']);

    const popup = await softer.openExtensionPage('popup.html');
    opened.push(popup);
    // Read without waiting: the alert is replaced while the popup retries.
    const alert = () => popup.evaluate(() => document.querySelector('[role="alert"]')?.textContent ?? null);
    await expect.poll(alert).toContain("can't open its history");
    // Background tabs are throttled; each page is brought to the front before it is used.
    await page.bringToFront();

    // Phase 2: the open request fires an error event (a real VersionError, asynchronously).
    await worker.evaluate(async () => {
      const scope = globalThis as unknown as { softerRealOpen: IDBFactory['open'] };
      const real = scope.softerRealOpen;
      await new Promise<void>((resolve, reject) => {
        const made = real.call(indexedDB, 'softer-fault-newer', 2);
        made.onsuccess = () => {
          made.result.close();
          resolve();
        };
        made.onerror = () => reject(made.error);
      });
      indexedDB.open = () => real.call(indexedDB, 'softer-fault-newer', 1);
    });
    await put(page, 'Why are you ignoring me?');
    expect(await attempt(page, 'click')).toBe('paused');
    await choose(page, 'send-anyway');
    expect(await settledSent(page)).toEqual(['You never listen to me', 'Why are you ignoring me?']);
    await popup.bringToFront();
    await popup.locator('[data-action="retry"]').click();
    await expect.poll(alert).toContain("can't open its history");
    await page.bringToFront();

    // Phase 3: the database opens (the background retries after a failure) but every write fails.
    await worker.evaluate(() => {
      const scope = globalThis as unknown as {
        softerRealOpen: IDBFactory['open'];
        softerRealTransaction: IDBDatabase['transaction'];
      };
      indexedDB.open = scope.softerRealOpen;
      scope.softerRealTransaction = IDBDatabase.prototype.transaction;
      IDBDatabase.prototype.transaction = function (
        this: IDBDatabase,
        ...args: Parameters<IDBDatabase['transaction']>
      ) {
        if (args[1] === 'readwrite')
          throw new DOMException('injected: the disk is full', 'QuotaExceededError');
        return scope.softerRealTransaction.apply(this, args);
      };
    });
    await popup.bringToFront();
    await popup.locator('[data-action="retry"]').click();
    await expect
      .poll(async () => (await popup.locator('section[aria-busy="false"]').count()) === 1 && (await alert()))
      .toBeNull();
    await page.bringToFront();
    await put(page, 'Fine. Whatever.');
    expect(await attempt(page)).toBe('paused');
    await choose(page, 'wait');
    expect(await draft(page)).toBe('Fine. Whatever.');
    await page.keyboard.press('Enter');
    await expect.poll(() => nudgeOpen(page)).toBe(true);
    await choose(page, 'send-anyway');
    expect(await settledSent(page)).toEqual([
      'You never listen to me',
      'Why are you ignoring me?',
      'Fine. Whatever.',
    ]);
    expect(await outcomes()).toBe(0);

    // Phase 4: writes work again; the very next outcome is kept.
    await worker.evaluate(() => {
      const scope = globalThis as unknown as { softerRealTransaction: IDBDatabase['transaction'] };
      IDBDatabase.prototype.transaction = scope.softerRealTransaction;
      indexedDB.deleteDatabase('softer-fault-newer');
    });
    await put(page, 'answer me');
    expect(await attempt(page)).toBe('paused');
    await choose(page, 'edit');
    await expect.poll(outcomes).toBe(1);
    expect(await draft(page)).toBe('answer me');
    expect(errors).toEqual([]);
  });

  it('a stopped background: sends and nudges work, "Send anyway" sends once, and the outcome is kept once it wakes', async () => {
    const watched = await open();
    const { page, errors } = watched;
    const before = await withTimeout(storedOutcomes(softer.serviceWorker));
    expect(before).not.toBe('timed out');

    await stopWorker(watched);
    await put(page, 'on my way home');
    expect(await attempt(page)).toBe('sent');
    await put(page, 'You never call me back');
    expect(await attempt(page)).toBe('paused');
    // Stopped again while the person reads the card.
    await stopWorker(watched);
    await choose(page, 'send-anyway');
    expect(await settledSent(page)).toEqual(['on my way home', 'You never call me back']);
    // Recording woke the worker; the outcome is there, exactly once.
    await expect
      .poll(async () => {
        const now = await withTimeout(storedOutcomes(softer.serviceWorker), 2_000);
        return now === 'timed out' ? null : now.length;
      })
      .toBe((before as unknown[]).length + 1);
    expect(errors).toEqual([]);
  });

  it.each([
    ['throws at once (context invalidated)', "() => { throw new Error('Extension context invalidated.'); }"],
    ['never answers', '() => new Promise(() => {})'],
    [
      'rejects (no receiving end)',
      "() => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'))",
    ],
  ])(
    'a background that cannot be reached — every message %s: nudges work, every choice does what it says, nothing thrown',
    async (_name, replacement) => {
      const watched = await open();
      const { page, errors } = watched;
      await watched.inSofter(`chrome.runtime.sendMessage = ${replacement}; 'patched'`);

      await put(page, 'Why are you ignoring me?');
      expect(await attempt(page)).toBe('paused');
      await choose(page, 'send-anyway');
      expect(await settledSent(page)).toEqual(['Why are you ignoring me?']);

      await put(page, 'You never want to spend time with me');
      expect(await attempt(page)).toBe('paused');
      const rewrite = await softerVersion(page);
      expect(rewrite.length).toBeGreaterThan(10);
      await choose(page, 'use-rewrite');
      await expect.poll(() => draft(page)).toBe(rewrite);
      expect(await attempt(page)).toBe('sent');

      await put(page, 'hello??');
      expect(await attempt(page)).toBe('paused');
      await page.keyboard.press('Escape');
      await expect.poll(() => nudgeOpen(page)).toBe(false);
      expect(await draft(page)).toBe('hello??');
      expect(await settledSent(page)).toEqual(['Why are you ignoring me?', rewrite]);
      expect(errors).toEqual([]);
    },
  );

  it('no message rows on the page: a plain send goes through once, protest still pauses, "Send anyway" sends once', async () => {
    const { page, errors } = await open();
    await page.evaluate(() => window.fixture.removeRows());
    expect(await page.locator('#main [data-id]').count()).toBe(0);
    await put(page, 'see you at 8');
    expect(await attempt(page)).toBe('sent');
    await page.evaluate(() => window.fixture.removeRows());
    await put(page, 'You never listen to me');
    expect(await attempt(page, 'click')).toBe('paused');
    await choose(page, 'send-anyway');
    expect(await settledSent(page)).toEqual(['see you at 8', 'You never listen to me']);
    expect(errors).toEqual([]);
  });

  it('no send control: Enter sends once, and "Send anyway" sends once through Enter', async () => {
    const { page, errors } = await open();
    await page.evaluate(() => window.fixture.removeSendControl());
    await put(page, 'running late, sorry');
    expect(await page.locator(SEND_CONTROL).count()).toBe(0);
    expect(await attempt(page)).toBe('sent');
    await put(page, 'Fine. Whatever.');
    expect(await attempt(page)).toBe('paused');
    await choose(page, 'send-anyway');
    expect(await settledSent(page)).toEqual(['running late, sorry', 'Fine. Whatever.']);
    expect(errors).toEqual([]);
  });

  it('no composer: the send control still sends once (unguarded); a composer gone under an open nudge sends nothing and says so', async () => {
    const { page, errors } = await open();
    await put(page, 'You never listen to me');
    await page.evaluate(() => window.fixture.removeComposer());
    expect(await page.locator(COMPOSER).count()).toBe(0);
    expect(await attempt(page, 'click')).toBe('sent');
    expect(await settledSent(page)).toEqual(['You never listen to me']);

    // The composer disappears while the nudge is open.
    await page.close();
    const second = await open();
    await put(second.page, 'Why are you ignoring me?');
    expect(await attempt(second.page)).toBe('paused');
    await second.page.evaluate(() => window.fixture.removeComposer());
    await choose(second.page, 'send-anyway');
    await expect.poll(() => second.page.locator(NOTICE).count()).toBe(1);
    expect(await settledSent(second.page)).toEqual([]);
    // The draft is still the app's; its own send control sends it, once.
    expect(await second.page.evaluate(() => window.fixture.draft())).toBe('Why are you ignoring me?');
    expect(await attempt(second.page, 'click')).toBe('sent');
    expect(await settledSent(second.page)).toEqual(['Why are you ignoring me?']);
    expect([...errors, ...second.errors]).toEqual([]);
  });

  it('the send control is swapped for another variant while the nudge is open: "Send anyway" sends once', async () => {
    const { page, errors } = await open();
    const expected: string[] = [];
    for (const variant of ['div', 'wds', 'span', 'button'] as const satisfies readonly SendVariant[]) {
      const text = `Why are you ignoring me? (${variant})`;
      await put(page, text);
      expect(await attempt(page, 'click')).toBe('paused');
      await page.evaluate((next) => window.fixture.setSendVariant(next), variant);
      await choose(page, 'send-anyway');
      expected.push(text);
      expect(await settledSent(page), variant).toEqual(expected);
    }
    expect(errors).toEqual([]);
  });

  it('the footer is re-rendered in the same chat while the nudge is open: "Send anyway" sends once', async () => {
    const { page, errors } = await open();
    await put(page, 'You never listen to me');
    expect(await attempt(page)).toBe('paused');
    await page.evaluate(() => window.fixture.rebuildComposer());
    expect(await draft(page)).toBe('You never listen to me');
    await choose(page, 'send-anyway');
    expect(await settledSent(page)).toEqual(['You never listen to me']);
    expect(errors).toEqual([]);
  });

  it('the person switches chats while the nudge is open: the card closes, nothing is sent, the draft waits in its chat, the next chat is judged on its own', async () => {
    const { page, errors } = await open();
    const before = (await storedOutcomes(softer.serviceWorker)).length;
    const text = 'Why are you ignoring me?';
    await put(page, text);
    expect(await attempt(page)).toBe('paused');
    await page.evaluate((jid) => window.fixture.openChat(jid), ALEX);
    // A send in the other chat straight away is neither held nor refocused onto the old card.
    await put(page, 'see you at 10');
    expect(await attempt(page)).toBe('sent');
    await expect.poll(() => nudgeOpen(page)).toBe(false);
    expect(await settledSent(page)).toEqual(['see you at 10']);
    await page.evaluate((jid) => window.fixture.openChat(jid), SAM);
    expect(await draft(page)).toBe(text);
    // Recorded as what happened: nothing sent, the draft left with the person.
    await expect
      .poll(async () => (await storedOutcomes(softer.serviceWorker)).slice(before))
      .toMatchObject([{ action: 'edit', reason: 'protest' }]);
    expect(errors).toEqual([]);
  });

  it('the draft changes under the open card: the card closes by itself, nothing is sent, the new draft is judged afresh', async () => {
    const { page, errors } = await open();
    await put(page, 'Why are you ignoring me?');
    expect(await attempt(page)).toBe('paused');
    await page.click(COMPOSER);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText('sorry, long day. talk later?');
    await expect.poll(() => nudgeOpen(page)).toBe(false);
    expect(await settledSent(page)).toEqual([]);
    expect(await attempt(page)).toBe('sent');
    expect(await settledSent(page)).toEqual(['sorry, long day. talk later?']);
    expect(errors).toEqual([]);
  });

  it('Enter again on the paused draft brings the card back and is one episode, not two', async () => {
    const { page, errors } = await open();
    const before = (await storedOutcomes(softer.serviceWorker)).length;
    await put(page, 'hello??');
    expect(await attempt(page)).toBe('paused');
    for (let i = 0; i < 3; i++) {
      await page.click(COMPOSER);
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.tagName.toLowerCase()))
        .toBe('softer-nudge');
    }
    expect(await page.locator(NUDGE).count()).toBe(1);
    await choose(page, 'wait');
    await expect.poll(async () => (await storedOutcomes(softer.serviceWorker)).length).toBe(before + 1);
    await page.waitForTimeout(300);
    expect(await storedOutcomes(softer.serviceWorker)).toHaveLength(before + 1);
    expect(errors).toEqual([]);
  });

  it('the card cannot render: the send goes out as typed, once, and later sends are not held', async () => {
    const watched = await open();
    const { page } = watched;
    await watched.inSofter(CARD_THROWS);
    await put(page, 'You never listen to me');
    expect(await attempt(page)).toBe('sent');
    expect(await settledSent(page)).toEqual(['You never listen to me']);
    // Not left believing a card is open: the next protest gets its card, the next plain send goes.
    await put(page, 'Why are you ignoring me?');
    expect(await attempt(page)).toBe('paused');
    await choose(page, 'edit');
    await clear(page);
    await put(page, 'see you at 8');
    expect(await attempt(page)).toBe('sent');
    expect(watched.errors).toEqual([]);
  });

  it('the adapter throws after the send was stopped: the send goes out as typed, once', async () => {
    const watched = await open();
    const { page } = watched;
    await watched.inSofter(ADAPTER_THROWS);
    await put(page, 'Fine. Whatever.');
    expect(await attempt(page)).toBe('sent');
    expect(await settledSent(page)).toEqual(['Fine. Whatever.']);
    await put(page, 'Fine. Whatever.');
    expect(await attempt(page)).toBe('paused');
    expect(watched.errors).toEqual([]);
  });

  it.each([
    ['2026', 1],
    ['2024', 26],
  ] as const)(
    'holds over 25 seeded sequences with faults mixed in, on the %s page shape: every intended message exactly once, none other',
    async (shape, firstSeed) => {
      const SEQUENCES = 25;
      const STEPS = 5;
      const VARIANTS = ['testid', 'button', 'div', 'wds', 'span'] as const;
      const watched = await open(`shape=${shape}`);
      const { page } = watched;
      const expected: string[] = [];
      let n = 0;

      for (let seed = firstSeed; seed < firstSeed + SEQUENCES; seed++) {
        const next = seededRandom(seed);
        const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
        const trail: string[] = [];
        const message = () => `seed ${seed}: ${trail.join(' → ')}`;

        const fault = async (
          kind: 'variant' | 'rebuild' | 'switch' | 'reply' | 'stop-worker' | 'card-throws' | 'adapter-throws',
        ) => {
          trail.push(kind);
          if (kind === 'card-throws') await watched.inSofter(CARD_THROWS);
          else if (kind === 'adapter-throws') await watched.inSofter(ADAPTER_THROWS);
          else if (kind === 'variant')
            await page.evaluate((v) => window.fixture.setSendVariant(v), pick(VARIANTS));
          else if (kind === 'rebuild') await page.evaluate(() => window.fixture.rebuildComposer());
          else if (kind === 'switch')
            await page.evaluate((jid) => window.fixture.openChat(jid), pick([SAM, ALEX, FAMILY]));
          else if (kind === 'reply') await page.evaluate(() => window.fixture.reply('ok'));
          else await stopWorker(watched);
        };

        /** The person answers an open nudge; faults may strike while they read it. */
        const settle = async (text: string) => {
          let switched = false;
          if (next() < 0.5) {
            const kind = pick(['variant', 'rebuild', 'reply', 'stop-worker', 'switch'] as const);
            const chatBefore = await page.evaluate(() => window.fixture.chat());
            await fault(kind);
            switched = kind === 'switch' && (await page.evaluate(() => window.fixture.chat())) !== chatBefore;
          }
          // Leaving the chat closes the card: the draft stays there, unsent, with nothing to choose.
          if (switched) {
            await expect.poll(() => nudgeOpen(page), { message: message() }).toBe(false);
            return;
          }
          const offered =
            (await page
              .locator(`${NUDGE} [data-action="use-rewrite"], ${NUDGE} [data-reveal="rewrite"]`)
              .count()) > 0;
          const action = pick(
            offered
              ? (['send-anyway', 'send-anyway', 'use-rewrite', 'wait', 'edit', 'escape'] as const)
              : (['send-anyway', 'send-anyway', 'wait', 'edit', 'escape'] as const),
          );
          trail.push(action);
          if (action === 'escape') {
            await page.keyboard.press('Escape');
            await expect.poll(() => nudgeOpen(page), { message: message() }).toBe(false);
          } else {
            await choose(page, action);
          }
          if (action === 'send-anyway') {
            expected.push(text);
            return;
          }
          if (action === 'use-rewrite')
            await expect.poll(() => draft(page), { message: message() }).not.toBe(text);
          const kept = await draft(page);
          if (next() < 0.5) {
            await clear(page);
            return;
          }
          // The person sends what is now in the composer; if paused again, anyway.
          trail.push('resend');
          await page.click(COMPOSER);
          await page.keyboard.press('ControlOrMeta+End');
          if ((await attempt(page)) === 'paused') await choose(page, 'send-anyway');
          expected.push(kept.trim());
        };

        for (let step = 0; step < STEPS; step++) {
          const op = pick([
            'neutral',
            'neutral',
            'protest',
            'protest',
            'reply',
            'switch',
            'variant',
            'rebuild',
            'stop-worker',
            'card-throws',
            'adapter-throws',
          ] as const);
          if (op === 'neutral' || op === 'protest') {
            n += 1;
            const text = `${pick(op === 'neutral' ? NEUTRAL_DRAFTS : PROTEST_DRAFTS)} #${n}`;
            trail.push(op);
            // A draft parked in a chat earlier comes back when the chat opens: start clean.
            if ((await draft(page)) !== '') await clear(page);
            await put(page, text);
            const how = next() < 0.3 ? 'click' : 'enter';
            if ((await attempt(page, how)) === 'sent') expected.push(text);
            else await settle(text);
          } else {
            await fault(op);
          }
          await expect.poll(() => sentTexts(page), { message: message() }).toEqual(expected);
        }
        expect(await nudgeOpen(page), message()).toBe(false);
      }
      expect(await settledSent(page)).toEqual(expected);
      expect(expected.length).toBeGreaterThan(SEQUENCES);
      expect(watched.errors).toEqual([]);
    },
    240_000,
  );
});

describe('faults: the extension is reloaded under an open nudge', () => {
  let softer: Softer;

  beforeAll(async () => {
    softer = await launchSofter();
  });
  afterAll(async () => {
    await softer?.close();
  });

  it('the overlay goes, the draft stays, and Enter sends it exactly once', async () => {
    const page = await softer.openWhatsApp();
    const watched = await watch(page);
    await nudgeReady(watched);
    await put(page, 'You never listen to me');
    expect(await attempt(page)).toBe('paused');

    // The old worker goes with the reload; its evaluate may not come back.
    await withTimeout(softer.serviceWorker.evaluate('chrome.runtime.reload()'), 2_000).catch(() => undefined);
    await expect.poll(() => watched.inSofter('chrome.runtime?.id ?? null')).toBeNull();

    // The person goes back to their draft and presses Enter.
    await page.click(COMPOSER);
    await page.keyboard.press('ControlOrMeta+End');
    expect(await draft(page)).toBe('You never listen to me');
    await page.keyboard.press('Enter');
    await expect.poll(() => nudgeOpen(page), { timeout: 3_000 }).toBe(false);
    await expect.poll(() => sentTexts(page), { timeout: 3_000 }).toEqual(['You never listen to me']);
    expect(await settledSent(page)).toEqual(['You never listen to me']);
    expect(await page.locator('softer-nudge').count()).toBe(0);
    expect(watched.errors).toEqual([]);
  });
});
