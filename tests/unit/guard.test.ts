import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installSendGuard, type PausedSend } from '@/lib/guard.ts';
import type { SiteAdapter } from '@/lib/sites/types.ts';
import { whatsapp } from '@/lib/sites/whatsapp/adapter.ts';
import { buildWhatsAppPage, type TestPage, trusted } from './whatsapp-page.ts';

describe('send guard', () => {
  let page: TestPage;
  let controller: AbortController;
  let paused: PausedSend[];
  let open: boolean;
  let checkThrows: boolean;
  let dismissed: number;

  const install = (pauseWhen: (draft: string) => boolean) =>
    installSendGuard<true>(window, {
      site: whatsapp,
      signal: controller.signal,
      isOpen: () => open,
      refocus: () => undefined,
      dismiss: () => {
        dismissed += 1;
        open = false;
      },
      check: (attempt) => {
        if (checkThrows) throw new Error('injected: the decision failed');
        // As the session does: note the chat the send was paused in.
        attempt.chat = whatsapp.conversation(document, Date.now())?.chat;
        return pauseWhen(attempt.draft) ? true : null;
      },
      pause: (attempt) => {
        paused.push(attempt);
        open = true;
      },
    });

  beforeEach(() => {
    page = buildWhatsAppPage(document);
    controller = new AbortController();
    paused = [];
    open = false;
    checkThrows = false;
    dismissed = 0;
  });
  afterEach(() => controller.abort());

  it('leaves a send it has no nudge for completely untouched', () => {
    install(() => false);
    page.type('see you at 8');
    page.pressEnter();
    page.type('on my way');
    page.clickSend();
    expect(page.sent).toEqual(['see you at 8', 'on my way']);
  });

  it('pauses Enter and a click on the send control when a nudge is due, keeping the draft', () => {
    install(() => true);
    page.type('hello??');
    expect(page.pressEnter().defaultPrevented).toBe(true);
    open = false;
    expect(page.clickSend().defaultPrevented).toBe(true);
    expect(page.sent).toEqual([]);
    expect(paused.map((p) => p.draft)).toEqual(['hello??', 'hello??']);
    expect(page.composer.textContent).toBe('hello??');
  });

  it('finds a send control by its icon when the label is missing or translated', () => {
    page = buildWhatsAppPage(document, { sendVariant: 'icon' });
    install(() => true);
    page.type('hello??');
    expect(page.clickSend().defaultPrevented).toBe(true);
  });

  it.each([
    ['Shift+Enter', { shiftKey: true }],
    ['IME composition', { isComposing: true }],
    ['IME keyCode 229', { keyCode: 229 }],
    ['Ctrl+Enter', { ctrlKey: true }],
  ])('never catches %s', (_name, init) => {
    install(() => true);
    page.type('hello??');
    page.pressEnter(init);
    expect(paused).toEqual([]);
  });

  it('ignores Enter outside the composer, such as the chat search box', () => {
    install(() => true);
    const search = document.querySelector('[data-tab="3"]') as HTMLElement;
    search.dispatchEvent(
      trusted(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true })),
    );
    expect(paused).toEqual([]);
  });

  it('fails open: an error while deciding lets the send go through', () => {
    install(() => true);
    checkThrows = true;
    page.type('hello??');
    page.pressEnter();
    expect(page.sent).toEqual(['hello??']);
  });

  it('release sends the paused draft exactly once, as typed', () => {
    const guard = install(() => true);
    page.type('are you there?');
    page.pressEnter();
    open = false;
    const [attempt] = paused;
    expect(attempt && guard.release(attempt)).toBe('sent');
    expect(page.sent).toEqual(['are you there?']);
  });

  it('release sends nothing once the draft differs from the one the card showed', () => {
    const guard = install(() => true);
    page.type('are you there?');
    page.pressEnter();
    page.type('are you there? hello??');
    const [attempt] = paused;
    expect(attempt && guard.release(attempt)).toBe('draft-changed');
    expect(page.sent).toEqual([]);
  });

  /** A guard that pauses every send, over an adapter or a card that may fail. */
  const pausingGuard = (site: SiteAdapter, pause = (attempt: PausedSend) => void paused.push(attempt)) =>
    installSendGuard<true>(window, {
      site,
      signal: controller.signal,
      isOpen: () => open,
      refocus: () => undefined,
      dismiss: () => undefined,
      check: () => true,
      pause,
    });
  const failing = (what: string) => () => {
    throw new Error(`injected: ${what}`);
  };

  it('release still sends when the adapter throws while finding the send control', () => {
    const guard = pausingGuard({ ...whatsapp, sendControlFor: failing('the adapter') });
    page.type('are you there?');
    page.pressEnter();
    const [attempt] = paused;
    expect(attempt && guard.release(attempt)).toBe('sent');
    expect(page.sent).toEqual(['are you there?']);
  });

  it('lets a click through untouched when the adapter throws reading it', () => {
    pausingGuard({ ...whatsapp, composerForControl: failing('the adapter') });
    page.type('hello??');
    expect(page.clickSend().defaultPrevented).toBe(false);
    expect(page.sent).toEqual(['hello??']);
  });

  it('sends, and is not left holding a card, when showing the card throws', () => {
    pausingGuard(whatsapp, failing('the card could not render'));
    page.type('hello??');
    page.pressEnter();
    expect(page.sent).toEqual(['hello??']);
    page.type('still there?');
    page.pressEnter();
    expect(page.sent).toEqual(['hello??', 'still there?']);
  });

  it('release falls to Enter when the send control has gone', () => {
    const guard = install(() => true);
    page.type('are you there?');
    page.pressEnter();
    document.querySelector('#main footer button')?.remove();
    const [attempt] = paused;
    expect(attempt && guard.release(attempt)).toBe('sent');
    expect(page.sent).toEqual(['are you there?']);
  });

  it('release follows a composer the app re-rendered for the same chat', () => {
    const guard = install(() => true);
    page.addRow(false, 5);
    page.type('are you there?');
    page.pressEnter();
    const [attempt] = paused;
    page = buildWhatsAppPage(document);
    page.addRow(false, 5);
    page.type('are you there?');
    expect(attempt && guard.release(attempt)).toBe('sent');
    expect(page.sent).toEqual(['are you there?']);
  });

  it('release refuses once another chat is open', () => {
    const guard = install(() => true);
    page.addRow(false, 5);
    page.type('are you there?');
    page.pressEnter();
    const [attempt] = paused;
    page = buildWhatsAppPage(document, { jid: '447700900999@c.us', title: 'Alex' });
    page.addRow(false, 5);
    page.type('are you there?');
    expect(attempt && guard.release(attempt)).toBe('other-chat');
    expect(page.sent).toEqual([]);
  });

  it('holds further sends while a nudge is open instead of stacking them', () => {
    install(() => true);
    page.type('hello??');
    page.pressEnter();
    expect(page.clickSend().defaultPrevented).toBe(true);
    expect(paused).toHaveLength(1);
  });

  it('treats Escape as "edit myself" only while a nudge is open, wherever focus is', () => {
    install(() => true);
    const pressEscape = () =>
      page.composer.dispatchEvent(
        trusted(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true })),
      );
    pressEscape();
    expect(dismissed).toBe(0);
    page.type('hello??');
    page.pressEnter();
    pressEscape();
    expect(dismissed).toBe(1);
    expect(page.composer.textContent).toBe('hello??');
    expect(page.sent).toEqual([]);
  });

  it('stops listening when its context ends (extension update)', () => {
    install(() => true);
    controller.abort();
    page.type('hello??');
    page.pressEnter();
    expect(page.sent).toEqual(['hello??']);
  });
});
