import type { TFunction } from 'i18next';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { labelledValue } from '../i18n';
import type { FieldDefinition } from '../questionnaire';
import { useAllRecordNames, type NamedRecord } from './plan-form-context';

type ListDefinition = Extract<FieldDefinition, { kind: 'list' }>;

interface RecordTitleProps {
  definition: ListDefinition;
  itemPath: string;
  textBase: string;
  position: number;
}

function describe(field: FieldDefinition, value: unknown, named: readonly NamedRecord[], t: TFunction): string {
  if (typeof value !== 'string' || !value.trim()) return '';
  if (field.kind === 'select') return t(`options:${field.options}.${value}`);
  if (field.kind === 'reference') return named.find((record) => record.id === value)?.name.trim() ?? '';
  return value;
}

/** "Key product 2: Chilli sauce": the item's noun and position, then what the user called it. */
export function useRecordTitle({ definition, itemPath, textBase, position }: RecordTitleProps): string {
  const { t } = useTranslation();
  // The title follows only its own title fields and, when it names another record, the names of the records:
  // typing in one of 300 records re-renders one title (and the titles that name a record).
  const namesOthers = definition.fields.some((field) => field.kind === 'reference' && definition.titleFields.includes(field.name));
  const values = useWatch({ name: definition.titleFields.map((name) => `${itemPath}.${name}`) }) as unknown[];
  const names = useAllRecordNames(namesOthers);
  const named = names ? [...names.keyProducts, ...names.resources, ...names.suppliers, ...names.employees] : [];
  const noun = t(`${textBase}.item`, { number: position });
  const description = definition.titleFields
    .map((name, index) => {
      const field = definition.fields.find((candidate) => candidate.name === name);
      return field ? describe(field, values[index], named, t) : '';
    })
    .find(Boolean);
  return labelledValue(t, noun, description ?? '');
}
