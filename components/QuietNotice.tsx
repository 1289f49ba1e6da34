import { t, uiLanguage } from '@/lib/i18n.ts';

export interface NoticeAction {
  label: string;
  /** The `data-action` handle the button carries. */
  action: string;
  primary?: boolean;
  onClick(): void;
}

export interface QuietNoticeProps {
  message: string;
  dark: boolean;
  anchor: { left: number; bottom: number };
  /** Buttons after the message; "Dismiss" is there too unless `dismissable` is false. */
  actions?: readonly NoticeAction[];
  dismissable?: boolean;
  /** Handles on the notice itself (`data-held`, `data-offer`…), for what it stands for. */
  attributes?: Readonly<Record<string, string>>;
  /** The dismiss button's label and `data-action`, when it is more than a plain "Dismiss". */
  dismissLabel?: string;
  dismissAction?: string;
  onDismiss(): void;
}

/**
 * A small, polite note by the composer — the wait reminder, the mute with its Undo, or word that
 * something of Softer's could not be done. It never takes focus, so typing carries on undisturbed.
 */
export function QuietNotice({
  message,
  dark,
  anchor,
  actions = [],
  dismissable = true,
  attributes = {},
  dismissLabel = t('common.dismiss'),
  dismissAction = 'dismiss',
  onDismiss,
}: QuietNoticeProps) {
  return (
    <div
      {...attributes}
      class={`reminder ${dark ? 'dark' : 'light'}`}
      lang={uiLanguage()}
      role="status"
      style={{ left: `${anchor.left}px`, bottom: `${anchor.bottom}px` }}
    >
      <p>{message}</p>
      {actions.map(({ label, action, primary, onClick }) => (
        <button
          type="button"
          key={action}
          class={primary ? 'primary' : ''}
          data-action={action}
          onClick={onClick}
        >
          {label}
        </button>
      ))}
      {dismissable && (
        <button type="button" data-action={dismissAction} onClick={onDismiss}>
          {dismissLabel}
        </button>
      )}
    </div>
  );
}
