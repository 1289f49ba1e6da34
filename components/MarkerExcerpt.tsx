import type { ProtestMarker } from '@/lib/language/types.ts';

/** Characters of context shown either side of a protest marker; drafts can be 100,000 long. */
const CONTEXT = 40;
const MAX_MARKERS = 3;

/** Moves an offset off the second half of a surrogate pair so emoji are never cut in two. */
function safe(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff ? index - 1 : index;
}

/**
 * The draft around each protest marker, the marker highlighted, with its one-line explanation.
 * Text is rendered as text nodes only, so a draft that looks like HTML stays text.
 */
export function MarkerExcerpt({ draft, markers }: { draft: string; markers: readonly ProtestMarker[] }) {
  return (
    <ul class="markers">
      {markers.slice(0, MAX_MARKERS).map((marker) => {
        const from = safe(draft, Math.max(0, marker.start - CONTEXT));
        const to = safe(draft, Math.min(draft.length, marker.end + CONTEXT));
        return (
          <li key={`${marker.start}-${marker.end}`}>
            <q dir="auto">
              {from > 0 && '…'}
              {draft.slice(from, marker.start)}
              <mark>{draft.slice(marker.start, marker.end)}</mark>
              {draft.slice(marker.end, to)}
              {to < draft.length && '…'}
            </q>
            <span class="explanation">{marker.explanation}</span>
          </li>
        );
      })}
    </ul>
  );
}
