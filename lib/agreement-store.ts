import { storage } from 'wxt/utils/storage';
import {
  type Agreement,
  type AgreementErrors,
  agreementFromStorage,
  checkAgreement,
  DEFAULT_AGREEMENT,
} from './agreement.ts';
import { type Saved, saved } from './settings-store.ts';

/*
 * The agreement is its own typed item in extension storage (`local:agreement`, version 1): the
 * only text of the person's Softer keeps. Read back field by field, so one bad field never costs
 * the rest; exported with the history and removed by "Delete everything".
 */
const agreementItem = storage.defineItem<Agreement>('local:agreement', {
  fallback: DEFAULT_AGREEMENT,
  version: 1,
});

export type AgreementSaved = Saved | { ok: false; error: 'invalid-agreement'; errors: AgreementErrors };

export async function loadAgreement(): Promise<Agreement> {
  return agreementFromStorage(await agreementItem.getValue());
}

/** Saves the whole agreement, or nothing with every problem named. */
export async function saveAgreement(input: unknown): Promise<AgreementSaved> {
  const checked = checkAgreement(input);
  if (!checked.ok) return { ok: false, error: 'invalid-agreement', errors: checked.errors };
  return saved(() => agreementItem.setValue(checked.agreement));
}

export function deleteAgreement(): Promise<Saved> {
  return saved(() => agreementItem.removeValue());
}

/** The agreement, again after every change (another tab, the options page), until `signal` aborts. */
export function watchAgreement(onChange: (agreement: Agreement) => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  const stop = agreementItem.watch((value) => {
    if (!signal.aborted) onChange(agreementFromStorage(value));
  });
  const unwatch = () => {
    try {
      stop();
    } catch {
      // The extension was reloaded or updated under this page: there is nothing left to unwatch.
    }
  };
  signal.addEventListener('abort', unwatch, { once: true });
}
