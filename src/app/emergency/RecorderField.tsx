import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Who is recording on this device: asked in a small field until a name is given, then one line with a
 * way to change it. Every tick and note is recorded with this name.
 */
export function RecorderField({ recorder, onRecorder }: { recorder: string; onRecorder: (name: string) => void }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(recorder);
  const id = useId();

  if (recorder && !editing) {
    return (
      <p className="emergency-recorder">
        {t('emergency:recorder.as', { name: recorder })}{' '}
        <button
          type="button"
          className="emergency-link-button"
          onClick={() => {
            setDraft(recorder);
            setEditing(true);
          }}
        >
          {t('emergency:recorder.change')}
        </button>
      </p>
    );
  }

  return (
    <form
      className="emergency-recorder emergency-recorder-ask"
      onSubmit={(event) => {
        event.preventDefault();
        onRecorder(draft);
        setEditing(false);
      }}
    >
      <label htmlFor={id} className="field-label">
        {t('emergency:recorder.label')}
      </label>
      <p className="emergency-muted" id={`${id}-hint`}>
        {t('emergency:recorder.hint')}
      </p>
      <div className="emergency-inline">
        <input id={id} value={draft} autoComplete="name" aria-describedby={`${id}-hint`} onChange={(event) => setDraft(event.target.value)} />
        <button type="submit">{t('emergency:recorder.save')}</button>
      </div>
    </form>
  );
}
