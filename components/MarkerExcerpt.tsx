import type { ProtestMarker } from '@/lib/language/types.ts';

/** Drafts up to this long are shown whole; longer ones (up to 100,000 characters) as excerpts. */
const WHOLE = 280;
/** Characters of context shown either side of a protest marker in an excerpt. */
const CONTEXT = 40;
const MAX_MARKERS = 3;

/** Moves an offset off the second half of a surrogate pair so emoji are never cut in two. */
function safe(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff ? index - 1 : index;
}

/** The text from `from` to `to` with every marker inside it highlighted. */
function Highlighted({
  draft,
  markers,
  from,
  to,
}: {
  draft: string;
  markers: readonly ProtestMarker[];
  from: number;
  to: number;
}) {
  const parts = [];
  let at = from;
  for (const marker of markers) {
    if (marker.start < at || marker.end > to) continue;
    parts.push(
      draft.slice(at, marker.start),
      <mark key={marker.start}>{draft.slice(marker.start, marker.end)}</mark>,
    );
    at = marker.end;
  }
  parts.push(draft.slice(at, to));
  return (
    <q dir="auto">
      {from > 0 && '…'}
      {parts}
      {to < draft.length && '…'}
    </q>
  );
}

/**
 * The draft with its protest markers highlighted, and each marker's one-line explanation. Text
 * is rendered as text nodes only, so a draft that looks like HTML stays text.
 */
export function MarkerExcerpt({ draft, markers }: { draft: string; markers: readonly ProtestMarker[] }) {
  const shown = markers.slice(0, MAX_MARKERS);
  const explanations = [...new Set(shown.map((marker) => marker.explanation))];
  if (draft.length <= WHOLE) {
    return (
      <div class="markers">
        <Highlighted draft={draft} markers={shown} from={0} to={draft.length} />
        <ul>
          {explanations.map((line) => (
            <li key={line} class="explanation" lang="en">
              {line}
            </li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <ul class="markers">
      {shown.map((marker) => (
        <li key={`${marker.start}-${marker.end}`}>
          <Highlighted
            draft={draft}
            markers={[marker]}
            from={safe(draft, Math.max(0, marker.start - CONTEXT))}
            to={safe(draft, Math.min(draft.length, marker.end + CONTEXT))}
          />
          <span class="explanation" lang="en">
            {marker.explanation}
          </span>
        </li>
      ))}
    </ul>
  );
}
