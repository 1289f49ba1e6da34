/**
 * Hostile and odd drafts, end to end: text that looks like HTML or script, a 100,000-character
 * draft, emoji sequences (ZWJ families, flags, skin tones), right-to-left scripts, zero-width
 * characters and mixed scripts. Each passes through analysis, the overlay and the rewrite: the
 * nudge appears exactly where due, the overlay shows the draft as text and never as markup,
 * "Use softer version" replaces the draft with the caret at the end, "Send anyway" sends exactly
 * what was typed, once, and the editor keeps working afterwards.
 */
import type { Page, Request } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchSofter, type Softer } from './harness.ts';
import {
  COMPOSER,
  caretAtEnd,
  choose,
  draft,
  focusComposerUntilNudgeLoads,
  NUDGE,
  sentOrPaused,
  sentTexts,
  softerVersion,
} from './steps.ts';

/** Every CSP violation the page reports: an injected inline handler or script would show up here. */
const WATCH_CSP = `
  window.softerCspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.softerCspViolations.push(event.violatedDirective + ' ' + event.sample);
  });
`;

/** The fixture's own files; a draft's `<img src=x>` turned into markup would fetch something else. */
const FIXTURE_FILES = ['/', '/main.js', '/style.css', '/favicon.svg'];

interface Case {
  name: string;
  text: string;
  /** Whether protest phrasing is found, so the very first send (streak 0) is paused. */
  protest: boolean;
}

const HOSTILE: Case[] = [
  {
    name: 'an image tag with an onerror handler',
    text: '<img src=x onerror=window.__pwned=1> You never listen',
    protest: true,
  },
  {
    name: 'tags that close the context and open svg and script',
    text: '"><svg onload=window.__pwned=2><script>window.__pwned=3</script> why are you ignoring me?',
    protest: true,
  },
  {
    name: 'an iframe with srcdoc after a closing textarea',
    text: '</textarea><iframe srcdoc="<script>parent.__pwned=4</script>"></iframe> Fine. Whatever.',
    protest: true,
  },
  {
    name: 'a template-injection payload',
    text: '{{constructor.constructor("window.__pwned=5")()}} answer me',
    protest: true,
  },
];

const ODD: Case[] = [
  {
    name: 'ZWJ family, rainbow flag and a skin tone',
    text: 'You never call me 👩‍👩‍👧‍👦🏳️‍🌈👍🏽',
    protest: true,
  },
  {
    name: 'mixed Latin, Han and Cyrillic',
    text: 'You never listen 你从来不听 ты никогда не слушаешь',
    protest: true,
  },
  {
    name: 'zero-width space and joiner inside the protest',
    text: 'You\u200B never\u200D listen to me',
    protest: true,
  },
  {
    name: 'an English protest with an Arabic word (bidi)',
    text: 'Why are you ignoring me, حبيبي?',
    protest: true,
  },
  // No Arabic or Hebrew rules yet: these go through at streak 0 and are paused only as a 4th message.
  { name: 'Arabic, protest-ish', text: 'أنت لا تستمع إلي أبدا', protest: false },
  { name: 'Hebrew, neutral', text: 'נתראה בערב?', protest: false },
  { name: 'emoji only', text: '👩‍👩‍👧‍👦🏳️‍🌈👍🏽👋🏿', protest: false },
  {
    name: 'zero-width characters in a plain message',
    text: 'see\uFEFF you\u200C at\u200D 8',
    protest: false,
  },
];

const withoutZeroWidth = (text: string) => text.replace(/[\u200B-\u200D\uFEFF]/g, '');

