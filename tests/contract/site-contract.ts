/**
 * The contract every messaging app Softer supports must keep, run against each web client's
 * fixture (tests/contract/<client>.spec.ts, one line each) in Chromium with the built extension:
 * everyday sends pass untouched; the fourth message into silence and protest phrasing pause; a
 * reply resets the streak; every card action does what it says, by Enter and by the send control;
 * Shift+Enter and an IME's Enter are not sends; group chats are left alone; a chat switch or a
 * re-rendered composer never sends into the wrong place; missing parts of the page fail open; the
 * record holds no text; nothing goes over the network. Site-only cases live in each site's spec.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { NUDGE, nudgeOpen, oneBrowserPerSpec, storedOutcomes } from '../e2e/steps.ts';
import type { FixtureChat, SiteFixture } from '../fixtures/api.ts';
import type { ContractClient } from './clients.ts';

type Fixture = { fixture: SiteFixture };

export function runSiteContract(site: ContractClient): void {
  const spec = oneBrowserPerSpec();
  const { opened } = spec;

  const sentTexts = (page: Page) =>
    page.evaluate(() => (window as unknown as Fixture).fixture.sent.map((message) => message.text));
  const draft = (page: Page) => page.evaluate(() => (window as unknown as Fixture).fixture.draft());
  const chats = (page: Page) => page.evaluate(() => (window as unknown as Fixture).fixture.chats());

  /** The client at its first one-to-one chat, with the chats it has. */
  async function open(): Promise<{ page: Page; oneToOne: FixtureChat[]; group: FixtureChat }> {
    const first = await spec.softer.openClient(site.client);
    const list = await chats(first);
    const oneToOne = list.filter((chat) => !chat.group);
    const group = list.find((chat) => chat.group);
    if (oneToOne.length < 2 || !group)
      throw new Error(`${site.client}: the fixture needs two 1:1 chats and a group`);
    await first.goto(new URL(site.chatPath(oneToOne[0]?.id as string), first.url()).href);
    await first.waitForFunction(() => typeof (window as unknown as Fixture).fixture === 'object');
    opened.push(first);
    return { page: first, oneToOne, group };
  }

  async function typeDraft(page: Page, text: string) {
    await page.click(site.composer);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(text);
    await expect.poll(() => draft(page)).toBe(text);
  }

  /** Whichever comes first after trying to send: it went, or Softer paused it. */
  async function attempt(page: Page, trySend: () => Promise<void>): Promise<'sent' | 'paused'> {
    const before = (await sentTexts(page)).length;
    await trySend();
    let outcome: 'sent' | 'paused' | null = null;
    await expect
      .poll(async () => {
        if ((await sentTexts(page)).length > before) outcome = 'sent';
        else if (await nudgeOpen(page)) outcome = 'paused';
        return outcome;
      })
      .not.toBeNull();
    return outcome as unknown as 'sent' | 'paused';
  }

  const send = async (page: Page, text: string) => {
    await typeDraft(page, text);
    return attempt(page, () => page.keyboard.press('Enter'));
  };

  /** Three of our own messages in the last few minutes, after their last reply an hour ago. */
  const seedSilence = (page: Page, chat: string) =>
    page.evaluate((id) => {
      const now = Date.now();
      (window as unknown as Fixture).fixture.seed(id, [
        { text: 'see you tonight', at: now - 60 * 60_000 },
        { text: 'on my way home', out: true, at: now - 4 * 60_000 },
        { text: 'got the groceries', out: true, at: now - 3 * 60_000 },
        { text: 'see you at 8', out: true, at: now - 2 * 60_000 },
      ]);
    }, chat);

  const choose = async (page: Page, action: string) => {
    if (action === 'use-rewrite') {
      const reveal = page.locator(`${NUDGE} [data-reveal="rewrite"]`);
      if ((await reveal.count()) > 0) await reveal.click();
    }
    await page.locator(`${NUDGE} [data-action="${action}"]`).click();
    await expect.poll(() => nudgeOpen(page)).toBe(false);
  };

  describe(`the site contract on ${site.client}`, () => {
    it('lets everyday messages through untouched, by Enter and by the send control', async () => {
      const { page } = await open();
      expect(await send(page, 'running 10 min late, save me a seat 🙂')).toBe('sent');
      await typeDraft(page, 'see you at 8 — can’t wait');
      expect(await attempt(page, () => page.click(site.sendControl))).toBe('sent');
      expect(await sentTexts(page)).toEqual([
        'running 10 min late, save me a seat 🙂',
        'see you at 8 — can’t wait',
      ]);
    });

    it('pauses the fourth message into silence, by Enter and by the send control; a reply resets it', async () => {
      const { page, oneToOne } = await open();
      await seedSilence(page, oneToOne[0]?.id as string);
      expect(await send(page, 'are you there')).toBe('paused');
      expect(await page.locator(NUDGE).getAttribute('data-reason')).toBe('streak');
      await choose(page, 'edit');
      expect(await draft(page)).toBe('are you there');
      expect(await attempt(page, () => page.click(site.sendControl))).toBe('paused');
      await choose(page, 'send-anyway');
      await expect.poll(() => sentTexts(page)).toEqual(['are you there']);

      await seedSilence(page, oneToOne[0]?.id as string);
      await page.evaluate(() => (window as unknown as Fixture).fixture.reply('sorry, driving'));
      expect(await send(page, 'no worries, drive safe')).toBe('sent');
    });

    it('pauses protest phrasing; the softer version goes into the composer unsent, and undo brings the draft back', async () => {
      const { page } = await open();
      expect(await send(page, 'You never listen to me')).toBe('paused');
      await choose(page, 'use-rewrite');
      await expect.poll(() => draft(page)).not.toBe('You never listen to me');
      const softer = await draft(page);
      expect(softer.length).toBeGreaterThan(10);
      expect(await sentTexts(page)).toEqual([]);
      await page.keyboard.press('ControlOrMeta+Z');
      await expect.poll(() => draft(page)).toBe('You never listen to me');
    });

    it('waits, keeps the draft on Escape, and mutes a chat whose next protest then goes through', async () => {
      // In the second chat, so the mute (kept for the rest of this browser's life) leaves the first alone.
      const { page, oneToOne } = await open();
      await page.evaluate(
        (id) => (window as unknown as Fixture).fixture.openChat(id),
        oneToOne[1]?.id as string,
      );
      expect(await send(page, 'Why are you ignoring me?')).toBe('paused');
      await choose(page, 'wait');
      expect(await draft(page)).toBe('Why are you ignoring me?');
      expect(await attempt(page, () => page.keyboard.press('Enter'))).toBe('paused');
      await page.keyboard.press('Escape');
      await expect.poll(() => nudgeOpen(page)).toBe(false);
      expect(await draft(page)).toBe('Why are you ignoring me?');
      expect(await attempt(page, () => page.keyboard.press('Enter'))).toBe('paused');
      await choose(page, 'mute-chat');
      expect(await send(page, 'You never call me back')).toBe('sent');
      expect(await sentTexts(page)).toEqual(['You never call me back']);
    });

    it('never takes Shift+Enter or an IME’s Enter for a send', async () => {
      const { page } = await open();
      await typeDraft(page, 'You never listen');
      await page.keyboard.press('Shift+Enter');
      await page.waitForTimeout(300);
      expect(await nudgeOpen(page)).toBe(false);
      expect(await sentTexts(page)).toEqual([]);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Input.imeSetComposition', { text: 'にほんご', selectionStart: 4, selectionEnd: 4 });
      await cdp.send('Input.dispatchKeyEvent', {
        type: 'keyDown',
        key: 'Enter',
        code: 'Enter',
        windowsVirtualKeyCode: 229,
        nativeVirtualKeyCode: 229,
      });
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Enter', code: 'Enter' });
      await cdp.send('Input.insertText', { text: 'にほんご' });
      await cdp.detach();
      await page.waitForTimeout(300);
      expect(await nudgeOpen(page)).toBe(false);
      expect(await sentTexts(page)).toEqual([]);
      expect(await draft(page)).toContain('にほんご');
    });

    it('leaves group chats alone', async () => {
      const { page, group } = await open();
      await page.evaluate((id) => (window as unknown as Fixture).fixture.openChat(id), group.id);
      await seedSilence(page, group.id);
      expect(await send(page, 'are you all there')).toBe('sent');
      expect(await send(page, 'You never answer in here')).toBe('sent');
    });

    it('sends nothing into another chat: switching chats closes the card and the draft stays where it was written', async () => {
      const { page, oneToOne } = await open();
      expect(await send(page, 'You always do this')).toBe('paused');
      await page.evaluate(
        (id) => (window as unknown as Fixture).fixture.openChat(id),
        oneToOne[1]?.id as string,
      );
      await expect.poll(() => nudgeOpen(page), { timeout: 5000 }).toBe(false);
      await page.waitForTimeout(500);
      expect(await sentTexts(page)).toEqual([]);
    });

    it('sends a paused draft once through a composer the app re-rendered meanwhile', async () => {
      const { page } = await open();
      expect(await send(page, 'You never call me back')).toBe('paused');
      await page.evaluate(() => (window as unknown as Fixture).fixture.rebuildComposer());
      await choose(page, 'send-anyway');
      await expect.poll(() => sentTexts(page)).toEqual(['You never call me back']);
      await page.waitForTimeout(500);
      expect(await sentTexts(page)).toEqual(['You never call me back']);
    });

    it('fails open when parts of the page are missing: no rows, no send control', async () => {
      const { page, oneToOne } = await open();
      await seedSilence(page, oneToOne[0]?.id as string);
      await page.evaluate(() => (window as unknown as Fixture).fixture.removeRows());
      expect(await send(page, 'are you there')).toBe('sent');
      expect(await send(page, 'You never listen to me')).toBe('paused');
      await choose(page, 'edit');
      await page.evaluate(() => (window as unknown as Fixture).fixture.removeSendControl());
      expect(await attempt(page, () => page.keyboard.press('Enter'))).toBe('paused');
      await choose(page, 'send-anyway');
      await expect.poll(() => sentTexts(page)).toEqual(['are you there', 'You never listen to me']);
    });

    it('switched off in the settings, the open tab lets its next protest through at once; on again, it pauses', async () => {
      const { page } = await open();
      const toggle = async (on: boolean) => {
        const options = await spec.softer.openExtensionPage('options.html');
        await options.locator(`[name="sites.${site.site}"]`).setChecked(on);
        await options.locator('[data-action="save-settings"]').click();
        await expect.poll(() => options.locator('form.settings .status').textContent()).toMatch(/Saved/);
        await options.close();
        await page.bringToFront();
      };
      await toggle(false);
      expect(await send(page, 'You never listen to me')).toBe('sent');
      await toggle(true);
      expect(await send(page, 'You never listen to me')).toBe('paused');
      await choose(page, 'edit');
    });

    it('records what happened without a word of any message, and makes no network request', async () => {
      const outcomes = await storedOutcomes(spec.softer.serviceWorker);
      expect(outcomes.length).toBeGreaterThan(0);
      expect(outcomes.every((outcome) => outcome.site === site.site)).toBe(true);
      expect(JSON.stringify(outcomes)).not.toMatch(/listen|ignoring|there|call me|always/i);
      expect(spec.softer.networkLog).toEqual([]);
    });
  });
}
