import { browser } from 'wxt/browser';
import { handleRequest } from '@/lib/background/requests.ts';
import { showPauseInToolbar } from '@/lib/background/toolbar.ts';
import { ensureChatSalt } from '@/lib/chat-salt.ts';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    void ensureChatSalt();
    // The first-run page opens once, on install: never on an update or a browser restart.
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  showPauseInToolbar();
  browser.runtime.onMessage.addListener((message, sender) => {
    // Only our own content scripts and pages may write; the page itself cannot reach this listener.
    if (sender.id !== browser.runtime.id) return undefined;
    return handleRequest(message);
  });
});
