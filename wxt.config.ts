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
  },
  webExt: { disabled: true },
});
