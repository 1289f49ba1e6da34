import { AgreementForm } from '@/components/AgreementForm.tsx';
import { MutedChats } from '@/components/MutedChats.tsx';
import { SettingsForm } from '@/components/SettingsForm.tsx';
import { useSettings } from '@/components/use-settings.ts';
import { YourData } from '@/components/YourData.tsx';
import { t } from '@/lib/i18n.ts';

/** The options page: nudge settings, our agreement, muted chats, and what Softer keeps. */
export function Options() {
  // Live, so a chat muted from a nudge in another tab shows up here without a reload.
  const settings = useSettings();

  return (
    <>
      <header class="page-header">
        <h1>Softer</h1>
        <p class="muted">{t('common.tagline')}</p>
      </header>
      <main>
        {settings ? (
          <>
            {/* The form keeps its own draft: a change elsewhere must not overwrite what is being typed. */}
            <SettingsForm initial={settings} />
            <AgreementForm />
            <MutedChats muted={settings.mutedChats} />
          </>
        ) : (
          <p class="muted">{t('common.loadingSettings')}</p>
        )}
        <YourData />
      </main>
    </>
  );
}
