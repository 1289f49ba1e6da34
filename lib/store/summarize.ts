import type { IDBPDatabase, IDBPObjectStore } from 'idb';
import { PROTEST_KINDS, type ProtestKind } from '../language/types.ts';
import type { OutcomeAction } from '../outcome.ts';
import type { WeekFigures, WeeklySummary } from '../summary.ts';
import { weekBounds } from '../weeks.ts';
import type { SofterDb } from './db.ts';

type Outcomes = IDBPObjectStore<SofterDb, ['outcomes'], 'outcomes', 'readonly'>;
type Range = [number, number];

/** [from, to) over a compound [value, at] index. */
const within = (value: string | number, [from, to]: Range) =>
  IDBKeyRange.bound([value, from], [value, to], false, true);

const countAction = (store: Outcomes, action: OutcomeAction, range: Range) =>
  store.index('action-at').count(within(action, range));

/**
 * The longest streak in the range: walk the distinct streak lengths from the top of the index and
 * ask each whether it occurred in the range — a few key lookups, never a scan of the events.
 */
async function longestStreak(store: Outcomes, range: Range): Promise<number> {
  const index = store.index('streak-at');
  let cursor = await index.openKeyCursor(null, 'prev');
  while (cursor) {
    const streak = (cursor.key as [number, number])[0];
    if ((await index.count(within(streak, range))) > 0) return streak;
    // Below every key of this streak length: lands on the highest key of the next shorter one.
    cursor = await cursor.continue([streak, Number.NEGATIVE_INFINITY]);
  }
  return 0;
}

async function topKind(store: Outcomes, range: Range): Promise<ProtestKind | null> {
  const counts = await Promise.all(
    PROTEST_KINDS.map((kind) => store.index('kind-at').count(within(kind, range))),
  );
  let best: ProtestKind | null = null;
  let most = 0;
  counts.forEach((count, i) => {
    if (count > most) {
      most = count;
      best = PROTEST_KINDS[i] ?? null;
    }
  });
  return best;
}

async function figures(store: Outcomes, range: Range): Promise<WeekFigures> {
  const [paused, softened, waited, sentAnyway, love, anxiety, streak, kind] = await Promise.all([
    store.index('at').count(IDBKeyRange.bound(range[0], range[1], false, true)),
    countAction(store, 'use-rewrite', range),
    countAction(store, 'wait', range),
    countAction(store, 'send-anyway', range),
    store.index('answer-at').count(within('love', range)),
    store.index('answer-at').count(within('anxiety', range)),
    longestStreak(store, range),
    topKind(store, range),
  ]);
  return { paused, softened, waited, sentAnyway, love, anxiety, longestStreak: streak, topKind: kind };
}

/**
 * This week against last week, from index counts inside one read transaction: the cost grows
 * with the number of distinct figures, not with the number of events stored.
 */
export async function summarize(db: IDBPDatabase<SofterDb>, now: number): Promise<WeeklySummary> {
  const bounds = weekBounds(now);
  const store = db.transaction('outcomes').store;
  const [thisWeek, lastWeek, days] = await Promise.all([
    figures(store, bounds.thisWeek),
    figures(store, bounds.lastWeek),
    Promise.all(
      bounds.days.map(async ([start, end]) => ({
        start,
        paused: await store.index('at').count(IDBKeyRange.bound(start, end, false, true)),
      })),
    ),
  ]);
  return { weekStart: bounds.thisWeek[0], thisWeek, lastWeek, days };
}
