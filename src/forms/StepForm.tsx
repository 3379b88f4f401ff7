import { startTransition, useEffect, useMemo, useState, type ReactNode } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Plan, PlanIssue, StepNumber } from '../domain';
import { isFieldShown, stepDefinition } from '../questionnaire';
import { FieldRenderer } from './FieldRenderer';
import { PlanFormContext } from './plan-form-context';
import { askedIssues, planResolver } from './validation';

interface StepFormProps {
  plan: Plan;
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
export function StepForm({ plan, step, today, onChange, notify, footer, header }: StepFormProps) {
  const { t } = useTranslation();
  const resolver = useMemo(() => planResolver(today), [today]);
  const form = useForm<Plan>({ defaultValues: plan, resolver, mode: 'onTouched' });
  const [values, setValues] = useState<Plan>(plan);

  useEffect(
    () =>
      form.subscribe({
        formState: { values: true },
        callback: () => {
          const next = form.getValues();
          // The typed character is already in the field; the issues that follow from it render as a transition,
          // which React interrupts for the next keystroke.
          startTransition(() => setValues(next));
          onChange(next);
        },
      }),
    [form, onChange],
  );

  const issues = useMemo(() => askedIssues(values, today), [values, today]);
  const stepIssues = useMemo(() => issues.filter((issue) => issue.step === step), [issues, step]);
  const definition = stepDefinition(step);
  const complete = values.completedSteps.includes(step);
  const context = useMemo(() => ({ issues, planPath: values.path, notify }), [issues, values.path, notify]);

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
        <form noValidate onSubmit={(event) => event.preventDefault()}>
          {definition.sections.map((section) => {
            const shown = section.fields.filter((field) => isFieldShown(field, values.path));
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
        {footer(controls)}
      </PlanFormContext.Provider>
    </FormProvider>
  );
}
