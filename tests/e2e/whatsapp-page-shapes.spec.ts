/**
 * What differs between the WhatsApp pages live today, end to end: photos and voice notes without a
 * stamp still count toward the unanswered streak, a message drawn twice counts once, Chinese
 * period words, one chat keeps one identity across page shapes, id kinds and title spellings, and
 * a page whose rows cannot be read says so in the popup while protest checks go on.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchSofter, type Softer } from './harness.ts';
import { choose, NUDGE, nudgeOpen, popupOpenedOver, send, sentTexts } from './steps.ts';

/** A chat whose id is a LID (`@lid`), as WhatsApp moved 1:1 chats to through 2025. */
const JO = '196271432331425@lid';
const HEALTH = '[data-page-health]';

let softer: Softer;
const opened: Page[] = [];

beforeAll(async () => {
  softer = await launchSofter();
});
afterEach(async () => {
  await Promise.all(opened.splice(0).map((page) => page.close()));
});
afterAll(async () => {
  await softer?.close();
});

const open = async (query: string) => {
  const page = await softer.openWhatsApp(query);
  opened.push(page);
  return page;
};

const popupOver = async (page: Page) => {
  const popup = await popupOpenedOver(softer, page);
  opened.push(popup);
  return popup;
};

describe.each(['2026', '2024'])('WhatsApp %s page shape', (shape) => {
  it('counts a photo without a stamp toward the streak: two texts and a photo, then the fourth is paused', async () => {
    const page = await open(`shape=${shape}`);
    expect(await send(page, 'on my way home')).toBe('sent');
    await page.evaluate(() => window.fixture.pushMedia(true));
    expect(await send(page, 'got the groceries')).toBe('sent');
    expect(await send(page, 'are you there')).toBe('paused');
    expect(await page.locator(NUDGE).textContent()).toContain(
      'This would be your 4th message since they last replied.',
    );
  });

  it('counts a message drawn as two wrappers sharing one id once', async () => {
    const page = await open(`shape=${shape}`);
    await page.evaluate(() => window.fixture.pushSharedIdPair(true));
    expect(await send(page, 'did you see this?')).toBe('sent');
    // Counted twice, this would already be the fourth.
    expect(await send(page, 'the one about the flat')).toBe('sent');
    expect(await send(page, 'hello')).toBe('paused');
  });

  it('reads Chinese stamps with their period words', async () => {
    const page = await open(`shape=${shape}&lang=zh&locale=zh-CN`);
    for (const text of ['我在路上', '买好菜了', '八点见']) expect(await send(page, text)).toBe('sent');
    expect(await send(page, '在吗')).toBe('paused');
  });
});

describe('one chat, one identity', () => {
  it('a chat muted on one page shape stays muted on the other, under a LID and with emoji in its title', async () => {
    const older = await open(`shape=2024&chat=${encodeURIComponent(JO)}`);
    expect(await older.evaluate(() => window.fixture.chat())).toBe(JO);
    expect(await send(older, 'You never call me back')).toBe('paused');
    await choose(older, 'mute-chat');

    const newer = await open(`shape=2026&chat=${encodeURIComponent(JO)}`);
    expect(await send(newer, 'You never call me back')).toBe('sent');
    await newer.evaluate(() => window.fixture.setTitle('Jo 💛'));
    expect(await send(newer, 'Why are you ignoring me?')).toBe('sent');
    expect(await sentTexts(newer)).toEqual(['You never call me back', 'Why are you ignoring me?']);

    // Another chat is not muted by it.
    await newer.evaluate(() => window.fixture.openChat('447700900123@c.us'));
    expect(await send(newer, 'You never call me back')).toBe('paused');
  });
});

describe('a page whose message rows cannot be read', () => {
  it('lets the fourth message through, still pauses protest, and the popup says the streak pause is off here', async () => {
    const page = await open('shape=unknown');
    for (const text of ['on my way home', 'got the groceries', 'see you at 8', 'are you there']) {
      expect(await send(page, text)).toBe('sent');
    }
    expect(await send(page, 'You never listen to me')).toBe('paused');
    await choose(page, 'edit');
    expect(await nudgeOpen(page)).toBe(false);

    const popup = await popupOver(page);
    await expect.poll(() => popup.locator(HEALTH).getAttribute('data-page-health')).toBe('rows-unreadable');
    expect(await popup.locator(HEALTH).textContent()).toContain('might read as a complaint are still paused');
  });

  it('the popup says nothing of the kind over a page it reads', async () => {
    const page = await open('shape=2026');
    expect(await send(page, 'on my way home')).toBe('sent');
    const popup = await popupOver(page);
    await popup.waitForTimeout(300);
    expect(await popup.locator(HEALTH).count()).toBe(0);
  });
});
