import { runSiteContract } from './site-contract.ts';

runSiteContract({
  site: 'whatsapp',
  client: 'whatsapp',
  chatPath: (chat) => `?shape=2026&chat=${encodeURIComponent(chat)}`,
  composer: '#main footer [contenteditable="true"][role="textbox"]',
  sendControl: '#main footer .send-control',
});
