import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type RowFacts, unansweredStreak } from '@/lib/streak.ts';

const now = 1_765_000_000_000;
const minutesAgo = (m: number) => now - m * 60_000;
const out = (m: number | null): RowFacts => ({ outgoing: true, at: m === null ? null : minutesAgo(m) });
const inc = (m: number): RowFacts => ({ outgoing: false, at: minutesAgo(m) });

describe('unansweredStreak', () => {
  it('counts own messages since the other side last wrote', () => {
    expect(unansweredStreak([out(1), out(5), out(9), inc(30), out(40)], now, 180)).toBe(3);
  });

  it('is zero right after a reply', () => {
    expect(unansweredStreak([inc(1), out(2), out(3)], now, 180)).toBe(0);
  });

  it('stops at messages older than the rapid follow-up window', () => {
    expect(unansweredStreak([out(10), out(100), out(200), out(300)], now, 180)).toBe(2);
  });

  it('counts a row without a readable time once an older row shows the window reaches it', () => {
    // The list is in time order: a row newer than one sent 4 minutes ago is inside the window too.
    expect(unansweredStreak([out(null), out(2), out(null), out(4)], now, 180)).toBe(4);
    expect(unansweredStreak([out(null), out(null), inc(30)], now, 180)).toBe(2);
  });

  it('never counts a row without a readable time on no evidence', () => {
    expect(unansweredStreak([out(null), out(null)], now, 180)).toBe(0);
    expect(unansweredStreak([out(null), out(200)], now, 180)).toBe(0);
    expect(unansweredStreak([out(null), inc(300)], now, 180)).toBe(0);
  });

  it('stops at a row whose sender cannot be read, rather than guess', () => {
    expect(unansweredStreak([out(1), { outgoing: null, at: minutesAgo(2) }, out(3)], now, 180)).toBe(1);
  });

  it('is zero for an empty conversation', () => {
    expect(unansweredStreak([], now, 180)).toBe(0);
  });

  it('reads rows lazily and stops at the first reply', () => {
    let read = 0;
    function* rows() {
      for (const row of [out(1), inc(2), out(3), out(4)]) {
        read += 1;
        yield row;
      }
    }
    unansweredStreak(rows(), now, 180);
    expect(read).toBe(2);
  });
});

describe('their streak toward the person (the space offer’s trigger)', () => {
  const mirror = (row: RowFacts): RowFacts => ({
    ...row,
    outgoing: row.outgoing === null ? null : !row.outgoing,
  });

  it('counts their messages since the person last wrote, within the window', () => {
    expect(unansweredStreak([inc(1), inc(2), inc(3), out(10)], now, 180, 'them')).toBe(3);
    expect(unansweredStreak([inc(1), inc(2), out(3), inc(4)], now, 180, 'them')).toBe(2);
    expect(unansweredStreak([inc(10), inc(200), inc(300)], now, 180, 'them')).toBe(1);
    expect(unansweredStreak([out(1), inc(2), inc(3)], now, 180, 'them')).toBe(0);
  });

  it('is the person’s streak with the sides swapped, for any rows', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            outgoing: fc.option(fc.boolean(), { nil: null }),
            at: fc.option(fc.integer({ min: 0, max: 400 }).map(minutesAgo), { nil: null }),
          }),
          { maxLength: 30 },
        ),
        fc.integer({ min: 5, max: 1440 }),
        (rows, window) => {
          expect(unansweredStreak(rows, now, window, 'them')).toBe(
            unansweredStreak(rows.map(mirror), now, window),
          );
        },
      ),
    );
  });
});
