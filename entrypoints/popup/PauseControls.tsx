import { useEffect, useRef, useState } from 'preact/hooks';
import { useSettings } from '@/components/use-settings.ts';
import { t, uiLanguage } from '@/lib/i18n.ts';
import { pauseUntil, resume, type Saved } from '@/lib/settings-store.ts';
import { addDays } from '@/lib/weeks.ts';

const HOUR = 60 * 60 * 1000;

/** "Paused until 15:30", or for the rest of today, or until a time tomorrow. */
export function pausedLabel(until: number, now: number): string {
  const midnight = addDays(now, 1);
  if (until === midnight) return t('popup.pausedToday');
  const time = new Date(until).toLocaleTimeString(uiLanguage(), { hour: '2-digit', minute: '2-digit' });
  return until > midnight ? t('popup.pausedTomorrow', { time }) : t('popup.pausedUntil', { time });
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
      <h2 id="pause-heading">{t('popup.nudges')}</h2>
      <p role="status">{paused ? pausedLabel(settings.pausedUntil, now) : t('popup.on')}</p>
      <div class="buttons">
        {paused ? (
          <button
            ref={next}
            type="button"
            class="primary"
            data-action="resume"
            onClick={() => void change(resume)}
          >
            {t('popup.resume')}
          </button>
        ) : (
          <>
            <button
              ref={next}
              type="button"
              data-action="pause-hour"
              onClick={() => void change(() => pauseUntil(now + HOUR))}
            >
              {t('popup.pauseHour')}
            </button>
            <button
              type="button"
              data-action="pause-today"
              onClick={() => void change(() => pauseUntil(addDays(now, 1)))}
            >
              {t('popup.pauseToday')}
            </button>
          </>
        )}
      </div>
      {failed && <p role="alert">{t('common.didNotSave')}</p>}
    </section>
  );
}
