/**
 * The other half of the cycle, in Chromium with the built extension on the WhatsApp fixture (both
 * page shapes): the offer to say "I need some space" when the other side has written three times
 * unanswered; the promise keeper offering the way back a minute after "back in 1 min", once; the
 * silence blinders covering their status line and the person's ticks while they wait; and the
 * popup's eight weeks matching scripted history number for number.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { isoWeek } from '../../lib/weeks.ts';
import {
  COMPOSER,
  draft,
  focusComposerUntilNudgeLoads,
  oneBrowserPerSpec,
  SAM,
  send,
  sentTexts,
} from './steps.ts';

const spec = oneBrowserPerSpec();
const { opened } = spec;

const SPACE_OFFER = '[data-offer="narrate-pause"]';
const COME_BACK = '[data-offer="come-back"]';

/** A WhatsApp tab whose open chat (Sam) ends with `incoming` messages from Sam, a minute apart. */
async function chatWithTheirs(shape: string, incoming: number): Promise<Page> {
  const page = await spec.softer.openWhatsApp(`shape=${shape}`);
  opened.push(page);
  await page.evaluate(
    ([jid, count]) => {
      const now = Date.now();
      window.fixture.seed(jid as string, [
        { text: 'see you later', out: true, at: now - (Number(count) + 2) * 60_000 },
        ...Array.from({ length: Number(count) }, (_, i) => ({
          text: ['are you ok?', 'hello?', 'can we talk', 'please'][i % 4] as string,
          at: now - (Number(count) - i) * 60_000,
        })),
      ]);
    },
    [SAM, incoming],
  );
  // The fixture, like WhatsApp, focuses the composer as the chat opens; the person clicks into it.
  await focusComposerUntilNudgeLoads(page);
  return page;
}

/** Moves focus out of the composer and back, as a person turning back to the chat does. */
async function refocus(page: Page) {
  await page.locator('#side').click({ position: { x: 5, y: 5 } });
  await page.click(COMPOSER);
}

async function readStore(name: string): Promise<Record<string, unknown>[]> {
  return spec.softer.serviceWorker.evaluate(
    (store) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('softer');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction(store).objectStore(store).getAll();
          all.onsuccess = () => resolve(all.result);
          all.onerror = () => reject(all.error);
        };
      }),
    name,
  );
}

async function setSettings(change: Record<string, unknown>) {
  const options = await spec.softer.openExtensionPage('options.html');
  opened.push(options);
  for (const [name, value] of Object.entries(change)) {
    const field = options.locator(`[name="${name}"]`);
    if (typeof value === 'boolean') await field.setChecked(value);
    else await field.fill(String(value));
  }
  await options.locator('[data-action="save-settings"]').click();
  await expect.poll(() => options.locator('form.settings .status').textContent()).toMatch(/Saved/);
}

describe.each(['2026', '2024'])('on the %s page shape', (shape) => {
  it('three unanswered messages from them: focusing the composer offers words for a pause, put in unsent', async () => {
    const page = await chatWithTheirs(shape, 3);
    const offer = page.locator(SPACE_OFFER);
    await expect.poll(() => offer.isVisible()).toBe(true);
    expect(await offer.textContent()).toContain('Need some space? Say so.');
    await offer.locator('[data-action="insert-narration"]').click();
    await expect
      .poll(() => draft(page))
      .toMatch(/^I need about an hour to myself, .* not leaving .*be back by \d/);
    expect(await page.locator(SPACE_OFFER).count()).toBe(0);
    expect(await sentTexts(page)).toEqual([]);
    // Already said: not offered again when the person comes back to the composer.
    await refocus(page);
    await page.waitForTimeout(300);
    expect(await page.locator(SPACE_OFFER).count()).toBe(0);
  });

  it('“Not now” closes the offer and it stays away from that chat; two messages from them bring none', async () => {
    const page = await chatWithTheirs(shape, 3);
    await page.locator(`${SPACE_OFFER} [data-action="dismiss-offer"]`).click();
    expect(await page.locator(SPACE_OFFER).count()).toBe(0);
    await refocus(page);
    await page.waitForTimeout(300);
    expect(await page.locator(SPACE_OFFER).count()).toBe(0);
    expect(await draft(page)).toBe('');

    const fewer = await chatWithTheirs(shape, 2);
    await fewer.waitForTimeout(300);
    expect(await fewer.locator(SPACE_OFFER).count()).toBe(0);
  });
});

