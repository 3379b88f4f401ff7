import { useTranslation } from 'react-i18next';
import type { StepState } from '../domain';

/** "In progress · 2 things to fix · 1 piece of advice" */
export function StepStateText({ state }: { state: StepState }) {
  const { t } = useTranslation();
  return (
    <span className="step-state">
      {t(`stepState.${state.state}`)}
      {state.errors ? ` · ${t('issues.errorCount', { count: state.errors })}` : ''}
      {state.warnings ? ` · ${t('issues.warningCount', { count: state.warnings })}` : ''}
    </span>
  );
}
