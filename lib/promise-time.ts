/**
 * The moment a sent message promises to come back ("back in 30", "can we talk at 8?"), so Softer can
 * offer a gentle "come back" prompt then. Only the time is ever kept, never the text. A wrong
 * reminder is worse than none: anything vague ("soon", "a few minutes"), any choice ("at 8 or 9")
 * and any day Softer cannot be sure of gives null. Pure: `now` is passed in, no clock is read.
 */
import { carriesSignal } from './agreement.ts';

/** A promise to come back is never buried deep; huge pastes stay cheap to read. */
const READ_LIMIT = 2000;
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** Two readings this close are one promise ("about 30 minutes… back by 8:30" sent at 8:01). */
const SAME_PROMISE = 5 * MINUTE;
/** "back in 30" means minutes; a bare number past three hours is not minutes any more. */
const BARE_MINUTES_MAX = 180;
const DEFAULT_PAUSE_MINUTES = 60;

/**
 * Words that make a message a promise to return. Without one of them (or the pause signal) a time
 * is just a time: "dinner at 8" sets no reminder. Covers back / brb / bk / "b back" / come back /
 * get back, ttyl(s), talk, speak, chat, call, ring, text, message, reply, continue, resume, pick
 * this up, get to this, give me / gimme, need, let me, discuss, sort this out, see you, catch up,
 * and "be / I'm free, home, there, on, around, online, done, available".
 */
