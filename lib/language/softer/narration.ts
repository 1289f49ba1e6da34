import { DEFAULT_LANGUAGE, rulesFor } from '../rules/index.ts';
import type { SofterRewriteCopy } from '../rules/types.ts';

type NarrationCopy = SofterRewriteCopy['narration'];

/** How long, as a person would say it: "30 minutes", "an hour", "an hour and a half", "2 hours". */
export function pauseWords(minutes: number, copy: NarrationCopy): string {
  if (minutes === 60) return copy.hour;
  if (minutes === 90) return copy.hourAndHalf;
  if (minutes > 60 && minutes % 60 === 0) return copy.hours.replace('{n}', String(minutes / 60));
  return copy.minutes.replace('{n}', String(minutes));
}

/**
 * The playbook's narrated pause with a concrete time to come back by, `minutes` from `now` (the
 * agreement's longest pause): the words the person who goes quiet is offered to send. The clock
 * is the person's own locale's ("8:30 PM", "20:30"); the spaces some locales put in it are plain
 * spaces, so the words read, and parse, like typed ones.
 */
export function narratedPause(minutes: number, now: number, language = DEFAULT_LANGUAGE): string {
  // A language without its own wording yet is offered the default language's.
  const copy = (rulesFor(language) ?? rulesFor(DEFAULT_LANGUAGE))?.softer.narration;
  if (!copy) return '';
  const back = new Date(now + minutes * 60_000);
  const clock = back
    .toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit' })
    .replace(/\s/g, ' ');
  const day = back.getDate() === new Date(now).getDate() ? clock : copy.nextDay.replace('{clock}', clock);
  return copy.script.replace('{pause}', pauseWords(minutes, copy)).replace('{clock}', day);
}
