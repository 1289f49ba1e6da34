import { startSofter } from '@/lib/content/start.ts';
import { googleMessages } from '@/lib/sites/google-messages/adapter.ts';
import { siteEntry } from '@/lib/sites/registry.ts';

export default defineContentScript({
  matches: [...siteEntry('google-messages').matches],
  // Early, so the send guard's capture listeners sit ahead of any the page adds on the window.
  runAt: 'document_start',
  cssInjectionMode: 'manual',
  main: (ctx) => startSofter(ctx, googleMessages),
});
