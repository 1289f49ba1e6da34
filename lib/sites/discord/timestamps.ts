/**
 * When a Discord message was written. Every message draws `<time datetime="ISO">` (Discord's
 * timestamp component renders it for a group's first message and, hidden until hover, for each
 * follow-up); behind that, the message's id is a snowflake whose top 42 bits are milliseconds since
 * Discord's epoch (2015-01-01T00:00:00Z), exact to the millisecond
 * (https://discord.com/developers/docs/reference#snowflakes). Pure functions.
 */

/** Discord's epoch, 2015-01-01T00:00:00.000Z. */
export const DISCORD_EPOCH = 1_420_070_400_000;

/** A snowflake is a 64-bit integer; real ones have 17 to 20 digits. */
const SNOWFLAKE = /^\d{17,20}$/;

/** The moment a snowflake id was made, or null when the text is not one. */
export function snowflakeTime(id: string | null | undefined): number | null {
  if (!id || !SNOWFLAKE.test(id)) return null;
  const at = Number(BigInt(id) >> 22n) + DISCORD_EPOCH;
  // 2015 to 2100: anything else is not a message id.
  return at > DISCORD_EPOCH && at < 4_102_444_800_000 ? at : null;
}

/** The snowflake id for a moment (the fixture and tests make ids with it); `seq` tells apart ids of one millisecond. */
export function snowflakeAt(at: number, seq = 0): string {
  return ((BigInt(Math.max(0, Math.floor(at) - DISCORD_EPOCH)) << 22n) | BigInt(seq & 0xfff)).toString();
}

/** An ISO 8601 `datetime` attribute as epoch ms, or null when it does not parse. */
export function isoTime(datetime: string | null | undefined): number | null {
  if (!datetime || !/^\d{4}-\d{2}-\d{2}T/.test(datetime)) return null;
  const at = Date.parse(datetime);
  return Number.isFinite(at) ? at : null;
}