describe('hostile and odd input', () => {
  let softer: Softer;
  let page: Page;
  let requests: string[];

  beforeAll(async () => {
    softer = await launchSofter();
    await softer.context.addInitScript({ content: WATCH_CSP });
  });
  afterEach(async () => {
    await page?.close();
  });
  afterAll(async () => {
    await softer?.close();
  });

  const open = async () => {
    page = await softer.openWhatsApp();
    requests = [];
    page.on('request', (request: Request) => {
      const url = new URL(request.url());
      if (url.protocol.startsWith('http') && !FIXTURE_FILES.includes(url.pathname)) requests.push(url.href);
    });
    await focusComposerUntilNudgeLoads(page);
  };

  /** Puts text in the composer through the editor's input path, replacing what was there. */
  const put = async (text: string) => {
    await page.click(COMPOSER);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    const inserted = await page.evaluate((value) => document.execCommand('insertText', false, value), text);
    expect(inserted).toBe(true);
    await expect.poll(() => page.evaluate((value) => window.fixture.draft() === value, text)).toBe(true);
  };

  /** Enter, then whichever comes first: the message went out, or the nudge paused it. */
  const press = () => sentOrPaused(page, () => page.keyboard.press('Enter'));

  /** Sent texts, compared in the page so a 100,000-character mismatch does not flood the report. */
  const sentExactly = async (expected: string[]) => {
    await page.waitForTimeout(200);
    const same = await page.evaluate(
      (list) =>
        window.fixture.sent.length === list.length && window.fixture.sent.every((m, i) => m.text === list[i]),
      expected,
    );
    expect(same, `sent: ${(await sentTexts(page)).map((t) => t.slice(0, 80)).join(' | ')}`).toBe(true);
  };

  /** "Use softer version": the draft becomes the rewrite, the caret is after it, typing appends. */
  const useRewrite = async () => {
    const rewrite = await softerVersion(page);
    expect(rewrite.length).toBeGreaterThan(10);
    await choose(page, 'use-rewrite');
    await expect.poll(() => draft(page)).toBe(rewrite);
    await expect.poll(() => caretAtEnd(page)).toBe(true);
    await page.keyboard.type('✓');
    await expect.poll(() => draft(page)).toBe(`${rewrite}✓`);
    return `${rewrite}✓`;
  };

  /** Nothing of the draft became markup inside Softer's shadow root, and nothing of it ran. */
  const assertInert = async (cardOpen: boolean) => {
    const ran = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
      csp: (window as unknown as { softerCspViolations: string[] }).softerCspViolations,
    }));
    expect(ran).toEqual({ pwned: null, csp: [] });
    expect(requests).toEqual([]);
    if (!cardOpen) return;
    // Reached from the card itself: the host is created in Softer's world, the root is the card's.
    const found = await page.locator(NUDGE).evaluate((dialog) => {
      const root = dialog.getRootNode();
      if (!(root instanceof ShadowRoot)) return null;
      const all = Array.from(root.querySelectorAll('*'));
      return {
        markup: all
          .filter((el) => /^(img|script|svg|iframe|object|embed|image|textarea)$/i.test(el.tagName))
          .map((el) => el.tagName),
        handlers: all.flatMap((el) => el.getAttributeNames().filter((name) => name.startsWith('on'))),
      };
    });
    expect(found).toEqual({ markup: [], handlers: [] });
  };

  it.each(HOSTILE)(
    '$name: shown as text, never run; "Send anyway" and the rewrite work',
    async ({ text }) => {
      await open();
      await put(text);
      expect(await press()).toBe('paused');
      // The card quotes the draft whole, as text, with the protest phrase marked.
      await expect.poll(() => page.locator(`${NUDGE} .markers q`).textContent()).toBe(text);
      expect(await page.locator(`${NUDGE} .markers mark`).count()).toBeGreaterThan(0);
      await assertInert(true);
      await choose(page, 'send-anyway');
      await sentExactly([text]);

      await put(text);
      expect(await press()).toBe('paused');
      await assertInert(true);
      const softened = await useRewrite();
      expect(await press()).toBe('sent');
      await sentExactly([text, softened]);
      await assertInert(false);
    },
  );

  it.each(ODD)('$name: analysed, shown and sent exactly as typed', async ({ text, protest }) => {
    await open();
    await put(text);
    if (protest) {
      expect(await press()).toBe('paused');
      await expect.poll(() => page.locator(`${NUDGE} .markers q`).textContent()).toBe(text);
      const marked = (await page.locator(`${NUDGE} .markers mark`).allTextContents()).join(' ');
      // The mark is cut from the draft itself, zero-width characters and all.
      expect(text).toContain(marked);
      expect(withoutZeroWidth(marked).length).toBeGreaterThan(3);
      await choose(page, 'send-anyway');
      await sentExactly([text]);
      await put(text);
      expect(await press()).toBe('paused');
      const softened = await useRewrite();
      expect(await press()).toBe('sent');
      await sentExactly([text, softened]);
    } else {
      // Not protest: three go straight out, the fourth into silence is paused and can still go.
      for (let i = 1; i <= 3; i++) {
        await put(text);
        expect(await press(), `send ${i}`).toBe('sent');
      }
      await put(text);
      expect(await press()).toBe('paused');
      await expect.poll(() => page.locator(NUDGE).textContent()).toContain('4th message');
      await choose(page, 'send-anyway');
      await sentExactly([text, text, text, text]);
    }
    // The editor keeps working: a plain message after all that goes out as typed.
    await page.evaluate(() => window.fixture.reply('ok'));
    await put('see you soon');
    expect(await press()).toBe('sent');
  });

  it('a 100,000-character draft: analysed on the send, nudged, sent exactly, rewritten with the caret at the end', async () => {
    await open();
    const filler = (head: string) => {
      let text = head;
      while (text.length < 100_000) text += ' and the weather was lovely at the seaside today';
      return `${text.slice(0, 99_999)}.`;
    };
    const neutral = filler('Here is the whole story of my day:');
    const protest = filler('You never listen to me.');
    expect([neutral.length, protest.length]).toEqual([100_000, 100_000]);

    // Neutral at streak 0: straight through, untouched.
    await put(neutral);
    expect(await press()).toBe('sent');
    await sentExactly([neutral]);

    // Protest: paused, the card shows an excerpt around the phrase, "Send anyway" sends all of it.
    await put(protest);
    const pressedAt = Date.now();
    expect(await press()).toBe('paused');
    const nudgeMs = Date.now() - pressedAt;
    expect(await page.locator(`${NUDGE} .markers mark`).first().textContent()).toMatch(/never/i);
    expect(((await page.locator(`${NUDGE} .markers`).textContent()) ?? '').length).toBeLessThan(1_000);
    await choose(page, 'send-anyway');
    await sentExactly([neutral, protest]);

    // The rewrite replaces all 100,000 characters; the caret ends after it.
    await put(protest);
    expect(await press()).toBe('paused');
    const softened = await useRewrite();
    expect(await press()).toBe('sent');
    await sentExactly([neutral, protest, softened]);

    // The fourth into silence is paused; the editor still works as the person edits.
    await put('are you there');
    expect(await press()).toBe('paused');
    await choose(page, 'edit');
    await page.keyboard.type('?');
    await expect.poll(() => draft(page)).toBe('are you there?');
    expect(nudgeMs).toBeLessThan(5_000);
  });
});