describe('the promise keeper', () => {
  it('“back in 1 min”: a minute later the way back is offered, once, in that chat (both page shapes)', async () => {
    const pages = await Promise.all(['2026', '2024'].map((shape) => chatWithTheirs(shape, 1)));
    for (const page of pages) {
      expect(await send(page, 'I need a breather, back in 1 min')).toBe('sent');
    }
    await expect.poll(async () => (await readStore('comeBacks')).length).toBe(2);
    for (const page of pages) {
      await expect
        .poll(() => page.locator(COME_BACK).isVisible(), { timeout: 80_000, interval: 1000 })
        .toBe(true);
      expect(await page.locator(COME_BACK).textContent()).toContain('You said you’d be back about now');
      await page.locator(`${COME_BACK} [data-action="dismiss"]`).click();
      await refocus(page);
    }
    await pages[0]?.waitForTimeout(1500);
    for (const page of pages) expect(await page.locator(COME_BACK).count()).toBe(0);
    const promises = await readStore('comeBacks');
    // Only a time and a chat code: the message itself is nowhere.
    for (const promise of promises) {
      expect(Object.keys(promise).sort()).toEqual(['at', 'chat', 'due', 'id', 'kept', 'offered', 'site']);
      expect(promise.offered).toBe(true);
      expect(Number(promise.due) - Number(promise.at)).toBe(60_000);
    }
    expect(JSON.stringify(promises)).not.toMatch(/breather|back in/);
  }, 150_000);
});

describe.each(['2026', '2024'])('silence blinders on the %s page shape', (shape) => {
  it('cover their status and your ticks once three messages wait; one tap shows them; their reply takes them away', async () => {
    await setSettings({ silenceBlinders: true });
    const page = await spec.softer.openWhatsApp(`shape=${shape}`);
    opened.push(page);
    await page.evaluate(() => window.fixture.setPresence('online'));
    await focusComposerUntilNudgeLoads(page);
    const presence = page.locator('[data-blinder="presence"]');
    const ticks = page.locator('[data-blinder="ticks"]');
    for (const text of ['on my way home', 'got the groceries']) expect(await send(page, text)).toBe('sent');
    await page.waitForTimeout(1500);
    expect(await presence.count()).toBe(0);
    expect(await send(page, 'see you at 8')).toBe('sent');
    await expect.poll(() => presence.count()).toBe(1);
    await expect.poll(() => ticks.count()).toBe(3);
    // The cover sits over the status line itself.
    const line = await page.locator('#main header .header-subtitle').boundingBox();
    const cover = await presence.boundingBox();
    expect(line && cover && cover.x <= line.x && cover.y <= line.y).toBe(true);
    expect(line && cover && cover.x + cover.width >= line.x + line.width).toBe(true);

    await page.evaluate(() => window.fixture.reply('sorry, was driving'));
    await expect.poll(() => presence.count()).toBe(0);
    expect(await ticks.count()).toBe(0);

    for (const text of ['ok!', 'drive safe', 'call me when home'])
      expect(await send(page, text)).toBe('sent');
    await expect.poll(() => presence.count()).toBe(1);
    await presence.click();
    await expect.poll(() => ticks.count()).toBe(0);
    expect(await presence.count()).toBe(0);
    await refocus(page);
    await page.waitForTimeout(1500);
    expect(await presence.count()).toBe(0);
    await setSettings({ silenceBlinders: false });
  });
});

