import { memo, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { joinSentences } from '../i18n';
import { fieldTextKey, type FieldDefinition } from '../questionnaire';
import { controlId } from './field-texts';
import { FieldRenderer } from './FieldRenderer';
import { pathToShow, type ShowRequest } from './focus';
import { useIssueText } from './issue-text';
import { usePathIssues, usePlanForm, useRecordSeverity } from './plan-form-context';
import { useRecordSummary } from './RecordTitle';

type ListDefinition = Extract<FieldDefinition, { kind: 'list' }>;

interface ListFieldProps {
  definition: ListDefinition;
  name: string;
  textKey: string;
  /** The section's heading already names the list: no heading of its own (no title said twice). */
  titled?: boolean;
}

/** Where focus goes, once the list has `listLength` records (the removal or undo has been rendered). */
type FocusTarget = { element: 'record'; index: number; listLength: number } | { element: 'add'; listLength: number } | null;

/** The position of the record of list `name` that a request to show a path points into, or -1. */
function requestedIndex(request: ShowRequest | null, name: string): number {
  const prefix = `${name}.`;
  if (!request?.path.startsWith(prefix)) return -1;
  const index = Number(request.path.slice(prefix.length).split('.')[0]);
  return Number.isInteger(index) ? index : -1;
}

/**
 * A list of records (key products, contacts…): each record is a one-line summary that opens to edit, one at a
 * time. Add (the new record opens ready to type), remove with undo, and reorder where order matters.
 */
export function ListField({ definition, name, textKey, titled = false }: ListFieldProps) {
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
  const recordId = useCallback((index: number) => String(getValues(`${name}.${index}.id`)), [getValues, name]);

  // The open record, by its stored id. A link to a field inside a closed record opens that record, also when the
  // list itself appears only then (a record of a nested list).
  const request = useSyncExternalStore(pathToShow.subscribe, pathToShow.get);
  const [openId, setOpenId] = useState<string | null>(() => {
    const index = requestedIndex(request, name);
    return index >= 0 ? recordId(index) : null;
  });
  const [seenRequest, setSeenRequest] = useState(request);
  if (request !== seenRequest) {
    setSeenRequest(request);
    const index = requestedIndex(request, name);
    if (index >= 0 && index < fields.length) setOpenId(recordId(index));
  }

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

  const toggle = useCallback(
    (index: number) => {
      const toggled = recordId(index);
      setOpenId((current) => (current === toggled ? null : toggled));
    },
    [recordId],
  );

  const close = useCallback(
    (index: number) => {
      setOpenId(null);
      setFocusTarget({ element: 'record', index, listLength: (getValues(name) as unknown[]).length });
    },
    [getValues, name],
  );

  const add = () => {
    const item = definition.newItem(fields.length + 1);
    setOpenId(String(item.id));
    append(item, { shouldFocus: true });
  };

  const guidance = (
    <div className="field-help">
      <p>{t(`${textBase}.help`)}</p>
      <p className="field-example">
        {joinSentences([t('field.example'), t(`${textBase}.example`)], i18n.language)}
      </p>
    </div>
  );

  const shownFields = useMemo(() => definition.fields.filter((field) => planPath === 'full' || field.quick), [definition, planPath]);

  return (
    <div className="list-field">
      {titled ? null : (
        <h3 className="list-title">
          <span id={id} tabIndex={-1}>
            {t(`${textBase}.label`)}
          </span>
          {definition.required ? <span className="required"> {t('field.required')}</span> : null}
        </h3>
      )}
      {fields.length ? (
        // Once the list has records, its guidance folds into one line: a long list stays short on a phone.
        <details className="list-guidance">
          <summary>{t('list.guidance')}</summary>
          {guidance}
        </details>
      ) : (
        guidance
      )}
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
            open={openId !== null && recordId(index) === openId}
            shownFields={shownFields}
            onToggle={toggle}
            onClose={close}
            onRemove={removeAt}
            onMove={moveBy}
          />
        ))}
      </ol>
      <button ref={addButton} type="button" className="add-button" onClick={add}>
        + {t(`${textBase}.add`)}
      </button>
    </div>
  );
}

/** Errors and warnings about a whole list or record, shown at its top once revealed. */
function IssueMessages({ path }: { path: string }) {
  const issueText = useIssueText();
  return usePathIssues(path, true).map((issue) => (
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
  open: boolean;
  shownFields: readonly FieldDefinition[];
  onToggle: (index: number) => void;
  onClose: (index: number) => void;
  onRemove: (index: number, title: string) => void;
  onMove: (index: number, offset: number) => void;
}

/**
 * One record of a list: closed, its one-line summary; open, its fields. Memoised, so typing in one of 300 records
 * re-renders that record only.
 */
const ListRecord = memo(function ListRecord(props: ListRecordProps) {
  const { definition, itemPath, textKey, textBase, index, count, open, shownFields, onToggle, onClose, onRemove, onMove } = props;
  const { t } = useTranslation();
  const { title, noun, name, facts } = useRecordSummary({ definition, itemPath, textKey, textBase, position: index + 1 });
  const severity = useRecordSeverity(itemPath);
  const summary = (
    <button
      type="button"
      id={controlId(itemPath)}
      className="record-summary"
      aria-expanded={open}
      onClick={() => onToggle(index)}
    >
      {/* The name (numbered where order matters), then the key facts on a short second line. The noun is read, not shown. */}
      {name ? (
        <span className="record-title">
          <span className="visually-hidden">{noun}: </span>
          {definition.orderable ? <span aria-hidden="true">{index + 1}. </span> : null}
          {name}
        </span>
      ) : (
        <span className="record-title">{noun}</span>
      )}
      {facts ? <span className="record-facts">{facts}</span> : null}
      {severity && !open ? (
        <span className={`record-mark record-mark-${severity}`}>
          <span aria-hidden="true">{severity === 'error' ? '✖' : '⚠'}</span>
          <span className="visually-hidden">{t(severity === 'error' ? 'issues.error' : 'issues.warning')}</span>
        </span>
      ) : null}
    </button>
  );
  if (!open) return <li className="record-closed">{summary}</li>;
  return (
    <li>
      <fieldset className="record">
        <legend>{summary}</legend>
        <IssueMessages path={itemPath} />
        {shownFields.map((field) => (
          <FieldRenderer key={field.name} definition={field} recordPath={itemPath} recordKey={textKey} />
        ))}
        <div className="record-actions">
          <button type="button" className="primary" onClick={() => onClose(index)}>
            {t('list.done')}
            <span className="visually-hidden">: {title}</span>
          </button>
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
