import { describe, expect, it } from 'vitest';
import { findMarkers, readForRules } from '../../../lib/language/analyze.ts';
import { compiledLanguage } from '../../../lib/language/compile.ts';
import { originalSpan } from '../../../lib/language/normalize.ts';

const english = compiledLanguage('en');
if (english === null) throw new Error('no English table');

const read = (text: string) => readForRules(text, english).text;

describe('texted words, spelled out for the rules', () => {
  it('read as the words they stand for, repeated letters and capitals too', () => {
    // "y", "r" and "u" stay: the rules' own shorthands read them.
    expect(read('y r u ignorin me')).toBe('y r u ignoring me');
    expect(read('u NVR call me 2moro')).toBe('u never call me tomorrow');
    expect(read('plzzz txt bk')).toBe('please text back');
  });

  it('leave alone the spellings a rule reads as typed, and parts of other words', () => {
    expect(read('k.')).toBe('k.');
    expect(read('ur late again')).toBe('ur late again');
    // (The apostrophe inside a word goes, as it always has for the rules.)
    expect(read("y'all coming? the denim one")).toBe('yall coming? the denim one');
  });

  it('highlight what was typed: a span over a spelled-out word covers the typed word', () => {
    const text = 'y r u ignorin me?';
    const reading = readForRules(text, english);
    const at = reading.text.indexOf('ignoring');
    expect(originalSpan(reading, at, at + 'ignoring'.length)).toEqual([6, 13]);
    const [marker] = findMarkers(text);
    expect(marker?.kind).toBe('blame-question');
    expect(text.slice(marker?.start, marker?.end)).toBe('y r u ignorin me');
  });

  it('find what the plain words find, and what the typed spelling would have missed', () => {
    expect(findMarkers('u nvr call me first').map((m) => m.kind)).toEqual(['globalizing-criticism']);
    expect(findMarkers('ans my call lah!!!').map((m) => m.kind)).toEqual(['demand-ping']);
    // Spelled out, "I never know" is still about the writer: no marker.
    expect(findMarkers('i nvr noe wat to say')).toEqual([]);
  });
});
