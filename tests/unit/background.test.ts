import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background.ts';

describe('the background on install and update', () => {
  let create: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    fakeBrowser.reset();
    create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    background.main();
  });
  afterEach(() => vi.restoreAllMocks());

  it('opens the first-run page once, on install', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0]?.[0]).toEqual({ url: expect.stringMatching(/\/welcome\.html$/) });
  });

  it.each(['update', 'chrome_update', 'shared_module_update'] as const)('never on %s', async (reason) => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason, previousVersion: '0.1.0' } as never);
    expect(create).not.toHaveBeenCalled();
  });
});
