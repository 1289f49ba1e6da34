import { startSofter } from '@/lib/content/start.ts';
import { siteEntry } from '@/lib/sites/registry.ts';
import { telegram } from '@/lib/sites/telegram/adapter.ts';

export default defineContentScript({
  matches: [...siteEntry('telegram').matches],
  // Early, so the send guard's capture listeners sit ahead of any the page adds on the window.
  runAt: 'document_start',
  cssInjectionMode: 'manual',
  main: (ctx) => startSofter(ctx, telegram),
});
