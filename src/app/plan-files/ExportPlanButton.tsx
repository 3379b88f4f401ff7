import { useTranslation } from 'react-i18next';
import { planFileName, serializePlanFile } from '../../persistence';
import { useEditor } from '../editor/editor-context';
import { useRepository } from '../shell/repository-context';
import { saveFile } from '../shell/save-file';

/** In the plan editor: saves the plan as it is on screen to a plan file, to keep or to open on another device. */
export function ExportPlanButton() {
  const { t } = useTranslation();
  const { plan, notify } = useEditor();
  const repository = useRepository();

  const exportPlan = async () => {
    const now = new Date();
    saveFile(planFileName(plan.company.name, now), new Blob([serializePlanFile([plan], now)], { type: 'application/json' }));
    await repository.markExported([plan.id]);
    notify(t('files:export.done', { name: plan.company.name || t('plans.unnamed') }));
  };

  return (
    <p className="export-plan">
      <button type="button" onClick={() => void exportPlan()}>
        {t('files:export.fromEditor')}
      </button>
    </p>
  );
}
