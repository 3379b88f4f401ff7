import { useTranslation } from 'react-i18next';
import type { Plan } from '../domain';
import { downloadPlanFile } from './editor-safety';
import { usePersistenceRefused } from './storage-persistence';

/** When the browser may clear its storage to free space, suggests keeping a file copy of the plans. */
export function PersistenceAdvice({ plans }: { plans: Plan[] }) {
  const { t } = useTranslation();
  const refused = usePersistenceRefused();
  if (!refused || plans.length === 0) return null;
  return (
    <div className="persistence-advice">
      <p>{t('safety:persist.refused')}</p>
      <button type="button" onClick={() => downloadPlanFile(...plans)}>
        {t('safety:persist.downloadAll', { count: plans.length })}
      </button>
    </div>
  );
}
