import { useEffect, useRef, useState } from 'preact/hooks';
import { useSettings } from '@/components/use-settings.ts';
import { pauseUntil, resume, type Saved } from '@/lib/settings-store.ts';
import { addDays } from '@/lib/weeks.ts';

const HOUR = 60 * 60 * 1000;

/** "Paused until 15:30", or for the rest of today, or until a time tomorrow. */
export function pausedLabel(until: number, now: number): string {
  const midnight = addDays(now, 1);
  if (until === midnight) return 'Paused for the rest of today';
  const time = new Date(until).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  return until > midnight ? `Paused until tomorrow, ${time}` : `Paused until ${time}`;
}

/** A quick break from nudges without opening the options page; Resume undoes it. */
export function PauseControls({ now }: { now: number }) {
  // Live, so the pause shows as it is even when it was changed in another window.
  const settings = useSettings();
  const [failed, setFailed] = useState(false);
  // After a click the pressed button disappears; focus follows to its counterpart.
  const acted = useRef(false);
  const next = useRef<HTMLButtonElement>(null);

  const paused = settings !== null && settings.pausedUntil > now;
  useEffect(() => {
    if (acted.current) next.current?.focus();
  }, [paused]);

  /** The new state arrives through useSettings once stored; only a failure needs saying here. */
  const change = async (save: () => Promise<Saved>) => {
    acted.current = true;
    setFailed(!(await save()).ok);
  };

  if (!settings) return null;
  return (
    <section class="pause" aria-labelledby="pause-heading">
      <h2 id="pause-heading">Nudges</h2>
      <p role="status">
        {paused ? pausedLabel(settings.pausedUntil, now) : 'On — Softer is ready to pause a send.'}
      </p>
      <div class="buttons">
        {paused ? (
          <button
            ref={next}
            type="button"
            class="primary"
            data-action="resume"
            onClick={() => void change(resume)}
          >
            Resume nudges
          </button>
        ) : (
          <>
            <button
              ref={next}
              type="button"
              data-action="pause-hour"
              onClick={() => void change(() => pauseUntil(now + HOUR))}
            >
              Pause for an hour
            </button>
            <button
              type="button"
              data-action="pause-today"
              onClick={() => void change(() => pauseUntil(addDays(now, 1)))}
            >
              Pause until tomorrow
            </button>
          </>
        )}
      </div>
      {failed && <p role="alert">That didn't save. Please try again.</p>}
    </section>
  );
}
