import { useRef, useState } from 'preact/hooks';
import { loadAgreement } from '@/lib/agreement-store.ts';
import { ask } from '@/lib/client.ts';
import { saveTextFile } from '@/lib/download.ts';
import { exportFileName, outcomesToCsv, outcomesToJson } from '@/lib/export.ts';

type Message = { text: string; error: boolean };

const FORMATS = {
  json: { label: 'Export as JSON', type: 'application/json' },
  csv: { label: 'Export as CSV', type: 'text/csv;charset=utf-8' },
} as const;

/** Says exactly what went and what stayed: the history, mutes and pause go; the settings stay. */
const DELETED =
  'Deleted every recorded nudge, your agreement, your muted chats and any pause. Your settings stay as they are, and so does ' +
  'the random key Softer uses to turn each chat into a code.';

const nudges = (n: number) => `${n} ${n === 1 ? 'nudge' : 'nudges'}`;
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
      setMessage({ text: `Exported ${nudges(answer.outcomes.length)} as ${name}.`, error: false });
    } catch (error) {
      setMessage({ text: `Softer couldn't read its history to export it: ${reason(error)}`, error: true });
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
          ? { text: DELETED, error: false }
          : { text: `Not everything was deleted: ${answer.error}. Please try again.`, error: true },
      );
    } catch (error) {
      setMessage({ text: `Nothing was deleted: ${reason(error)}`, error: true });
    }
    setBusy(false);
    stopConfirming();
  };

  return (
    <section class="card" aria-labelledby="data-heading">
      <h2 id="data-heading">Your data</h2>
      <p>
        For each nudge Softer keeps only counts and categories: when it happened, why (an unanswered streak,
        words that can land as blame, and of which kind), how long the streak was, whether you answered love
        or anxiety, and what you chose. Each chat is reduced to a salted one-way code.
      </p>
      <p>
        No message text and no names are ever stored. Everything stays on this device: Softer makes no network
        requests at all.
      </p>

      <div class="buttons">
        {(Object.keys(FORMATS) as (keyof typeof FORMATS)[]).map((format) => (
          <button
            key={format}
            type="button"
            data-action={`export-${format}`}
            onClick={() => void exportAs(format)}
          >
            {FORMATS[format].label}
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
          Delete everything
        </button>
      </div>

      {confirming && (
        <fieldset id="delete-confirmation" class="confirm">
          <legend>Delete Softer's whole history on this device?</legend>
          <p>
            Every recorded nudge and what you chose will be gone, your agreement will be deleted, your muted
            chats will be unmuted, any pause will end, and the weekly summary starts again from zero. Your
            settings stay as they are. This can't be undone.
          </p>
          <div class="buttons">
            <button
              type="button"
              class="danger primary"
              data-action="confirm-delete"
              disabled={busy}
              onClick={() => void deleteEverything()}
            >
              Yes, delete everything
            </button>
            <button ref={cancelButton} type="button" data-action="cancel-delete" onClick={stopConfirming}>
              Cancel
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
