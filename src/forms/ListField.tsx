import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { joinSentences } from '../i18n';
import type { FieldDefinition } from '../questionnaire';
import { controlId, fieldTextKey } from './field-texts';
import { FieldRenderer } from './FieldRenderer';
import { useIssueText } from './issue-text';
import { usePathIssues, usePlanForm } from './plan-form-context';
import { useRecordTitle } from './RecordTitle';

type ListDefinition = Extract<FieldDefinition, { kind: 'list' }>;

interface ListFieldProps {
  definition: ListDefinition;
  name: string;
  textKey: string;
}

/** Where focus goes, once the list has `listLength` records (the removal or undo has been rendered). */
type FocusTarget = { element: 'record'; index: number; listLength: number } | { element: 'add'; listLength: number } | null;

/** A list of records (key products, contacts…): add, edit, remove with undo, and reorder where order matters. */
export function ListField({ definition, name, textKey }: ListFieldProps) {
  const { t, i18n } = useTranslation();
  const { control, getValues, setValue } = useFormContext();
  const { fields, append, remove, move, insert } = useFieldArray({ control, name });
  const { notify, planPath } = usePlanForm();
  const textBase = `fields:${fieldTextKey(textKey)}`;
  const id = controlId(name);
  const addButton = useRef<HTMLButtonElement>(null);
  const pendingFocus = useRef<FocusTarget>(null);
  const setFocusTarget = (target: FocusTarget) => {
    pendingFocus.current = target;
  };

  useEffect(() => {
    const target = pendingFocus.current;
    if (!target || target.listLength !== fields.length) return;
    pendingFocus.current = null;
    (target.element === 'add' ? addButton.current : document.getElementById(controlId(`${name}.${target.index}`)))?.focus();
  });


  const renumber = useCallback(() => {
    if (!definition.rankField) return;
    const items = getValues(name) as unknown[];
    items.forEach((_, index) =>
      setValue(`${name}.${index}.${definition.rankField}`, index + 1, { shouldDirty: true }),
    );
  }, [definition, getValues, setValue, name]);

  // Stable, so that the records (memoised) do not re-render when the list does.
  const removeAt = useCallback((index: number, title: string) => {
    const removed = getValues(`${name}.${index}`);
    remove(index);
    renumber();
    const remaining = (getValues(name) as unknown[]).length;
    setFocusTarget(
      remaining > 0
        ? { element: 'record', index: Math.min(index, remaining - 1), listLength: remaining }
        : { element: 'add', listLength: 0 },
    );
    notify(t('list.removed', { item: title }), () => {
      insert(index, removed);
      renumber();
      setFocusTarget({ element: 'record', index, listLength: (getValues(name) as unknown[]).length });
    });
  }, [getValues, insert, name, notify, remove, renumber, t]);

  const moveBy = useCallback(
    (index: number, offset: number) => {
      move(index, index + offset);
      renumber();
    },
    [move, renumber],
  );

  const shownFields = useMemo(() => definition.fields.filter((field) => planPath === 'full' || field.quick), [definition, planPath]);

  return (
    <div className="list-field">
      <h3 className="list-title">
        <span id={id} tabIndex={-1}>
          {t(`${textBase}.label`)}
        </span>
        {definition.required ? <span className="required"> {t('field.required')}</span> : null}
      </h3>
      <div className="field-help">
        <p>{t(`${textBase}.help`)}</p>
        <p className="field-example">
          {joinSentences([t('field.example'), t(`${textBase}.example`)], i18n.language)}
        </p>
      </div>
      <IssueMessages path={name} />
      {fields.length === 0 ? <p className="list-empty">{t(`${textBase}.empty`)}</p> : null}
      <ol className="records">
        {fields.map((field, index) => (
          <ListRecord
            key={field.id}
            definition={definition}
            itemPath={`${name}.${index}`}
            textKey={textKey}
            textBase={textBase}
            index={index}
            count={fields.length}
            shownFields={shownFields}
            onRemove={removeAt}
            onMove={moveBy}
          />
        ))}
      </ol>
      <button
        ref={addButton}
        type="button"
        className="add-button"
        onClick={() => append(definition.newItem(fields.length + 1), { shouldFocus: true })}
      >
        + {t(`${textBase}.add`)}
      </button>
    </div>
  );
}

/** Errors and warnings about a whole list or record, shown at its top. */
function IssueMessages({ path }: { path: string }) {
  const issueText = useIssueText();
  return usePathIssues(path).map((issue) => (
      <p key={`${issue.code}-${String(issue.params?.product ?? '')}`} className={issue.severity === 'error' ? 'field-error' : 'field-warning'}>
        <span aria-hidden="true">{issue.severity === 'error' ? '✖ ' : '⚠ '}</span>
        {issueText(issue.code, issue.params)}
      </p>
    ));
}

interface ListRecordProps {
  definition: ListDefinition;
  itemPath: string;
  textKey: string;
  textBase: string;
  index: number;
  count: number;
  shownFields: readonly FieldDefinition[];
  onRemove: (index: number, title: string) => void;
  onMove: (index: number, offset: number) => void;
}

/** One record of a list; memoised, so typing in one of 300 records re-renders that record only. */
const ListRecord = memo(function ListRecord({ definition, itemPath, textKey, textBase, index, count, shownFields, onRemove, onMove }: ListRecordProps) {
  const { t } = useTranslation();
  const title = useRecordTitle({ definition, itemPath, textBase, position: index + 1 });
  return (
    <li>
      <fieldset className="record">
        <legend>
          <span id={controlId(itemPath)} tabIndex={-1} className="record-title">
            {title}
          </span>
        </legend>
        <IssueMessages path={itemPath} />
        {shownFields.map((field) => (
          <FieldRenderer
            key={field.name}
            definition={field}
            recordPath={itemPath}
            recordKey={textKey}
            showGuidance={index === 0}
          />
        ))}
        <div className="record-actions">
          {definition.orderable ? (
            <>
              <button type="button" disabled={index === 0} onClick={() => onMove(index, -1)}>
                ↑ {t('list.moveUp')}
                <span className="visually-hidden">: {title}</span>
              </button>
              <button type="button" disabled={index === count - 1} onClick={() => onMove(index, 1)}>
                ↓ {t('list.moveDown')}
                <span className="visually-hidden">: {title}</span>
              </button>
            </>
          ) : null}
          <button type="button" className="danger-outline" onClick={() => onRemove(index, title)}>
            {t('list.remove')}
            <span className="visually-hidden">: {title}</span>
          </button>
        </div>
      </fieldset>
    </li>
  );
});
