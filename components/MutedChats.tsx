import { useEffect, useState } from 'preact/hooks';
import { t, uiLanguage } from '@/lib/i18n.ts';
import { openPageStatuses } from '@/lib/page-status.ts';
import { type MutedChat, mutedOnSite, type SiteId } from '@/lib/settings.ts';
import { unmuteChat } from '@/lib/settings-store.ts';
import { siteEntry } from '@/lib/sites/registry.ts';

const mutedOn = (at: number) => new Date(at).toLocaleDateString(uiLanguage(), { dateStyle: 'medium' });

/** The chats open in messaging tabs right now, by their salted hashes, with the site each is on. */
function useOpenChats(): ReadonlyMap<string, SiteId> {
  const [open, setOpen] = useState<ReadonlyMap<string, SiteId>>(new Map());
  useEffect(() => {
    openPageStatuses().then(
      (statuses) =>
        setOpen(new Map(statuses.flatMap((status) => status.chats.map((chat) => [chat, status.site])))),
      () => setOpen(new Map()),
    );
  }, []);
  return open;
}

/**
 * Chats where the person chose "Don't pause sends in this chat". Softer never keeps a name or a
 * number, so each is shown by when and where it was muted, and as "the chat open in your <app>
 * tab" when it is the one open there now. Unmuting asks once more before it happens.
 */
export function MutedChats({ muted }: { muted: readonly MutedChat[] }) {
  const [status, setStatus] = useState('');
  const [confirming, setConfirming] = useState<string | null>(null);
  const open = useOpenChats();

  const unmute = async (chat: string) => {
    setConfirming(null);
    const result = await unmuteChat(chat);
    setStatus(result.ok ? t('muted.unmuted') : t('common.didNotSave'));
  };

  return (
    <section class="card" aria-labelledby="muted-heading">
      <h2 id="muted-heading">{t('muted.heading')}</h2>
      {muted.length === 0 ? (
        <p class="muted">{t('muted.none')}</p>
      ) : (
        <>
          <p class="hint">{t('muted.hint')}</p>
          <ul class="muted-chats">
            {[...muted]
              .sort((a, b) => b.mutedAt - a.mutedAt)
              .map((entry) => {
                const site = siteEntry(mutedOnSite(entry)).name;
                const date = mutedOn(entry.mutedAt);
                const label = t('muted.chat', { app: site, date });
                return (
                  <li key={entry.chat} data-muted-chat>
                    <span>
                      {label}
                      {open.has(entry.chat) && (
                        <span class="open-here">{t('muted.openHere', { app: site })}</span>
                      )}
                    </span>
                    {confirming === entry.chat ? (
                      <fieldset class="confirm" aria-label={t('muted.confirmLabel', { app: site, date })}>
                        <span>{t('muted.confirm')}</span>
                        <button
                          type="button"
                          class="primary"
                          data-action="confirm-unmute"
                          onClick={() => void unmute(entry.chat)}
                        >
                          {t('muted.unmute')}
                        </button>
                        <button type="button" data-action="keep-muted" onClick={() => setConfirming(null)}>
                          {t('muted.keep')}
                        </button>
                      </fieldset>
                    ) : (
                      <button
                        type="button"
                        data-action="unmute"
                        aria-label={t('muted.unmuteChat', { app: site, date })}
                        onClick={() => setConfirming(entry.chat)}
                      >
                        {t('muted.unmute')}
                      </button>
                    )}
                  </li>
                );
              })}
          </ul>
        </>
      )}
      <p role="status" class="status">
        {status}
      </p>
    </section>
  );
}
