import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from './editor-context';
import { forgetExampleCopy, isFreshExampleCopy } from '../plans/example-copy';

/**
 * On a plan just copied from an example: says it is the owner's own copy, and renames it on the spot.
 * Gone once the plan has another name or the owner closes it.
 */
export function ExampleCopyBanner() {
  const { t } = useTranslation();
  const { plan, updatePlan } = useEditor();
  const [dismissed, setDismissed] = useState(false);
  const [name, setName] = useState('');
  const [missing, setMissing] = useState(false);
  const ids = { title: useId(), name: useId(), error: useId() };
  const fresh = !dismissed && isFreshExampleCopy(plan.id, plan.company.name);
  // Renamed anywhere (here or in step 1): the plan is the owner's for good, even if the old name comes back.
  useEffect(() => {
    if (!fresh) forgetExampleCopy(plan.id);
  }, [fresh, plan.id]);
  if (!fresh) return null;

  const close = () => {
    forgetExampleCopy(plan.id);
    setDismissed(true);
  };

  return (
    <section className="callout example-copy" aria-labelledby={ids.title}>
      <h2 id={ids.title}>{t('exampleCopy.title')}</h2>
      <p>{t('exampleCopy.text', { name: plan.company.name })}</p>
      <form
        className="example-copy-rename"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const chosen = name.trim();
          if (chosen === '') {
            setMissing(true);
            return;
          }
          updatePlan({ ...plan, company: { ...plan.company, name: chosen } });
          close();
        }}
      >
        <div className="field">
          <label htmlFor={ids.name} className="field-label">
            {t('exampleCopy.nameLabel')}
          </label>
          <input
            id={ids.name}
            type="text"
            autoComplete="organization"
            value={name}
            aria-invalid={missing}
            aria-describedby={missing ? ids.error : undefined}
            onChange={(event) => {
              setName(event.target.value);
              setMissing(false);
            }}
          />
          {missing ? (
            <p id={ids.error} className="field-error">
              {t('plans.companyNameRequired')}
            </p>
          ) : null}
        </div>
        <div className="form-actions">
          <button type="submit" className="primary">
            {t('exampleCopy.rename')}
          </button>
          <button type="button" onClick={close}>
            {t('exampleCopy.dismiss')}
          </button>
        </div>
      </form>
    </section>
  );
}
