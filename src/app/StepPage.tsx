import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Redirect, useParams } from 'wouter';
import { STEP_NUMBERS, type PlanIssue, type StepNumber } from '../domain';
import { focusPlanPath, planPathFromHash, StepForm } from '../forms';
import { stepsForPath } from '../questionnaire';
import { useEditor } from './editor-context';
import { IssueList } from './IssueList';
import { useHash } from './navigation';

function parseStep(value: string | undefined): StepNumber | null {
  const number = Number(value);
  return STEP_NUMBERS.find((step) => step === number) ?? null;
}

export function StepPage() {
  const { t } = useTranslation();
  const { step: stepParam } = useParams();
  const hash = useHash();
  const { plan, issues, today, updatePlan, notify, formGeneration } = useEditor();
  const step = parseStep(stepParam);
  const steps = stepsForPath(plan.path);

  useEffect(() => {
    document.title = step ? `${t(`steps:${step}.title`)} – ${t('app.name')}` : t('app.name');
  }, [step, t]);

  useEffect(() => {
    const path = planPathFromHash(hash);
    if (path.length) focusPlanPath(path);
  }, [hash, step]);

  if (!step || !steps.includes(step)) return <Redirect to={`/plans/${plan.id}`} replace />;

  const position = steps.indexOf(step);
  const previous = steps[position - 1];
  const next = steps[position + 1];

  return (
    <article className="step-page">
      <StepForm
        key={`${plan.id}-${step}-${formGeneration}`}
        plan={plan}
        issues={issues}
        step={step}
        today={today}
        onChange={updatePlan}
        notify={notify}
        linkedPath={planPathFromHash(hash).join('.')}
        header={(issues) => (
          <header className="step-header">
            <p className="step-kicker">{t('step.kicker', { number: step, total: 10 })}</p>
            <h1>{t(`steps:${step}.title`)}</h1>
            <p className="step-intro">{t(`steps:${step}.intro`)}</p>
            <details className="why">
              <summary>{t('step.why')}</summary>
              <p>{t(`steps:${step}.why`)}</p>
            </details>
            <StepIssueSummary issues={issues} />
          </header>
        )}
        footer={({ complete, markComplete, markIncomplete, issues }) => (
          <footer className="step-footer">
            {complete ? (
              <p className="step-complete-note">
                ✓ {t('step.completeNote')}{' '}
                <button type="button" className="link-button" onClick={markIncomplete}>
                  {t('step.markIncomplete')}
                </button>
              </p>
            ) : (
              <button type="button" className="primary" onClick={() => void markComplete()}>
                {t('step.markComplete')}
              </button>
            )}
            {!complete && issues.some((issue) => issue.severity === 'error') ? (
              <p className="step-blocked">{t('step.blocked')}</p>
            ) : null}
            <div className="step-pager">
              {previous ? (
                <Link to={`/plans/${plan.id}/steps/${previous}`}>← {t('step.previous', { title: t(`steps:${previous}.shortTitle`) })}</Link>
              ) : (
                <Link to={`/plans/${plan.id}`}>← {t('nav.overview')}</Link>
              )}
              {next ? (
                <Link to={`/plans/${plan.id}/steps/${next}`}>{t('step.next', { title: t(`steps:${next}.shortTitle`) })} →</Link>
              ) : (
                <Link to={`/plans/${plan.id}/review`}>{t('nav.review')} →</Link>
              )}
            </div>
          </footer>
        )}
      />
    </article>
  );
}

function StepIssueSummary({ issues }: { issues: readonly PlanIssue[] }) {
  const { t } = useTranslation();
  if (!issues.length) return null;
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  const warnings = issues.length - errors;
  return (
    <details className="issue-summary">
      <summary>
        {[errors ? t('issues.errorCount', { count: errors }) : '', warnings ? t('issues.warningCount', { count: warnings }) : '']
          .filter(Boolean)
          .join(' · ')}
      </summary>
      <IssueList issues={issues} onSelect={(issue) => focusPlanPath(issue.path)} />
    </details>
  );
}
