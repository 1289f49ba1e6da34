/**
 * The card and the pages as a person meets them, in Chromium with the built extension: where the
 * card sits at three window sizes (how much of the conversation it covers, and never the newest
 * message from the other side or the composer), what it leads with after each answer, the one
 * wait control, a mute with its Undo, the popup offering to unmute the chat open there, and type
 * that is read at full size on every page.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { NUDGE, nudgeOpen, oneBrowserPerSpec, popupOpenedOver, send, storedOutcomes } from './steps.ts';

const LONG_REPLY =
  'Honestly I have been thinking about what you said last night, and I am not sure I agree with all of it, but I want to talk about it properly when I get home later';

const spec = oneBrowserPerSpec();
const { opened } = spec;

const open = async (width: number, height: number) => {
  const page = await spec.softer.openWhatsApp();
  opened.push(page);
  await page.setViewportSize({ width, height });
  return page;
};

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Where the card, the conversation, the composer and the newest incoming message are on screen. */
function layout(page: Page, incomingText: string) {
  return page.evaluate((text) => {
    const box = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    const host = document.querySelector('softer-nudge');
    const card = host?.shadowRoot?.querySelector('[role="dialog"]');
    const list = document.querySelector('#main [role="application"]');
    const scroller = list?.parentElement;
    const footer = document.querySelector('#main footer');
    // The newest incoming message's text, where it is drawn.
    const holding = [...document.querySelectorAll('#main *')].filter(
      (el) =>
        el.textContent?.includes(text) &&
        ![...el.children].some((child) => child.textContent?.includes(text)),
    );
    const range = document.createRange();
    const span = holding.at(-1);
    if (span) range.selectNodeContents(span);
    return {
      card: card ? box(card.getBoundingClientRect()) : null,
      conversation: scroller ? box(scroller.getBoundingClientRect()) : null,
      composer: footer ? box(footer.getBoundingClientRect()) : null,
      incoming: span ? box(range.getBoundingClientRect()) : null,

      viewport: { width: innerWidth, height: innerHeight },
    };
  }, incomingText);
}

const overlap = (a: Rect, b: Rect) =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
  Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
const area = (r: Rect) => (r.right - r.left) * (r.bottom - r.top);

describe.each([
  [1366, 768, 0.25],
  [1280, 800, 0.25],
  [1024, 600, null],
])('the card at %i×%i', (width, height, maxCover) => {
  it.each([
    ['a protest just after a long reply', 'You never listen to me', 0],
    ['a short reply, then a fourth message into silence', 'are you there', 3],
  ])('%s: leaves the reply and the composer in view, and covers little', async (_, draftText, before) => {
    const page = await open(width, height);
    const reply = before === 0 ? LONG_REPLY : 'ok, talk later';
    await page.evaluate((text) => window.fixture.reply(text), reply);
    for (const text of ['on my way home', 'got the groceries', 'see you at 8'].slice(0, before))
      expect(await send(page, text)).toBe('sent');
    expect(await send(page, draftText)).toBe('paused');
    await expect.poll(async () => (await layout(page, reply)).card?.top ?? -1).toBeGreaterThan(0);

    const check = async (state: string) => {
      const seen = await layout(page, reply);
      const { card, conversation, composer, incoming, viewport } = seen;
      if (!card || !conversation || !composer || !incoming)
        throw new Error(`missing: ${JSON.stringify(seen)}`);
      expect(overlap(card, incoming), `${state}: covers the reply`).toBe(0);
      expect(overlap(card, composer), `${state}: covers the composer`).toBe(0);
      expect(card.top).toBeGreaterThanOrEqual(0);
      expect(card.bottom).toBeLessThanOrEqual(viewport.height);
      return overlap(card, conversation) / area(conversation);
    };
    const cover = await check('compact');
    console.log(
      `card at ${width}×${height}, ${draftText}: covers ${(100 * cover).toFixed(1)} % of the conversation`,
    );
    if (maxCover !== null) expect(cover).toBeLessThanOrEqual(maxCover);
    // Grown by an answer, it moves rather than cover the reply.
    await page.locator(`${NUDGE} [data-answer="anxiety"]`).click();
    const reveal = page.locator(`${NUDGE} [data-reveal="rewrite"]`);
    if ((await reveal.count()) > 0) await reveal.click();
    await check('after an answer');
  });
});

