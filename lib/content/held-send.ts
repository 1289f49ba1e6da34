import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PausedSend, SendGuard } from '../guard.ts';
import { type Hold, type HoldEnd, type HoldEvent, startHold, stepHold } from '../hold.ts';
import { t, uiLanguage } from '../i18n.ts';
import type { SiteAdapter } from '../sites/types.ts';
import { theirNewestKey } from './open-chat.ts';
import type { SofterUi } from './softer-ui.tsx';

/**
 * A message held to "send only if still silent", on the page. The text stays in the composer as
 * the app's own draft (Softer keeps no copy); once a second Softer looks at the page and feeds what
 * it sees to the hold's state machine (lib/hold.ts): the other side wrote, the text changed, the
 * chat was left, or the time came. A banner above the composer says when it will go, and why it
 * did not if it ends another way. The page reloading ends it too: nothing of it outlives the page.
 */
export interface HeldSend {
  chat: string;
  cancel(): void;
}

export interface HoldOptions {
  ctx: ContentScriptContext;
  site: SiteAdapter;
  guard: SendGuard;
  ui: SofterUi;
  paused: PausedSend;
  chat: string;
  until: number;
  /** Where the banner goes (above the composer). */
  anchor: () => { left: number; bottom: number };
  dark: boolean;
  onEnd(end: HoldEnd): void;
}

const LOOK_EVERY_MS = 1000;

/** The other side's newest message as a key, read now; an adapter that throws reads as none. */
function theirsNow(site: SiteAdapter, doc: Document): string {
  try {
    return theirNewestKey(site.conversation(doc, Date.now()));
  } catch {
    return '';
  }
}

const clock = (at: number) =>
  new Date(at).toLocaleTimeString(uiLanguage(), { hour: 'numeric', minute: '2-digit' });

export function holdSend(options: HoldOptions): HeldSend {
  const { ctx, site, guard, ui, paused, until } = options;
  const doc = paused.composer.ownerDocument;
  const theirs = theirsNow(site, doc);
  let hold: Hold = startHold(options.chat, until);

  const banner = () =>
    ui.showNotice({
      message: t('notice.held', { time: clock(until) }),
      dark: options.dark,
      anchor: options.anchor(),
      attributes: { 'data-held': '', 'data-held-until': String(until) },
      dismissable: false,
      actions: [
        { label: t('common.cancel'), action: 'cancel-hold', onClick: () => feed({ type: 'cancel' }) },
      ],
      onDismiss: () => feed({ type: 'cancel' }),
    });

  /** What the page shows now, as the hold's next event. */
  const seen = (): HoldEvent => {
    if (!paused.composer.isConnected) return { type: 'chat-left' };
    let draft: string | null = null;
    try {
      draft = site.readDraft(paused.composer);
    } catch {
      draft = null;
    }
    if (draft !== paused.draft) return { type: 'draft-changed' };
    if (theirsNow(site, doc) !== theirs) return { type: 'they-wrote' };
    return { type: 'tick', now: Date.now() };
  };
  const look = () => feed(seen());
  const timer = ctx.setInterval(look, LOOK_EVERY_MS);

  function feed(event: HoldEvent): void {
    const step = stepHold(hold, event);
    hold = step.hold;
    if (step.effect === 'send') {
      ui.close();
      // Exactly the text the person saw, in the chat they held it in, or nothing.
      feed({ type: guard.release(paused) === 'sent' ? 'sent' : 'send-failed' });
      return;
    }
    if (hold.ended === null) return;
    clearInterval(timer);
    if (hold.why) {
      ui.showNotice({
        message: hold.why,
        dark: options.dark,
        anchor: options.anchor(),
        attributes: { 'data-held-ended': hold.ended },
        onDismiss: () => ui.close(),
      });
    } else {
      ui.close();
    }
    options.onEnd(hold.ended);
  }

  banner();
  return { chat: options.chat, cancel: () => feed({ type: 'cancel' }) };
}
