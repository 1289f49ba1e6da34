const FOCUSABLE =
  'button:not([disabled]), select:not([disabled]), [href], input:not([disabled]), [tabindex="0"]';

/** Keeps Tab and Shift+Tab cycling inside `container`, which lives in a shadow root. */
export function trapFocus(event: KeyboardEvent, container: HTMLElement): void {
  if (event.key !== 'Tab') return;
  const focusables = Array.from(container.querySelectorAll<HTMLElement>(FOCUSABLE));
  const first = focusables[0];
  const last = focusables[focusables.length - 1];
  if (!first || !last) return;
  const active = (container.getRootNode() as ShadowRoot | Document).activeElement;
  if (event.shiftKey && (active === first || active === container)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}
