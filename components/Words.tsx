import type { ComponentChildren } from 'preact';

/**
 * A sentence from the locale files with elements (a link, emphasis) in its {name} places, so each
 * language puts them where its grammar wants them. Everything else stays text.
 */
export function Words({ text, parts }: { text: string; parts: Readonly<Record<string, ComponentChildren>> }) {
  const pieces = text.split(/\{(\w+)\}/);
  return <>{pieces.map((piece, index) => (index % 2 === 1 ? (parts[piece] ?? `{${piece}}`) : piece))}</>;
}