const RETURN_CUE =
  /\b(?:back|brb|bk|ttyl|ttys|talk|speak|chat|call|ring|text|message|msg|reply|continue|resume|pick (?:this|it|that) (?:back )?up|get to (?:this|it|that)|give me|gimme|need|let me|discuss|sort (?:this|it|that|things) out|see you|catch up|(?:be|i'm|im|i am) (?:free|home|there|on|around|online|done|available))\b/;

/** Spoken numbers, read as digits: "give me ten", "back in forty-five minutes". */
const ONES =
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen';
const ONES_VALUE = new Map(ONES.split(' ').map((word, i) => [word, i + 1] as const));
const TENS_VALUE = new Map(
  Object.entries({ twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, ninety: 90 }),
);
const COMPOUND_NUMBER =
  /\b(twenty|thirty|forty|fourty|fifty|sixty|ninety)(?:[\s-](one|two|three|four|five|six|seven|eight|nine))?\b/g;
const SINGLE_NUMBER = new RegExp(`\\b(${ONES.replaceAll(' ', '|')})\\b`, 'g');

/** Spoken durations rewritten as minutes, longest phrases first ("half an hour" before "an hour"). */
const SPOKEN_DURATIONS: [RegExp, string][] = [
  [/\b(?:an?|1) (?:hour|hr) and (?:a )?half\b/g, '90 min'],
  [/\b(\d+) and a half (hours?|hrs?)\b/g, '$1.5 $2'],
  [/\b(?:half an?|a half) (?:hour|hr)\b/g, '30 min'],
  [/\b(?:an? )?quarter (?:of an? )?(?:hour|hr)\b/g, '15 min'],
  [/\b(?:a )?couple (?:of )?(?:hours|hrs)\b/g, '120 min'],
  [/\ban? (?:hour|hr)\b/g, '60 min'],
];

const FILLER = String.raw`(?:\s+(?:about|around|like|maybe|roughly|approx|approximately|another|just|only|a good)){0,2}`;
/** After a bare number, these say it is not a clock hour ("at 8 months", "by 5 dec", "at 1 point"). */
const NOT_A_TIME = String.raw`\s*(?:m|mn|mins?|minutes?|h|hrs?|hours?|s|secs?|seconds?|days?|weeks?|wks?|months?|years?|yrs?|percent|pounds?|quid|dollars?|bucks|euros?|k|kg|km|miles?|lbs?|people|persons?|kids|children|times?|things?|points?|more|st|nd|rd|th|jan\w*|feb\w*|mar(?:ch)?|apr\w*|may|june?|july?|aug\w*|sept?\w*|oct\w*|nov\w*|dec\w*)(?!\p{L})`;
/** What may follow "back in 30" for it to be minutes: the end, punctuation, emoji or a small word. */
const BARE_END = String.raw`(?=\s*(?:$|(?:ok|okay|k|kk|pls|please|plz|then|and|or|to|so|babe|baby|love|hun|x+|i|i'm|im|i'll|ill|we|we'll|max|tops|ish|yeah|yes|sorry|promise)(?![\p{L}\p{N}])|[^\p{L}\p{N}\s%£$€.,:/]|[.,:/](?!\p{N})))`;
/** Not the tail of a price, a date, a decimal or a longer number ("£8", "1/8", "07700 900123"). */
const NOT_AFTER = String.raw`(?<![\p{N}£$€.:,/])`;

/** "or 9", "- 10", "to 8pm" next to a time: a choice or a range, never one promise. */
const ALTERNATIVE_AFTER = /^\s*(?:or|to|-|–|—)\s*(?:\d|half|quarter|noon|midnight)/;
/** "at 8, or is 9 better?", "back in 5, actually 10": a second number offered as a choice or a fix. */
const SECOND_THOUGHT =
  /\b(?:or|actually|i mean|make (?:it|that))[\s,]+(?:(?:is|maybe|even|at|in|by|around)\s+)?\d/;
const ALTERNATIVE_BEFORE = /(?:\d|am|pm|min|mins|minutes|hours?|hrs?|noon)\s*(?:or|to|-|–|—)\s*$/;

const TOMORROW = /\b(?:tomorrow|tmrw|tmrow|tmr|tmw|tomoz|2moro|2morrow|2mrw)\b/;
const TODAY_PART = /\b(?:tonight|tonite|2nite|this (?:morning|afternoon|evening))\b/;
const EVENING = /\b(?:tonight|tonite|2nite|(?:this|in the|tomorrow|tmrw|tmr) (?:evening|afternoon|night))\b/;
const MORNING = /\b(?:this|in the|tomorrow|tmrw|tmr) morning\b/;
/** A day Softer does not place: a clock time with one of these is left alone. */
const ANOTHER_DAY = /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend|next week|day after)\b/;

type Mention =
  | { minutes: number }
  | { hour: number; minute: number; meridiem: 'am' | 'pm' | null; twentyFour: boolean };

interface Day {
  tomorrow: boolean;
  conflict: boolean;
  period: 'am' | 'pm' | 'both' | null;
}

const duration = (amount: number, unit: string): Mention | null =>
  amount > 0 ? { minutes: unit.startsWith('h') ? amount * 60 : amount } : null;

/** A clock as written: "08:30" and "20:30" are 24-hour; "8:30" is not (yet). */
function clock(
  hourText: string,
  minuteText: string | undefined,
  meridiem: string | undefined,
): Mention | null {
  const hour = Number(hourText);
  const minute = minuteText === undefined ? 0 : Number(minuteText);
  if (hour > 23 || minute > 59) return null;
  const twentyFour = hour === 0 || hour > 12 || hourText.startsWith('0');
  if (meridiem && !twentyFour) return { hour, minute, meridiem: meridiem === 'a' ? 'am' : 'pm', twentyFour };
  if (meridiem && (hour === 0 || hourText.startsWith('0'))) return null;
  return { hour, minute, meridiem: null, twentyFour };
}

/** Readers in order of precedence: a span one has read is not read again by a later one. */
const READERS: { pattern: RegExp; read: (m: RegExpMatchArray) => Mention | null }[] = [
  {
    pattern: new RegExp(
      String.raw`\b(?:back|bk|brb|in|within|give me|gimme|needs?)${FILLER}\s+~?\s*(\d{1,3}(?:\.\d+)?)\s*(m|mn|mins?|minutes?|h|hrs?|hours?)(?![\p{L}\p{N}])`,
      'gu',
    ),
    read: (m) => duration(Number(m[1]), m[2] ?? ''),
  },
  {
    pattern: new RegExp(
      String.raw`\b(?:(?:back|bk) in|brb(?: in)?|give me|gimme)${FILLER}\s+(\d{1,3})${BARE_END}`,
      'gu',
    ),
    read: (m) => (Number(m[1]) <= BARE_MINUTES_MAX ? duration(Number(m[1]), 'm') : null),
  },
  {
    pattern: new RegExp(
      String.raw`${NOT_AFTER}(\d{1,2})(?:[:.](\d{2}))?\s*([ap])(?:m|\.m\.?)(?![\p{L}\p{N}])`,
      'gu',
    ),
    read: (m) => clock(m[1] ?? '', m[2], m[3]),
  },
  {
    pattern: new RegExp(String.raw`${NOT_AFTER}(\d{1,2}):(\d{2})(?![\p{N}%]|[.:/]\p{N})`, 'gu'),
    read: (m) => clock(m[1] ?? '', m[2], undefined),
  },
  {
    pattern: new RegExp(
      String.raw`(?:\b(?:at|by|around|round|until|till|til)\s+|@\s*)(\d{1,2})(?:[.:](\d{2}))?(?:\s*-?ish)?(?![\p{L}\p{N}%]|[.,:/]\p{N}|${NOT_A_TIME})`,
      'gu',
    ),
    read: (m) => clock(m[1] ?? '', m[2], undefined),
  },
  {
    pattern: new RegExp(String.raw`${NOT_AFTER}(\d{1,2})\s*o'?\s?clock\b`, 'gu'),
    read: (m) => clock(m[1] ?? '', undefined, undefined),
  },
  {
    // "half past 8", "quarter to 9", and the British "half 8" (8:30).
    pattern:
      /\b(?:(half|quarter) (?:past|after)|(quarter) to|(half)) (\d{1,2})(?![\p{L}\p{N}%]|[.,:/]\p{N})/gu,
    read: (m) => {
      const hour = Number(m[4]);
      if (hour < 1 || hour > 12) return null;
      if (m[2]) return clock(String(hour === 1 ? 12 : hour - 1), '45', undefined);
      return clock(String(hour), m[1] === 'quarter' ? '15' : '30', undefined);
    },
  },
  {
    pattern: /\b(noon|midday|midnight)\b/g,
    read: (m) => (m[1] === 'midnight' ? clock('0', '00', undefined) : clock('12', '00', 'p')),
  },
];

/** Lower case, one kind of apostrophe, single spaces, and spoken numbers as digits. */
function normalise(text: string): string {
  let message = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(COMPOUND_NUMBER, (_, tens: string, one?: string) =>
      String((TENS_VALUE.get(tens) ?? 0) + (one ? (ONES_VALUE.get(one) ?? 0) : 0)),
    )
    .replace(SINGLE_NUMBER, (word: string) => String(ONES_VALUE.get(word) ?? word));
  for (const [phrase, minutes] of SPOKEN_DURATIONS) message = message.replace(phrase, minutes);
  return message;
}

/** Every time the message names, or 'choice' when it offers more than one ("at 8 or 9"). */
function mentionsIn(message: string): Mention[] | 'choice' {
  const taken: [number, number][] = [];
  const mentions: Mention[] = [];
  for (const { pattern, read } of READERS) {
    for (const match of message.matchAll(pattern)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      if (taken.some(([from, to]) => start < to && end > from)) continue;
      const mention = read(match);
      if (!mention) continue;
      const before = message.slice(Math.max(0, start - 16), start);
      if (ALTERNATIVE_AFTER.test(message.slice(end, end + 16)) || ALTERNATIVE_BEFORE.test(before))
        return 'choice';
      taken.push([start, end]);
      mentions.push(mention);
    }
  }
  return mentions;
}

function dayOf(message: string): Day {
  const evening = EVENING.test(message);
  const morning = MORNING.test(message);
  const tomorrow = TOMORROW.test(message);
  return {
    tomorrow,
    conflict: ANOTHER_DAY.test(message) || (tomorrow && TODAY_PART.test(message)),
    period: evening && morning ? 'both' : evening ? 'pm' : morning ? 'am' : null,
  };
}

/** A clock time placed on the calendar (never by adding 24 hours, so DST changes stay right). */
function placeClock(c: Exclude<Mention, { minutes: number }>, now: number, day: Day): number | null {
  if (day.conflict) return null;
  const today = new Date(now);
  const at = (days: number, hour: number) =>
    new Date(today.getFullYear(), today.getMonth(), today.getDate() + days, hour, c.minute).getTime();
  const next = (...times: number[]) => Math.min(...times.filter((time) => time > now));
  // Today if still ahead; tomorrow only when the message says so; a passed time is not guessed at.
  const onTheDay = (hour: number) => (day.tomorrow ? at(1, hour) : at(0, hour) > now ? at(0, hour) : null);
  // Midnight and 00:xx can only mean the coming one, unless "tomorrow" makes it a riddle.
  if (c.hour === 0) return day.tomorrow ? null : next(at(0, 0), at(1, 0));
  if (c.twentyFour) return onTheDay(c.hour);
  const morning = c.hour % 12;
  if (c.meridiem) {
    if (day.period !== null && day.period !== c.meridiem) return null;
    return onTheDay(c.meridiem === 'am' ? morning : morning + 12);
  }
  if (day.period === 'both' || (day.period !== null && c.hour === 12)) return null;
  if (day.period) return onTheDay(day.period === 'am' ? morning : morning + 12);
  if (day.tomorrow) return null;
  // "can we talk at 8?": whichever 8 o'clock comes first, always within 12 hours.
  return next(at(0, morning), at(0, morning + 12), at(1, morning), at(1, morning + 12));
}

function explicitReturn(message: string, now: number): number | null {
  const mentions = mentionsIn(message);
  if (mentions === 'choice' || mentions.length === 0 || SECOND_THOUGHT.test(message)) return null;
  const day = dayOf(message);
  const times = mentions.map((m) =>
    'minutes' in m ? now + Math.round(m.minutes * MINUTE) : placeClock(m, now, day),
  );
  const placed = times.filter((time): time is number => time !== null && time > now && time <= now + DAY);
  if (placed.length < times.length) return null;
  const latest = Math.max(...placed);
  return latest - Math.min(...placed) <= SAME_PROMISE ? latest : null;
}

/** The moment a sent message promises to come back, or null when it promises none or is ambiguous. */
export function promisedReturn(
  text: string,
  now: number,
  options?: { signal?: string; maxPauseMinutes?: number },
): number | null {
  if (typeof text !== 'string' || !Number.isFinite(now)) return null;
  // Cut at a space so no number is cut in two ("back in 30" read as "back in 3").
  const head = text.length > READ_LIMIT ? text.slice(0, text.lastIndexOf(' ', READ_LIMIT) + 1) : text;
  const message = normalise(head);
  const signalled = Boolean(options?.signal) && carriesSignal(head, options?.signal ?? '');
  if (!signalled && !RETURN_CUE.test(message)) return null;
  const explicit = explicitReturn(message, now);
  if (explicit !== null || !signalled) return explicit;
  // The signal with no readable time: the pause lasts what the couple agreed.
  const agreed = options?.maxPauseMinutes;
  const minutes = typeof agreed === 'number' && agreed > 0 ? agreed : DEFAULT_PAUSE_MINUTES;
  return minutes * MINUTE <= DAY ? now + minutes * MINUTE : null;
}
