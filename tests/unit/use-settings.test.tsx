import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSettings } from '@/components/use-settings.ts';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings.ts';
import { loadSettings, watchSettings } from '@/lib/settings-store.ts';

vi.mock('@/lib/settings-store.ts', () => ({ loadSettings: vi.fn(), watchSettings: vi.fn() }));

describe('useSettings', () => {
  let host: HTMLElement;
  let shown: Settings | null | undefined;
  let changed: (settings: Settings) => void;
  let loaded: (settings: Settings) => void;
  let signal: AbortSignal | undefined;

  function Probe() {
    shown = useSettings();
    return null;
  }

  beforeEach(() => {
    vi.mocked(loadSettings).mockImplementation(() => new Promise((resolve) => (loaded = resolve)));
    vi.mocked(watchSettings).mockImplementation((onChange, watching) => {
      changed = onChange;
      signal = watching;
    });
    host = document.createElement('div');
    act(() => render(<Probe />, host));
  });
  afterEach(() => {
    render(null, host);
    vi.mocked(loadSettings).mockReset();
    vi.mocked(watchSettings).mockReset();
  });

  it('shows the first read, then each change', async () => {
    expect(shown).toBeNull();
    await act(async () => loaded(DEFAULT_SETTINGS));
    expect(shown).toEqual(DEFAULT_SETTINGS);
    await act(() => changed({ ...DEFAULT_SETTINGS, pausedUntil: 5 }));
    expect(shown?.pausedUntil).toBe(5);
  });

  it('keeps a change that arrived while the first read was under way', async () => {
    await act(() => changed({ ...DEFAULT_SETTINGS, pausedUntil: 5 }));
    await act(async () => loaded(DEFAULT_SETTINGS));
    expect(shown?.pausedUntil).toBe(5);
  });

  it('stops watching when the component goes', () => {
    act(() => render(null, host));
    expect(signal?.aborted).toBe(true);
  });
});
