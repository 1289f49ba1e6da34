/** Small DOM helpers shared by the site adapters: selector fallbacks and editor text. */

/** The first element matching the first selector that matches anything: newest variant wins. */
export function querySelectorFirst<T extends Element = Element>(
  root: ParentNode,
  selectors: readonly string[],
): T | null {
  for (const selector of selectors) {
    const found = root.querySelector<T>(selector);
    if (found) return found;
  }
  return null;
}

/**
 * Message elements from the newest back, walking the list from its end so a send attempt reads
 * only as many rows as it needs. Rows are list items (`[role="row"]` where the app marks them)
 * that hold the message element; items without one (date dividers, spacers) are skipped.
 */
export function* newestFirst(root: ParentNode, selectors: readonly string[]): Generator<Element> {
  for (const selector of selectors) {
    const first = root.querySelector(selector);
    const item = first?.closest('[role="row"]') ?? first;
    const list = item?.parentElement;
    if (!list) continue;
    for (let node = list.lastElementChild; node; node = node.previousElementSibling) {
      const message = node.matches(selector) ? node : node.querySelector(selector);
      if (message) yield message;
    }
    return;
  }
}

/** The closest ancestor-or-self of the target that matches any of the selectors. */
export function closestFirst(target: EventTarget | null, selectors: readonly string[]): HTMLElement | null {
  if (!(target instanceof Element)) return null;
  for (const selector of selectors) {
    const found = target.closest<HTMLElement>(selector);
    if (found) return found;
  }
  return null;
}

/**
 * The draft as the person sees it. A `<textarea>` holds it as its value; rich editors (Lexical,
 * Slate, ProseMirror) keep one block per line, so blocks are joined with newlines; a plain
 * editable element falls back to its text with its line breaks.
 */
export function readEditorText(editor: HTMLElement): string {
  if (editor instanceof HTMLTextAreaElement) return editor.value;
  const blocks = Array.from(editor.children).filter((child) =>
    /^(P|DIV|LI|BLOCKQUOTE|PRE)$/.test(child.tagName),
  );
  if (blocks.length === 0) return linesOf(editor);
  return blocks.map(linesOf).join('\n');
}

/**
 * A block's text with its line breaks (Shift+Enter makes a <br> inside the paragraph). Editors
 * end a block that ends in a line break — or holds nothing — with one more <br> of their own
 * (Lexical, ProseMirror), which is no line of the person's.
 */
function linesOf(block: Element): string {
  let text = '';
  const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) text += (node as Text).data;
    else if ((node as Element).tagName === 'BR') text += '\n';
  }
  return text.endsWith('\n') ? text.slice(0, -1) : text;
}

/** Whether the element's painted background is dark (for sites without a theme class). */
export function isDarkBackground(doc: Document, element: Element | null): boolean {
  const view = doc.defaultView;
  for (let node = element; node && view; node = node.parentElement) {
    const match = /rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\)/.exec(
      view.getComputedStyle(node).backgroundColor,
    );
    if (!match || match[4] === '0') continue;
    const [r, g, b] = [match[1], match[2], match[3]].map(Number) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
  }
  return view?.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}
