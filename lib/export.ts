import type { Agreement } from './agreement.ts';
import type { ComeBack } from './come-back.ts';
import type { ExportedOutcome } from './store/db.ts';

/**
 * Bumped when the shape of an exported file changes, so older exports can still be read. 2 added
 * the agreement; 3 each pause's recovery minutes and the promises to come back.
 */
export const EXPORT_VERSION = 3;

/** The exported columns: exactly an outcome's fields, nothing the database adds (like its key). */
const FIELDS = [
  'at',
  'site',
  'chat',
  'reason',
  'streak',
  'kinds',
  'answer',
  'action',
  'waitMinutes',
  'holdEnd',
  'recoveryMinutes',
] as const satisfies readonly (keyof ExportedOutcome)[];

type Exported = Omit<ExportedOutcome, 'id'>;

function onlyOutcome(stored: ExportedOutcome): Exported {
  return Object.fromEntries(FIELDS.map((field) => [field, stored[field] ?? null])) as unknown as Exported;
}

const COME_BACK_FIELDS = [
  'at',
  'site',
  'chat',
  'due',
  'offered',
  'kept',
] as const satisfies readonly (keyof ComeBack)[];

const onlyComeBack = (stored: ComeBack): ComeBack =>
  Object.fromEntries(COME_BACK_FIELDS.map((field) => [field, stored[field]])) as unknown as ComeBack;

/** `softer-outcomes-2025-12-09.json`, dated by the local day of the export. */
export function exportFileName(extension: 'json' | 'csv', now: number): string {
  const day = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `softer-outcomes-${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}.${extension}`;
}

/**
 * The JSON export: every outcome, every promise to come back (times only), and the agreement (the
 * only text of the person's Softer keeps).
 */
export function outcomesToJson(
  outcomes: readonly ExportedOutcome[],
  now: number,
  agreement?: Agreement,
  comeBacks: readonly ComeBack[] = [],
): string {
  const envelope = {
    exportedAt: new Date(now).toISOString(),
    version: EXPORT_VERSION,
    ...(agreement ? { agreement } : {}),
    outcomes: outcomes.map(onlyOutcome),
    comeBacks: comeBacks.map(onlyComeBack),
  };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

/**
 * A spreadsheet opening the file must not run anything in it: a cell starting with = + - @
 * (or a tab or carriage return, which some apps skip before reading a formula) gets a leading '.
 */
function csvCell(value: string): string {
  const inert = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(inert) ? `"${inert.replaceAll('"', '""')}"` : inert;
}

function csvValue(outcome: Exported, field: (typeof FIELDS)[number]): string {
  const value = outcome[field];
  if (field === 'at') return new Date(outcome.at).toISOString();
  if (Array.isArray(value)) return value.join(';');
  return String(value ?? '');
}

/** One header row, one row per outcome, RFC 4180 quoting and CRLF line ends. */
export function outcomesToCsv(outcomes: readonly ExportedOutcome[]): string {
  const rows = outcomes.map(onlyOutcome).map((outcome) => FIELDS.map((field) => csvValue(outcome, field)));
  return `${[[...FIELDS], ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
