/**
 * When a Messenger message was written, as far as the page says. Messenger draws no time on a
 * message: it draws a time separator above a message that follows a gap (and above the first one
 * loaded), and every message below it, up to the next separator, was written at or after that
 * moment. Pure: `now` is passed in. Two texts are read:
 *
 * - A separator (`[data-scope="date_break"]`, selectors.ts): "2:41 PM" or "14:41" (today), "Today
 *   at 2:41 PM", "Yesterday at 2:41 PM", "Thu 6:42 PM" (the week before), "Feb 16, 2026, 2:42 PM",
 *   "16 Feb 2026, 14:42", "12/29/25, 11:16 AM" (seen 2026-03), with a narrow no-break space before
 *   AM/PM in some builds.
 * - A message's own spoken label, in the 2026-06 shape: "At June 11, 2026, 8:59 AM, You: phone
 *   booth", or "Enter, Message sent Today at 8:59 AM by Sam: hi" (seen 2026-06).
 *
 * Day and month names are read in English; digits in any order. A separator drawn on a page left
 * open overnight keeps saying "11:50 PM" after midnight, so every reading picks the latest moment
 * the words can name that is not in the future; anything else unreadable, impossible or ahead of
 * now is null, which never counts as recent.
 */

import { MONTHS, WEEKDAYS } from '../date-words.ts';

/** Tolerance for a phone and a laptop whose clocks disagree a little. */
const FUTURE_SLACK_MS = 5 * 60_000;
const DAY_MS = 24 * 60 * 60_000;

/** Spaces of every width (U+202F before AM/PM, U+00A0) as one plain space; direction marks gone. */
const plain = (text: string): string =>
  text
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();

/** "2:41 PM", "2:41 p.m.", "14:41": a clock with a colon, and what may follow it. */
const COLON_CLOCK = /(\d{1,2}):(\d{2})(?!\d)/;
/** Some locales write "14.41"; a dotted date ("29.12.25") has a third number, a clock does not. */
const DOT_CLOCK = /(?:^|[^\d.])(\d{1,2})\.(\d{2})(?!\d|\.\d)/;
const HALF = /^\s?([AaPp])\.?\s?[Mm]\.?(?![A-Za-z])/;

interface Clock {
  hour: number;
  minute: number;
  /** Where the clock (with its AM/PM) starts and ends in the text. */
  start: number;
  end: number;
}

function clockIn(text: string): Clock | null {
  const match = COLON_CLOCK.exec(text) ?? DOT_CLOCK.exec(text);
  if (!match) return null;
  const start = match.index + match[0].length - (match[1]?.length ?? 0) - 1 - (match[2]?.length ?? 0);
  let end = match.index + match[0].length;
  let hour = Number(match[1]);
  const minute = Number(match[2]);
  const half = HALF.exec(text.slice(end));
  if (minute > 59) return null;
  if (half) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (half[1]?.toLowerCase() === 'p' ? 12 : 0);
    end += half[0].length;
  } else if (hour > 23) {
    return null;
  }
  return { hour, minute, start, end };
}

/** Where a word is in a list of names, written in full or cut short ("Thu", "Sept."); else -1. */
function nameIndex(names: readonly string[], word: string | undefined): number {
  const short = (word ?? '').replace(/\.$/, '').toLowerCase();
  return short.length < 3 ? -1 : names.findIndex((name) => name.startsWith(short));
}

const atMidnight = (year: number, month: number, date: number): Date | null => {
  if (year < 2000 || year > 2100 || month < 0 || month > 11 || date < 1) return null;
  const day = new Date(year, month, date);
  return day.getMonth() === month ? day : null;
};

/**
 * The days a day phrase can name, any order: the caller keeps the latest moment not in the future.
 * Empty or "today": today (or yesterday, on a page open since before midnight); a weekday: its last
 * two occurrences; a month and a day: this year's and last year's; three numbers: both orders.
 */
function daysOf(phrase: string, now: number): Date[] {
  const today = new Date(now);
  const back = (days: number) => new Date(today.getFullYear(), today.getMonth(), today.getDate() - days);
  const words = phrase
    .toLowerCase()
    .replace(/[,]/g, ' ')
    .split(' ')
    .filter((word) => word && word !== 'at' && word !== 'on');
  if (words.length === 0 || (words.length === 1 && words[0] === 'today')) return [back(0), back(1)];
  if (words.length === 1 && words[0] === 'yesterday') return [back(1)];
  if (words.length === 1) {
    const weekday = nameIndex(WEEKDAYS, words[0]);
    if (weekday >= 0) {
      const since = (today.getDay() - weekday + 7) % 7;
      return [back(since), back(since + 7)];
    }
    return numericDays(words[0] ?? '');
  }
  // A weekday in front of a full date says nothing the date does not.
  const rest = nameIndex(WEEKDAYS, words[0]) >= 0 ? words.slice(1) : words;
  return namedMonthDays(rest, today);
}

