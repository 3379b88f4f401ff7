import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addLogLine } from '../../domain';
import type { IncidentPartProps } from './IncidentScreen';
import { formatMoment } from './labels';

/** Notes with their time, in order: what happened, decisions, costs. Nothing is deleted; a correction is a new line. */
export function IncidentLog({ incident, change, recorder, closed }: IncidentPartProps) {
  const { t, i18n } = useTranslation();
  const [note, setNote] = useState('');
  const [empty, setEmpty] = useState(false);
  const id = useId();

  return (
    <section className="incident-section" id="incident-log" aria-labelledby="incident-log-title" tabIndex={-1}>
      <h2 id="incident-log-title">{t('emergency:log.title')}</h2>
      {incident.log.length === 0 ? <p className="emergency-muted">{t('emergency:log.empty')}</p> : null}
      <ol className="incident-log">
        {incident.log.map((line) => (
          <li key={line.id}>
            <span className="incident-log-time">
              {formatMoment(line.at, incident, i18n.language)}
              {line.by ? ` · ${line.by}` : ''}
            </span>
            <span className="incident-log-note">{line.note}</span>
          </li>
        ))}
      </ol>
      {closed ? null : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (!note.trim()) {
              setEmpty(true);
              return;
            }
            change((current) => addLogLine(current, incident.id, note.trim(), new Date(), recorder));
            setNote('');
            setEmpty(false);
          }}
          noValidate
        >
          <label htmlFor={id} className="field-label">
            {t('emergency:log.note')}
          </label>
          <p className="emergency-muted" id={`${id}-hint`}>
            {t('emergency:log.hint')}
          </p>
          <textarea
            id={id}
            rows={3}
            value={note}
            aria-invalid={empty}
            aria-describedby={empty ? `${id}-hint ${id}-error` : `${id}-hint`}
            onChange={(event) => {
              setNote(event.target.value);
              setEmpty(false);
            }}
          />
          {empty ? (
            <p className="field-error" id={`${id}-error`}>
              {t('emergency:log.emptyNote')}
            </p>
          ) : null}
          <button type="submit" className="primary emergency-wide">
            {t('emergency:log.add')}
          </button>
        </form>
      )}
    </section>
  );
}
