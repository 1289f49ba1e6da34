/**
 * A WhatsApp-shaped page for happy-dom, shaped like the end-to-end fixture (tests/fixtures/whatsapp):
 * several chats, `#main` rebuilt from scratch on every chat switch, rows with `data-id` and
 * `data-pre-plain-text`, a footer whose composer keeps one `<p>` per line, the send control in each
 * variant WhatsApp has shipped, and fault hooks that take parts of the page away. Like the real app
 * it listens below the window — Enter on the composer, one delegated click listener on `#app` — and
 * records every message it really sends in `sent`.
 */
import { trusted } from './whatsapp-page.ts';

export type SendVariant = 'button' | 'div' | 'wds' | 'span' | 'testid';

/**
 * The page shapes WhatsApp ships side by side (lib/sites/whatsapp/selectors.ts): `2024` rows are
 * `[role=row] > [data-id="true_<jid>_<id>"].message-out`, the title in `header span[title]`;
 * `2026` rows are `conv-msg-` wrappers with a bare id, ticks as test ids and no bubble classes,
 * the title in a `span[dir=auto]`, and a group is told only by who its stamps name.
 */
export type PageShape = '2024' | '2026';

export interface FixtureMessage {
  out: boolean;
  /** Epoch ms. */
  at: number;
}

export interface FixtureChat {
  jid: string;
  name: string;
  messages: FixtureMessage[];
  /** A draft left in the chat while another was open. */
  draft: string;
}

export interface SentMessage {
  chat: string;
  text: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "[22:54, 9.12.2025] Sam: " — the German layout the e2e fixture also draws. */
function stamp(at: number, from: string): string {
  const d = new Date(at);
  return `[${pad(d.getHours())}:${pad(d.getMinutes())}, ${d.getDate()}.${d.getMonth() + 1}.${d.getFullYear()}] ${from}: `;
}

/** The draft as the page's editor holds it: one block per line. */
function textOf(composer: HTMLElement): string {
  return Array.from(composer.children, (block) => block.textContent ?? '').join('\n');
}

function sendControlMarkup(variant: SendVariant): string {
  const icon = (name: string | null) =>
    `<span aria-hidden="true"${name ? ` data-icon="${name}"` : ''}><svg viewBox="0 0 24 24"></svg></span>`;
  switch (variant) {
    case 'button':
      return `<button type="button" class="send-control" aria-label="Send">${icon('wds-ic-send-filled')}</button>`;
    case 'div':
      return `<div role="button" tabindex="0" class="send-control" aria-label="Send">${icon(null)}</div>`;
    case 'wds':
      return `<button type="button" class="send-control">${icon('wds-ic-send-filled')}</button>`;
    case 'span':
      return `<button type="button" class="send-control">${icon('send')}</button>`;
    case 'testid':
      return `<button type="button" class="send-control" aria-label="Send"><span aria-hidden="true" data-testid="wds-ic-send-filled"></span></button>`;
  }
}

export class FixturePage {
  readonly sent: SentMessage[] = [];
  readonly chats: FixtureChat[];
  private open: FixtureChat;
  private main: HTMLElement | null = null;
  private list: HTMLElement | null = null;
  /** The editor the page sends from; it keeps its text even after it is taken off the page. */
  private editor: HTMLElement | null = null;
  private control: HTMLElement | null = null;
  private variant: SendVariant = 'button';
  private counter = 0;
  private readonly app: HTMLElement;

  constructor(
    private readonly doc: Document,
    chats: FixtureChat[],
    private readonly shape: PageShape = '2024',
  ) {
    this.chats = chats;
    doc.body.innerHTML = `<div id="app"><div id="side"><div contenteditable="true" role="textbox" data-lexical-editor="true" data-tab="3"><p></p></div></div></div>`;
    this.app = doc.getElementById('app') as HTMLElement;
    // One delegated listener at the root, like React's: the guard's capture listener on window runs first.
    this.app.addEventListener('click', (event) => {
      if (this.control && event.target instanceof Node && this.control.contains(event.target)) this.send();
    });
    const first = chats[0];
    if (!first) throw new Error('fixture-dom: no chats');
    this.open = first;
    this.openChat(first.jid);
  }

  /** The open chat's jid. */
  chat(): string {
    return this.open.jid;
  }

  /** The composer on the page, or null once removed. */
  composer(): HTMLElement | null {
    return this.editor?.isConnected ? this.editor : null;
  }

  sendControl(): HTMLElement | null {
    return this.control?.isConnected ? this.control : null;
  }

  /** The draft as the page would send it (also from an editor taken off the page). */
  draft(): string {
    return this.editor ? textOf(this.editor) : '';
  }

  /** Sets the draft, one paragraph per line, as typing would leave it. */
  type(text: string): void {
    const editor = this.composer();
    if (!editor) throw new Error('fixture-dom: no composer to type in');
    editor.replaceChildren(
      ...text.split('\n').map((line) => {
        const p = this.doc.createElement('p');
        p.textContent = line;
        return p;
      }),
    );
  }

  /** A person's Enter in the composer (on the paragraph the caret is in). */
  pressEnter(): KeyboardEvent {
    const editor = this.composer();
    if (!editor) throw new Error('fixture-dom: no composer');
    const target = (editor.lastElementChild as HTMLElement | null) ?? editor;
    const event = trusted(
      new KeyboardEvent('keydown', {
        key: 'Enter',
        code: 'Enter',
        keyCode: 13,
        bubbles: true,
        cancelable: true,
      }),
    );
    target.dispatchEvent(event);
    return event;
  }

