/**
 * Randomized use, in the real browser: sends, replies, chat switches and every choice in the
 * nudge, in seeded random orders, on both WhatsApp page shapes. Whatever happens, every message
 * the person meant to send is sent exactly once and nothing else is sent.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../seeded-random.ts';
import { launchSofter, type Softer } from './harness.ts';
import {
  ALEX,
  choose,
  clearDraft,
  draft,
  FAMILY,
  NEUTRAL_DRAFTS,
  NUDGE,
  nudgeOpen,
  PROTEST_DRAFTS,
  SAM,
  send,
  sentTexts,
} from './steps.ts';

const SEQUENCES = 25;
const STEPS = 6;

describe('randomized sequences: nothing lost, nothing sent twice', () => {
  let softer: Softer;
  let page: Page;

  beforeAll(async () => {
    softer = await launchSofter();
  });
  afterAll(async () => {
    await softer?.close();
  });

  it.each([
    ['2026', 1],
    ['2024', 26],
  ] as const)(
    `holds over ${SEQUENCES} seeded sequences of ${STEPS} steps on the %s page shape`,
    async (shape, firstSeed) => {
      page = await softer.openWhatsApp(`shape=${shape}`);
      const expected: string[] = [];
      let n = 0;
      for (let seed = firstSeed; seed < firstSeed + SEQUENCES; seed++) {
        const next = seededRandom(seed);
        const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
        const trail: string[] = [];

        /** Settles an open nudge the way a person might, tracking what they meant to send. */
        const settle = async (text: string) => {
          // A softer version is offered only for protest phrasing, not for a plain follow-up.
          const offered =
            (await page
              .locator(`${NUDGE} [data-action="use-rewrite"], ${NUDGE} [data-reveal="rewrite"]`)
              .count()) > 0;
          const action = pick(
            offered
              ? (['send-anyway', 'use-rewrite', 'wait', 'edit', 'escape'] as const)
              : (['send-anyway', 'wait', 'edit', 'escape'] as const),
          );
          trail.push(action);
          if (action === 'escape') {
            await page.keyboard.press('Escape');
            await expect.poll(() => nudgeOpen(page)).toBe(false);
          } else {
            await choose(page, action);
          }
          if (action === 'send-anyway') {
            expected.push(text);
            return;
          }
          if (action === 'use-rewrite') await expect.poll(() => draft(page)).not.toBe(text);
          const kept = await draft(page);
          if (next() < 0.5) {
            await clearDraft(page);
            return;
          }
          // Try again with what is in the composer; if paused again, send it anyway.
          await page.keyboard.press('Enter');
          await expect
            .poll(
              async () => (await nudgeOpen(page)) || (await sentTexts(page)).length === expected.length + 1,
            )
            .toBe(true);
          if (await nudgeOpen(page)) await choose(page, 'send-anyway');
          expected.push(kept);
        };

        for (let step = 0; step < STEPS; step++) {
          const op = pick(['neutral', 'neutral', 'protest', 'reply', 'switch'] as const);
          trail.push(op);
          if (op === 'reply') await page.evaluate(() => window.fixture.reply('ok'));
          else if (op === 'switch')
            await page.evaluate((jid) => window.fixture.openChat(jid), pick([SAM, ALEX, FAMILY]));
          else {
            n += 1;
            const text = `${pick(op === 'neutral' ? NEUTRAL_DRAFTS : PROTEST_DRAFTS)} #${n}`;
            if ((await send(page, text)) === 'sent') expected.push(text);
            else await settle(text);
          }
          await expect
            .poll(() => sentTexts(page), { message: `seed ${seed}: ${trail.join(' → ')}` })
            .toEqual(expected);
        }
        expect(await page.locator(NUDGE).count()).toBe(0);
      }
      // The sequences really sent things (the order-exact comparison above proves exactly once).
      expect((await sentTexts(page)).length).toBeGreaterThan(SEQUENCES);
      await page.close();
    },
    600_000,
  );
});