describe('the card leads with what helps', () => {
  it('after "From anxiety" the calming step with its breathing count, after "From love" the softer version', async () => {
    const page = await open(1280, 800);
    expect(await send(page, 'You never listen to me')).toBe('paused');
    const sections = () =>
      page
        .locator(`${NUDGE} section`)
        .evaluateAll((list) => list.map((section) => section.getAttribute('aria-label')));
    expect(await sections()).toEqual([]);
    // Before an answer the first thing offered is the softer version, one tap away; "Send anyway" is last.
    const actions = await page.locator(`${NUDGE} .actions button`).allTextContents();
    expect(actions[0]).toBe('See a softer version');
    // "Send anyway" comes after every other choice; only the quiet mute link follows it.
    expect(actions.slice(-2)).toEqual(['Send anyway', "Don't pause sends in this chat"]);

    await page.locator(`${NUDGE} [data-answer="anxiety"]`).click();
    expect(await sections()).toEqual(['A calming step']);
    expect(await page.locator(`${NUDGE} .response`).textContent()).toContain('Tend to the feeling first');
    const breathe = page.locator(`${NUDGE} [data-step="breathe"]`);
    if ((await breathe.count()) > 0) {
      await breathe.click();
      await expect.poll(() => page.locator(`${NUDGE} .breathing`).textContent()).toMatch(/Breathe (in|out)/);
    }
    await page.locator(`${NUDGE} [data-reveal="rewrite"]`).click();
    expect(await sections()).toEqual(['A calming step', 'A softer version']);

    await page.locator(`${NUDGE} [data-answer="love"]`).click();
    expect((await sections())[0]).toBe('A softer version');
    expect(await page.locator(`${NUDGE} .response`).textContent()).toContain('let it sound like love');
  });

  it('has one wait control, "Remind me in [10] min", and waits for the minutes chosen', async () => {
    const page = await open(1280, 800);
    expect(await send(page, 'hello??')).toBe('paused');
    const wait = page.locator(`${NUDGE} .wait`);
    expect(await wait.count()).toBe(1);
    expect(await page.locator(`${NUDGE} select`).count()).toBe(1);
    // One control: the button, the minutes chosen in place, "min" (the select shows only its value).
    expect(await wait.locator('button').textContent()).toBe('Remind me in');
    expect(await wait.locator('select').inputValue()).toBe('10');
    expect(await wait.locator('span').textContent()).toBe('min');
    await page.locator(`${NUDGE} .wait select`).selectOption('20');
    await page.locator(`${NUDGE} [data-action="wait"]`).click();
    await expect.poll(() => nudgeOpen(page)).toBe(false);
    await expect
      .poll(async () =>
        (await storedOutcomes(spec.softer.serviceWorker)).map((o) => [o.action, o.waitMinutes]),
      )
      .toContainEqual(['wait', 20]);
  });
});

describe('muting a chat from the card', () => {
  const mutedChats = () =>
    spec.softer.serviceWorker.evaluate(async () => {
      // @ts-expect-error: the worker's own `chrome`, not typed in the test's scope.
      const { mutedChats } = await chrome.storage.local.get('mutedChats');
      return (mutedChats ?? []) as { chat: string; site?: string }[];
    });

  it('shows Undo in the card’s place; undone, the chat is nudged again', async () => {
    const page = await open(1280, 800);
    expect(await send(page, 'You never listen to me')).toBe('paused');
    await page.locator(`${NUDGE} [data-action="mute-chat"]`).click();
    await expect.poll(() => nudgeOpen(page)).toBe(false);
    const undo = page.locator('[role="status"] [data-action="undo-mute"]');
    await expect.poll(() => undo.count()).toBe(1);
    expect(await page.locator('[role="status"]').first().textContent()).toContain(
      'won’t pause sends in this chat',
    );
    expect(await mutedChats()).toHaveLength(1);
    await undo.click();
    await expect.poll(mutedChats).toEqual([]);
    await expect.poll(() => page.locator('[role="status"] [data-action="undo-mute"]').count()).toBe(0);
    await page.keyboard.press('Enter');
    await expect.poll(() => nudgeOpen(page)).toBe(true);
  });

  it('kept, it is listed by when and where, and the popup opened over that chat offers to pause sends there again', async () => {
    const page = await open(1280, 800);
    expect(await send(page, 'You never listen to me')).toBe('paused');
    await page.locator(`${NUDGE} [data-action="mute-chat"]`).click();
    await page.locator('[role="status"] [data-action="dismiss"]').click();
    await expect.poll(async () => (await mutedChats()).map((m) => m.site)).toEqual(['whatsapp']);
    // The options page names it by when and where, and as the chat open in the WhatsApp tab.
    const options = await spec.softer.openExtensionPage('options.html');
    opened.push(options);
    const item = options.locator('[data-muted-chat]');
    await expect
      .poll(() => item.textContent())
      .toMatch(/^A WhatsApp chat muted on .+ · the chat open in your WhatsApp tab/);
    const popup = await popupOpenedOver(spec.softer, page);
    opened.push(popup);
    await expect.poll(() => popup.locator('[data-muted-here]').count()).toBe(1);
    await popup.locator('[data-action="unmute-here"]').click();
    await expect.poll(mutedChats).toEqual([]);
    expect(await popup.locator('[data-muted-here] [role="status"]').textContent()).toContain(
      'pause sends in this chat again',
    );
  });
});

describe('the pages read at full size', () => {
  it.each(['popup.html', 'options.html', 'welcome.html'])(
    '%s: body text at least 14 px, labels no smaller than hints',
    async (file) => {
      const page = await spec.softer.openExtensionPage(file);
      opened.push(page);
      await page.waitForSelector('main');
      const sizes = await page.evaluate(() => {
        const px = (el: Element | null) => (el ? Number.parseFloat(getComputedStyle(el).fontSize) : null);
        return {
          body: px(document.body),
          paragraph: px(document.querySelector('main p')),
          label: px(document.querySelector('label')),
          hint: px(document.querySelector('.hint')),
          smallest: Math.min(
            ...[
              ...document.querySelectorAll('main p, main label, main button, main li, main td, main th'),
            ].map((el) => Number.parseFloat(getComputedStyle(el).fontSize)),
          ),
        };
      });
      expect(sizes.body).toBeGreaterThanOrEqual(14);
      expect(sizes.paragraph).toBeGreaterThanOrEqual(14);
      expect(sizes.smallest).toBeGreaterThanOrEqual(13);
      if (sizes.label !== null && sizes.hint !== null) expect(sizes.label).toBeGreaterThanOrEqual(sizes.hint);
    },
  );
});
