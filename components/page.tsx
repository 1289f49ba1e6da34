import { type ComponentChildren, render } from 'preact';
import { uiLanguage } from '@/lib/i18n.ts';
import { followSystemTheme } from './theme.ts';

/**
 * Starts one of Softer's pages: the language its words are in (for screen readers and
 * hyphenation), its title in that language, the system's light or dark scheme, then the page.
 */
export function startPage(title: string, page: ComponentChildren): void {
  document.documentElement.lang = uiLanguage();
  document.title = title;
  followSystemTheme();
  const root = document.getElementById('app');
  if (root) render(page, root);
}
