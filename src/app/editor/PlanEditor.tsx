import { startTransition, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'wouter';
import { planProgress, stepPosition, stepState, type Plan, type StepNumber } from '../../domain';
import { askedIssues } from '../../forms';
import { Autosave, DraftBackup, PlanNotFoundError, type SaveState } from '../../persistence';
import { pathScope } from '../../questionnaire';
import { LanguagePicker, ProgressBar } from '../../ui';
import { SaveStatus } from '../../ui/SaveStatus';
import { StepStateText } from '../../ui/StepStateText';
import { StorageProblem } from '../../ui/StorageProblem';
import { EditorProvider, type EditorContext } from './editor-context';
import { downloadPlanFile, useConflictChoices, useFollowOtherTabs, useSaveOnLeave, useStorageRecovery } from './editor-safety';
import { NavLink } from '../shell/navigation';
import { useRepository } from '../shell/repository-context';
import { saveAllWork } from './unsaved-work';
import { useNotice } from '../shell/use-notice';

/** Whether two versions of a plan hold the same content, whatever their revision and save time. */
function sameContent(a: Plan, b: Plan): boolean {
  const content = (plan: Plan) => JSON.stringify({ ...plan, revision: 0, updatedAt: '' });
  return content(a) === content(b);
}

/**
 * Scrolls the step list, and only the step list, so that `link` is in it: sideways on phones, where the list
 * is a row, and up or down beside a long step on wide screens. The window itself stays where it is, so a
 * jump to a field or the top of a new screen is not undone.
 */
function revealInStepList(link: Element): void {
  const row = link.closest('ol');
  const column = link.closest('nav');
  const box = link.getBoundingClientRect();
  if (row && row.scrollWidth > row.clientWidth) {
    const rowBox = row.getBoundingClientRect();
    row.scrollLeft += box.left + box.width / 2 - (rowBox.left + rowBox.width / 2);
  }
  if (column && column.scrollHeight > column.clientHeight) {
    const columnBox = column.getBoundingClientRect();
    if (box.top < columnBox.top) column.scrollTop -= columnBox.top - box.top;
    else if (box.bottom > columnBox.bottom) column.scrollTop += box.bottom - columnBox.bottom;
  }
}

type LoadState = { status: 'loading' } | { status: 'missing' } | { status: 'damaged' } | { status: 'ready' };

/** The steps of a plan whose problems the owner asked to see in this visit (every step once the review was opened). */
interface ShownIssues {
  planId: string;
  all: boolean;
  steps: readonly StepNumber[];
}

/** The editing screens of one plan: loads it, saves every change, and shows where the user is. `children` is the current screen. */
export function PlanEditor({ children }: { children: ReactNode }) {
  const { planId = '' } = useParams();
  const { t } = useTranslation();
  const repository = useRepository();
  const [plan, setPlan] = useState<Plan | null>(null);
  const [loadState, setLoadState] = useState<LoadState>({ status: 'loading' });
  const [saveState, setSaveState] = useState<SaveState>({ status: 'saved' });
  const [formGeneration, setFormGeneration] = useState(0);
  const [today] = useState(() => new Date());
  const { notify, noticeBar } = useNotice();

  const backup = useMemo(() => new DraftBackup(window.localStorage), []);
  const autosave = useMemo(
    () =>
      new Autosave({
        save: (next) => repository.save(next),
        onSaved: (saved) => backup.clear(saved.id),
        onStateChange: setSaveState,
      }),
    [repository, backup],
  );

  useEffect(() => {
    let cancelled = false;
    // A screen just left (the emergency screen) may still be writing its last change: read after it.
    saveAllWork().then(() => repository.get(planId)).then(
      (loaded) => {
        if (cancelled) return;
        const unsaved = backup.read(planId);
        if (unsaved && !sameContent(unsaved, loaded)) {
          setPlan(unsaved);
          autosave.schedule(unsaved);
        } else {
          backup.clear(planId);
          setPlan(loaded);
        }
        setLoadState({ status: 'ready' });
      },
      (error: unknown) => {
        if (!cancelled) setLoadState({ status: error instanceof PlanNotFoundError ? 'missing' : 'damaged' });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [repository, planId, backup, autosave]);

  useSaveOnLeave(autosave, backup);

  const updatePlan = useCallback(
    (next: Plan) => {
      autosave.schedule(next);
      // Progress and step states follow as a transition, so that typing is not held up by a re-render of the editor.
      startTransition(() => setPlan(next));
    },
    [autosave],
  );

  const showStored = useCallback((stored: Plan) => {
    setPlan(stored);
    setFormGeneration((generation) => generation + 1);
  }, []);
  const showGone = useCallback(() => setLoadState({ status: 'missing' }), []);
  const { keepMine, takeStored } = useConflictChoices({ planId, autosave, repository, replace: showStored });
  useFollowOtherTabs({ planId, plan, autosave, repository, replace: showStored, gone: showGone });
  useStorageRecovery(saveState, autosave, backup, notify);

  const issues = useMemo(() => (plan ? askedIssues(plan, today) : []), [plan, today]);

  // The current step stays in view in the step list (a row on phones) when the screen changes, not on every keystroke:
  // scrolling forces a layout of the whole page, which costs hundreds of milliseconds on a long step.
  const [location] = useLocation();
  const ready = loadState.status === 'ready';

  const [shownIssues, setShownIssues] = useState<ShownIssues>({ planId, all: false, steps: [] });
  const shown = shownIssues.planId === planId ? shownIssues : { planId, all: false, steps: [] };
  const onReview = /\/review\/?$/i.test(location);
  if (onReview && !shown.all) setShownIssues({ ...shown, all: true });
  const completedSteps = plan?.completedSteps;
  const issuesShown = useCallback(
    (step: StepNumber) => shown.all || shown.steps.includes(step) || (completedSteps?.includes(step) ?? false),
    [shown.all, shown.steps, completedSteps],
  );
  const showIssues = useCallback(
    (step: StepNumber) =>
      setShownIssues((current) => {
        const base = current.planId === planId ? current : { planId, all: false, steps: [] };
        return base.steps.includes(step) ? base : { ...base, steps: [...base.steps, step] };
      }),
    [planId],
  );
  useEffect(() => {
    const current = ready ? document.querySelector('.step-nav [aria-current="page"]') : null;
    if (current) revealInStepList(current);
  }, [location, ready]);

  if (loadState.status !== 'ready' || !plan) {
    return (
      <main className="page" id="main">
        {loadState.status === 'loading' ? (
          <p className="loading">{t('app.loading')}</p>
        ) : (
          <>
            <h1>{t(loadState.status === 'missing' ? 'editor.missingTitle' : 'editor.damagedTitle')}</h1>
            <p>{t(loadState.status === 'missing' ? 'editor.missing' : 'editor.damaged')}</p>
            <Link to="/">{t('nav.allPlans')}</Link>
          </>
        )}
      </main>
    );
  }

  const scope = pathScope(plan.path);
  const steps = scope.steps;
  const progress = planProgress(plan, steps, issues);
  const context: EditorContext = { plan, today, issues, updatePlan, notify, formGeneration, issuesShown, showIssues };

  return (
    <div className="editor">
      <a className="skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
      <header className="editor-header">
        <Link to="/" className="back-link">
          ← {t('nav.allPlans')}
        </Link>
        <p className="editor-plan-name">{plan.company.name || t('plans.unnamed')}</p>
        <SaveStatus state={saveState} onRetry={() => void autosave.flush()} onKeepMine={keepMine} onTakeStored={takeStored} />
        <LanguagePicker />
      </header>
      {saveState.status === 'failed' ? (
        <StorageProblem reason={saveState.reason} onDownload={() => downloadPlanFile(autosave.unsavedPlan ?? plan)} onRetry={() => void autosave.flush()} />
      ) : null}
      <div className="editor-body">
        <nav className="step-nav" aria-label={t('nav.steps')}>
          <ProgressBar
            label={t('progress.steps', { complete: progress.complete, total: progress.total })}
            value={progress.complete}
            max={progress.total}
          />
          <ol>
            <li>
              <NavLink end to={`/plans/${plan.id}`}>
                {t('nav.overview')}
              </NavLink>
            </li>
            {steps.map((step) => {
              const state = stepState(plan, step, issues);
              const position = stepPosition(scope, step) ?? step;
              return (
                <li key={step}>
                  <NavLink
                    to={`/plans/${plan.id}/steps/${step}`}
                    className={`step-link step-${state.state}`}
                  >
                    <span className="step-number" aria-hidden="true">
                      {state.state === 'complete' ? '✓' : position}
                    </span>
                    <span className="step-name">
                      <span className="visually-hidden">{t('nav.stepNumber', { number: position })} </span>
                      {t(`steps:${step}.shortTitle`)}
                      <StepStateText state={state} issuesShown={issuesShown(step)} />
                    </span>
                  </NavLink>
                </li>
              );
            })}
            <li>
              <NavLink to={`/plans/${plan.id}/review`}>{t('nav.review')}</NavLink>
            </li>
            <li>
              <NavLink to={`/plans/${plan.id}/print`}>{t('nav.print')}</NavLink>
            </li>
            <li>
              <NavLink to={`/plans/${plan.id}/summary`}>{t('summary:nav')}</NavLink>
            </li>
          </ol>
        </nav>
        <main className="editor-main" id="main" tabIndex={-1}>
          <EditorProvider value={context}>{children}</EditorProvider>
        </main>
      </div>
      {noticeBar}
    </div>
  );
}
