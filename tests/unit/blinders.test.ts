import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { DEFAULT_AGREEMENT } from '@/lib/agreement.ts';
import { startBlinders } from '@/lib/content/blinders.ts';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings.ts';
import { whatsapp } from '@/lib/sites/whatsapp/adapter.ts';
import { buildWhatsAppPage, type TestPage } from './whatsapp-page.ts';

/**
 * Silence blinders cost nothing until they cover something: looking at a chat where they are off,
 * or not due, starts no timer and adds no listener; once due they watch, and once the other side
 * writes they stop watching again.
 */
describe('silence blinders', () => {
  let page: TestPage;
  let ctx: ContentScriptContext;
  let settings: Settings;

  beforeEach(() => {
    document.body.replaceChildren();
    page = buildWhatsAppPage(document);
    ctx = new ContentScriptContext('whatsapp');
    settings = { ...DEFAULT_SETTINGS, silenceBlinders: true };
  });
  afterEach(() => {
    ctx.abort();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  const start = () =>
    startBlinders({
      ctx,
      site: whatsapp,
      salt: '0123456789abcdef0123',
      settings: () => settings,
      agreement: () => DEFAULT_AGREEMENT,
    });

  it('start nothing while off, or while the person is not waiting', async () => {
    const timers = vi.spyOn(ctx, 'setInterval');
    const listeners = vi.spyOn(window, 'addEventListener');
    const blinders = start();
    settings = { ...settings, silenceBlinders: false };
    for (const minutes of [9, 8, 7]) page.addRow(true, minutes);
    blinders.look();
    settings = { ...settings, silenceBlinders: true };
    page.addRow(false, 2);
    page.addRow(true, 1);
    blinders.look();
    await new Promise((done) => setTimeout(done, 20));
    expect(timers).not.toHaveBeenCalled();
    expect(listeners).not.toHaveBeenCalled();
    expect(document.querySelector('softer-blinders')).toBeNull();
  });

  it('watch once three messages wait, and stop when the other side writes', async () => {
    vi.useFakeTimers();
    const timers = vi.spyOn(ctx, 'setInterval');
    const blinders = start();
    page.addRow(false, 20);
    for (const minutes of [3, 2, 1]) page.addRow(true, minutes);
    blinders.look();
    await vi.advanceTimersByTimeAsync(50);
    expect(timers).toHaveBeenCalledTimes(1);
    expect(document.querySelector('softer-blinders')).not.toBeNull();
    const cleared = vi.spyOn(globalThis, 'clearInterval');
    page.addRow(false, 0);
    await vi.advanceTimersByTimeAsync(600);
    expect(cleared).toHaveBeenCalled();
    expect(document.querySelector('softer-blinders')).toBeNull();
  });
});
