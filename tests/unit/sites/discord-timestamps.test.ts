import { describe, expect, it } from 'vitest';
import { DISCORD_EPOCH, isoTime, snowflakeAt, snowflakeTime } from '@/lib/sites/discord/timestamps.ts';

describe('Discord times', () => {
  it("reads a snowflake's time to the millisecond (Discord's documented example)", () => {
    // https://discord.com/developers/docs/reference#snowflakes: 175928847299117063 → 2016-04-30T11:18:25.796Z
    expect(snowflakeTime('175928847299117063')).toBe(Date.parse('2016-04-30T11:18:25.796Z'));
  });

  it('makes ids that read back, whatever their counter', () => {
    const at = Date.UTC(2026, 8, 29, 20, 12, 0, 345);
    for (const seq of [0, 1, 4095, 4096]) expect(snowflakeTime(snowflakeAt(at, seq))).toBe(at);
  });

  it('is not fooled by what is no snowflake', () => {
    for (const text of [null, undefined, '', '777', 'abc', '12345678901234567890123', '-175928847299117063'])
      expect(snowflakeTime(text)).toBeNull();
    expect(snowflakeTime('00000000000000000')).toBeNull();
    expect(DISCORD_EPOCH).toBe(Date.parse('2015-01-01T00:00:00.000Z'));
  });

  it('reads ISO datetime attributes, and nothing else', () => {
    expect(isoTime('2026-09-29T20:12:00.000Z')).toBe(Date.UTC(2026, 8, 29, 20, 12));
    expect(isoTime('2026-09-29T22:12:00+02:00')).toBe(Date.UTC(2026, 8, 29, 20, 12));
    for (const text of [null, '', 'yesterday', '8:12 PM', '2026-99-99T99:99'])
      expect(isoTime(text)).toBeNull();
  });
});