  /** A person's click on the send control, on its icon or on the control itself. */
  clickSend(onIcon: boolean): MouseEvent {
    const control = this.sendControl();
    if (!control) throw new Error('fixture-dom: no send control');
    const target = onIcon ? (control.querySelector('span') ?? control) : control;
    const event = trusted(new MouseEvent('click', { bubbles: true, cancelable: true }));
    target.dispatchEvent(event);
    return event;
  }

  /** The other side writes, in the open chat. */
  reply(): void {
    this.append(this.open, { out: false, at: Date.now() });
  }

  /** Opens a chat: `#main` is rebuilt from scratch, the old chat keeps its draft. */
  openChat(jid: string): void {
    const chat = this.chats.find((c) => c.jid === jid);
    if (!chat) throw new Error(`fixture-dom: no chat ${jid}`);
    if (this.main) {
      this.open.draft = this.draft();
      this.main.remove();
    }
    this.open = chat;
    const main = this.doc.createElement('div');
    main.id = 'main';
    const header = this.doc.createElement('header');
    const title = this.doc.createElement('span');
    if (this.shape === '2024') title.setAttribute('title', chat.name);
    else title.setAttribute('dir', 'auto');
    title.textContent = chat.name;
    const button = this.doc.createElement('div');
    button.setAttribute('role', 'button');
    button.append(title);
    header.append(button);
    const list = this.doc.createElement('div');
    list.setAttribute('role', 'application');
    main.append(header, list);
    this.app.append(main);
    this.main = main;
    this.list = list;
    for (const message of chat.messages.slice(-40)) this.mountRow(chat, message);
    this.buildFooter(chat.draft);
    chat.draft = '';
  }

  /** Re-creates the footer and its editor in the same chat, keeping the draft. */
  rebuildComposer(): void {
    const draft = this.draft();
    this.main?.querySelector('footer')?.remove();
    this.buildFooter(draft);
  }

  /** Swaps the send control in place (and for every later footer). */
  setSendVariant(variant: SendVariant): void {
    this.variant = variant;
    const old = this.sendControl();
    if (!old) return;
    const holder = this.doc.createElement('div');
    holder.innerHTML = sendControlMarkup(variant);
    const next = holder.firstElementChild as HTMLElement;
    old.replaceWith(next);
    this.control = next;
  }

  removeComposer(): void {
    this.editor?.remove();
  }

  removeSendControl(): void {
    this.control?.remove();
    this.control = null;
  }

  removeRows(): void {
    this.list?.replaceChildren();
  }

  private buildFooter(draft: string): void {
    const footer = this.doc.createElement('footer');
    footer.innerHTML = `<div class="footer-row"><button type="button" aria-label="Attach"><span data-icon="plus-rounded"></span></button><div contenteditable="true" role="textbox" data-lexical-editor="true" data-tab="10"><p></p></div>${sendControlMarkup(this.variant)}</div>`;
    this.main?.append(footer);
    const editor = footer.querySelector('[data-tab="10"]') as HTMLElement;
    // The page's own Enter handler sits on its editor, below the window (untrusted events too).
    editor.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
      event.preventDefault();
      this.send();
    });
    this.editor = editor;
    this.control = footer.querySelector('.send-control');
    if (draft) this.type(draft);
  }

  private send(): void {
    // WhatsApp trims what it sends; a blank draft sends nothing.
    const text = this.draft().trim();
    if (!text || !this.editor) return;
    this.sent.push({ chat: this.open.jid, text });
    this.editor.replaceChildren(this.doc.createElement('p'));
    this.append(this.open, { out: true, at: Date.now() });
  }

  private append(chat: FixtureChat, message: FixtureMessage): void {
    chat.messages.push(message);
    if (chat === this.open) this.mountRow(chat, message);
  }

  private mountRow(chat: FixtureChat, message: FixtureMessage): void {
    if (!this.list) return;
    this.counter += 1;
    const id = this.counter.toString(16).toUpperCase().padStart(20, '0');
    // In a group each incoming message names its member; in a one-to-one chat, the chat itself.
    const from = message.out ? 'Robin' : chat.jid.endsWith('@g.us') ? 'Mum' : chat.name;
    const row = this.doc.createElement('div');
    if (this.shape === '2024') {
      row.setAttribute('role', 'row');
      row.innerHTML = `<div data-id="${message.out}_${chat.jid}_${id}" class="${message.out ? 'message-out' : 'message-in'}"><div class="copyable-text"><span class="selectable-text"></span></div></div>`;
    } else {
      row.setAttribute('data-testid', `conv-msg-${id}`);
      row.setAttribute('data-id', id);
      const tick = message.out ? '<span data-testid="msg-dblcheck"></span>' : '';
      row.innerHTML = `<div><div><div class="x9f619"><div class="copyable-text"></div><div data-testid="msg-meta"><span>time</span>${tick}</div></div></div></div>`;
    }
    row.querySelector('.copyable-text')?.setAttribute('data-pre-plain-text', stamp(message.at, from));
    this.list.append(row);
  }
}
