import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { NudgeOverlay, type NudgeOverlayProps } from '@/components/NudgeOverlay.tsx';
import css from '@/components/nudge-overlay.css?inline';
import { QuietNotice, type QuietNoticeProps } from '@/components/QuietNotice.tsx';

/**
 * Where a quiet notice sits: just above the composer's own bar (the site adapter's `anchorFor`),
 * at its left edge; in the corner when there is no composer.
 */
export function anchorAbove(bar: Element | null): { left: number; bottom: number } {
  const rect = bar?.getBoundingClientRect();
  if (!bar || !rect || rect.width === 0) return { left: 16, bottom: 16 };
  const win = bar.ownerDocument.defaultView ?? window;
  return { left: Math.max(8, rect.left + 8), bottom: Math.max(8, win.innerHeight - rect.top + 8) };
}

/**
 * Softer's one shadow-root host on the page. Created ahead of time (creating it loads styles
 * asynchronously), then mounted only while a nudge or notice shows, so the page's DOM is touched
 * just for that. WXT removes it when the extension is updated or reloaded.
 */
export class SofterUi {
  /** What is showing: a nudge waits for the person's choice; a notice is only information. */
  private showing: 'nudge' | 'notice' | null = null;

  private constructor(private readonly ui: ShadowRootContentScriptUi<HTMLElement>) {}

  static async create(ctx: ContentScriptContext): Promise<SofterUi> {
    const ui = await createShadowRootUi(ctx, {
      name: 'softer-nudge',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css,
      // Keys typed in the card must not reach the page's global shortcuts.
      isolateEvents: ['keydown', 'keyup', 'keypress'],
      onMount: (container) => container,
      onRemove: (container) => {
        if (container) render(null, container);
      },
    });
    return new SofterUi(ui);
  }

  /** Whether a nudge is open (and still on the page: the app may have replaced the body). */
  get nudgeOpen(): boolean {
    return this.showing === 'nudge' && this.ui.shadowHost.isConnected;
  }

  /** Whether nothing of Softer's is showing, so an offer may appear without covering anything. */
  get idle(): boolean {
    return this.showing === null || !this.ui.shadowHost.isConnected;
  }

  /** The `data-offer` of the notice showing, if it is an offer. */
  get offerShowing(): string | null {
    if (this.showing !== 'notice' || !this.ui.shadowHost.isConnected) return null;
    return this.ui.uiContainer.querySelector('[data-offer]')?.getAttribute('data-offer') ?? null;
  }

  showNudge(props: NudgeOverlayProps): void {
    this.show('nudge', <NudgeOverlay {...props} />);
  }

  showNotice(props: QuietNoticeProps): void {
    this.show('notice', <QuietNotice {...props} />);
  }

  /** Whether focus is in Softer's card or notice (its shadow host is the page's active element). */
  holdsFocus(): boolean {
    return this.ui.shadowHost.ownerDocument.activeElement === this.ui.shadowHost;
  }

  focus(): void {
    this.ui.uiContainer.querySelector<HTMLElement>('[role="dialog"]')?.focus();
  }

  close(): void {
    this.showing = null;
    this.ui.remove();
  }

  /**
   * Marks the card open only once it rendered: a card that failed to draw must not leave the guard
   * believing one is open, or every later send would wait on a card nobody can see.
   */
  private show(showing: 'nudge' | 'notice', view: preact.JSX.Element): void {
    this.showing = null;
    if (!this.ui.shadowHost.isConnected) this.ui.mount();
    try {
      render(view, this.ui.uiContainer);
    } catch (error) {
      this.close();
      throw error;
    }
    this.showing = showing;
  }
}
