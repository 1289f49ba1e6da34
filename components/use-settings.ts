import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '@/lib/settings.ts';
import { loadSettings, watchSettings } from '@/lib/settings-store.ts';

/**
 * The current settings, live: a chat muted from a nudge in another tab, or a pause from the popup,
 * shows up without a reload. Null until the first read.
 */
export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);

  useEffect(() => {
    const watching = new AbortController();
    let changed = false;
    // Watch before the first read: a change that lands while that read is under way is newer than
    // what the read returns, so once a change has been delivered the read is dropped.
    watchSettings((next) => {
      changed = true;
      setSettings(next);
    }, watching.signal);
    void loadSettings().then((loaded) => {
      if (!changed && !watching.signal.aborted) setSettings(loaded);
    });
    return () => watching.abort();
  }, []);

  return settings;
}
