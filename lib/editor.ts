import { readEditorText } from './sites/dom.ts';

/**
 * Replaces the draft with `text` through the editor's own input path, so the page's editor
 * (Lexical, Slate, ProseMirror…) updates its state, undo works and the caret ends after the text.
 * Editing an editor's DOM directly would desynchronise its model, so this never does.
 *
 * Returns whether the editor now holds the text; on false the draft is left as the editor has it.
 */
export async function replaceDraft(editor: HTMLElement, text: string): Promise<boolean> {
  if (editor instanceof HTMLTextAreaElement) return replaceInTextarea(editor, text);
  if (editor.matches('[data-slate-editor="true"]')) return replaceInSlate(editor, text);
  const doc = editor.ownerDocument;
  const selection = doc.getSelection();
  if (!selection) return false;
  editor.focus();
  const selectAll = () => {
    const range = doc.createRange();
    range.selectNodeContents(editor);
    selection.removeAllRanges();
    selection.addRange(range);
  };
  selectAll();
  // Lexical adopts a new DOM selection on `selectionchange`, which fires in a later task: typing
  // before then would insert at the old caret instead of replacing the draft.
  await nextTask();
  // execCommand is deprecated but is still the one path every rich editor treats as typing:
  // it fires a trusted beforeinput/input pair and joins the browser's undo stack.
  if (insertText(doc, text) && (await settled(editor, text))) return true;

  // Editors that ignore execCommand (Draft.js, Quill, some ProseMirror setups) accept a paste.
  selectAll();
  await nextTask();
  const data = new DataTransfer();
  data.setData('text/plain', text);
  editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  return settled(editor, text);
}

/**
 * Slate (Discord) never sees execCommand: Chromium fires no beforeinput for it, so the page shows
 * the text while Slate's value keeps the old draft, which is what the app then sends. Slate takes
 * a beforeinput of our own: it adopts the DOM selection first, replaces the draft, one block per
 * line, and records it for undo.
 */
async function replaceInSlate(editor: HTMLElement, text: string): Promise<boolean> {
  const doc = editor.ownerDocument;
  const selection = doc.getSelection();
  if (!selection) return false;
  editor.focus();
  const before = readEditorText(editor);
  const type = async (init: InputEventInit) => {
    const range = doc.createRange();
    range.selectNodeContents(editor);
    selection.removeAllRanges();
    selection.addRange(range);
    await nextTask();
    editor.dispatchEvent(new InputEvent('beforeinput', { ...init, bubbles: true, cancelable: true }));
    // React renders Slate's new value on its own schedule, a task or a few later.
    for (let i = 0; i < 20; i++) {
      await nextTask();
      if (matches(editor, text)) return true;
    }
    return false;
  };
  const data = new DataTransfer();
  data.setData('text/plain', text);
  if (await type({ inputType: 'insertFromPaste', dataTransfer: data })) return true;
  // Only where the paste changed nothing: typing it in, never both.
  if (readEditorText(editor) !== before) return false;
  return type({ inputType: 'insertText', data: text });
}

/**
 * A `<textarea>` (Google Messages): the whole value selected and typed over with execCommand, which
 * fires the input events the page's framework listens to and joins the field's own undo; where
 * that is refused, `setRangeText` and an input event of our own.
 */
async function replaceInTextarea(field: HTMLTextAreaElement, text: string): Promise<boolean> {
  field.focus();
  field.select();
  if (!insertText(field.ownerDocument, text) || field.value !== text) {
    field.setRangeText(text, 0, field.value.length, 'end');
    field.dispatchEvent(
      new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }),
    );
  }
  return settled(field, text);
}

/** execCommand where the document has it; false (try a paste) where it is missing or throws. */
function insertText(doc: Document, text: string): boolean {
  try {
    return doc.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Editors such as Lexical reconcile their DOM after the input event, so look a task later. */
async function settled(editor: HTMLElement, text: string): Promise<boolean> {
  await nextTask();
  return matches(editor, text);
}

function matches(editor: HTMLElement, text: string): boolean {
  const normalise = (value: string) => value.replace(/\s+/g, ' ').trim();
  return normalise(readEditorText(editor)) === normalise(text);
}

/** Puts focus back in the composer with the caret after the draft, as after typing it. */
export function focusAtEnd(editor: HTMLElement): void {
  if (!editor.isConnected) return;
  editor.focus();
  if (editor instanceof HTMLTextAreaElement) {
    editor.setSelectionRange(editor.value.length, editor.value.length);
    return;
  }
  const selection = editor.ownerDocument.getSelection();
  if (!selection) return;
  selection.selectAllChildren(editor);
  if (selection.rangeCount > 0) selection.collapseToEnd();
}
