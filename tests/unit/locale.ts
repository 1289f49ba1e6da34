/**
 * The in-memory `browser` of the unit run has no i18n API; this gives it one that answers from
 * locales/en.yml exactly as a browser would from the built messages, so components and notes
 * render their real English words under test.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { chromeMessages, getMessageFrom } from '../locale-messages.ts';

const english = getMessageFrom(await chromeMessages('en'));
Object.assign(fakeBrowser.i18n, {
  getMessage: english,
  getUILanguage: () => 'en',
});
