import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { joinSentences } from '../i18n';
import { afterTap, isPointerHeld } from './after-tap';

export interface FieldTexts {
  label: string;
  help: string;
  example: string;
}

interface FieldProps {
  id: string;
  texts: FieldTexts;
  required?: boolean;
  error?: string;
  warnings?: readonly string[];
  /** Checkboxes put their label after the control. */
  labelAfter?: boolean;
  /** A set of checkboxes: a fieldset whose legend is the label. */
  group?: boolean;
  /** Guidance and example; repeated records show them on their first record only. */
  showGuidance?: boolean;
  /** Copies the example into the (empty) field; offered next to the example when given. */
  onUseExample?: () => void;
  /** The question has an answer: its guidance folds away until the owner is back in it, so a done step reads short. */
  answered?: boolean;
  children: (describedBy: string, invalid: boolean) => ReactNode;
}

/** One question: label, the control, guidance, an example, and its error or warnings. */
export function Field({ id, texts, required, error, warnings = [], labelAfter, group, showGuidance = true, onUseExample, answered, children }: FieldProps) {
  const { t, i18n } = useTranslation();
  const [heldOpen, setHeldOpen] = useState(false);
  const helpId = `${id}-help`;
  const messageId = `${id}-message`;
  const describedBy = [showGuidance ? helpId : '', error || warnings.length ? messageId : ''].filter(Boolean).join(' ');
  const labelText = (
    <>
      {texts.label}
      {required ? <span className="required"> {t('field.required')}</span> : null}
    </>
  );
  const label = group ? (
    <legend className="field-label">{labelText}</legend>
  ) : (
    <label htmlFor={id} className="field-label">
      {labelText}
    </label>
  );
  const Container = group ? 'fieldset' : 'div';
  // An answered question folds its guidance away once left, but not under a tap that is still going on.
  const leaving = () => {
    if (!answered || !isPointerHeld()) return;
    setHeldOpen(true);
    afterTap(() => setHeldOpen(false));
  };
  return (
    <Container
      id={group ? id : undefined}
      tabIndex={group ? -1 : undefined}
      aria-describedby={group ? describedBy : undefined}
      className={`field${error ? ' field-invalid' : ''}${labelAfter ? ' field-inline' : ''}${answered && !heldOpen ? ' field-answered' : ''}`}
      onBlur={leaving}
    >
      {labelAfter ? null : label}
      {children(describedBy, Boolean(error))}
      {labelAfter ? label : null}
      {showGuidance ? (
        <div id={helpId} className="field-help">
          <p>{texts.help}</p>
          <p className="field-example">
            {joinSentences([t('field.example'), texts.example], i18n.language)}
          </p>
          {onUseExample ? (
            <button type="button" className="use-example" onClick={onUseExample}>
              {t('field.useExample')}
              <span className="visually-hidden">: {texts.label}</span>
            </button>
          ) : null}
        </div>
      ) : null}
      {error || warnings.length ? (
        <div id={messageId}>
          {error ? (
            <p className="field-error">
              <span aria-hidden="true">✖ </span>
              {error}
            </p>
          ) : null}
          {warnings.map((warning) => (
            <p key={warning} className="field-warning">
              <span aria-hidden="true">⚠ </span>
              {warning}
            </p>
          ))}
        </div>
      ) : null}
    </Container>
  );
}
