import { useEffect, useState } from 'preact/hooks';
import { AGREEMENT_LIMITS, type Agreement, type AgreementErrors } from '@/lib/agreement.ts';
import { loadAgreement, saveAgreement } from '@/lib/agreement-store.ts';
import { t } from '@/lib/i18n.ts';

type Field = keyof Agreement;
const HANDLE: Record<Field, string> = {
  enough: 'enough',
  signal: 'signal',
  maxPauseMinutes: 'max-pause',
  reEntry: 're-entry',
};
const errorId = (field: Field) => `agreement-error-${HANDLE[field]}`;

/**
 * "Our agreement": the plan the couple made in a calm moment, brought to the send button — what
 * enough connection looks like, the pause signal, the longest pause, and the way back in. Saved
 * whole or not at all; kept on this device only; printable so it can live on the fridge.
 */
export function AgreementForm() {
  const [saved, setSaved] = useState<Agreement | null>(null);
  const [draft, setDraft] = useState<Record<Field, string> | null>(null);
  const [errors, setErrors] = useState<AgreementErrors>({});
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);

  useEffect(() => {
    void loadAgreement().then((agreement) => {
      setSaved(agreement);
      setDraft({ ...agreement, maxPauseMinutes: String(agreement.maxPauseMinutes) });
    });
  }, []);

  if (!draft) return <p class="muted card">{t('agreement.loading')}</p>;
  const set = (field: Field, value: string) => setDraft({ ...draft, [field]: value });
  const described = (field: Field, hint?: string) => ({
    'data-agreement': HANDLE[field],
    'aria-invalid': Boolean(errors[field]),
    'aria-describedby':
      [errors[field] ? errorId(field) : '', hint ?? ''].filter(Boolean).join(' ') || undefined,
  });
  const problem = (field: Field) =>
    errors[field] ? (
      <p class="field-error" id={errorId(field)}>
        {errors[field]}
      </p>
    ) : null;

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    setStatus(null);
    const minutes = draft.maxPauseMinutes.trim() === '' ? Number.NaN : Number(draft.maxPauseMinutes);
    const result = await saveAgreement({ ...draft, maxPauseMinutes: minutes });
    if (result.ok) {
      setErrors({});
      setSaved(await loadAgreement());
      setStatus({ text: t('agreement.saved'), error: false });
    } else if ('errors' in result) {
      setErrors(result.errors);
      setStatus({ text: t('common.checkFields'), error: true });
    } else {
      setStatus({ text: t('common.didNotSave'), error: true });
    }
  };

  return (
    <section class="card agreement" id="agreement" aria-labelledby="agreement-heading">
      <h2 id="agreement-heading">{t('common.ourAgreement')}</h2>
      <p class="hint">{t('agreement.intro')}</p>
      <form noValidate onSubmit={onSubmit}>
        <div class="field">
          <label for="agreement-enough">{t('agreement.enough')}</label>
          <p class="hint" id="agreement-enough-hint">
            {t('agreement.enoughHint')}
          </p>
          <textarea
            id="agreement-enough"
            rows={3}
            maxLength={AGREEMENT_LIMITS.text}
            value={draft.enough}
            onInput={(event) => set('enough', event.currentTarget.value)}
            {...described('enough', 'agreement-enough-hint')}
          />
          {problem('enough')}
        </div>
        <div class="field">
          <label for="agreement-signal">{t('agreement.signal')}</label>
          <p class="hint" id="agreement-signal-hint">
            {t('agreement.signalHint')}
          </p>
          <input
            id="agreement-signal"
            type="text"
            value={draft.signal}
            onInput={(event) => set('signal', event.currentTarget.value)}
            {...described('signal', 'agreement-signal-hint')}
          />
          {problem('signal')}
        </div>
        <div class="field">
          <label for="agreement-max-pause">{t('agreement.maxPause')}</label>
          <p class="hint" id="agreement-max-pause-hint">
            {t('agreement.maxPauseHint', AGREEMENT_LIMITS.maxPauseMinutes)}
          </p>
          <input
            id="agreement-max-pause"
            type="number"
            inputMode="numeric"
            min={AGREEMENT_LIMITS.maxPauseMinutes.min}
            max={AGREEMENT_LIMITS.maxPauseMinutes.max}
            value={draft.maxPauseMinutes}
            onInput={(event) => set('maxPauseMinutes', event.currentTarget.value)}
            {...described('maxPauseMinutes', 'agreement-max-pause-hint')}
          />
          {problem('maxPauseMinutes')}
        </div>
        <div class="field">
          <label for="agreement-re-entry">{t('agreement.reEntry')}</label>
          <p class="hint" id="agreement-re-entry-hint">
            {t('agreement.reEntryHint')}
          </p>
          <textarea
            id="agreement-re-entry"
            rows={2}
            maxLength={AGREEMENT_LIMITS.text}
            value={draft.reEntry}
            onInput={(event) => set('reEntry', event.currentTarget.value)}
            {...described('reEntry', 'agreement-re-entry-hint')}
          />
          {problem('reEntry')}
        </div>
        <div class="buttons">
          <button type="submit" class="primary" data-agreement-save>
            {t('agreement.save')}
          </button>
          <button type="button" data-action="print-agreement" onClick={() => window.print()}>
            {t('agreement.print')}
          </button>
        </div>
        <p role="status" class={`status ${status?.error ? 'error' : ''}`}>
          {status?.text ?? ''}
        </p>
      </form>
      {saved && (
        // What printing shows: the agreement as saved, on its own.
        <article class="agreement-print" aria-hidden="true">
          <h1>{t('common.ourAgreement')}</h1>
          <h2>{t('agreement.enough')}</h2>
          <p>{saved.enough || '—'}</p>
          <h2>{t('agreement.signal')}</h2>
          <p>{saved.signal}</p>
          <h2>{t('agreement.maxPauseShort')}</h2>
          <p>{t('common.minutes', saved.maxPauseMinutes)}</p>
          <h2>{t('agreement.reEntryShort')}</h2>
          <p>{saved.reEntry || '—'}</p>
        </article>
      )}
    </section>
  );
}
