import { useEffect, useState } from 'preact/hooks';
import { openPageStatuses } from '@/lib/page-status.ts';
import { type MutedChat, mutedOnSite, type SiteId } from '@/lib/settings.ts';
import { unmuteChat } from '@/lib/settings-store.ts';
import { siteEntry } from '@/lib/sites/registry.ts';

const mutedOn = (at: number) => new Date(at).toLocaleDateString(undefined, { dateStyle: 'medium' });

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
    setStatus(
      result.ok
        ? 'Unmuted. Softer will pause sends in that chat again.'
        : "That didn't save. Please try again.",
    );
  };

  return (
    <section class="card" aria-labelledby="muted-heading">
      <h2 id="muted-heading">Muted chats</h2>
      {muted.length === 0 ? (
        <p class="muted">
          No muted chats. When you choose “Don't pause sends in this chat” on a nudge, that chat appears here.
        </p>
      ) : (
        <>
          <p class="hint">
            Softer never keeps names or numbers, so chats are listed by when and where you muted them. Unmute
            one to be nudged there again.
          </p>
          <ul class="muted-chats">
            {[...muted]
              .sort((a, b) => b.mutedAt - a.mutedAt)
              .map((entry) => {
                const site = siteEntry(mutedOnSite(entry)).name;
                const label = `A ${site} chat muted on ${mutedOn(entry.mutedAt)}`;
                return (
                  <li key={entry.chat} data-muted-chat>
                    <span>
                      {label}
                      {open.has(entry.chat) && (
                        <span class="open-here"> · the chat open in your {site} tab</span>
                      )}
                    </span>
                    {confirming === entry.chat ? (
                      <fieldset class="confirm" aria-label={`Unmute ${label}?`}>
                        <span>Pause sends there again?</span>
                        <button
                          type="button"
                          class="primary"
                          data-action="confirm-unmute"
                          onClick={() => void unmute(entry.chat)}
                        >
                          Unmute
                        </button>
                        <button type="button" data-action="keep-muted" onClick={() => setConfirming(null)}>
                          Keep muted
                        </button>
                      </fieldset>
                    ) : (
                      <button type="button" data-action="unmute" onClick={() => setConfirming(entry.chat)}>
                        Unmute<span class="visually-hidden"> {label}</span>
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
