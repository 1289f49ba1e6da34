import { useState } from 'preact/hooks';
import { useSettings } from '@/components/use-settings.ts';
import { t, uiLanguage } from '@/lib/i18n.ts';
import type { PageStatus } from '@/lib/page-status.ts';
import { unmuteChat } from '@/lib/settings-store.ts';

const mutedOn = (at: number) => new Date(at).toLocaleDateString(uiLanguage(), { dateStyle: 'medium' });

/**
 * When the chat open in this tab is one the person muted from a nudge, the popup says so and
 * offers to pause sends there again, right where they are.
 */
export function MutedHere({ status }: { status: PageStatus | null }) {
  const settings = useSettings();
  const [said, setSaid] = useState('');
  const here = settings?.mutedChats.filter((muted) => status?.chats.includes(muted.chat)) ?? [];
  if (here.length === 0 && said === '') return null;

  const unmute = async () => {
    const results = await Promise.all(here.map((muted) => unmuteChat(muted.chat)));
    setSaid(results.every((result) => result.ok) ? t('popup.unmutedHere') : t('common.didNotSave'));
  };

  return (
    <div class="notice" data-muted-here>
      {here.length > 0 && (
        <>
          <p>{t('popup.mutedHere', { date: mutedOn(Math.max(...here.map((muted) => muted.mutedAt))) })}</p>
          <button type="button" data-action="unmute-here" onClick={() => void unmute()}>
            {t('popup.unmuteHere')}
          </button>
        </>
      )}
      <p role="status" class="status">
        {said}
      </p>
    </div>
  );
}
