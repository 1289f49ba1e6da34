/**
 * One message row as the streak needs it: who wrote it (null when the page does not say) and when.
 * The time is the row's own where it has one (WhatsApp's stamp, Telegram K's `data-timestamp`),
 * inherited where the app shows a clock on the row and the day only above a group of rows
 * (Telegram A's date headings; the adapter combines them), and null when it cannot be read.
 */
export interface RowFacts {
  outgoing: boolean | null;
  at: number | null;
}

/** Whose unanswered messages are counted: the person's own (the pursuit) or the other side's. */
export type Writer = 'me' | 'them';

/**
 * The unanswered streak: one side's messages since the other side last wrote (by default the
 * person's own, toward someone silent; `'them'` counts the other side's toward the person), counting
 * only those sent within the rapid follow-up window. Rows come newest first and are read lazily, so
 * the caller walks back from the end of the conversation only as far as the streak goes.
 *
 * The list is in time order, so a row whose time cannot be read is newer than every row below it:
 * it counts once an older row shows the window reaches that far (a reply inside the window, or an
 * own message inside it), and never on no evidence at all. A row whose direction cannot be read
 * ends the walk: Softer does not guess who wrote it.
 */
export function unansweredStreak(
  rowsNewestFirst: Iterable<RowFacts>,
  now: number,
  windowMinutes: number,
  writer: Writer = 'me',
): number {
  const mine = writer === 'me';
  const since = now - windowMinutes * 60_000;
  let streak = 0;
  let undated = 0;
  for (const row of rowsNewestFirst) {
    if (row.outgoing === null) break;
    if (row.outgoing !== mine) {
      // The other side's time matters only to place own messages that carry none.
      if (undated > 0 && row.at !== null && row.at >= since) streak += undated;
      break;
    }
    const at = row.at;
    if (at === null) {
      undated += 1;
      continue;
    }
    if (at < since) break;
    streak += 1 + undated;
    undated = 0;
  }
  return streak;
}
