/**
 * A WhatsApp-shaped page for unit tests in happy-dom: `#main`, rows with `data-id` and
 * `data-pre-plain-text`, a footer with a contenteditable composer and a send control. The page
 * "sends" on Enter or a click on the send control, like the real app, into `sent`.
 */
export interface TestPage {
  composer: HTMLElement;
  sent: string[];
  type(text: string): void;
  /** A trusted Enter keydown on the composer, as a person's key press would be. */
  pressEnter(init?: KeyboardEventInit): KeyboardEvent;
  clickSend(): MouseEvent;
  addRow(outgoing: boolean, minutesAgo: number, jid?: string): void;
}

export function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

const pad = (n: number) => String(n).padStart(2, '0');
export function stampOf(date: Date): string {
  return `[${pad(date.getHours())}:${pad(date.getMinutes())}, ${date.getDate()}.${date.getMonth() + 1}.${date.getFullYear()}] Sam: `;
}

export function buildWhatsAppPage(
  doc: Document,
  options: { jid?: string; title?: string; sendVariant?: 'button' | 'icon' } = {},
): TestPage {
  const jid = options.jid ?? '4915112345678@c.us';
  doc.body.innerHTML = `
    <div id="app">
      <div id="side"><div contenteditable="true" role="textbox" data-lexical-editor="true" data-tab="3"></div></div>
      <div id="main">
        <header><span title="${options.title ?? 'Sam'}">${options.title ?? 'Sam'}</span></header>
        <div role="application"></div>
        <footer>
          <div contenteditable="true" role="textbox" data-lexical-editor="true" data-tab="10"><p></p></div>
          ${
            options.sendVariant === 'icon'
              ? '<button><span data-icon="wds-ic-send-filled"></span></button>'
              : '<button aria-label="Send"><span data-icon="wds-ic-send-filled"></span></button>'
          }
        </footer>
      </div>
    </div>`;
  const main = doc.querySelector('#main') as HTMLElement;
  const list = main.querySelector('[role="application"]') as HTMLElement;
  const composer = main.querySelector('footer [data-tab="10"]') as HTMLElement;
  const sent: string[] = [];
  let id = 0;

  const addRow = (outgoing: boolean, minutesAgo: number, rowJid = jid) => {
    const row = doc.createElement('div');
    row.setAttribute('role', 'row');
    const message = doc.createElement('div');
    message.setAttribute('data-id', `${outgoing}_${rowJid}_${++id}`);
    message.className = outgoing ? 'message-out' : 'message-in';
    const text = doc.createElement('div');
    text.className = 'copyable-text';
    text.setAttribute('data-pre-plain-text', stampOf(new Date(Date.now() - minutesAgo * 60_000)));
    message.append(text);
    row.append(message);
    list.append(row);
  };

  const send = () => {
    const text = composer.textContent ?? '';
    if (text.trim() === '') return;
    sent.push(text);
    composer.innerHTML = '<p></p>';
    addRow(true, 0);
  };
  // The page's own handlers listen on the composer and the button, below the window.
  composer.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      send();
    }
  });
  main.querySelector('footer button')?.addEventListener('click', send);

  return {
    composer,
    sent,
    type(text) {
      (composer.firstElementChild as HTMLElement).textContent = text;
    },
    pressEnter(init = {}) {
      const event = trusted(
        new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, ...init }),
      );
      composer.dispatchEvent(event);
      return event;
    },
    clickSend() {
      const event = trusted(new MouseEvent('click', { bubbles: true, cancelable: true }));
      (main.querySelector('footer [data-icon]') as HTMLElement).dispatchEvent(event);
      return event;
    },
    addRow,
  };
}
