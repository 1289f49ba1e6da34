/**
 * When a Web A message was written. Each message shows only a clock ("20:15", or "08:15 PM" with a
 * no-break space, after "edited " on edited ones: telegram-tt dateFormat.ts formatTime); its day
 * is the heading of the date group it sits in (formatHumanDate): "Today", "Yesterday", a weekday
 * name for the six days before, else "November 28", with ", 2024" when the year is not this one.
 * Headings are read in English; any other heading leaves the time unknown (null), which never
 * counts as recent. Pure: `now` is passed in.
 */

import { MONTHS, WEEKDAYS } from '../date-words.ts';

/** Tolerance for a phone and a laptop whose clocks disagree a little. */
const FUTURE_SLACK_MS = 5 * 60_000;

/** The time of day a label shows, 24-hour; null when the label holds no clock. */
export function clockOf(label: string): { hour: number; minute: number } | null {
  const match = /(\d{1,2}):(\d{2})(?!\d)(?:\s*([AaPp])\.?\s*[Mm]\b)?/.exec(label.replace(/\u00a0/g, ' '));
  if (!match) return null;
  const minute = Number(match[2]);
  let hour = Number(match[1]);
  const half = match[3]?.toLowerCase();
  if (minute > 59) return null;
  if (half) {
    // formatTime writes midnight as "00:15 AM" and noon as "12:15 PM".
    if (hour > 12) return null;
    hour = (hour % 12) + (half === 'p' ? 12 : 0);
  } else if (hour > 23) {
    return null;
  }
  return { hour, minute };
}

const startOfDay = (at: number): Date => {
  const day = new Date(at);
  day.setHours(0, 0, 0, 0);
  return day;
};

const daysBefore = (day: Date, count: number): Date =>
  new Date(day.getFullYear(), day.getMonth(), day.getDate() - count);

/** "November 28", "Nov 28", "28 November", each with an optional year; a month by three letters or more. */
function calendarDay(heading: string, today: Date): Date | null {
  const match = /^(?:([a-z]{3,})\.?\s+(\d{1,2})|(\d{1,2})\s+([a-z]{3,})\.?)(?:,?\s+(\d{4}))?$/.exec(heading);
  if (!match) return null;
  const name = match[1] ?? match[4] ?? '';
  const month = MONTHS.findIndex((full) => full.startsWith(name));
  const date = Number(match[2] ?? match[3]);
  const year = match[5] ? Number(match[5]) : today.getFullYear();
  if (month < 0) return null;
  const day = new Date(year, month, date);
  return day.getMonth() === month && day.getDate() === date ? day : null;
}

/** The local day a date-group heading names (its midnight), or null when it is not one read here. */
export function dayOf(heading: string, now: number): Date | null {
  const text = heading
    .replace(/\u00a0/g, ' ')
    .trim()
    .toLowerCase();
  const today = startOfDay(now);
  if (text === 'today') return today;
  if (text === 'yesterday') return daysBefore(today, 1);
  const weekday = WEEKDAYS.indexOf(text);
  if (weekday >= 0) {
    // A weekday heading names one of the six days before today (today and yesterday have their own).
    for (let back = 1; back <= 6; back++) {
      const day = daysBefore(today, back);
      if (day.getDay() === weekday) return day;
    }
    return null;
  }
  return calendarDay(text, today);
}

/** The moment a message's clock names on its group's day; null if either is unreadable or it is ahead of now. */
export function messageTime(label: string, heading: string | null, now: number): number | null {
  const clock = clockOf(label);
  const day = heading === null ? null : dayOf(heading, now);
  if (!clock || !day) return null;
  const at = new Date(day.getFullYear(), day.getMonth(), day.getDate(), clock.hour, clock.minute).getTime();
  return at > now + FUTURE_SLACK_MS ? null : at;
}
