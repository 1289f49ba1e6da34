/** One message row as the streak needs it: who wrote it and when (null if unreadable). */
export interface RowFacts {
  outgoing: boolean;
  at: number | null;
}

/**
 * The unanswered streak: the user's own messages since the other side last wrote, counting only
 * those sent within the rapid follow-up window. Rows come newest first and are read lazily, so
 * the caller walks back from the end of the conversation only as far as the streak goes.
 */
export function unansweredStreak(
  rowsNewestFirst: Iterable<RowFacts>,
  now: number,
  windowMinutes: number,
): number {
  const since = now - windowMinutes * 60_000;
  let streak = 0;
  for (const row of rowsNewestFirst) {
    if (!row.outgoing) break;
    // An unreadable time never counts as recent; rows are newest first, so an older one ends the walk.
    if (row.at === null) continue;
    if (row.at < since) break;
    streak += 1;
  }
  return streak;
}
