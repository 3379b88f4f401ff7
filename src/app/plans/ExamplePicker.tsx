import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { markExampleCopy } from './example-copy';
import { EXAMPLES, examplePlan, type ExampleId } from './examples';
import { useRepository } from '../shell/repository-context';

/**
 * A choice of example businesses and a button that starts a new plan as a copy of the chosen one,
 * in the language of the app. The example itself is never stored, so it cannot be changed.
 */
export function ExamplePicker() {
  const { t, i18n } = useTranslation(['samples', 'common']);
  const repository = useRepository();
  const [, navigate] = useLocation();
  const [example, setExample] = useState<ExampleId>('food-manufacturer');
  const [state, setState] = useState<'idle' | 'opening' | 'failed'>('idle');
  const titleId = useId();
  const errorId = useId();
  const descriptionId = useId();

  const start = async () => {
    setState('opening');
    try {
      const plan = await repository.add(await examplePlan(example, i18n.language, new Date()));
      markExampleCopy(plan.id, plan.company.name);
      navigate(`/plans/${plan.id}`);
    } catch {
      setState('failed');
    }
  };

  return (
    <section aria-labelledby={titleId} className="new-plan example-picker">
      <h2 id={titleId}>{t('samples:title')}</h2>
      <p>{t('samples:intro')}</p>
      <fieldset className="path-choice example-choice">
        <legend className="field-label">{t('samples:choose')}</legend>
        {EXAMPLES.map((option) => (
          <label key={option} className="example-option">
            <input
              type="radio"
              name="example"
              value={option}
              checked={example === option}
              onChange={() => {
                setExample(option);
                setState('idle');
              }}
            />
            {t(`samples:${option}.name`)}
          </label>
        ))}
      </fieldset>
      <p id={descriptionId} className="path-hint">
        {t(`samples:${example}.description`)}
      </p>
      {state === 'failed' ? (
        <p id={errorId} className="field-error" role="alert">
          {t('samples:failed')}
        </p>
      ) : null}
      <div className="form-actions">
        <button
          type="button"
          disabled={state === 'opening'}
          aria-describedby={state === 'failed' ? `${descriptionId} ${errorId}` : descriptionId}
          onClick={() => void start()}
        >
          {t('common:plans.startFromExample')}
        </button>
        {state === 'opening' ? (
          <span className="loading-inline" role="status">
            {t('samples:opening')}
          </span>
        ) : null}
      </div>
    </section>
  );
}
