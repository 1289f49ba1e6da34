import type { ProtestMarker } from './types.ts';

/**
 * The one-line explanation under a highlight quotes the person's own words — the words the marker
 * actually covers — never a stock phrase: "You always…" is not explained as "You never…".
 * Explanations in a language's table put `{words}` where the quote goes.
 */

/** A long span is quoted by its first words, so the line stays one line. */
const MAX_QUOTED_WORDS = 6;

export function explained(marker: ProtestMarker, draft: string): ProtestMarker {
  const template = marker.explanation;
  if (!template.includes('{words}')) return marker;
  const span = draft
    .slice(marker.start, marker.end)
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:]+|[\s,;:]+$/g, '');
  const words = span.split(' ');
  let quoted = words.length > MAX_QUOTED_WORDS ? `${words.slice(0, MAX_QUOTED_WORDS).join(' ')}…` : span;
  // A quote that opens the line opens it with a capital, as the line's first word would.
  if (template.startsWith('“{words}')) quoted = `${quoted.charAt(0).toUpperCase()}${quoted.slice(1)}`;
  // A template that trails off ("{words}…") does not trail off twice, nor after a "?" or "!".
  const explanation = template
    .replace('{words}', quoted)
    .replace(/…+…/g, '…')
    .replace(/([?!.])…/g, '$1');
  return { ...marker, explanation };
}
