import type { TFunction } from 'i18next';
import { memo, useCallback, useDeferredValue, useMemo } from 'react';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { hazardTarget } from '../domain';
import { fieldTextKey, type FieldDefinition, type ReferenceSource } from '../questionnaire';
import { Field, type FieldTexts } from '../ui';
import { ChoicePicker } from './ChoicePicker';
import { useRecordNames, type NamedRecord, type RecordNames } from './plan-form-context';

type ReferenceDefinition = Extract<FieldDefinition, { kind: 'reference' }>;

interface ReferenceFieldProps {
  definition: ReferenceDefinition;
  name: string;
  recordPath: string;
  textKey: string;
  field: { id: string; texts: FieldTexts; required?: boolean; error?: string; warnings: string[]; answered: boolean };
}

interface Choice {
  value: string;
  label: string;
  group?: string;
}

function named(records: readonly NamedRecord[] | undefined, unnamed: (position: number) => string): Choice[] {
  return (records ?? []).map((record, index) => ({ value: record.id, label: record.name.trim() || unnamed(index + 1) }));
}

/** The list each kind of reference chooses from (measure targets: resources, then hazards). */
const SOURCE_LIST = {
  keyProducts: 'keyProducts',
  resources: 'resources',
  suppliers: 'suppliers',
  employees: 'employees',
  measureTargets: 'resources',
} as const satisfies Record<ReferenceSource, Exclude<keyof RecordNames, 'hazards'>>;

/**
 * The records a reference can point at, labelled with what the user called them. The lists are
 * followed as a deferred value: typing a name in one of 300 records does not re-render every
 * choice list of the page before the typed character is painted; they follow right after.
 */
function useChoices(source: ReferenceSource, t: TFunction, excluded: string | null): Choice[] {
  // Each reference follows only the names it offers, so typing a name re-renders only the fields that show it.
  const records = useDeferredValue(useRecordNames(SOURCE_LIST[source]));
  const hazards = useDeferredValue(useRecordNames('hazards'));
  return useMemo(() => {
    const unnamed = (listKey: string) => (position: number) => t(`fields:${listKey}.item`, { number: position });
    const choices = (): Choice[] => {
      switch (source) {
        case 'keyProducts':
          return named(records, unnamed('keyProducts'));
        case 'resources':
          return named(records, unnamed('resources'));
        case 'suppliers':
          return named(records, unnamed('suppliers'));
        case 'employees':
          return named(records, unnamed('contacts_employees'));
        case 'measureTargets':
          return [
            ...named(records, unnamed('resources')).map((choice) => ({ ...choice, group: t('field.resourcesGroup') })),
            ...hazards
              .filter((hazard) => hazard.code !== null)
              .map((hazard) => ({
                value: hazardTarget(hazard.code ?? ''),
                label: hazard.code === 'other' && hazard.label.trim() ? hazard.label : t(`options:hazard.${hazard.code}`),
                group: t('field.hazardsGroup'),
              })),
          ];
      }
    };
    return choices().filter((choice) => choice.value !== excluded);
  }, [source, t, excluded, records, hazards]);
}

/** The options of a single choice; skipped on re-render while the choices are the same. */
const SelectOptions = memo(function SelectOptions({ choices, noneText }: { choices: readonly Choice[]; noneText: string }) {
  const groups = [...new Set(choices.map((choice) => choice.group))];
  return (
    <>
      <option value="">{noneText}</option>
      {groups.map((group) =>
        group ? (
          <optgroup key={group} label={group}>
            {choices
              .filter((choice) => choice.group === group)
              .map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choice.label}
                </option>
              ))}
          </optgroup>
        ) : (
          choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))
        ),
      )}
    </>
  );
});

interface CheckboxChoicesProps {
  choices: readonly Choice[];
  selected: readonly string[];
  onChange: (value: string[]) => void;
  onBlur: () => void;
}

/** The boxes of a multiple choice; skipped on re-render while the choices and the ticks are the same. */
const CheckboxChoices = memo(function CheckboxChoices({ choices, selected, onChange, onBlur }: CheckboxChoicesProps) {
  const toggle = useCallback(
    (value: string, checked: boolean) => onChange(checked ? [...selected, value] : selected.filter((candidate) => candidate !== value)),
    [onChange, selected],
  );
  return (
    <div className="choices">
      {choices.map((choice) => (
        <CheckboxChoice key={choice.value} value={choice.value} label={choice.label} checked={selected.includes(choice.value)} onToggle={toggle} onBlur={onBlur} />
      ))}
    </div>
  );
});

interface CheckboxChoiceProps {
  value: string;
  label: string;
  checked: boolean;
  onToggle: (value: string, checked: boolean) => void;
  onBlur: () => void;
}

/** One box: renaming one of 270 records re-renders its box in each list, not the other 269. */
const CheckboxChoice = memo(function CheckboxChoice({ value, label, checked, onToggle, onBlur }: CheckboxChoiceProps) {
  return (
    <label className="choice">
      <input type="checkbox" checked={checked} onChange={(event) => onToggle(value, event.target.checked)} onBlur={onBlur} />
      {label}
    </label>
  );
});

const NO_SELECTION: readonly string[] = [];

export function ReferenceField({ definition, name, recordPath, textKey, field }: ReferenceFieldProps) {
  const { t } = useTranslation();
  const { control, getValues } = useFormContext();
  const ownId = definition.excludeSelf ? String(getValues(`${recordPath}.id`)) : null;
  const chosenElsewhere: unknown = useWatch({ name: `${recordPath}.${definition.excludeChosenIn ?? 'id'}`, disabled: !definition.excludeChosenIn });
  const excluded = ownId ?? (definition.excludeChosenIn && typeof chosenElsewhere === 'string' ? chosenElsewhere : null);
  const choices = useChoices(definition.source, t, excluded);
  const noneText = t(`fields:${fieldTextKey(textKey)}.none`);

  return (
    <Controller
      control={control}
      name={name}
      render={({ field: control }) => {
        if (definition.multiple) {
          const selected: readonly string[] = Array.isArray(control.value) ? (control.value as string[]) : NO_SELECTION;
          if (definition.picker && choices.length) {
            return (
              <Field {...field}>
                {(describedBy, invalid) => (
                  <ChoicePicker
                    id={field.id}
                    label={field.texts.label}
                    choices={choices}
                    selected={selected}
                    describedBy={describedBy}
                    invalid={invalid}
                    onChange={control.onChange}
                    onBlur={control.onBlur}
                  />
                )}
              </Field>
            );
          }
          return (
            <Field {...field} group>
              {() =>
                choices.length ? (
                  <CheckboxChoices choices={choices} selected={selected} onChange={control.onChange} onBlur={control.onBlur} />
                ) : (
                  <p className="field-empty">{noneText}</p>
                )
              }
            </Field>
          );
        }
        return (
          <Field {...field}>
            {(describedBy, invalid) => (
              <select
                id={field.id}
                ref={control.ref}
                value={typeof control.value === 'string' ? control.value : ''}
                onChange={(event) => control.onChange(event.target.value || null)}
                onBlur={control.onBlur}
                aria-describedby={describedBy}
                aria-invalid={invalid}
                aria-required={field.required}
              >
                <SelectOptions choices={choices} noneText={noneText} />
              </select>
            )}
          </Field>
        );
      }}
    />
  );
}
