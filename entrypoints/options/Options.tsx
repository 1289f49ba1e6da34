import { useEffect, useState } from 'preact/hooks';
import { MutedChats } from '@/components/MutedChats.tsx';
import { SettingsForm } from '@/components/SettingsForm.tsx';
import { YourData } from '@/components/YourData.tsx';
import type { Settings } from '@/lib/settings.ts';
import { loadSettings, watchSettings } from '@/lib/settings-store.ts';

/** The options page: nudge settings, muted chats, and what Softer keeps. */
export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);

  useEffect(() => {
    // Live, so a chat muted from a nudge in another tab shows up here without a reload.
    const watching = new AbortController();
    void loadSettings().then(setSettings);
    watchSettings(setSettings, watching.signal);
    return () => watching.abort();
  }, []);

  return (
    <>
      <header class="page-header">
        <h1>Softer</h1>
        <p class="muted">A pause before the fourth message into silence.</p>
      </header>
      <main>
        {settings ? (
          <>
            {/* The form keeps its own draft: a change elsewhere must not overwrite what is being typed. */}
            <SettingsForm initial={settings} />
            <MutedChats muted={settings.mutedChats} />
          </>
        ) : (
          <p class="muted">Loading your settings…</p>
        )}
        <YourData />
      </main>
    </>
  );
}
