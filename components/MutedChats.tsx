import { useState } from 'preact/hooks';
import type { MutedChat } from '@/lib/settings.ts';
import { unmuteChat } from '@/lib/settings-store.ts';

const mutedOn = (at: number) => new Date(at).toLocaleDateString(undefined, { dateStyle: 'medium' });

/**
 * Chats where the person chose "Don't pause sends in this chat". They are listed by their salted
 * code because Softer never keeps a name or number to show instead.
 */
export function MutedChats({ muted }: { muted: readonly MutedChat[] }) {
  const [status, setStatus] = useState('');

  const unmute = async (chat: string) => {
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
            Chats show as a code, not a name: Softer never keeps names or numbers. Unmute one to be nudged
            there again.
          </p>
          <ul class="muted-chats">
            {muted.map(({ chat, mutedAt }) => (
              <li key={chat}>
                <span>
                  Chat <code>{chat}</code>
                  <span class="muted"> · muted {mutedOn(mutedAt)}</span>
                </span>
                <button type="button" data-action="unmute" onClick={() => void unmute(chat)}>
                  Unmute<span class="visually-hidden"> chat {chat}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <p role="status" class="status">
        {status}
      </p>
    </section>
  );
}