/** "feb 16 2026", "16 february", "february 16": this year's and last year's when no year is written. */
function namedMonthDays(words: string[], today: Date): Date[] {
  const monthAt = words.findIndex((word) => nameIndex(MONTHS, word) >= 0);
  const numbers = words.filter((_, i) => i !== monthAt);
  if (monthAt < 0 || monthAt > 1 || numbers.length < 1 || numbers.length > 2) return [];
  if (!numbers.every((word) => /^\d{1,4}$/.test(word))) return [];
  const month = nameIndex(MONTHS, words[monthAt]);
  const date = Number(numbers[0]);
  const years =
    numbers[1] === undefined ? [today.getFullYear(), today.getFullYear() - 1] : [Number(numbers[1])];
  return years.map((year) => atMidnight(year, month, date)).filter((day): day is Date => day !== null);
}

/** "12/29/25", "29.12.2025", "2025-12-29": every order that makes a real date. */
function numericDays(word: string): Date[] {
  const parts = /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})\.?$/.exec(word);
  if (!parts) return [];
  const [a = '', b = '', c = ''] = [parts[1], parts[2], parts[3]];
  const year = (digits: string) => (digits.length === 2 ? 2000 + Number(digits) : Number(digits));
  const readings: Array<[number, number, number]> =
    a.length === 4
      ? [[year(a), Number(b), Number(c)]]
      : c.length === 4 || c.length === 2
        ? [
            [year(c), Number(a), Number(b)],
            [year(c), Number(b), Number(a)],
          ]
        : [];
  return readings
    .map(([y, month, date]) => atMidnight(y, month - 1, date))
    .filter((day): day is Date => day !== null);
}

/** The latest of the days at the clock's time that is not ahead of now; null when none is. */
function latestNotAhead(days: Date[], clock: Clock, now: number): number | null {
  let best: number | null = null;
  for (const day of days) {
    const at = new Date(day.getFullYear(), day.getMonth(), day.getDate(), clock.hour, clock.minute).getTime();
    if (at > now + FUTURE_SLACK_MS || now - at > 400 * DAY_MS) continue;
    if (best === null || at > best) best = at;
  }
  return best;
}

/** The moment a time separator names, or null when it is not one read here. */
export function separatorTime(text: string | null | undefined, now: number): number | null {
  if (!text) return null;
  const words = plain(text).slice(0, 80);
  const clock = clockIn(words);
  if (!clock) return null;
  const phrase = `${words.slice(0, clock.start)} ${words.slice(clock.end)}`.replace(/\s+/g, ' ').trim();
  return latestNotAhead(daysOf(phrase, now), clock, now);
}

export interface MessageLabel {
  /** Who sent it as the label names them ("You" for the person), or null. */
  sender: string | null;
  /** true when the label names the person, false when it names someone else, null when unread. */
  outgoing: boolean | null;
  at: number | null;
  /** The message's words as the label gives them ('' when it gives none). */
  words: string;
}

const UNREAD: MessageLabel = { sender: null, outgoing: null, at: null, words: '' };

/** The label's two English openings; the time comes next, then the sender and the words. */
const OPENING = /^(?:At |Enter, Message sent )/i;

/**
 * Reads a message's spoken label, "At June 11, 2026, 8:59 AM, You: phone booth" or "Enter, Message
 * sent Today at 8:59 AM by Sam: hi". The time ends at its clock; the sender is what comes before
 * the first ": " after it (the name is first, the words after). Never throws.
 */
export function readMessageLabel(label: string | null | undefined, now: number): MessageLabel {
  if (!label) return UNREAD;
  const text = plain(label).slice(0, 2000);
  const opening = OPENING.exec(text);
  if (!opening) return UNREAD;
  const rest = text.slice(opening[0].length);
  const clock = clockIn(rest.slice(0, 80));
  if (!clock) return UNREAD;
  const phrase = rest.slice(0, clock.start).trim();
  const at = latestNotAhead(daysOf(phrase, now), clock, now);
  const after = rest
    .slice(clock.end)
    .replace(/^[\s,]+/, '')
    .replace(/^by\s+/i, '');
  const colon = after.indexOf(': ');
  const sender = (colon >= 0 ? after.slice(0, colon) : after).trim() || null;
  const words = colon >= 0 ? after.slice(colon + 2).trim() : '';
  return { sender, outgoing: sender === null ? null : sender.toLowerCase() === 'you', at, words };
}
