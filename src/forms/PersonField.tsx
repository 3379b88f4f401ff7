import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useFormContext, useFormState, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { employeeSchema, existingPerson, newId, type Employee } from '../domain';
import type { FieldDefinition } from '../questionnaire';
import { Field, type FieldTexts } from '../ui';
import { controlId, translateValidation } from './field-texts';
import { FieldRenderer } from './FieldRenderer';
import { useIssueText } from './issue-text';
import { revealPath, usePathIssues, usePlanForm } from './plan-form-context';
import { ReferenceField } from './ReferenceField';

type ReferenceDefinition = Extract<FieldDefinition, { kind: 'reference' }>;

interface PersonFieldProps {
  definition: ReferenceDefinition;
  name: string;
  recordPath: string;
  textKey: string;
  field: { id: string; texts: FieldTexts; required?: boolean; error?: string; warnings: string[]; answered: boolean };
}

const EMPLOYEES = 'contacts.employees';
const PHONE_TO_CHECK: FieldDefinition = { kind: 'tel', name: 'phoneToCheck', onlyWhenFilled: true };

/**
 * A person of the staff list chosen outside it (the BCP leader, the deputy). Their phone shows right under the
 * choice and is the staff record's own field, so the plan holds one number per person; someone not on the
 * staff list yet is added there from here.
 */
export function PersonField({ definition, name, recordPath, textKey, field }: PersonFieldProps) {
  const { control } = useFormContext();
  const chosenId = useWatch({ control, name }) as string | null;
  const employees = (useWatch({ control, name: EMPLOYEES }) ?? []) as Employee[];
  const otherChoice = useWatch({ control, name: definition.phoneShownBy ?? name }) as string | null;
  const shownElsewhere = definition.phoneShownBy !== undefined && otherChoice === chosenId;
  const index = chosenId === null || shownElsewhere ? -1 : employees.findIndex((employee) => employee.id === chosenId);
  const chosen = employees[index];

  return (
    <div className="person-field">
      <ReferenceField definition={definition} name={name} recordPath={recordPath} textKey={textKey} field={field} />
      {chosen ? (
        <div className="person-details">
          <PersonPhone path={`${EMPLOYEES}.${index}.mobile`} personName={chosen.name} />
          <FieldRenderer definition={PHONE_TO_CHECK} recordPath={`${EMPLOYEES}.${index}`} recordKey={EMPLOYEES} />
        </div>
      ) : null}
      <AddPerson referencePath={name} selectId={field.id} />
    </div>
  );
}

/** The chosen person's mobile phone: the field of their staff record, under a label that names them. */
function PersonPhone({ path, personName }: { path: string; personName: string }) {
  const { t } = useTranslation();
  const { register, control, getFieldState } = useFormContext();
  const formState = useFormState({ control, name: path, exact: true });
  const issueText = useIssueText();
  const issues = usePathIssues(path);
  const id = controlId(path);
  const shownName = personName.trim() || t('person.unnamed');
  const texts: FieldTexts = {
    label: t('person.phone', { name: shownName }),
    help: t('person.phoneHelp', { name: shownName }),
    example: t('fields:contacts_employees_mobile.example'),
  };
  const error = translateValidation(issueText, getFieldState(path, formState).error?.message);
  const warnings = issues.filter((issue) => issue.severity === 'warning').map((issue) => issueText(issue.code, issue.params));
  return (
    <Field id={id} texts={texts} error={error} warnings={warnings}>
      {(describedBy, invalid) => (
        <input id={id} type="tel" autoComplete="tel" aria-describedby={describedBy} aria-invalid={invalid} {...register(path)} />
      )}
    </Field>
  );
}

/** "Add a person": a name and a phone that become a new staff record, chosen at once. */
function AddPerson({ referencePath, selectId }: { referencePath: string; selectId: string }) {
  const { t } = useTranslation();
  const { getValues, setValue } = useFormContext();
  const { notify, revealed } = usePlanForm();
  const [open, setOpen] = useState(false);
  const [personName, setPersonName] = useState('');
  const [mobile, setMobile] = useState('');
  const [nameMissing, setNameMissing] = useState(false);
  const baseId = useId();
  const nameId = `${baseId}-name`;
  const mobileId = `${baseId}-mobile`;
  const errorId = `${baseId}-error`;
  const nameInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (open) nameInput.current?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    setPersonName('');
    setMobile('');
    setNameMissing(false);
  };

  const add = () => {
    if (personName.trim() === '') {
      setNameMissing(true);
      nameInput.current?.focus();
      return;
    }
    const current = getValues(EMPLOYEES) as Employee[];
    const existing = existingPerson(current, personName, mobile);
    const employee = existing ?? employeeSchema.parse({ id: newId(), name: personName.trim(), mobile: mobile.trim() });
    setValue(
      EMPLOYEES,
      existing ? current.map((candidate) => (candidate.id === existing.id ? existing : candidate)) : [...current, employee],
      { shouldDirty: true },
    );
    setValue(referencePath, employee.id, { shouldDirty: true, shouldTouch: true, shouldValidate: true });
    // Adding and choosing is a completed choice: its issues (the deputy is the leader too) show at once.
    revealed.set(revealPath(revealed.get(), referencePath));
    notify(t(existing ? 'person.alreadyListed' : 'person.added', { name: employee.name }));
    close();
    requestAnimationFrame(() => document.getElementById(selectId)?.focus());
  };

  const addOnEnter = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    add();
  };

  if (!open) {
    return (
      <button type="button" className="add-button person-add" onClick={() => setOpen(true)}>
        + {t('person.add')}
      </button>
    );
  }
  return (
    <fieldset className="person-new">
      <legend>{t('person.newTitle')}</legend>
      <div className="field">
        <label htmlFor={nameId} className="field-label">
          {t('person.name')}
          <span className="required"> {t('field.required')}</span>
        </label>
        <input
          ref={nameInput}
          id={nameId}
          type="text"
          autoComplete="off"
          value={personName}
          aria-required
          aria-invalid={nameMissing}
          aria-describedby={nameMissing ? errorId : undefined}
          onChange={(event) => {
            setPersonName(event.target.value);
            if (event.target.value.trim()) setNameMissing(false);
          }}
          onKeyDown={addOnEnter}
        />
        {nameMissing ? (
          <p id={errorId} className="field-error">
            <span aria-hidden="true">✖ </span>
            {t('person.nameMissing')}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={mobileId} className="field-label">
          {t('person.mobile')}
        </label>
        <input id={mobileId} type="tel" autoComplete="off" value={mobile} onChange={(event) => setMobile(event.target.value)} onKeyDown={addOnEnter} />
      </div>
      <div className="person-actions">
        <button type="button" className="primary" onClick={add}>
          {t('person.confirm')}
        </button>
        <button type="button" onClick={close}>
          {t('person.cancel')}
        </button>
      </div>
    </fieldset>
  );
}
