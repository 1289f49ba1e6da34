import { describe, expect, it } from 'vitest';
import { clockOf, dayOf, messageTime } from '@/lib/sites/telegram/timestamps.ts';

/** Saturday 28 November 2026, 20:30 local time. */
const NOW = new Date(2026, 10, 28, 20, 30).getTime();
const day = (month: number, date: number, year = 2026) => new Date(year, month, date);

describe('Web A clocks and day headings', () => {
  it('reads the clock in both of its formats, and after "edited"', () => {
    expect(clockOf('20:15')).toEqual({ hour: 20, minute: 15 });
    expect(clockOf('08:15\u00a0PM')).toEqual({ hour: 20, minute: 15 });
    expect(clockOf('00:05\u00a0AM')).toEqual({ hour: 0, minute: 5 });
    expect(clockOf('12:40\u00a0PM')).toEqual({ hour: 12, minute: 40 });
    expect(clockOf('edited 09:03')).toEqual({ hour: 9, minute: 3 });
    expect(clockOf('25:00')).toBeNull();
    expect(clockOf('13:10 PM')).toBeNull();
    expect(clockOf('soon')).toBeNull();
  });

  it('reads the headings telegram-tt writes: today, yesterday, the six days before, then dates', () => {
    expect(dayOf('Today', NOW)).toEqual(day(10, 28));
    expect(dayOf('Yesterday', NOW)).toEqual(day(10, 27));
    expect(dayOf('Sunday', NOW)).toEqual(day(10, 22));
    expect(dayOf('Friday', NOW)).toEqual(day(10, 27));
    expect(dayOf('November 20', NOW)).toEqual(day(10, 20));
    expect(dayOf('December 31, 2025', NOW)).toEqual(day(11, 31, 2025));
    expect(dayOf('3 Sept 2024', NOW)).toEqual(day(8, 3, 2024));
    expect(dayOf('February 30', NOW)).toBeNull();
    expect(dayOf('Heute', NOW)).toBeNull();
    // Today's own weekday is never a heading (it would be "Today" or a date a week back).
    expect(dayOf('Saturday', NOW)).toBeNull();
  });

  it('puts the clock on the heading day, and never ahead of now', () => {
    expect(messageTime('19:02', 'Today', NOW)).toBe(new Date(2026, 10, 28, 19, 2).getTime());
    expect(messageTime('11:00\u00a0PM', 'Yesterday', NOW)).toBe(new Date(2026, 10, 27, 23, 0).getTime());
    expect(messageTime('22:00', 'Today', NOW)).toBeNull();
    expect(messageTime('19:02', null, NOW)).toBeNull();
  });
});
