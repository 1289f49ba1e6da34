import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { type NudgeChoice, NudgeOverlay } from '@/components/NudgeOverlay.tsx';
import css from '@/components/nudge-overlay.css?inline';
import { DEFAULT_AGREEMENT } from '@/lib/agreement.ts';
import { decideNudge } from '@/lib/decide.ts';
import { DEFAULT_SETTINGS } from '@/lib/settings.ts';

const EXAMPLE = 'You never ring me on your lunch break';

/** What each choice would do in a chat; here nothing is sent or stored. */
const WOULD: Record<NudgeChoice['action'], string> = {
  'send-anyway': 'In a chat, your message would go now, exactly as you wrote it.',
  'use-rewrite': 'In a chat, the softer version would replace your draft, ready for you to edit or send.',
  wait: 'In a chat, your draft would stay put and Softer would remind you later.',
  edit: 'In a chat, you would be back in your draft, just as you left it.',
  'mute-chat': 'In a chat, Softer would stop pausing sends there (you could undo it).',
  hold: 'In a chat, your message would wait in the composer and go at the time you chose, only if they had not written.',
};

/**
 * The nudge card as it appears in a chat, live, for the example draft: the same component and
 * styles, inside a shadow root as on a messaging page, so the tour shows exactly what a person
 * will meet. Choosing something explains what it would do; nothing is sent or recorded.
 */
export function CardTour() {
  const host = useRef<HTMLDivElement>(null);
  const [said, setSaid] = useState('');
  const [round, setRound] = useState(0);
  const dark = matchMedia('(prefers-color-scheme: dark)').matches;

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    const now = new Date();
    const nudge = decideNudge(
      {
        site: 'whatsapp',
        draft: EXAMPLE,
        streak: 0,
        group: false,
        chats: [],
        now: now.getTime(),
        hour: now.getHours(),
        day: now.getDay(),
        agreement: DEFAULT_AGREEMENT,
        theirNewest: null,
      },
      { ...DEFAULT_SETTINGS, quietHours: { ...DEFAULT_SETTINGS.quietHours, enabled: false } },
    );
    if (!nudge) return;
    render(
      <>
        <style>{`${css}\n.nudge { position: static; animation: none; max-height: none; }`}</style>
        <NudgeOverlay
          key={round}
          nudge={nudge}
          draft={EXAMPLE}
          dark={dark}
          autoFocus={false}
          place={() => ({ left: 0, bottom: 0, width: Math.min(400, element.clientWidth), maxHeight: 2000 })}
          onChoose={(choice) => setSaid(WOULD[choice.action])}
        />
      </>,
      root,
    );
  }, [dark, round]);

  return (
    <div class="tour">
      <p>
        Say you are about to send <q>{EXAMPLE}</q>. This is the card Softer shows — try it: answer the
        question, open the softer version, choose.
      </p>
      <div ref={host} class="tour-card" data-tour-card />
      <p role="status" class="status">
        {said}
      </p>
      {said && (
        <button
          type="button"
          data-action="tour-again"
          onClick={() => {
            setSaid('');
            setRound((n) => n + 1);
          }}
        >
          Show the card again
        </button>
      )}
    </div>
  );
}
