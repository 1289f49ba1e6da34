/**
 * How every site's selectors are written down (refined-github's habit): each with the month it was
 * last seen working and where, newest variant first, so a page change can be traced to its entry.
 */
export interface Seen {
  css: string;
  /** Year and month the selector was last seen working (YYYY-MM). */
  seen: string;
  /** Where it was seen. */
  source: string;
}

export const seen = (css: string, when: string, source: string): Seen => ({ css, seen: when, source });

/** The CSS of a list of seen selectors, in order. */
export const cssOf = (list: readonly Seen[]): string[] => list.map((entry) => entry.css);
