import { useTranslation } from 'react-i18next';
import type { StepState } from '../domain';

/**
 * "In progress · 2 things to fix · 1 piece of advice" once the owner has checked the step (tried to
 * complete it, or opened the review); before that a neutral to-do: "In progress · 3 questions left".
 */
export function StepStateText({ state, issuesShown }: { state: StepState; issuesShown: boolean }) {
  const { t } = useTranslation();
  const counts = issuesShown
    ? [
        state.errors ? t('issues.errorCount', { count: state.errors }) : '',
        state.warnings ? t('issues.warningCount', { count: state.warnings }) : '',
      ]
    : [state.errors ? t('stepState.questionsLeft', { count: state.errors }) : ''];
  return (
    <span className="step-state">
      {[t(`stepState.${state.state}`), ...counts.filter(Boolean)].join(' · ')}
    </span>
  );
}
