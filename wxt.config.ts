import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { leaveOutRuleExamples } from './lib/build/leave-out-rule-examples.ts';
import { SITE_REGISTRY } from './lib/sites/registry.ts';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  vite: () => ({ plugins: [preact(), leaveOutRuleExamples()] }),
  manifest: ({ browser }) => ({
    // Name and description in the browser's language, from locales/ (the @wxt-dev/i18n module
    // writes them to _locales/<lang>/messages.json).
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    // Only what is used: storage for settings, an alarm to turn the toolbar icon back when a pause
    // ends. Host access comes from the content scripts' matches.
    permissions: ['storage', 'alarms'],
    // The nudge module is loaded on demand by the content script. A dynamic URL (new each browser
    // session) keeps pages from probing for it to learn that Softer is installed.
    web_accessible_resources: [
      {
        resources: ['nudge.js'],
        // Resource matches name origins only (a path is refused), so each site's origin with /*.
        matches: [
          ...new Set(
            SITE_REGISTRY.flatMap((site) => site.matches.map((match) => `${new URL(match).origin}/*`)),
          ),
        ],
        use_dynamic_url: true,
      },
    ],
    // Firefox: its add-on id, the oldest version with everything Softer uses, and the declaration
    // Firefox asks for that no data is collected (data_collection_permissions is read from
    // Firefox 140, 142 on Android).
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'softer@softer-extension.org',
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  webExt: { disabled: true },
});
