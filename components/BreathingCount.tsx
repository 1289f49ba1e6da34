import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n.ts';

/** One minute: six slow breaths, in for four and out for six, as the step describes. */
const BREATHS = 6;
const IN = 4;
const OUT = 6;

/**
 * A one-minute breathing count the person can start from the card. The count runs on screen;
 * only the change between breathing in and out is announced, so a screen reader is not talking
 * every second.
 */
export function BreathingCount() {
  const [second, setSecond] = useState<number | null>(null);
  const total = BREATHS * (IN + OUT);

  useEffect(() => {
    if (second === null || second >= total) return;
    const tick = setTimeout(() => setSecond(second + 1), 1000);
    return () => clearTimeout(tick);
  }, [second, total]);

  if (second === null) {
    return (
      <button type="button" class="primary" data-step="breathe" onClick={() => setSecond(0)}>
        {t('soothe.breathing.start')}
      </button>
    );
  }
  if (second >= total) {
    return (
      <p class="breathing" role="status">
        {t('soothe.breathing.done')}
      </p>
    );
  }
  const inBreath = second % (IN + OUT);
  const breathingIn = inBreath < IN;
  const left = breathingIn ? IN - inBreath : IN + OUT - inBreath;
  return (
    <div class="breathing">
      <p aria-live="polite">
        {breathingIn ? t('soothe.breathing.in') : t('soothe.breathing.out')}
        <span aria-hidden="true"> … {left}</span>
      </p>
      <button type="button" data-step="breathe-stop" onClick={() => setSecond(total)}>
        {t('soothe.breathing.stop')}
      </button>
    </div>
  );
}
