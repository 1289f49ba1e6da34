import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Nudge } from '@/lib/decide.ts';
import type { Answer, OutcomeAction } from '@/lib/outcome.ts';
import { trapFocus } from './focus-trap.ts';
import { MarkerExcerpt } from './MarkerExcerpt.tsx';

export interface NudgeChoice {
  action: OutcomeAction;
  answer: Answer | null;
  waitMinutes: number | null;
  /** The softer version on show when "Use softer version" was chosen: what goes into the editor. */
  rewrite: string | null;
}

export interface NudgeOverlayProps {
  nudge: Nudge;
  draft: string;
  dark: boolean;
  /** Where the composer is, so the card sits just above it and the conversation stays visible. */
  anchor: { left: number; bottom: number; width: number };
  /** False when the page gives the chat no name at all, so a mute could not tell it from others. */
  canMute?: boolean;
  onChoose(choice: NudgeChoice): void;
}

const WAIT_CHOICES = [5, 10, 20, 30] as const;

export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

function Reason({ nudge }: { nudge: Nudge }) {
  const chasing = nudge.reason !== 'protest';
  const protest = nudge.reason !== 'streak';
  return (
    <>
      {chasing && (
        <p class="reason">This would be your {ordinal(nudge.streak + 1)} message since they last replied.</p>
      )}
      {protest && <p class="reason">This might land as a protest rather than a request.</p>}
    </>
  );
}

export function NudgeOverlay({ nudge, draft, dark, anchor, canMute = true, onChoose }: NudgeOverlayProps) {
  const dialog = useRef<HTMLDivElement>(null);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [version, setVersion] = useState(0);
  const versions = nudge.rewrites;
  const shown = versions[version % Math.max(1, versions.length)] ?? null;
  const [waitMinutes, setWaitMinutes] = useState<number>(
    WAIT_CHOICES.find((m) => m >= (nudge.soothe.minutes ?? 10)) ?? 10,
  );
  const choose = (action: OutcomeAction) =>
    onChoose({
      action,
      answer,
      waitMinutes: action === 'wait' ? waitMinutes : null,
      rewrite: action === 'use-rewrite' ? shown : null,
    });

  // Focus moves in as the card appears, before the next key press can reach the composer.
  useLayoutEffect(() => {
    dialog.current?.focus();
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      choose('edit');
    } else if (dialog.current) {
      trapFocus(event, dialog.current);
    }
  };

  return (
    <div
      ref={dialog}
      class={`nudge ${dark ? 'dark' : 'light'}`}
      role="dialog"
      aria-modal="true"
      aria-labelledby="softer-question"
      aria-describedby="softer-reason"
      tabIndex={-1}
      onKeyDown={onKeyDown}
      style={{
        left: `${anchor.left}px`,
        bottom: `${anchor.bottom}px`,
        width: `${anchor.width}px`,
        // As tall as the space above the composer allows; it scrolls only beyond that.
        maxHeight: `calc(100vh - ${anchor.bottom + 16}px)`,
      }}
    >
      <p class="brand">Softer paused this one send</p>
      <div id="softer-reason">
        <Reason nudge={nudge} />
        {nudge.analysis.markers.length > 0 && (
          <MarkerExcerpt draft={draft} markers={nudge.analysis.markers} />
        )}
      </div>

      <h2 id="softer-question">Are you reaching out from love, or from anxiety?</h2>
      <div class="answers">
        {(['love', 'anxiety'] as const).map((value) => (
          <button
            type="button"
            key={value}
            data-answer={value}
            aria-pressed={answer === value}
            onClick={() => setAnswer(value)}
          >
            {value === 'love' ? 'From love' : 'From anxiety'}
          </button>
        ))}
      </div>
      {answer && (
        <p class="response" aria-live="polite">
          {answer === 'love'
            ? 'Then let it sound like love: a clear, kind request is easy to say yes to.'
            : 'Thank you for noticing. Tend to the feeling first, then reach out from a calmer place.'}
        </p>
      )}

      <section class={`soothe ${answer === 'anxiety' ? 'emphasis' : ''}`} aria-label="A self-soothe step">
        <h3>{nudge.soothe.title}</h3>
        <p>{nudge.soothe.detail}</p>
      </section>

      {shown !== null && (
        <section class="rewrite" aria-label="A softer version">
          <h3>
            A softer version
            {versions.length > 1 && (
              <span class="version-count">
                {' '}
                ({(version % versions.length) + 1} of {versions.length})
              </span>
            )}
          </h3>
          <p class="rewrite-text" aria-live="polite">
            {shown}
          </p>
          <div class="rewrite-actions">
            <button
              type="button"
              class="primary"
              data-action="use-rewrite"
              onClick={() => choose('use-rewrite')}
            >
              Use softer version
            </button>
            {versions.length > 1 && (
              <button
                type="button"
                data-action="another-version"
                onClick={() => setVersion((n) => (n + 1) % versions.length)}
              >
                Another version
              </button>
            )}
          </div>
        </section>
      )}

      <div class="actions">
        <button type="button" data-action="send-anyway" onClick={() => choose('send-anyway')}>
          Send anyway
        </button>
        <span class="wait">
          <button type="button" data-action="wait" onClick={() => choose('wait')}>
            Wait {waitMinutes} min
          </button>
          <select
            aria-label="Minutes to wait before a reminder"
            value={waitMinutes}
            onChange={(event) => setWaitMinutes(Number((event.target as HTMLSelectElement).value))}
          >
            {WAIT_CHOICES.map((minutes) => (
              <option key={minutes} value={minutes}>
                {minutes} minutes
              </option>
            ))}
          </select>
        </span>
        <button type="button" data-action="edit" onClick={() => choose('edit')}>
          Edit myself
        </button>
      </div>
      {canMute && (
        <button type="button" class="quiet-link" data-action="mute-chat" onClick={() => choose('mute-chat')}>
          Don't pause sends in this chat
        </button>
      )}
    </div>
  );
}
