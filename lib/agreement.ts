import { t } from './i18n.ts';

/**
 * The couple's reconnection agreement, written by the person in a calm moment (the playbook's plan):
 * what enough connection looks like, the signal that means "I'm pressing pause, not walking away",
 * the longest a pause may last, and the way back in. It is the only text of the person's that
 * Softer keeps: in extension storage, exported and deleted with everything else, never sent.
 */
export interface Agreement {
  /** What enough connection looks like, in their words ("20 minutes of talk most evenings"). */
  enough: string;
  /** The pause signal: words or emoji, several separated by commas ("yellow light, 🟡"). */
  signal: string;
  /** The longest a pause may last, in minutes. */
  maxPauseMinutes: number;
  /** The re-entry ritual: how they come back after a pause. */
  reEntry: string;
}

export const DEFAULT_AGREEMENT: Agreement = {
  enough: '',
  signal: 'yellow light, 🟡',
  maxPauseMinutes: 60,
  reEntry: '',
};

export const AGREEMENT_LIMITS = {
  maxPauseMinutes: { min: 5, max: 480 },
  /** Characters: room for a paragraph, not a diary. */
  text: 1000,
  signal: 80,
} as const;

export type AgreementErrors = Partial<Record<keyof Agreement | 'form', string>>;
export type CheckedAgreement = { ok: true; agreement: Agreement } | { ok: false; errors: AgreementErrors };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Checks every field; either the whole agreement is good or each problem is named. */
export function checkAgreement(input: unknown): CheckedAgreement {
  if (!isRecord(input)) return { ok: false, errors: { form: t('agreement.problems.form') } };
  const errors: AgreementErrors = {};
  const text = (field: 'enough' | 'reEntry') => {
    const value = input[field];
    if (typeof value !== 'string') errors[field] = t('agreement.problems.text');
    else if (value.length > AGREEMENT_LIMITS.text)
      errors[field] = t('agreement.problems.tooLong', { limit: AGREEMENT_LIMITS.text, length: value.length });
    return typeof value === 'string' ? value.trim() : '';
  };
  const enough = text('enough');
  const reEntry = text('reEntry');
  const signal = typeof input.signal === 'string' ? input.signal.trim() : '';
  if (typeof input.signal !== 'string' || signalsOf(signal).length === 0)
    errors.signal = t('agreement.problems.signal');
  else if (signal.length > AGREEMENT_LIMITS.signal)
    errors.signal = t('agreement.problems.signalTooLong', { limit: AGREEMENT_LIMITS.signal });
  const { min, max } = AGREEMENT_LIMITS.maxPauseMinutes;
  const minutes = input.maxPauseMinutes;
  if (typeof minutes !== 'number' || !Number.isInteger(minutes) || minutes < min || minutes > max)
    errors.maxPauseMinutes = t('agreement.problems.maxPause', { min, max });
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, agreement: { enough, signal, maxPauseMinutes: minutes as number, reEntry } };
}

/** An agreement read back from storage: each field that is not right falls back to its default. */
export function agreementFromStorage(stored: unknown): Agreement {
  const value = isRecord(stored) ? stored : {};
  const field = <K extends keyof Agreement>(key: K): Agreement[K] => {
    const checked = checkAgreement({ ...DEFAULT_AGREEMENT, [key]: value[key] });
    return checked.ok ? checked.agreement[key] : DEFAULT_AGREEMENT[key];
  };
  return {
    enough: field('enough'),
    signal: field('signal'),
    maxPauseMinutes: field('maxPauseMinutes'),
    reEntry: field('reEntry'),
  };
}

/**
 * Text folded for matching a signal: lower case, any run of spaces one space, and emoji
 * variation selectors and zero-width joiners' presentation marks dropped, so "Yellow  Light",
 * "🟡" and "🟡\uFE0F" all read alike.
 */
export function foldForSignal(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\uFE0E\uFE0F]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The signal's alternatives, folded ("yellow light, 🟡" → ["yellow light", "🟡"]). */
export function signalsOf(signal: string): string[] {
  return signal
    .split(/[,\n]/)
    .map(foldForSignal)
    .filter((part) => part !== '');
}

const WORDY = /[\p{L}\p{N}]/u;

/** The last signal's matcher, kept: the same agreement is asked about at every send. */
let compiled: { signal: string; matches: (text: string) => boolean } | null = null;

function matcherFor(signal: string): (text: string) => boolean {
  if (compiled?.signal === signal) return compiled.matches;
  const tests = signalsOf(signal).map((part): ((text: string) => boolean) => {
    if (!WORDY.test(part)) return (text) => text.includes(part);
    const escaped = part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u');
    return (text) => pattern.test(text);
  });
  const matches = (text: string) => tests.some((test) => test(text));
  compiled = { signal, matches };
  return matches;
}

/** Whether a message carries the agreed signal: a word signal as whole words, an emoji anywhere. */
export function carriesSignal(message: string, signal: string): boolean {
  return matcherFor(signal)(foldForSignal(message));
}

/** A pause the other side asked for, honoured until `until` (epoch ms). */
export interface HonouredPause {
  since: number;
  until: number;
}

/**
 * The pause in force now, if the other side's newest message carries the signal and the agreed
 * maximum has not passed since it. Their writing again ends it: only their newest message counts.
 * `now` is passed in; nothing here reads a clock.
 */
export function honouredPause(
  theirNewest: { text: string; at: number | null } | null,
  agreement: Agreement,
  now: number,
): HonouredPause | null {
  // The words first: their time is read (and parsed from the page) only when they carry the signal.
  if (!theirNewest || !carriesSignal(theirNewest.text, agreement.signal)) return null;
  const since = theirNewest.at;
  if (since === null) return null;
  const until = since + agreement.maxPauseMinutes * 60_000;
  return now < until && now >= since - 60_000 ? { since, until } : null;
}
