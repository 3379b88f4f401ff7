import type { TFunction } from 'i18next';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../domain';
import type { FieldDefinition } from '../questionnaire';

type ListDefinition = Extract<FieldDefinition, { kind: 'list' }>;

interface RecordTitleProps {
  definition: ListDefinition;
  itemPath: string;
  textBase: string;
  position: number;
}

interface NamedRecord {
  id: string;
  name: string;
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
  // Only a title that names another record watches the lists; the others follow their own record, so typing in one
  // of 300 records re-renders one title.
  const namesOthers = definition.fields.some((field) => field.kind === 'reference' && definition.titleFields.includes(field.name));
  const [item, keyProducts, resources, suppliers, employees] = useWatch({
    name: (namesOthers ? [itemPath, 'keyProducts', 'resources', 'suppliers', 'contacts.employees'] : [itemPath]) as string[],
  }) as [Record<string, unknown> | undefined, Plan['keyProducts'], Plan['resources'], Plan['suppliers'], Plan['contacts']['employees']];
  const noun = t(`${textBase}.item`, { number: position });
  const named = [...(keyProducts ?? []), ...(resources ?? []), ...(suppliers ?? []), ...(employees ?? [])];
  const description = definition.titleFields
    .map((name) => {
      const field = definition.fields.find((candidate) => candidate.name === name);
      return field ? describe(field, item?.[name], named, t) : '';
    })
    .find(Boolean);
  return description ? `${noun}: ${description}` : noun;
}
