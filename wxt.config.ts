import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Softer',
    description: 'Pauses the fourth message into silence and offers a softer request instead.',
    // Only what is used: storage for settings. Host access comes from the content scripts' matches.
    permissions: ['storage'],
    // The nudge module is loaded on demand by the content script. A dynamic URL (new each browser
    // session) keeps pages from probing for it to learn that Softer is installed.
    web_accessible_resources: [
      { resources: ['nudge.js'], matches: ['https://web.whatsapp.com/*'], use_dynamic_url: true },
    ],
  },
  webExt: { disabled: true },
});
