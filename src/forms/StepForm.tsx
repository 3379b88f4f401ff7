import { memo, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Plan, PlanIssue, StepNumber } from '../domain';
import { isFieldShown, stepDefinition } from '../questionnaire';
import { afterTap } from '../ui';
import { controlId } from './field-texts';
import { FieldRenderer } from './FieldRenderer';
import { focusPlanPath } from './focus';
import { issuesByPath, recordNames } from './live-plan';
import {
  isRevealed,
  LiveValue,
  NOTHING_REVEALED,
  PlanFormContext,
  revealPath,
  usePlanForm,
  type PlanFormState,
} from './plan-form-context';
import { planResolver } from './validation';

interface StepFormProps {
  /** The plan as the user has it now: every change of the form comes back here through onChange. */
  plan: Plan;
  /** The live issues of that plan on its path. */
  issues: readonly PlanIssue[];
  step: StepNumber;
  today: Date;
  onChange: (plan: Plan) => void;
  notify: (message: string, undo?: () => void) => void;
  /** Rendered after the questions, with this step's live issues and a way to mark it complete. */
  footer: (controls: StepControls) => ReactNode;
  /** Rendered before the questions, with the issues the owner has been shown. */
  header: (issues: readonly PlanIssue[]) => ReactNode;
  /** The path the owner followed a link to (from the review): its issues show at once. */
  linkedPath?: string;
}

export interface StepControls {
  /** The step's issues the owner has been shown (see Revealed). */
  issues: readonly PlanIssue[];
  complete: boolean;
  /** Shows every error of the step; marks it complete when there is none. */
  markComplete: () => Promise<void>;
  markIncomplete: () => void;
}

/** One step of the questionnaire as a react-hook-form form over the whole plan. */
export function StepForm({ plan, issues, step, today, onChange, notify, footer, header, linkedPath }: StepFormProps) {
  const resolver = useMemo(() => planResolver(today), [today]);
  const form = useForm<Plan>({ defaultValues: plan, resolver, mode: 'onTouched' });

  useEffect(
    () =>
      form.subscribe({
        formState: { values: true },
        callback: () => onChange(form.getValues()),
      }),
    [form, onChange],
  );

  // Issues and record names reach the fields through live values: after a keystroke only the fields whose
  // warnings or choices changed re-render, not every field of the step.
  const [live] = useState(() => ({
    issues: new LiveValue(issuesByPath(issues, new Map())),
    names: new LiveValue(recordNames(plan)),
    revealed: new LiveValue(NOTHING_REVEALED),
  }));
  useEffect(() => live.issues.set(issuesByPath(issues, live.issues.get())), [live, issues]);
  useEffect(() => live.names.set(recordNames(plan, live.names.get())), [live, plan]);
  useEffect(() => {
    if (linkedPath) live.revealed.set(revealPath(live.revealed.get(), linkedPath));
  }, [live, linkedPath]);

  const stepIssues = useMemo(() => issues.filter((issue) => issue.step === step), [issues, step]);
  const revealed = useSyncExternalStore(live.revealed.subscribe, live.revealed.get);
  const shownIssues = useMemo(
    () => stepIssues.filter((issue) => isRevealed(revealed, issue.path.join('.'), true)),
    [stepIssues, revealed],
  );
  const complete = plan.completedSteps.includes(step);
  const context = useMemo<PlanFormState>(() => ({ ...live, planPath: plan.path, notify }), [live, plan.path, notify]);

  const setCompleted = (completed: boolean) => {
    const others = form.getValues('completedSteps').filter((candidate) => candidate !== step);
    form.setValue('completedSteps', completed ? [...others, step].sort((a, b) => a - b) : others, { shouldDirty: true });
  };

  const controls: StepControls = {
    issues: shownIssues,
    complete,
    markComplete: async () => {
      live.revealed.set({ all: true, paths: revealed.paths });
      await form.trigger();
      const errors = stepIssues.filter((issue) => issue.severity === 'error');
      // Focus goes to the first error with a field on screen, else to the first error (opening its record).
      const onScreen = errors.find((issue) => document.getElementById(controlId(issue.path.join('.')))?.matches('input, select, textarea'));
      const first = onScreen ?? errors[0];
      if (first) {
        focusPlanPath(first.path);
        return;
      }
      setCompleted(true);
    },
    markIncomplete: () => setCompleted(false),
  };

  return (
    <FormProvider {...form}>
      <PlanFormContext.Provider value={context}>
        {header(shownIssues)}
        <StepQuestions step={step} planPath={plan.path} />
        {footer(controls)}
      </PlanFormContext.Provider>
    </FormProvider>
  );
}

/** The questions of a step; re-rendered only when the step or the plan's path changes, never per keystroke. */
const StepQuestions = memo(function StepQuestions({ step, planPath }: { step: StepNumber; planPath: Plan['path'] }) {
  const { t } = useTranslation();
  const { revealed } = usePlanForm();
  // Leaving a field reveals its issues (and those of the record and list it is in); so does a choice in a list of
  // choices, which is complete once made.
  const reveal = (target: EventTarget, controls: string) => {
    if (!(target instanceof Element) || !target.matches(controls)) return;
    const owner = target.closest(`[id^="${controlId('')}"]`);
    // Not under a tap still going on: the issues shown would move the tapped button away (afterTap).
    if (owner) afterTap(() => revealed.set(revealPath(revealed.get(), owner.id.slice(controlId('').length))));
  };
  return (
    <form
      noValidate
      onSubmit={(event) => event.preventDefault()}
      onBlur={(event) => reveal(event.target, 'input, select, textarea')}
      onChange={(event) => reveal(event.target, 'select')}
    >
      {stepDefinition(step).sections.map((section) => {
        const shown = section.fields.filter((field) => isFieldShown(field, planPath));
        const [first] = shown;
        if (!first) return null;
        // A section that is one list: its heading names the list, and the list's guidance introduces it.
        const soleList = shown.length === 1 && first.kind === 'list' ? first : null;
        return (
          <section key={section.id} className="form-section" aria-labelledby={`section-${section.id}`}>
            <h2 id={`section-${section.id}`}>
              {soleList ? (
                <span id={controlId(soleList.name)} tabIndex={-1}>
                  {t(`sections:${section.id}.title`)}
                </span>
              ) : (
                t(`sections:${section.id}.title`)
              )}
              {soleList?.required ? <span className="required"> {t('field.required')}</span> : null}
            </h2>
            {soleList ? null : <p className="section-intro">{t(`sections:${section.id}.intro`)}</p>}
            {shown.map((field) => (
              <FieldRenderer key={field.name} definition={field} recordPath="" recordKey="" titled={field === soleList} />
            ))}
          </section>
        );
      })}
    </form>
  );
});
