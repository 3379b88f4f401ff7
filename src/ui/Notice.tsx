interface NoticeProps {
  message: string | null;
  actionLabel?: string;
  onAction?: () => void;
  onDismiss: () => void;
  dismissLabel: string;
}

/** A short message at the bottom of the screen, read out by screen readers, with an optional action such as Undo. */
export function Notice({ message, actionLabel, onAction, onDismiss, dismissLabel }: NoticeProps) {
  return (
    <div className="notice-region" role="status" aria-live="polite">
      {message ? (
        <div className="notice">
          <span>{message}</span>
          {actionLabel && onAction ? (
            <button type="button" onClick={onAction}>
              {actionLabel}
            </button>
          ) : null}
          <button type="button" className="link-button" onClick={onDismiss}>
            {dismissLabel}
          </button>
        </div>
      ) : null}
    </div>
  );
}
