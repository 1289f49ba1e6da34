/**
 * The extension's pages follow the system's light or dark scheme, live: `dark` on <html> switches
 * every colour in components/tokens.css, the same class the nudge card takes from the app's theme.
 */
export function followSystemTheme(doc: Document = document): void {
  const dark = doc.defaultView?.matchMedia('(prefers-color-scheme: dark)');
  if (!dark) return;
  const apply = () => doc.documentElement.classList.toggle('dark', dark.matches);
  apply();
  dark.addEventListener('change', apply);
}
