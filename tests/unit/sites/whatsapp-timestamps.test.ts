import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMessageTime, timeOnDay } from '@/lib/sites/whatsapp/timestamps.ts';

// 9 December 2025, 23:00 local time: every sample below was written at 22:54 that evening.
const now = new Date(2025, 11, 9, 23, 0).getTime();
const at2254 = new Date(2025, 11, 9, 22, 54).getTime();

describe('parseMessageTime', () => {
  it.each([
    ['en-US', '[10:54 PM, 12/9/2025] Sam: '],
    ['en-GB', '[22:54, 09/12/2025] Sam: '],
    ['en-AU', '[10:54 pm, 9/12/2025] Sam: '],
    ['de-DE', '[22:54, 9.12.2025] Sam: '],
    ['es-ES', '[10:54 p. m., 9/12/2025] Sam: '],
    ['es-MX', '[10:54 p.m., 9/12/2025] Sam: '],
    ['fr-FR', '[22:54, 09/12/2025] Sam : '],
    ['fi-FI', '[22.54, 9.12.2025] Sam: '],
    ['ja-JP', '[22:54, 2025/12/09] Sam: '],
    ['zh-CN', '[下午10:54, 2025/12/9] Sam: '],
    ['ko-KR', '[오후 10:54, 2025. 12. 9.] Sam: '],
    ['ar-EG', '[١٠:٥٤ م، ٩/١٢/٢٠٢٥] Sam: '],
    ['fa-IR', '[۲۲:۵۴, ۲۰۲۵/۱۲/۰۹] Sam: '],
    ['sv-SE', '[22:54, 2025-12-09] Sam: '],
    ['two-digit year', '[22:54, 09/12/25] Sam: '],
  ])('reads %s', (_locale, stamp) => {
    expect(parseMessageTime(stamp, now)).toBe(at2254);
  });

  it.each([
    ['凌晨', '1:10', 1, 10],
    ['凌晨', '12:30', 0, 30],
    ['清晨', '5:40', 5, 40],
    ['早上', '7:05', 7, 5],
    ['上午', '11:20', 11, 20],
    ['中午', '12:05', 12, 5],
    ['中午', '1:15', 13, 15],
    ['下午', '5:18', 17, 18],
    ['晚上', '9:30', 21, 30],
  ])('reads the zh-CN period word %s %s as %i:%i', (word, clock, hour, minute) => {
    const late = new Date(2026, 4, 18, 23, 59).getTime();
    expect(parseMessageTime(`[${word}${clock}, 2026年5月18日] Sam: `, late)).toBe(
      new Date(2026, 4, 18, hour, minute).getTime(),
    );
  });

  it("reads a bubble's own time label on a given day", () => {
    const day = new Date(2026, 5, 13, 8, 0).getTime();
    expect(timeOnDay('8:12 PM', day)).toBe(new Date(2026, 5, 13, 20, 12).getTime());
    expect(timeOnDay('晚上9:30', day)).toBe(new Date(2026, 5, 13, 21, 30).getTime());
    expect(timeOnDay('20:10', day)).toBe(new Date(2026, 5, 13, 20, 10).getTime());
    expect(timeOnDay('Photo', day)).toBeNull();
  });

  it('reads 12 AM as midnight and 12 PM as noon', () => {
    expect(parseMessageTime('[12:05 AM, 12/9/2025] Sam: ', now)).toBe(new Date(2025, 11, 9, 0, 5).getTime());
    expect(parseMessageTime('[12:05 PM, 12/9/2025] Sam: ', now)).toBe(new Date(2025, 11, 9, 12, 5).getTime());
  });

  it('picks the reading of an ambiguous date that is not in the future', () => {
    // 10/12/2025 is 10 December (future) or 12 October (past): only the past one can be real.
    expect(parseMessageTime('[09:00, 10/12/2025] Sam: ', now)).toBe(new Date(2025, 9, 12, 9, 0).getTime());
  });

  it.each([
    ['no brackets', 'Sam: hello'],
    ['empty', ''],
    ['no time', '[yesterday] Sam: '],
    ['impossible hour', '[27:10, 9/12/2025] Sam: '],
    ['impossible minute', '[22:61, 9/12/2025] Sam: '],
    ['13 PM', '[13:10 PM, 12/9/2025] Sam: '],
    ['impossible date', '[22:54, 31/02/2025] Sam: '],
    ['far future', '[22:54, 9/12/2031] Sam: '],
    ['half an hour into the future', '[23:30, 2025-12-09] Sam: '],
    ['year 1999', '[22:54, 9/12/1999] Sam: '],
    ['four numbers', '[22:54, 9/12/2025/4] Sam: '],
  ])('answers null for %s', (_case, stamp) => {
    expect(parseMessageTime(stamp, now)).toBeNull();
  });

  it('never throws and never answers a time in the future, over 100,000 generated stamps', () => {
    const fragment = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom(
        '[',
        ']',
        ':',
        '.',
        '/',
        ',',
        ' ',
        'PM',
        'a. m.',
        '오후',
        '١٢',
        '2025',
        '12',
        '9',
        '59',
      ),
      fc.integer({ min: -5, max: 3000 }).map(String),
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 12 }), (parts) => {
        const result = parseMessageTime(parts.join(''), now);
        return result === null || (Number.isFinite(result) && result <= now + 5 * 60_000);
      }),
      { numRuns: 100_000 },
    );
  });

  it('round-trips every minute of a day written in three locales', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (hour, minute) => {
        const expected = new Date(2025, 11, 9, hour, minute).getTime();
        const mm = String(minute).padStart(2, '0');
        const h12 = hour % 12 === 0 ? 12 : hour % 12;
        const stamps = [
          `[${h12}:${mm} ${hour < 12 ? 'AM' : 'PM'}, 12/9/2025] Sam: `,
          `[${hour}:${mm}, 9.12.2025] Sam: `,
          `[${h12}:${mm} ${hour < 12 ? 'a. m.' : 'p. m.'}, 9/12/2025] Sam: `,
        ];
        const nextMorning = new Date(2025, 11, 10, 3, 0).getTime();
        return stamps.every((stamp) => parseMessageTime(stamp, nextMorning) === expected);
      }),
    );
  });
});
