/**
 * Reads the time out of WhatsApp's `data-pre-plain-text` ("[10:54 PM, 12/9/2025] Name: "), whose
 * order and words follow the user's locale: "[22:54, 9.12.2025]", "[10:54 p. m., 9/12/2025]",
 * "[오후 10:54, 2025. 12. 9.]", Arabic-Indic digits, and so on. Pure: `now` is passed in.
 *
 * Day/month order cannot be known from the text alone (en-US and en-AU both write "10:54 pm,
 * 9/12/2025"), so every reading that makes a real date is tried and the one closest to `now`
 * without being in the future wins. That is exactly the question the unanswered streak asks —
 * "was this sent in the last few hours?" — and two readings of different days can never both be.
 * Anything unreadable, impossible or in the future yields null, which never counts as recent.
 */

/** First code point of each Unicode block of decimal digits that chat apps render. */
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50, 0x1040, 0x17e0, 0xff10];

/**
 * Chinese builds name the part of the day before a 12-hour clock, in seven words rather than two
 * (messaging-dom.md §1.3, 2026-05): 凌晨 清晨 早上 上午 are before noon, 下午 晚上 after it, and
 * 中午 is around noon itself (12:xx stays 12, 1:xx and 2:xx are 13 and 14). Handling only
 * 上午/下午 put every evening message twelve hours early.
 */
const NOON_WORDS = ['中午'];

const PM_WORDS = [
  'pm',
  'p.m',
  'p. m',
  'nachm',
  '午後',
  '下午',
  '晚上',
  '오후',
  'م',
  'ب.ظ',
  'μμ',
  'μ.μ',
  'ch',
  'du soir',
];
const AM_WORDS = [
  'am',
  'a.m',
  'a. m',
  'vorm',
  '午前',
  '上午',
  '凌晨',
  '清晨',
  '早上',
  '오전',
  'ص',
  'ق.ظ',
  'πμ',
  'π.μ',
  'sa',
];

/** Tolerance for a phone and a laptop whose clocks disagree a little. */
const FUTURE_SLACK_MS = 5 * 60_000;

function asciiDigits(text: string): string {
  if (/^[\t -~]*$/.test(text)) return text;
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9);
    out += zero === undefined ? char : String(code - zero);
  }
  return out;
}

/** Latin markers must start a word ("pm" but not "npm"); others are matched anywhere. */
function markerPattern(words: readonly string[]): RegExp {
  const literal = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const latin = words.filter((word) => /^[a-z. ]+$/.test(word)).map(literal);
  const other = words.filter((word) => !/^[a-z. ]+$/.test(word)).map(literal);
  const parts = [latin.length > 0 ? `(?:^|[^a-z])(?:${latin.join('|')})` : '', ...other].filter(Boolean);
  return new RegExp(parts.join('|'));
}

const NOON = markerPattern(NOON_WORDS);
const PM = markerPattern(PM_WORDS);
const AM = markerPattern(AM_WORDS);

type Half = 'am' | 'pm' | 'noon';

function meridiem(words: string): Half | null {
  const lower = words.toLowerCase();
  if (NOON.test(lower)) return 'noon';
  if (PM.test(lower)) return 'pm';
  if (AM.test(lower)) return 'am';
  return null;
}

/** The 24-hour hour of a 12-hour clock reading, or null if the hour cannot be on that clock. */
function hourOn(half: Half, hour: number): number | null {
  if (hour < 1 || hour > 12) return null;
  if (half === 'noon') return hour >= 11 ? hour : hour + 12;
  return (hour % 12) + (half === 'pm' ? 12 : 0);
}

function daysIn(year: number, month: number): number {
  return new Date(year, month, 0).getDate();
}

interface Clock {
  hour: number;
  minute: number;
  rest: string;
}

function readClock(text: string): Clock | null {
  const colon = /(\d{1,2}):(\d{2})(?!\d)/.exec(text);
  // Some locales write the time with a dot ("22.54"); a dotted date has a third number, a time does not.
  const match = colon ?? /(?:^|[^\d.])(\d{1,2})\.(\d{2})(?![\d]|\.\d)/.exec(text);
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  const rest =
    text.slice(0, match.index) + ' '.repeat(match[0].length) + text.slice(match.index + match[0].length);
  return { hour, minute, rest };
}

/** Local-time candidates for a date written as three numbers in an unknown order. */
function dateReadings(numbers: string[]): Array<[number, number, number]> {
  const [a, b, c] = numbers;
  if (a === undefined || b === undefined || c === undefined || numbers.length !== 3) return [];
  const year = (digits: string) => (digits.length === 2 ? 2000 + Number(digits) : Number(digits));
  if (a.length === 4) return [[year(a), Number(b), Number(c)]];
  if (c.length !== 4 && c.length !== 2) return [];
  return [
    [year(c), Number(b), Number(a)],
    [year(c), Number(a), Number(b)],
  ];
}

/** The time of day in a label such as "10:54 PM", "22:54" or "下午2:11", with what is left of the text. */
function timeOfDay(label: string): { hour: number; minute: number; rest: string } | null {
  const text = asciiDigits(label);
  const clock = readClock(text);
  if (!clock || clock.minute > 59) return null;
  const half = meridiem(clock.rest.replace(/\d+/g, ' '));
  const hour = half ? hourOn(half, clock.hour) : clock.hour <= 23 ? clock.hour : null;
  return hour === null ? null : { hour, minute: clock.minute, rest: clock.rest };
}

/**
 * The moment a bubble's own time label ("10:54 PM", as `msg-meta` shows it on media bubbles that
 * carry no stamp) names on the local day that holds `day`; null if the label is not a time.
 */
export function timeOnDay(label: string, day: number): number | null {
  const clock = timeOfDay(label.slice(0, 40));
  if (!clock) return null;
  const date = new Date(day);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate(), clock.hour, clock.minute).getTime();
}

export function parseMessageTime(prePlainText: string, now: number): number | null {
  const bracket = /\[([^\]]{3,80})\]/.exec(prePlainText);
  if (!bracket?.[1]) return null;
  const clock = timeOfDay(bracket[1]);
  if (!clock) return null;
  const hour = clock.hour;

  const numbers = clock.rest.match(/\d+/g) ?? [];
  const today = new Date(now);
  const readings: Array<[number, number, number]> =
    numbers.length === 0
      ? [[today.getFullYear(), today.getMonth() + 1, today.getDate()]]
      : dateReadings(numbers);

  let best: number | null = null;
  for (const [year, month, day] of readings) {
    if (year < 2000 || year > 2100 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month))
      continue;
    const at = new Date(year, month - 1, day, hour, clock.minute).getTime();
    if (at > now + FUTURE_SLACK_MS) continue;
    if (best === null || at > best) best = at;
  }
  return best;
}
