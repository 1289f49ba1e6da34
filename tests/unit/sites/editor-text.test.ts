import { describe, expect, it } from 'vitest';
import { readEditorText } from '../../../lib/sites/dom.ts';

const editor = (html: string) => {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
};

describe('the draft as the person sees it', () => {
  it.each([
    ['<p><span>you never call</span></p>', 'you never call'],
    ['<p><br></p>', ''],
    ['<p><span>ok so</span><br><span>you never call</span></p>', 'ok so\nyou never call'],
    // An editor ends a block that ends in a line break with one more <br> of its own.
    ['<p><span>ok so</span><br><br></p>', 'ok so\n'],
    ['<p><span>one</span></p><p><span>two</span></p>', 'one\ntwo'],
    ['<p><span>one</span></p><p><br></p><p><span>three</span></p>', 'one\n\nthree'],
    ['plain <b>text</b>', 'plain text'],
  ])('%s reads as %j', (html, text) => {
    expect(readEditorText(editor(html))).toBe(text);
  });
});
