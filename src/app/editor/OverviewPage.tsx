import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { isReviewOverdue, nextReviewDate, stepPosition, stepState } from '../../domain';
import { formatDate } from '../../i18n';
import { pathScope } from '../../questionnaire';
import { useEditor } from './editor-context';
import { EmergencyLink } from '../emergency/EmergencyLink';
import { ExampleCopyBanner } from './ExampleCopyBanner';
import { ExportPlanButton } from '../plan-files/ExportPlanButton';
import { StepStateText } from '../../ui/StepStateText';

/** Where a plan stands: its path, each step's state, what to do next. */
export function OverviewPage() {
  const { t, i18n } = useTranslation();
  const { plan, issues, today, updatePlan, issuesShown } = useEditor();
  const scope = pathScope(plan.path);
  const states = scope.steps.map((step) => ({ step, position: stepPosition(scope, step) ?? step, ...stepState(plan, step, issues) }));
  const nextStep = states.find((state) => state.state !== 'complete');
  const reviewDate = nextReviewDate(plan);

  useEffect(() => {
    document.title = `${plan.company.name || t('plans.unnamed')} – ${t('app.name')}`;
  }, [plan.company.name, t]);

  return (
    <div className="overview">
      <h1>{plan.company.name || t('plans.unnamed')}</h1>
      <EmergencyLink plan={plan} />
      <ExampleCopyBanner />
      <p className="plan-path">
        {t(plan.path === 'quick' ? 'path.quickName' : 'path.fullName')}: {t(plan.path === 'quick' ? 'path.quickHint' : 'path.fullHint')}
      </p>
      {plan.path === 'quick' ? (
        <div className="callout">
          <p>{t('overview.widenExplain')}</p>
          <button type="button" onClick={() => updatePlan({ ...plan, path: 'full' })}>
            {t('overview.widen')}
          </button>
        </div>
      ) : null}
      {reviewDate ? (
        <p className={isReviewOverdue(plan, today) ? 'review-overdue' : undefined}>
          {t(isReviewOverdue(plan, today) ? 'plans.reviewOverdue' : 'plans.nextReview', {
            date: formatDate(reviewDate, i18n.language),
          })}
        </p>
      ) : null}
      {nextStep ? (
        <Link className="button primary" to={`/plans/${plan.id}/steps/${nextStep.step}`}>
          {t('overview.continue', { number: nextStep.position, title: t(`steps:${nextStep.step}.shortTitle`) })}
        </Link>
      ) : (
        <Link className="button primary" to={`/plans/${plan.id}/review`}>
          {t('overview.toReview')}
        </Link>
      )}
      <h2>{t('overview.stepsTitle')}</h2>
      <ol className="overview-steps">
        {states.map((state) => (
          <li key={state.step} className={`overview-step step-${state.state}`}>
            <Link to={`/plans/${plan.id}/steps/${state.step}`}>
              {t('nav.stepNumber', { number: state.position })}: {t(`steps:${state.step}.title`)}
            </Link>
            <StepStateText state={state} issuesShown={issuesShown(state.step)} />
          </li>
        ))}
      </ol>
      <ExportPlanButton />
    </div>
  );
}
