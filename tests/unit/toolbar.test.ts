import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { showPauseInToolbar } from '@/lib/background/toolbar.ts';
import { pauseUntil } from '@/lib/settings-store.ts';

/** The toolbar icon follows the popup's pause: grey while paused, green again when it ends. */
describe('the toolbar icon', () => {
  const setIcon = vi.fn(async (_details: unknown) => undefined);
  const setTitle = vi.fn(async (_details: unknown) => undefined);
  const createAlarm = vi.fn(async (_name: string, _info: unknown) => undefined);

  beforeEach(() => {
    fakeBrowser.reset();
    Object.assign(fakeBrowser.action, { setIcon, setTitle });
    Object.assign(fakeBrowser.alarms, { create: createAlarm });
  });
  afterEach(() => vi.clearAllMocks());

  const lastIcon = () => JSON.stringify(setIcon.mock.calls.at(-1)?.[0]);

  it('is the green mark while Softer is on', async () => {
    showPauseInToolbar();
    await vi.waitFor(() => expect(setIcon).toHaveBeenCalled());
    expect(lastIcon()).toContain('/icon/16.png');
    expect(lastIcon()).not.toContain('paused');
    expect(createAlarm).not.toHaveBeenCalled();
  });

  it('greys while paused, says until when, and sets an alarm for the end of the pause', async () => {
    showPauseInToolbar();
    const until = Date.now() + 60 * 60_000;
    await pauseUntil(until);
    await vi.waitFor(() => expect(lastIcon()).toContain('/icon/paused-16.png'));
    expect(JSON.stringify(setTitle.mock.calls.at(-1)?.[0])).toMatch(/paused until/);
    expect(createAlarm).toHaveBeenCalledWith('softer-pause-ends', { when: until });
  });
});
