import { useTranslation } from 'react-i18next';
/** Where the latest change stands (the autosave's state; ui does not import persistence, so it names what it shows). */
export interface SaveStatusState {
  status: 'saved' | 'pending' | 'saving' | 'conflict' | 'failed';
  /** Why the save failed: the browser's error name. */
  reason?: string;
}

interface SaveStatusProps {
  state: SaveStatusState;
  onRetry: () => void;
  onKeepMine: () => Promise<void>;
  onTakeStored: () => Promise<void>;
}

function failureReason(reason: string): string {
  return reason === 'QuotaExceededError' ? 'save.reasonQuota' : 'save.reasonOther';
}

/** Whether the latest change is stored on this device, and what to do when it is not. */
export function SaveStatus({ state, onRetry, onKeepMine, onTakeStored }: SaveStatusProps) {
  const { t } = useTranslation();
  return (
    <div className={`save-status save-${state.status}`} role="status" aria-live="polite">
      {state.status === 'saved' ? <span>✓ {t('save.saved')}</span> : null}
      {state.status === 'pending' || state.status === 'saving' ? <span>{t('save.saving')}</span> : null}
      {state.status === 'failed' ? (
        <>
          <span>{t('save.failed', { reason: t(failureReason(state.reason ?? '')) })}</span>
          <button type="button" onClick={onRetry}>
            {t('save.retry')}
          </button>
        </>
      ) : null}
      {state.status === 'conflict' ? (
        <>
          <span>{t('save.conflict')}</span>
          <button type="button" onClick={() => void onKeepMine()}>
            {t('save.keepMine')}
          </button>
          <button type="button" onClick={() => void onTakeStored()}>
            {t('save.takeStored')}
          </button>
        </>
      ) : null}
    </div>
  );
}
