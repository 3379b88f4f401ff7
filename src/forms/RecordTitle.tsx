import type { TFunction } from 'i18next';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber, labelledValue } from '../i18n';
import { fieldTextKey, type FieldDefinition } from '../questionnaire';
import { useAllRecordNames, type NamedRecord } from './plan-form-context';

type ListDefinition = Extract<FieldDefinition, { kind: 'list' }>;

interface RecordTitleProps {
  definition: ListDefinition;
  itemPath: string;
  /** Translation key of the list ("contacts.employees"), for the labels of its fields. */
  textKey: string;
  textBase: string;
  position: number;
}

export interface RecordSummary {
  /** "Staff member 2: Ana Torres": the item's noun and position, then what the user called it. */
  title: string;
  /** "Staff member 2" */
  noun: string;
  /** "Ana Torres"; empty while the record has no name. */
  name: string;
  /** The record's key facts on one line ("Cook · 081 234 5678"); empty when none is filled in. */
  facts: string;
}

interface Describer {
  named: readonly NamedRecord[];
  language: string;
  t: TFunction;
}

function describe(field: FieldDefinition, value: unknown, { named, language, t }: Describer): string {
  if (typeof value === 'number') return field.kind === 'select' ? t(`options:${field.options}.${value}`) : formatNumber(value, language);
  if (Array.isArray(value)) {
    const names = value.map((id) => named.find((record) => record.id === id)?.name.trim()).filter(Boolean);
    return names.join(', ');
  }
  if (typeof value !== 'string' || !value.trim()) return '';
  if (field.kind === 'select') return t(`options:${field.options}.${value}`);
  if (field.kind === 'reference') return named.find((record) => record.id === value)?.name.trim() ?? '';
  if (field.kind === 'date') return formatDate(value, language);
  return value;
}

const asGroup = (entry: string | readonly string[]): readonly string[] => (typeof entry === 'string' ? [entry] : entry);

/**
 * The one-line summary of a record: its title and key facts. It follows only its own title and summary fields and,
 * when it names other records, their names: typing in one of 300 records re-renders one summary.
 */
export function useRecordSummary({ definition, itemPath, textKey, textBase, position }: RecordTitleProps): RecordSummary {
  const { t, i18n } = useTranslation();
  const factGroups = definition.summaryFields.map(asGroup);
  const watched = [...definition.titleFields, ...factGroups.flat()];
  const namesOthers = definition.fields.some((field) => field.kind === 'reference' && watched.includes(field.name));
  const values = useWatch({ name: watched.map((name) => `${itemPath}.${name}`) }) as unknown[];
  const names = useAllRecordNames(namesOthers);
  const describer: Describer = {
    named: names ? [...names.keyProducts, ...names.resources, ...names.suppliers, ...names.employees] : [],
    language: i18n.language,
    t,
  };
  const valueOf = (name: string): string => {
    const field = definition.fields.find((candidate) => candidate.name === name);
    return field ? describe(field, values[watched.indexOf(name)], describer) : '';
  };
  const noun = t(`${textBase}.item`, { number: position });
  const name = definition.titleFields.map(valueOf).find(Boolean) ?? '';
  const facts = factGroups
    .map((group) => {
      const [lead, ...rest] = group.map(valueOf);
      // A group stands for its first field: "2 days", never "days" alone.
      if (!lead) return '';
      const text = [lead, ...rest].filter(Boolean).join(' ');
      const first = definition.fields.find((candidate) => candidate.name === group[0]);
      return first?.kind === 'number' ? labelledValue(t, t(`fields:${fieldTextKey(`${textKey}.${first.name}`)}.label`), text) : text;
    })
    .filter(Boolean)
    .join(' · ');
  return { title: labelledValue(t, noun, name), noun, name, facts };
}
