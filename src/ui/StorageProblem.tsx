import { useTranslation } from 'react-i18next';

interface StorageProblemProps {
  reason: string;
  onDownload: () => void;
  onRetry: () => void;
}

/** Says in plain words that the latest changes are only in this window, and offers the ways out. */
export function StorageProblem({ reason, onDownload, onRetry }: StorageProblemProps) {
  const { t } = useTranslation();
  return (
    <div className="storage-problem" role="alert">
      <p>
        <strong>{t('safety:save.problemTitle')}</strong>{' '}
        {t(reason === 'QuotaExceededError' ? 'safety:save.problemQuota' : 'safety:save.problemOther')}
      </p>
      <p>{t('safety:save.keptInWindow')}</p>
      <div className="form-actions">
        <button type="button" className="primary" onClick={onDownload}>
          {t('safety:save.download')}
        </button>
        <button type="button" onClick={onRetry}>
          {t('safety:save.retryNow')}
        </button>
      </div>
    </div>
  );
}
