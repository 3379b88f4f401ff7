import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Redirect, useParams } from 'wouter';
import { STEP_NUMBERS, stepPosition, type PlanIssue, type StepNumber } from '../../domain';
import { controlId, focusPlanPath, planPathFromHash, StepForm } from '../../forms';
import { pathScope } from '../../questionnaire';
import { useEditor } from './editor-context';
import { PlanIssueList } from './PlanIssueList';
import { useHash } from '../shell/navigation';
import { scrollToCenter, whenPresent } from '../shell/route-focus';

function parseStep(value: string | undefined): StepNumber | null {
  const number = Number(value);
  return STEP_NUMBERS.find((step) => step === number) ?? null;
}

export function StepPage() {
  const { t } = useTranslation();
  const { step: stepParam } = useParams();
  const hash = useHash();
  const { plan, issues, today, updatePlan, notify, formGeneration, issuesShown, showIssues } = useEditor();
  const step = parseStep(stepParam);
  const scope = pathScope(plan.path);
  const { steps } = scope;

  useEffect(() => {
    document.title = step ? `${t(`steps:${step}.title`)} – ${t('app.name')}` : t('app.name');
  }, [step, t]);

  // A link to a field (#f-…) lands on it once it is there: a list may first have to open the record that holds it.
  useEffect(() => {
    const path = planPathFromHash(hash);
    if (!path.length) return undefined;
    const land = () => {
      if (focusPlanPath(path) && document.activeElement) scrollToCenter(document.activeElement);
    };
    return whenPresent(() => document.getElementById(controlId(path.join('.'))), land, { frames: 30, missing: land });
  }, [hash, step]);

  if (!step || !steps.includes(step)) return <Redirect to={`/plans/${plan.id}`} replace />;

  const index = steps.indexOf(step);
  const previous = steps[index - 1];
  const next = steps[index + 1];
  const shown = issuesShown(step);
  // Before the owner checks the step, how many questions are left counts every error, revealed or not: it is not red.
  const questionsLeft = issues.filter((issue) => issue.step === step && issue.severity === 'error').length;

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
            <p className="step-kicker">{t('step.kicker', { number: stepPosition(scope, step) ?? step, total: steps.length })}</p>
            <h1 tabIndex={-1}>{t(`steps:${step}.title`)}</h1>
            <p className="step-intro">{t(`steps:${step}.intro`)}</p>
            <details className="why">
              <summary>{t('step.why')}</summary>
              <p>{t(`steps:${step}.why`)}</p>
            </details>
            <StepIssueSummary issues={issues} shown={shown} questionsLeft={questionsLeft} />
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
              <button
                type="button"
                className="primary"
                onClick={() => {
                  showIssues(step);
                  void markComplete();
                }}
              >
                {t('step.markComplete')}
              </button>
            )}
            {shown && !complete && issues.some((issue) => issue.severity === 'error') ? (
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

/**
 * The step's errors and advice once the owner checked the step; before that how many questions are left,
 * counted over the whole step (the issues passed in are only those the owner has already been shown).
 */
function StepIssueSummary({ issues, shown, questionsLeft }: { issues: readonly PlanIssue[]; shown: boolean; questionsLeft: number }) {
  const { t } = useTranslation();
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  const warnings = issues.length - errors;
  if (!shown) return questionsLeft ? <p className="step-to-do">{t('stepState.questionsLeft', { count: questionsLeft })}</p> : null;
  if (!issues.length) return null;
  return (
    <details className="issue-summary">
      <summary>
        {[errors ? t('issues.errorCount', { count: errors }) : '', warnings ? t('issues.warningCount', { count: warnings }) : '']
          .filter(Boolean)
          .join(' · ')}
      </summary>
      <PlanIssueList issues={issues} onSelect={(issue) => focusPlanPath(issue.path)} />
    </details>
  );
}