describe('eight weeks in the popup', () => {
  it('shows scripted history week by week, number for number', async () => {
    const WEEK = 7 * 24 * 60 * 60_000;
    const now = Date.now();
    // Scripted through the same messages the content script sends, from an extension page.
    const seeder = await spec.softer.openExtensionPage('options.html');
    opened.push(seeder);
    // Week k back (0 = this week): pauses a minute apart with their choices, the other side's reply
    // so many minutes after the first pause (each pause's recovery runs to it: 40, 39, 38 for the
    // first week), promises and promises kept.
    const script = [
      { back: 5, actions: ['send-anyway', 'send-anyway', 'use-rewrite'], reply: 40, promises: 0, kept: 0 },
      { back: 3, actions: ['wait', 'edit', 'send-anyway', 'hold'], reply: 30, promises: 2, kept: 1 },
      { back: 1, actions: ['use-rewrite', 'wait'], reply: 10, promises: 1, kept: 1 },
    ];
    for (const week of script) {
      // Midweek noon, so the day stays in its week whatever the time zone's daylight saving does.
      const monday = new Date(now - week.back * WEEK);
      monday.setDate(monday.getDate() - ((monday.getDay() + 6) % 7) + 2);
      monday.setHours(12, 0, 0, 0);
      await seeder.evaluate(
        async ({ at, actions, reply, promises, kept, index }) => {
          // @ts-expect-error: the extension page's own `chrome`.
          const call = (request: unknown): Promise<unknown> => chrome.runtime.sendMessage(request);
          const chat = `scripted${index}`;
          for (const [i, action] of actions.entries()) {
            await call({
              type: 'record-outcome',
              outcome: {
                at: at + i * 60_000,
                site: 'whatsapp',
                chat,
                reason: 'streak',
                streak: 3,
                kinds: [],
                answer: null,
                action,
                waitMinutes: action === 'wait' ? 10 : null,
                holdEnd: action === 'hold' ? 'sent' : null,
              },
            });
          }
          await call({ type: 'record-recovery', chat, theirAt: at + reply * 60_000 });
          for (let i = 0; i < promises; i++) {
            const made = (await call({
              type: 'record-come-back',
              comeBack: { at: at + i * 60_000, site: 'whatsapp', chat, due: at + i * 60_000 + 30 * 60_000 },
            })) as { id: number };
            if (i < kept) await call({ type: 'mark-come-back', id: made.id, mark: 'kept' });
          }
        },
        { at: monday.getTime(), ...week, index: week.back },
      );
    }
    const popup = await spec.softer.openExtensionPage('popup.html');
    opened.push(popup);
    const cell = (trend: string, back: number) =>
      popup.locator(`[data-trend="${trend}"][data-week="${isoWeek(now - back * WEEK)}"]`).textContent();
    await expect.poll(() => popup.locator('[data-trend="paused"]').count()).toBe(8);
    expect(await cell('paused', 5)).toBe('3');
    expect(await cell('soft-share', 5)).toBe('33%');
    // Medians: of 40, 39, 38; of 30, 29, 28, 27 (28.5, shown whole); of 10, 9 (9.5).
    expect(await cell('recovery-minutes', 5)).toBe('39');
    expect(await cell('paused', 3)).toBe('4');
    expect(await cell('soft-share', 3)).toBe('75%');
    expect(await cell('recovery-minutes', 3)).toBe('29');
    expect(await cell('narrated', 3)).toBe('2');
    expect(await cell('kept', 3)).toBe('1');
    expect(await cell('paused', 1)).toBe('2');
    expect(await cell('soft-share', 1)).toBe('100%');
    expect(await cell('recovery-minutes', 1)).toBe('10');
    expect(await cell('narrated', 1)).toBe('1');
    for (const back of [7, 6, 4, 2, 0]) {
      expect(await cell('paused', back)).toBe('0');
      expect(await cell('soft-share', back)).toBe('–');
      expect(await cell('recovery-minutes', back)).toBe('–');
    }
    expect(await popup.locator('.progress-sentence').textContent()).toBe(
      'No pauses so far this week. In the weeks before, you handled 75% of them softly.',
    );
  });
});
