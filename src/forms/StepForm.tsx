import { memo, useEffect, useMemo, useState, type ReactNode } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Plan, PlanIssue, StepNumber } from '../domain';
import { isFieldShown, stepDefinition } from '../questionnaire';
import { FieldRenderer } from './FieldRenderer';
import { issuesByPath, recordNames } from './live-plan';
import { LiveValue, PlanFormContext, type PlanFormState } from './plan-form-context';
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
  /** Rendered before the questions. */
  header: (issues: readonly PlanIssue[]) => ReactNode;
}

export interface StepControls {
  issues: readonly PlanIssue[];
  complete: boolean;
  /** Shows every error of the step; marks it complete when there is none. */
  markComplete: () => Promise<void>;
  markIncomplete: () => void;
}

/** One step of the questionnaire as a react-hook-form form over the whole plan. */
export function StepForm({ plan, issues, step, today, onChange, notify, footer, header }: StepFormProps) {
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
  const [live] = useState(() => ({ issues: new LiveValue(issuesByPath(issues, new Map())), names: new LiveValue(recordNames(plan)) }));
  useEffect(() => live.issues.set(issuesByPath(issues, live.issues.get())), [live, issues]);
  useEffect(() => live.names.set(recordNames(plan, live.names.get())), [live, plan]);

  const stepIssues = useMemo(() => issues.filter((issue) => issue.step === step), [issues, step]);
  const complete = plan.completedSteps.includes(step);
  const context = useMemo<PlanFormState>(() => ({ ...live, planPath: plan.path, notify }), [live, plan.path, notify]);

  const setCompleted = (completed: boolean) => {
    const others = form.getValues('completedSteps').filter((candidate) => candidate !== step);
    form.setValue('completedSteps', completed ? [...others, step].sort((a, b) => a - b) : others, { shouldDirty: true });
  };

  const controls: StepControls = {
    issues: stepIssues,
    complete,
    markComplete: async () => {
      await form.trigger(undefined, { shouldFocus: true });
      if (stepIssues.some((issue) => issue.severity === 'error')) return;
      setCompleted(true);
    },
    markIncomplete: () => setCompleted(false),
  };

  return (
    <FormProvider {...form}>
      <PlanFormContext.Provider value={context}>
        {header(stepIssues)}
        <StepQuestions step={step} planPath={plan.path} />
        {footer(controls)}
      </PlanFormContext.Provider>
    </FormProvider>
  );
}

/** The questions of a step; re-rendered only when the step or the plan's path changes, never per keystroke. */
const StepQuestions = memo(function StepQuestions({ step, planPath }: { step: StepNumber; planPath: Plan['path'] }) {
  const { t } = useTranslation();
  return (
    <form noValidate onSubmit={(event) => event.preventDefault()}>
      {stepDefinition(step).sections.map((section) => {
        const shown = section.fields.filter((field) => isFieldShown(field, planPath));
        if (!shown.length) return null;
        return (
          <section key={section.id} className="form-section" aria-labelledby={`section-${section.id}`}>
            <h2 id={`section-${section.id}`}>{t(`sections:${section.id}.title`)}</h2>
            <p className="section-intro">{t(`sections:${section.id}.intro`)}</p>
            {shown.map((field) => (
              <FieldRenderer key={field.name} definition={field} recordPath="" recordKey="" />
            ))}
          </section>
        );
      })}
    </form>
  );
});
