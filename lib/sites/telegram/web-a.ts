import { querySelectorFirst } from '../dom.ts';
import { cssOf } from '../seen.ts';
import { type Client, textWithout, withText } from './client.ts';
import { webASelectors as s } from './selectors.ts';
import { messageTime } from './timestamps.ts';

/**
 * Web A (Ajaxy/telegram-tt). A message shows only its clock; its day is the heading of the date
 * group around it (timestamps.ts), read once per group.
 */
export const webA: Client = {
  conversation: cssOf(s.conversation),
  inputBar: cssOf(s.inputBar),
  anchor: cssOf(s.anchor),
  composer: cssOf(s.composer),
  sendButton: cssOf(s.sendButton),
  sendMode: s.sendMode,
  messageList: cssOf(s.messageList),
  title: cssOf(s.title),
  presence,
  dark: s.dark.css,
  rowReader: (now) => {
    const headings = new Map<Element, string | null>();
    const headingOf = (message: Element): string | null => {
      const group = message.closest(s.dateGroup.css);
      if (!group) return null;
      let heading = headings.get(group);
      if (heading === undefined) {
        heading = group.querySelector(s.dateHeading.css)?.textContent ?? null;
        headings.set(group, heading);
      }
      return heading;
    };
    return {
      isMessage: (element) => element.matches(s.message.css),
      outgoing: (message) => message.matches(s.outgoing.css),
      time: (message) => {
        const label = message.querySelector(s.timeLabel.css)?.textContent;
        return label ? messageTime(label, headingOf(message), now) : null;
      },
      text: (message) => {
        const words = message.querySelector(s.messageText.css);
        return words ? textWithout(words, s.meta.css) : '';
      },
      sender: (message) => message.querySelector(s.sender.css)?.textContent?.trim() || null,
      ticks: s.ticks.css,
    };
  },
};

/** The line under the chat's name: the first line of the header block that is not the name. */
function presence(conversation: Element): Element | null {
  const info = querySelectorFirst(conversation, cssOf(s.headerInfo));
  const name = querySelectorFirst(conversation, cssOf(s.title));
  if (!info) return null;
  for (const line of Array.from(info.children)) {
    if (name && (line === name || line.contains(name))) continue;
    if (withText(line)) return line;
  }
  return null;
}
