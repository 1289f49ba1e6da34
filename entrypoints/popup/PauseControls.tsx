import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '@/lib/settings.ts';
import { loadSettings, updateSettings, watchSettings } from '@/lib/settings-store.ts';

const HOUR = 60 * 60 * 1000;

/** Local midnight that ends the day `now` falls in. */
function endOfDay(now: number): number {
  const day = new Date(now);
  day.setHours(24, 0, 0, 0);
  return day.getTime();
}

/** "Paused until 15:30", or for the rest of today, or until a time tomorrow. */
export function pausedLabel(until: number, now: number): string {
  if (until === endOfDay(now)) return 'Paused for the rest of today';
  const time = new Date(until).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  return until > endOfDay(now) ? `Paused until tomorrow, ${time}` : `Paused until ${time}`;
}

/** A quick break from nudges without opening the options page; Resume undoes it. */
export function PauseControls({ now }: { now: number }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [failed, setFailed] = useState(false);
  // After a click the pressed button disappears; focus follows to its counterpart.
  const acted = useRef(false);
  const next = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const watching = new AbortController();
    void loadSettings().then(setSettings);
    watchSettings(setSettings, watching.signal);
    return () => watching.abort();
  }, []);

  const paused = settings !== null && settings.pausedUntil > now;
  useEffect(() => {
    if (acted.current) next.current?.focus();
  }, [paused]);

  const pauseUntil = async (until: number) => {
    acted.current = true;
    const result = await updateSettings((current) => ({ ...current, pausedUntil: until }));
    setFailed(!result.ok);
    if (result.ok) setSettings(result.settings);
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
            onClick={() => void pauseUntil(0)}
          >
            Resume nudges
          </button>
        ) : (
          <>
            <button
              ref={next}
              type="button"
              data-action="pause-hour"
              onClick={() => void pauseUntil(now + HOUR)}
            >
              Pause for an hour
            </button>
            <button type="button" data-action="pause-today" onClick={() => void pauseUntil(endOfDay(now))}>
              Pause until tomorrow
            </button>
          </>
        )}
      </div>
      {failed && <p role="alert">That didn't save. Please try again.</p>}
    </section>
  );
}
