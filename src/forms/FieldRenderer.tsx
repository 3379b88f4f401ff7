import { memo, useState, type ReactNode } from 'react';
import { Controller, useFormContext, useFormState, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { FieldDefinition } from '../questionnaire';
import { Field } from '../ui';
import { controlId, fieldTexts, translateValidation } from './field-texts';
import { useIssueText } from './issue-text';
import { ListField } from './ListField';
import { PersonField } from './PersonField';
import { usePathIssues, useRevealed } from './plan-form-context';
import { ReferenceField } from './ReferenceField';
import { shapeError } from './validation';

interface FieldRendererProps {
  definition: FieldDefinition;
  /** Path of the record this field belongs to ("" for the plan, "keyProducts.2" for a list item). */
  recordPath: string;
  /** Translation key of that record ("" or "keyProducts"). */
  recordKey: string;
  /** A list whose section heading already names it. */
  titled?: boolean;
}

/** Whether a value answers its question (a ticked box, a choice, a number, some text). */
const isAnswered = (value: unknown): boolean =>
  Array.isArray(value) ? value.length > 0 : typeof value === 'string' ? value.trim() !== '' : value !== null && value !== undefined && value !== false;

const emptyToNull = (value: unknown) => (value === '' || value === null || value === undefined ? null : value);
const toNumberOrNull = (value: unknown) => {
  const present = emptyToNull(value);
  return present === null ? null : Number(present);
};

/**
 * One question of the plan or of a list record. Memoised, and subscribed only to its own error and warnings:
 * typing in one field re-renders that field, not the step.
 */
export const FieldRenderer = memo(function FieldRenderer({ definition, recordPath, recordKey, titled }: FieldRendererProps) {
  const name = recordPath ? `${recordPath}.${definition.name}` : definition.name;
  const key = recordKey ? `${recordKey}.${definition.name}` : definition.name;
  if (definition.kind === 'list') {
    return <ListField definition={definition} name={name} textKey={key} titled={titled} />;
  }
  const question = <Question definition={definition} name={name} recordPath={recordPath} textKey={key} />;
  return definition.onlyWhenFilled ? <WhenFilled name={name}>{question}</WhenFilled> : question;
});

/** A question shown only while it holds an answer; once shown, it stays while the page is open, so clearing it keeps focus. */
function WhenFilled({ name, children }: { name: string; children: ReactNode }) {
  const value: unknown = useWatch({ name });
  const filled = typeof value === 'string' && value.trim() !== '';
  const [shown, setShown] = useState(filled);
  if (filled && !shown) setShown(true);
  return shown ? children : null;
}

interface QuestionProps {
  definition: Exclude<FieldDefinition, { kind: 'list' }>;
  name: string;
  recordPath: string;
  textKey: string;
}

/**
 * A question with its error and warnings, shown once the owner has left it, tried to complete the step or followed a
 * link to it: the rules' own errors come from the live issues, the shape errors (a number that is none) from the form.
 */
function Question({ definition, name, recordPath, textKey: key }: QuestionProps) {
  const { t, i18n } = useTranslation();
  const { register, control, getFieldState, setValue } = useFormContext();
  const formState = useFormState({ control, name, exact: true });
  const industry = useWatch({ control, name: 'company.industry' }) as string | null;
  // Only whether the field is empty: typing in it does not re-render it for this.
  const empty = useWatch({ control, name, compute: (value: unknown) => typeof value !== 'string' || value.trim() === '' });
  const issues = usePathIssues(name);
  const issueText = useIssueText();
  const id = controlId(name);
  const texts = fieldTexts(i18n, key, industry);
  const revealed = useRevealed(name);
  const ruleError = issues.find((issue) => issue.severity === 'error');
  const error = revealed
    ? ruleError
      ? issueText(ruleError.code, ruleError.params)
      : translateValidation(issueText, shapeError(getFieldState(name, formState).error?.message))
    : undefined;
  const warnings = issues.filter((issue) => issue.severity === 'warning').map((issue) => issueText(issue.code, issue.params));
  // Re-renders only when the question becomes answered or empty, not on every keystroke.
  const answered = useWatch({ name, compute: isAnswered });
  // An example written for the plan's kind of business goes into an empty field in one tap, as typing would, so
  // Ctrl+Z undoes it. A general example (someone else's address or name) is not offered.
  const offersExample = (definition.kind === 'textarea' || definition.kind === 'text') && texts.exampleSource === 'industry' && empty;
  const fillWithExample = () => {
    const element = document.getElementById(id);
    if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)) return;
    element.focus();
    element.select();
    if (!document.execCommand('insertText', false, texts.example)) setValue(name, texts.example, { shouldDirty: true, shouldTouch: true });
  };
  const common = { id, texts, required: definition.required, error, warnings, answered, onUseExample: offersExample ? fillWithExample : undefined };

  switch (definition.kind) {
    case 'text':
    case 'tel':
    case 'email':
    case 'date':
      return (
        <Field {...common}>
          {(describedBy, invalid) => (
            <input
              id={id}
              type={definition.kind}
              autoComplete={definition.kind === 'tel' ? 'tel' : definition.kind === 'email' ? 'email' : 'off'}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              aria-required={definition.required}
              {...register(name)}
            />
          )}
        </Field>
      );
    case 'textarea':
      return (
        <Field {...common}>
          {(describedBy, invalid) => (
            <textarea
              id={id}
              rows={3}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              aria-required={definition.required}
              {...register(name)}
            />
          )}
        </Field>
      );
    case 'number':
      return (
        <Field {...common}>
          {(describedBy, invalid) => (
            <input
              id={id}
              type="number"
              inputMode="decimal"
              min={definition.min}
              max={definition.max}
              step={definition.step ?? 'any'}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              aria-required={definition.required}
              {...register(name, { setValueAs: toNumberOrNull })}
            />
          )}
        </Field>
      );
    case 'select': {
      const numeric = typeof definition.codes[0] === 'number';
      return (
        <Field {...common}>
          {(describedBy, invalid) => (
            <select
              id={id}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              aria-required={definition.required}
              {...register(name, { setValueAs: numeric ? toNumberOrNull : emptyToNull })}
            >
              <option value="">{t('field.choose')}</option>
              {definition.codes.map((code) => (
                <option key={code} value={code}>
                  {t(`options:${definition.options}.${code}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      );
    }
    case 'checkbox':
      return (
        <Field {...common} labelAfter>
          {(describedBy) => <input id={id} type="checkbox" aria-describedby={describedBy} {...register(name)} />}
        </Field>
      );
    case 'checkboxes':
      return (
        <Controller
          control={control}
          name={name}
          render={({ field }) => {
            const selected = Array.isArray(field.value) ? (field.value as string[]) : [];
            const toggle = (code: string, checked: boolean) =>
              field.onChange(definition.codes.filter((candidate) => (candidate === code ? checked : selected.includes(candidate))));
            return (
              <Field {...common} group>
                {() => (
                  <div className="choices">
                    {definition.codes.map((code) => (
                      <label key={code} className="choice">
                        <input
                          type="checkbox"
                          checked={selected.includes(code)}
                          onChange={(event) => toggle(code, event.target.checked)}
                          onBlur={field.onBlur}
                        />
                        {t(`options:${definition.options}.${code}`)}
                      </label>
                    ))}
                  </div>
                )}
              </Field>
            );
          }}
        />
      );
    case 'reference':
      if (definition.person) return <PersonField definition={definition} name={name} recordPath={recordPath} textKey={key} field={common} />;
      return <ReferenceField definition={definition} name={name} recordPath={recordPath} textKey={key} field={common} />;
  }
}
