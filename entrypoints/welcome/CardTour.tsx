import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { type NudgeChoice, NudgeOverlay } from '@/components/NudgeOverlay.tsx';
import css from '@/components/nudge-overlay.css?inline';
import { Words } from '@/components/Words.tsx';
import { DEFAULT_AGREEMENT } from '@/lib/agreement.ts';
import { decideNudge } from '@/lib/decide.ts';
import { t } from '@/lib/i18n.ts';
import { DEFAULT_SETTINGS } from '@/lib/settings.ts';

/** In English in every language: the language engine reads English messages (lib/language/rules/). */
const EXAMPLE = 'You never ring me on your lunch break';

/** What each choice would do in a chat (locales/, `welcome.would.*`); here nothing is sent or stored. */
const WOULD = {
  'send-anyway': 'welcome.would.sendAnyway',
  'use-rewrite': 'welcome.would.useRewrite',
  wait: 'welcome.would.wait',
  edit: 'welcome.would.edit',
  'mute-chat': 'welcome.would.muteChat',
  hold: 'welcome.would.hold',
} as const satisfies Record<NudgeChoice['action'], string>;

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
          onChoose={(choice) => setSaid(t(WOULD[choice.action]))}
        />
      </>,
      root,
    );
  }, [dark, round]);

  return (
    <div class="tour">
      <p>
        <Words
          text={t('welcome.tour', { example: '{example}' })}
          parts={{ example: <q lang="en">{EXAMPLE}</q> }}
        />
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
          {t('welcome.tourAgain')}
        </button>
      )}
    </div>
  );
}
