/**
 * Reads a message's spoken label, the one place Google Messages for web writes who sent a message
 * and when in full: "You said: see you at 8. Sent on September 20, 2026 at 9:05 AM. Delivered." or
 * "Sam said: ok. Received on Yesterday at 11:40 AM." (MV10/clanker 2026-02, messages-takeout 2026-08,
 * Keepr live page 2026-09). Pure: `now` is passed in.
 *
 * English only. The label is translated with the page, and no public source states its wording in
 * another language, so a translated label reads as unknown (null) rather than as a guess. Who wrote
 * a message is also on the page as an attribute in every language (rows.ts); only the time needs
 * the label.
 *
 * The label holds the message's own words, which may themselves say "said:" or "Sent on Monday at
 * 3:00 PM.", so it is read from its ends: the sender is what comes before the first "said:" (the
 * name is first), the time is the last "Sent on … at …" (the words come before it).
 */

import { MONTHS, WEEKDAYS } from '../date-words.ts';

export interface MessageLabel {
  /** true when the person sent it, false when the other side did, null when the label does not say. */
  outgoing: boolean | null;
  /** The sender's name as the label gives it ("You" for the person), or null. */
  sender: string | null;
  /** When, in epoch ms, or null when the label's time cannot be read (or would be in the future). */
  at: number | null;
}

const UNKNOWN: MessageLabel = { outgoing: null, sender: null, at: null };

/** Tolerance for a phone and a laptop whose clocks disagree a little. */
const FUTURE_SLACK_MS = 5 * 60_000;

/** Where a word is in a list of names, written in full or cut short ("Sep", "Sept.", "Mon"); else -1. */
const nameIndex = (names: readonly string[], word: string | undefined): number => {
  const plain = word?.replace(/\.$/, '') ?? '';
  return plain.length < 3 ? -1 : names.findIndex((name) => name.startsWith(plain));
};

/** "Sam said: …", "Sam sent an image. …", "Sam sent a file: …", "Sam replied: …". */
const SENDER = /^(.+?) (?:said:|replied:|sent (?:an? |the )?[a-z]+)/;

/**
 * "Sent on <day> at <time>" (or "Received …"). The day holds no full stop, so a phrase in the
 * message's words never runs on into the real one; the day is optional ("Sent at 9:05 AM", today).
 */
const STAMP = /\b(Sent|Received)(?: on ([^.]{1,40}?),?)? at (\d{1,2})[:.](\d{2})(?: ?([AaPp])\.? ?[Mm]\b)?/g;

/** Reads one label; anything it does not recognise comes back as null, and it never throws. */
export function readMessageLabel(label: string | null | undefined, now: number): MessageLabel {
  if (!label) return UNKNOWN;
  const text = label.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  const sender = SENDER.exec(text)?.[1] ?? null;
  // A label that is not in English has no English stamp of its own: one in the message's words is not it.
  const stamp = sender === null ? null : lastStamp(text);
  if (stamp) return { outgoing: stamp[1] === 'Sent', sender, at: timeOf(stamp, now) };
  return { outgoing: sender === null ? null : sender === 'You', sender, at: null };
}

function lastStamp(text: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  STAMP.lastIndex = 0;
  for (let match = STAMP.exec(text); match; match = STAMP.exec(text)) last = match;
  return last;
}

function timeOf(stamp: RegExpExecArray, now: number): number | null {
  const [, , dayPhrase, hourText, minuteText, half] = stamp;
  const hour = hourOf(Number(hourText), half?.toLowerCase());
  const minute = Number(minuteText);
  if (hour === null || minute > 59) return null;
  for (const day of daysOf(dayPhrase ?? 'today', now)) {
    const at = new Date(day.getFullYear(), day.getMonth(), day.getDate(), hour, minute).getTime();
    if (at <= now + FUTURE_SLACK_MS) return at;
  }
  return null;
}

/** The 24-hour hour, from a 12-hour clock when the label has AM/PM and a 24-hour one when not. */
function hourOf(hour: number, half: string | undefined): number | null {
  if (half === undefined) return hour <= 23 ? hour : null;
  if (hour < 1 || hour > 12) return null;
  return (hour % 12) + (half === 'p' ? 12 : 0);
}

/**
 * The days a day phrase can name, likeliest first: the caller takes the first one that is not
 * in the future. Forms: "Today", "Yesterday", a weekday (the last one before today), "September 20,
 * 2026", "Sep 20" (this year or last), "Monday, July 28, 2025", "20 September 2026", "9/20/26".
 */
function daysOf(phrase: string, now: number): Date[] {
  const words = phrase.toLowerCase().replace(/,/g, ' ').split(' ').filter(Boolean);
  const today = new Date(now);
  const onDay = (offset: number) => new Date(today.getFullYear(), today.getMonth(), today.getDate() - offset);
  if (words.length === 1 && words[0] === 'today') return [onDay(0)];
  if (words.length === 1 && words[0] === 'yesterday') return [onDay(1)];
  if (words.length === 1) {
    const weekday = nameIndex(WEEKDAYS, words[0]);
    if (weekday >= 0) return [onDay((today.getDay() - weekday + 7) % 7 || 7)];
    return numericDays(words[0] ?? '');
  }
  // A weekday in front of a full date says nothing the date does not.
  const rest = nameIndex(WEEKDAYS, words[0]) >= 0 && words.length > 2 ? words.slice(1) : words;
  return namedMonthDays(rest, today);
}

/** "September 20[, 2026]" or "20 September[ 2026]"; without a year, this year's or last year's. */
function namedMonthDays(words: string[], today: Date): Date[] {
  const monthAt = words.findIndex((word) => nameIndex(MONTHS, word) >= 0);
  const numbers = words.filter((_, i) => i !== monthAt);
  if (monthAt < 0 || monthAt > 1 || numbers.length < 1 || numbers.length > 2) return [];
  if (!numbers.every((word) => /^\d{1,4}$/.test(word))) return [];
  const month = nameIndex(MONTHS, words[monthAt]);
  const day = Number(numbers[0]);
  const year = numbers[1] === undefined ? null : Number(numbers[1]);
  if (year !== null) return realDate(year, month, day);
  return [...realDate(today.getFullYear(), month, day), ...realDate(today.getFullYear() - 1, month, day)];
}

/** "9/20/26": month first as in the US English the labels were seen in, else day first ("20/9/26"). */
function numericDays(word: string): Date[] {
  const parts = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(word);
  if (!parts) return [];
  const [first, second, written] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const year = written < 100 ? 2000 + written : written;
  return [...realDate(year, first - 1, second), ...realDate(year, second - 1, first)];
}

/** The date, if it is one (no 31 September); month 0-based. */
function realDate(year: number, month: number, day: number): Date[] {
  if (year < 2000 || year > 2100 || month < 0 || month > 11 || day < 1) return [];
  const date = new Date(year, month, day);
  return date.getMonth() === month ? [date] : [];
}
