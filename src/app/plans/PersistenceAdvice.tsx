import { useTranslation } from 'react-i18next';
import { usePersistenceRefused } from '../shell/storage-persistence';

/** When the browser may clear its storage to free space, suggests keeping a file copy of the plans. */
export function PersistenceAdvice({ planCount, onExportAll }: { planCount: number; onExportAll: () => void }) {
  const { t } = useTranslation();
  const refused = usePersistenceRefused();
  if (!refused || planCount === 0) return null;
  return (
    <div className="persistence-advice">
      <p>{t('safety:persist.refused')}</p>
      <button type="button" onClick={onExportAll}>
        {t('safety:persist.downloadAll', { count: planCount })}
      </button>
    </div>
  );
}
