export interface QuietNoticeProps {
  message: string;
  dark: boolean;
  anchor: { left: number; bottom: number };
  /** Returns focus to the draft; omitted for notices that need no action. */
  onOpenDraft?: () => void;
  onDismiss(): void;
}

/**
 * A small, polite note by the composer — the wait reminder, or word that something of Softer's
 * could not be done. It never takes focus, so typing carries on undisturbed.
 */
export function QuietNotice({ message, dark, anchor, onOpenDraft, onDismiss }: QuietNoticeProps) {
  return (
    <div
      class={`reminder ${dark ? 'dark' : 'light'}`}
      role="status"
      style={{ left: `${anchor.left}px`, bottom: `${anchor.bottom}px` }}
    >
      <p>{message}</p>
      {onOpenDraft && (
        <button type="button" class="primary" data-action="open-draft" onClick={onOpenDraft}>
          Back to my draft
        </button>
      )}
      <button type="button" data-action="dismiss" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
