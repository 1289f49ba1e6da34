import { querySelectorFirst } from '../dom.ts';
import { cssOf } from '../seen.ts';
import { type Client, textWithout, withText } from './client.ts';
import { webKSelectors as s } from './selectors.ts';

/**
 * Web K (morethanwords/tweb). Every bubble carries its server time in unix seconds, so a row says
 * when it was written without any help from the date heading above it.
 */
export const webK: Client = {
  conversation: cssOf(s.conversation),
  inputBar: cssOf(s.inputBar),
  anchor: cssOf(s.anchor),
  composer: cssOf(s.composer),
  sendButton: cssOf(s.sendButton),
  sendMode: s.sendMode,
  messageList: cssOf(s.messageList),
  title: cssOf(s.title),
  presence: (conversation) => withText(querySelectorFirst(conversation, cssOf(s.presence))),
  dark: s.dark.css,
  rowReader: () => ({
    isMessage: (element) => element.matches(s.message.css),
    outgoing: (message) =>
      message.matches(s.outgoing.css) ? true : message.matches(s.incoming.css) ? false : null,
    time: (message) => {
      const seconds = Number(message.getAttribute(s.timestamp) ?? Number.NaN);
      return Number.isInteger(seconds) && seconds > 0 ? seconds * 1000 : null;
    },
    text: (message) => {
      const words = message.querySelector(s.messageText.css);
      return words ? textWithout(words, s.timeLabel.css) : '';
    },
    sender: (message) => message.querySelector(s.sender.css)?.textContent?.trim() || null,
    ticks: s.ticks.css,
  }),
};
