/**
 * The main job, end to end: Softer loaded into Chromium, on a page at https://web.whatsapp.com/
 * with a real Lexical composer. Pauses only the fourth message into silence and protest phrasing,
 * and each choice in the nudge does exactly what it says — on both page shapes WhatsApp ships
 * today (the 2026 `conv-msg-` wrappers and the 2024–25 `role="row"` rows), one browser for both.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../lib/language/rules/en.ts';
import { launchSofter, type Softer } from './harness.ts';
import {
  ALEX,
  COMPOSER,
  caretAtEnd,
  choose,
  clearDraft,
  draft,
  FAMILY,
  NUDGE,
  nudgeOpen,
  revealSofterVersion,
  SAM,
  send,
  sentTexts,
  softerVersion,
  storedOutcomes,
  typeDraft,
} from './steps.ts';

/** The send control in each variant the fixture draws: by icon, or by its label in the page's language. */
const SEND_CONTROL = ['Send', 'Senden', 'Enviar']
  .map((label) => `#main footer [aria-label="${label}"]`)
  .concat('#main footer [data-icon*="send"]', '#main footer [data-testid*="send"]')
  .join(', ');

let softer: Softer;
let page: Page;

beforeAll(async () => {
  softer = await launchSofter();
});
afterEach(async () => {
  await page?.close();
});
afterAll(async () => {
  await softer?.close();
});

