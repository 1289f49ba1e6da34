import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createNudgeSession, type NudgeSession, type PendingNudge } from '@/lib/content/nudge-session.ts';
import { installSendGuard } from '@/lib/guard.ts';
import { DEFAULT_SETTINGS } from '@/lib/settings.ts';
import { loadSettings } from '@/lib/settings-store.ts';
import { whatsapp } from '@/lib/sites/whatsapp/adapter.ts';
import { buildWhatsAppPage, type TestPage } from './whatsapp-page.ts';

/** The nudge's shadow root, where the overlay and the wait reminder render. */
const shadow = () => document.querySelector('softer-nudge')?.shadowRoot ?? null;
const find = (selector: string) => shadow()?.querySelector<HTMLElement>(selector) ?? null;

describe('nudge session on a page', () => {
  let page: TestPage;
  let ctx: ContentScriptContext;
  let session: NudgeSession;

  /** Softer starting on the page, as its content script does. */
  async function start() {
    ctx = new ContentScriptContext('whatsapp');
    const guard = installSendGuard<PendingNudge>(window, {
      site: whatsapp,
      signal: ctx.signal,
      check: (paused) => session.check(paused),
      pause: (paused, pending) => session.pause(paused, pending),
      isOpen: () => session.isOpen(),
      refocus: () => session.refocus(),
      dismiss: () => session.dismiss(),
    });
    session = await createNudgeSession(ctx, whatsapp, guard);
  }

  beforeEach(async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ chatSalt: '0123456789abcdef0123', settings: DEFAULT_SETTINGS });
    page = buildWhatsAppPage(document);
    page.addRow(false, 30);
    await start();
  });
  afterEach(() => {
    ctx.abort();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('pauses a protest, then reminds gently after the minutes chosen, draft untouched', async () => {
    vi.useFakeTimers();
    page.type('Why are you ignoring me?');
    page.pressEnter();
    expect(page.sent).toEqual([]);
    expect(find('[role="dialog"]')).not.toBeNull();

    const select = find('select') as HTMLSelectElement;
    select.value = '5';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(0);
    find('[data-action="wait"]')?.click();
    expect(find('[role="dialog"]')).toBeNull();
    expect(page.composer.textContent).toBe('Why are you ignoring me?');

    await vi.advanceTimersByTimeAsync(4 * 60_000);
    expect(find('[role="status"]')).toBeNull();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(find('[role="status"]')?.textContent).toContain("It's been 5 minutes");
    find('[data-action="open-draft"]')?.click();
    expect(find('[role="status"]')).toBeNull();
    expect(page.sent).toEqual([]);
  });

  it('does not remind of a draft that was cleared while waiting', async () => {
    vi.useFakeTimers();
    page.type('hello??');
    page.pressEnter();
    find('[data-action="wait"]')?.click();
    page.type('');
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(find('[role="status"]')).toBeNull();
  });

  it('"Send anyway" sends once; muting the chat lets its next protest through', async () => {
    page.type('You never listen');
    page.pressEnter();
    find('[data-action="send-anyway"]')?.click();
    expect(page.sent).toEqual(['You never listen']);

    page.type('You never listen, again');
    page.pressEnter();
    find('[data-action="mute-chat"]')?.click();
    await vi.waitFor(async () => {
      const { mutedChats } = await fakeBrowser.storage.local.get('mutedChats');
      expect(mutedChats).toHaveLength(1);
    });
    page.pressEnter();
    expect(page.sent).toEqual(['You never listen', 'You never listen, again']);
  });

  it('follows a settings change without a reload', async () => {
    page.addRow(true, 3);
    page.addRow(true, 2);
    page.type('home soon');
    page.pressEnter();
    expect(page.sent).toEqual(['home soon']);
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, nudgeAfter: 2 } });
    page.type('are you there');
    page.pressEnter();
    expect(page.sent).toEqual(['home soon']);
    expect(find('[role="dialog"]')?.textContent).toContain('4th message');
  });

  describe('the record says only what happened', () => {
    const recorded = (spy: { mock: { calls: unknown[][] } }) =>
      spy.mock.calls
        .map(([message]) => message as { type: string; outcome?: { action: string } })
        .filter((message) => message.type === 'record-outcome')
        .map((message) => message.outcome?.action);

    it('"Send anyway" is recorded when the draft went out', async () => {
      const sendMessage = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
      page.type('Why are you ignoring me?');
      page.pressEnter();
      find('[data-action="send-anyway"]')?.click();
      expect(page.sent).toEqual(['Why are you ignoring me?']);
      await vi.waitFor(() => expect(recorded(sendMessage)).toEqual(['send-anyway']));
    });

    it('a draft changed under the card closes it: nothing sent, recorded as left to the person, the new draft judged afresh', async () => {
      const sendMessage = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
      page.type('Why are you ignoring me?');
      page.pressEnter();
      expect(find('[role="dialog"]')).not.toBeNull();
      page.type('see you soon');
      page.pressEnter();
      expect(find('[role="dialog"]')).toBeNull();
      expect(page.sent).toEqual(['see you soon']);
      await vi.waitFor(() => expect(recorded(sendMessage)).toEqual(['edit']));
    });

    it('a softer version the editor does not take is recorded as left to the person, and said', async () => {
      const sendMessage = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
      // happy-dom's editor takes neither execCommand nor a synthetic paste.
      page.type('You never want to spend time with me');
      page.pressEnter();
      find('[data-reveal="rewrite"]')?.click();
      await vi.waitFor(() => expect(find('[data-action="use-rewrite"]')).not.toBeNull());
      find('[data-action="use-rewrite"]')?.click();
      await vi.waitFor(() =>
        expect(find('[role="status"]')?.textContent).toContain('could not change the draft'),
      );
      expect(page.composer.textContent).toBe('You never want to spend time with me');
      await vi.waitFor(() => expect(recorded(sendMessage)).toEqual(['edit']));
    });

    it('a mute shows Undo in the card’s place: undone, the chat is not muted and the record says the draft was left', async () => {
      const sendMessage = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
      page.type('You never listen');
      page.pressEnter();
      find('[data-action="mute-chat"]')?.click();
      await vi.waitFor(() =>
        expect(find('[role="status"]')?.textContent).toContain('won’t pause sends in this chat'),
      );
      expect((await loadSettings()).mutedChats).toHaveLength(1);
      expect((await loadSettings()).mutedChats[0]?.site).toBe('whatsapp');
      find('[data-action="undo-mute"]')?.click();
      await vi.waitFor(() => expect(recorded(sendMessage)).toEqual(['edit']));
      expect((await loadSettings()).mutedChats).toEqual([]);
      expect(find('[role="status"]')).toBeNull();
      page.pressEnter();
      expect(find('[role="dialog"]')).not.toBeNull();
    });

    it('a mute and its Undo count on this page at once, before the storage event reaches it', async () => {
      // In a browser the change event comes a moment after the write; here it never comes.
      ctx.abort();
      vi.spyOn(fakeBrowser.storage.local.onChanged, 'addListener').mockImplementation(() => undefined);
      await start();
      const sendMessage = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
      page.type('You never listen');
      page.pressEnter();
      find('[data-action="mute-chat"]')?.click();
      await vi.waitFor(() => expect(find('[data-action="undo-mute"]')).not.toBeNull());
      find('[data-action="undo-mute"]')?.click();
      await vi.waitFor(() => expect(recorded(sendMessage)).toEqual(['edit']));
      page.pressEnter();
      expect(find('[role="dialog"]')).not.toBeNull();
      expect(page.sent).toEqual([]);

      find('[data-action="mute-chat"]')?.click();
      await vi.waitFor(() => expect(find('[data-action="undo-mute"]')).not.toBeNull());
      find('[data-action="dismiss"]')?.click();
      await vi.waitFor(() => expect(recorded(sendMessage)).toEqual(['edit', 'mute-chat']));
      page.pressEnter();
      expect(page.sent).toEqual(['You never listen']);
    });

    it('a mute left alone is kept and recorded once its Undo is dismissed', async () => {
      const sendMessage = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
      page.type('You never listen');
      page.pressEnter();
      find('[data-action="mute-chat"]')?.click();
      await vi.waitFor(() => expect(find('[data-action="undo-mute"]')).not.toBeNull());
      expect(recorded(sendMessage)).toEqual([]);
      find('[data-action="dismiss"]')?.click();
      await vi.waitFor(() => expect(recorded(sendMessage)).toEqual(['mute-chat']));
      expect((await loadSettings()).mutedChats).toHaveLength(1);
    });

    it('a mute that cannot be saved says so, is not recorded as a mute, and the next protest still pauses', async () => {
      const sendMessage = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
      vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('injected: the disk is full'));
      page.type('You never listen');
      page.pressEnter();
      find('[data-action="mute-chat"]')?.click();
      await vi.waitFor(() => expect(find('[role="status"]')?.textContent).toContain('could not save that'));
      await vi.waitFor(() => expect(recorded(sendMessage)).toEqual(['edit']));
      find('[data-action="dismiss"]')?.click();
      page.pressEnter();
      expect(find('[role="dialog"]')).not.toBeNull();
      expect(page.sent).toEqual([]);
    });
  });
});
