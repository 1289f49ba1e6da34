import { useRef, useState } from 'preact/hooks';
import { loadAgreement } from '@/lib/agreement-store.ts';
import { ask } from '@/lib/client.ts';
import { saveTextFile } from '@/lib/download.ts';
import { exportFileName, outcomesToCsv, outcomesToJson } from '@/lib/export.ts';
import { t } from '@/lib/i18n.ts';

type Message = { text: string; error: boolean };

const FORMATS = {
  json: { label: () => t('data.exportJson'), type: 'application/json' },
  csv: { label: () => t('data.exportCsv'), type: 'text/csv;charset=utf-8' },
} as const;
const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** What Softer keeps, and the person's ways to take it with them or delete it. */
export function YourData() {
  const [message, setMessage] = useState<Message | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);

  const exportAs = async (format: keyof typeof FORMATS) => {
    setMessage(null);
    try {
      const answer = await ask({ type: 'export-outcomes' });
      if (!answer.ok) throw new Error(answer.error);
      const now = Date.now();
      const name = exportFileName(format, now);
      const text =
        format === 'json'
          ? outcomesToJson(answer.outcomes, now, await loadAgreement(), answer.comeBacks)
          : outcomesToCsv(answer.outcomes);
      saveTextFile(name, text, FORMATS[format].type);
      setMessage({ text: t('data.exported', answer.outcomes.length, { file: name }), error: false });
    } catch (error) {
      setMessage({ text: t('data.exportFailed', { reason: reason(error) }), error: true });
    }
  };

  const askToConfirm = () => {
    setMessage(null);
    setConfirming(true);
    // Start on Cancel: the safe choice is the one a stray Enter lands on.
    requestAnimationFrame(() => cancelButton.current?.focus());
  };

  const stopConfirming = () => {
    setConfirming(false);
    requestAnimationFrame(() => deleteButton.current?.focus());
  };

  const deleteEverything = async () => {
    setBusy(true);
    try {
      const answer = await ask({ type: 'delete-everything' });
      setMessage(
        answer.ok
          ? // Says exactly what went and what stayed: the history, mutes and pause go; the settings stay.
            { text: t('data.deleted'), error: false }
          : { text: t('data.partlyDeleted', { reason: answer.error }), error: true },
      );
    } catch (error) {
      setMessage({ text: t('data.notDeleted', { reason: reason(error) }), error: true });
    }
    setBusy(false);
    stopConfirming();
  };

  return (
    <section class="card" aria-labelledby="data-heading">
      <h2 id="data-heading">{t('data.heading')}</h2>
      <p>{t('data.keeps')}</p>
      <p>{t('data.never')}</p>

      <div class="buttons">
        {(Object.keys(FORMATS) as (keyof typeof FORMATS)[]).map((format) => (
          <button
            key={format}
            type="button"
            data-action={`export-${format}`}
            onClick={() => void exportAs(format)}
          >
            {FORMATS[format].label()}
          </button>
        ))}
        <button
          ref={deleteButton}
          type="button"
          class="danger"
          data-action="delete-everything"
          aria-expanded={confirming}
          aria-controls={confirming ? 'delete-confirmation' : undefined}
          onClick={askToConfirm}
        >
          {t('data.delete')}
        </button>
      </div>

      {confirming && (
        <fieldset id="delete-confirmation" class="confirm">
          <legend>{t('data.confirmHeading')}</legend>
          <p>{t('data.confirmText')}</p>
          <div class="buttons">
            <button
              type="button"
              class="danger primary"
              data-action="confirm-delete"
              disabled={busy}
              onClick={() => void deleteEverything()}
            >
              {t('data.confirm')}
            </button>
            <button ref={cancelButton} type="button" data-action="cancel-delete" onClick={stopConfirming}>
              {t('common.cancel')}
            </button>
          </div>
        </fieldset>
      )}

      {/* Both regions stay in the page so screen readers announce what appears in them. */}
      <p role="status" class="status">
        {message && !message.error && message.text}
      </p>
      <p role="alert" class="status error">
        {message?.error && message.text}
      </p>
    </section>
  );
}