describe.each(['2026', '2024'])('WhatsApp Web (%s page shape): the nudge', (shape) => {
  const open = async (query?: string) => {
    page = await softer.openWhatsApp(query ? `shape=${shape}&${query}` : `shape=${shape}`);
    expect(await page.evaluate(() => window.fixture.shape)).toBe(shape);
    return page;
  };
  const sendThree = async () => {
    for (const text of ['on my way home', 'got the groceries', 'see you at 8'])
      expect(await send(page, text)).toBe('sent');
  };

  it('lets three neutral sends through untouched and pauses the fourth, keeping the draft', async () => {
    await open();
    await sendThree();
    expect(await sentTexts(page)).toEqual(['on my way home', 'got the groceries', 'see you at 8']);
    expect(await send(page, 'are you there')).toBe('paused');
    await expect
      .poll(() => page.locator(NUDGE).textContent())
      .toContain('This would be your 4th message since they last replied.');
    expect(await page.locator(NUDGE).textContent()).toContain(
      'Are you reaching out from love, or from anxiety?',
    );
    expect(await sentTexts(page)).toHaveLength(3);
    expect(await draft(page)).toBe('are you there');
  });

  it('starts counting again after the other side replies', async () => {
    await open();
    await sendThree();
    await page.evaluate(() => window.fixture.reply('sorry, was driving'));
    expect(await send(page, 'no worries!')).toBe('sent');
  });

  it('sends a limit exactly as typed, even as the fourth message into silence: never paused, never rewritten', async () => {
    await open();
    expect(await send(page, 'leave me alone.')).toBe('sent');
    expect(await sentTexts(page)).toEqual(['leave me alone.']);
    await open();
    await sendThree();
    const limit = "I'm done. Please don't ever text me again.";
    expect(await send(page, limit)).toBe('sent');
    expect(await page.locator(NUDGE).count()).toBe(0);
    expect(await sentTexts(page)).toEqual(['on my way home', 'got the groceries', 'see you at 8', limit]);
  });

  it('pauses protest phrasing at a streak of zero and highlights the phrase', async () => {
    await open();
    expect(await send(page, 'You never listen to me')).toBe('paused');
    expect(await page.locator(`${NUDGE} mark`).first().textContent()).toMatch(/never/i);
    expect(await page.locator(`${NUDGE} [data-reveal="rewrite"]`).count()).toBe(1);
    await revealSofterVersion(page);
    expect(await page.locator(`${NUDGE} [data-action="use-rewrite"]`).count()).toBe(1);
  });

  it('explains a protest no rule names by the kind its words say, without quoting a fragment', async () => {
    await open();
    // Sarcasm the scorer finds alone; the card once called it a verdict on the whole relationship.
    expect(await send(page, "Oh you're alive! Amazing")).toBe('paused');
    expect(await page.locator(`${NUDGE} .explanation`).allTextContents()).toEqual([
      en.kinds['contempt-sarcasm'].explanation,
    ]);
    // Feelings the scorer finds alone: its line does not quote the words it leans on.
    await choose(page, 'edit');
    await clearDraft(page);
    expect(await send(page, 'feels like uve forgotten all about me since the baby came')).toBe('paused');
    expect(await page.locator(`${NUDGE} .explanation`).allTextContents()).toEqual([
      en.kinds['judgement-feeling'].unquoted,
    ]);
  });

  // Protests in shapes the rules were widened for: each is paused with its words marked, one line
  // saying which kind it is and a softer version, and a calm message in the same words is sent as typed.
  const SAME_WORDS = [
    {
      // cs.quoted-curt-reply: the mock praise is the complaint.
      protest: "cheers for the 'k', very heartfelt",
      marked: /'k'/,
      // "hello??" that asks whether they landed safely is care, not a ping.
      calm: "hello?? did you land ok? just want to know you're safe",
      title: 'sarcasm that quotes a curt reply back, and sends a worried check-in in the same shape',
    },
    {
      // The shared "you" reads a group addressed at once: "yall never…" is "you never…" to several.
      protest: 'yall never include me in nothing, i gotta find out everything from instagram',
      marked: /^yall never/i,
      // "hello??" about a dropped call is not a ping.
      calm: 'hello?? did the call cut? I can hear you now',
      title:
        'a complaint to several people at once ("yall never…"), and sends a "hello??" that asks whether the call cut',
    },
    {
      // sv.read-receipts: read receipts counted back at the people who left them.
      protest: 'Seen by everyone, replied by nobody 👀',
      marked: /^Seen by everyone, replied by nobody/,
      // An instruction after "u always" is no verdict on anyone.
      calm: 'u always have to tap out at the gantry, otherwise kena max fare',
      title:
        'read receipts counted back ("seen by everyone, replied by nobody"), and sends an instruction that starts "u always"',
    },
    {
      // gc.time-for-everyone-but-me: time (or wifi) for something else, "but not for me".
      protest: 'how do you have wifi for the football scores but not for me',
      marked: /^wifi for the football scores but not for me$/,
      // Thanks after "you never miss…" is praise, whatever the name the message starts with.
      calm: 'Appa you never miss my calls even at odd hours. Proud to be your daughter.',
      title:
        'a complaint that there is wifi for the football "but not for me", and sends thanks that starts "Appa you never…"',
    },
  ];
  for (const { protest, marked, calm, title } of SAME_WORDS)
    it(`pauses ${title}`, async () => {
      await open();
      expect(await send(page, protest)).toBe('paused');
      expect(await page.locator(`${NUDGE} mark`).first().textContent()).toMatch(marked);
      expect(await page.locator(`${NUDGE} .explanation`).count()).toBe(1);
      expect(await page.locator(`${NUDGE} [data-reveal="rewrite"]`).count()).toBe(1);
      await choose(page, 'edit');
      await clearDraft(page);
      expect(await send(page, calm)).toBe('sent');
      expect((await sentTexts(page)).at(-1)).toBe(calm);
    });

  it('"Send anyway" sends the draft exactly once, as typed', async () => {
    await open();
    const text = 'Why are you ignoring me? 😢';
    expect(await send(page, text)).toBe('paused');
    await choose(page, 'send-anyway');
    await expect.poll(() => sentTexts(page)).toEqual([text]);
    await page.waitForTimeout(300);
    expect(await sentTexts(page)).toEqual([text]);
  });

  it('"Use softer version" replaces the draft through the editor, undoable, caret at the end, unsent', async () => {
    await open();
    expect(await send(page, 'You never want to spend time with me')).toBe('paused');
    const rewrite = await softerVersion(page);
    expect(rewrite.length).toBeGreaterThan(10);
    await choose(page, 'use-rewrite');
    await expect.poll(() => draft(page)).toBe(rewrite);
    expect(await sentTexts(page)).toEqual([]);
    // Focus is back in the composer with the caret after the text: typing appends.
    await page.keyboard.type(' ❤');
    await expect.poll(() => draft(page)).toBe(`${rewrite} ❤`);
    // The replacement is one undo step in the editor's own history.
    await page.keyboard.press('ControlOrMeta+Z');
    await page.keyboard.press('ControlOrMeta+Z');
    await expect.poll(() => draft(page)).toBe('You never want to spend time with me');
  });

  it('"Another version" cycles the softer versions; the one chosen goes in exactly, in lines, undoable', async () => {
    await open();
    // Written in lines (Shift+Enter), so the versions come in lines too.
    await page.click(COMPOSER);
    await page.keyboard.type('ok so');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('you never ring me on your lunch break');
    const typed = await draft(page);
    expect(typed).toBe('ok so\nyou never ring me on your lunch break');
    await page.keyboard.press('Enter');
    await expect.poll(() => nudgeOpen(page)).toBe(true);
    await revealSofterVersion(page);
    const shown = () => page.locator(`${NUDGE} .rewrite-text`).textContent();
    const first = await shown();
    await page.locator(`${NUDGE} [data-action="another-version"]`).click();
    await expect.poll(shown).not.toBe(first);
    const second = (await shown()) ?? '';
    expect(second).toContain('\n');
    await choose(page, 'use-rewrite');
    await expect.poll(() => draft(page)).toBe(second);
    expect(await sentTexts(page)).toEqual([]);
    await expect.poll(() => caretAtEnd(page)).toBe(true);
    await page.keyboard.type('!');
    await expect.poll(() => draft(page)).toBe(`${second}!`);
    // Undo brings the person's own draft back: Lexical keeps a multi-line insertion as a text step
    // and a line-break step, so it takes one undo for the "!" and two for the version.
    const undone: string[] = [];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('ControlOrMeta+Z');
      await page.waitForTimeout(50);
      undone.push(await draft(page));
    }
    expect(undone[0]).toBe(second);
    expect(undone.at(-1)).toBe(typed);
  });

  it('"Wait" closes the nudge and keeps the draft, unsent', async () => {
    await open();
    expect(await send(page, 'Fine. Whatever.')).toBe('paused');
    await choose(page, 'wait');
    expect(await draft(page)).toBe('Fine. Whatever.');
    expect(await sentTexts(page)).toEqual([]);
  });

  it('"Edit myself" and Escape put focus back in the composer with the draft unchanged', async () => {
    await open();
    expect(await send(page, 'hello??')).toBe('paused');
    await choose(page, 'edit');
    expect(
      await page.evaluate((sel) => document.activeElement === document.querySelector(sel), COMPOSER),
    ).toBe(true);
    expect(await draft(page)).toBe('hello??');

    await page.keyboard.press('Enter');
    await expect.poll(() => nudgeOpen(page)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => nudgeOpen(page)).toBe(false);
    expect(await draft(page)).toBe('hello??');
    expect(await sentTexts(page)).toEqual([]);
  });

  it('is operable from the keyboard alone: focus moves in and Tab stays inside', async () => {
    await open();
    expect(await send(page, 'answer me')).toBe('paused');
    const focusInside = () =>
      page.evaluate(() => {
        const host = document.querySelector('softer-nudge');
        return !!host && document.activeElement === host;
      });
    await expect.poll(focusInside).toBe(true);
    for (let i = 0; i < 15; i++) {
      await page.keyboard.press('Tab');
      expect(await focusInside()).toBe(true);
    }
    await page.locator(`${NUDGE} [data-action="send-anyway"]`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => sentTexts(page)).toEqual(['answer me']);
  });

  it('never triggers on Shift+Enter or on Enter that ends an IME composition', async () => {
    await open();
    await sendThree();
    await typeDraft(page, 'one more thing');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('and another');
    expect(await nudgeOpen(page)).toBe(false);
    await expect.poll(() => draft(page)).toBe('one more thing\nand another');

    // An IME user confirms a composition with Enter (keyCode 229): that is not a send.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'にほん', selectionStart: 3, selectionEnd: 3 });
    await cdp.send('Input.dispatchKeyEvent', {
      type: 'rawKeyDown',
      key: 'Enter',
      code: 'Enter',
      windowsVirtualKeyCode: 229,
    });
    await cdp.send('Input.dispatchKeyEvent', {
      type: 'keyUp',
      key: 'Enter',
      code: 'Enter',
      windowsVirtualKeyCode: 229,
    });
    await cdp.send('Input.insertText', { text: '日本' });
    await page.waitForTimeout(200);
    expect(await nudgeOpen(page)).toBe(false);
    expect(await sentTexts(page)).toHaveLength(3);
  });

  it('leaves group chats alone by default', async () => {
    await open();
    await page.evaluate((jid) => window.fixture.openChat(jid), FAMILY);
    for (const text of ['dinner sunday?', 'I can bring dessert', 'anyone?', 'hello??', 'You never answer']) {
      expect(await send(page, text)).toBe('sent');
    }
  });

  it('keeps guarding after a chat switch re-creates the composer', async () => {
    await open();
    await page.evaluate((jid) => window.fixture.openChat(jid), ALEX);
    expect(await send(page, 'Why are you ignoring me?')).toBe('paused');
    await choose(page, 'edit');
    await page.evaluate((jid) => window.fixture.openChat(jid), SAM);
    expect(await send(page, 'thanks for nothing')).toBe('paused');
  });

  it('works with every send-control variant and a translated label', async () => {
    for (const query of [
      'send=testid',
      'send=div',
      'send=wds',
      'send=span',
      'send=div&lang=de',
      'send=button&lang=es',
      'send=testid&lang=zh&locale=zh-CN',
    ]) {
      await open(query);
      await typeDraft(page, 'you always do this');
      await page.locator(SEND_CONTROL).first().click();
      await expect.poll(() => nudgeOpen(page), { message: query }).toBe(true);
      await choose(page, 'send-anyway');
      await expect.poll(() => sentTexts(page), { message: query }).toEqual(['you always do this']);
      await page.close();
    }
  });

  it('records each nudge and its outcome in the extension database, with no text', async () => {
    const before = (await storedOutcomes(softer.serviceWorker)).length;
    await open();
    await sendThree();
    expect(await send(page, 'are you there?? I see you were online')).toBe('paused');
    await page.locator(`${NUDGE} [data-answer="anxiety"]`).click();
    await choose(page, 'wait');
    await expect.poll(async () => (await storedOutcomes(softer.serviceWorker)).length).toBe(before + 1);
    const latest = (await storedOutcomes(softer.serviceWorker)).at(-1);
    expect(latest).toMatchObject({
      site: 'whatsapp',
      answer: 'anxiety',
      action: 'wait',
      streak: 3,
      waitMinutes: expect.any(Number),
    });
    expect(latest?.kinds).toContain('surveillance');
    expect(JSON.stringify(latest)).not.toMatch(/online|there|Sam|447700900123/);
    // The page's own origin has no Softer database.
    expect(await page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name))).not.toContain(
      'softer',
    );
  });
});

describe('WhatsApp Web: privacy', () => {
  it('made no network request: none seen from extension contexts, none in the browser log either', async () => {
    expect(softer.networkLog).toEqual([]);
    const netLog = await softer.closeAndReadNetLog();
    expect(netLog.complete).toBe(true);
    expect(netLog.requests).toEqual([]);
  });
});
