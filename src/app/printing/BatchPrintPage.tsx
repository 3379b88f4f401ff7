import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../domain';
import { formatList, translatorIn } from '../../i18n';
import { downloadFileName, fileNameDay } from '../../pdf/file-name';
import { PdfAction } from '../../ui/PdfResult';
import { useRepository } from '../shell/repository-context';
import { FontsNow } from './FontsNow';
import { PdfSettings, usePdfSettings } from './PdfSettings';
import { renderPlansZip } from './plans-zip';
import { usePdfJob } from './use-pdf-job';
import { WorkshopPage } from './workshop-shared';

/** Print several plans at once, in one language: one PDF each, delivered as one zip file. */
export function BatchPrintPage() {
  const { t, i18n } = useTranslation();
  const repository = useRepository();
  const [plans, setPlans] = useState<Plan[] | null>(null);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const job = usePdfJob<{ done: number; total: number }, { count: number; withUnprintable: string[] }>();
  const [noneChosen, setNoneChosen] = useState(false);
  const { state } = job;
  /** A choice changed: the file and the message shown no longer match it. */
  const changed = () => {
    setNoneChosen(false);
    job.reset();
  };
  const settings = usePdfSettings(changed);
  const { language, paperSize } = settings;
  const listId = useId();

  useEffect(() => {
    document.title = `${t('worksheets:ui.batch.title')} – ${t('app.name')}`;
  }, [t]);

  useEffect(() => {
    void repository.list().then((entries) => setPlans(entries.flatMap((entry) => (entry.status === 'ok' ? [entry.plan] : []))));
  }, [repository]);

  const unnamed = t('plans.unnamed');
  const nameOf = (plan: Plan) => plan.company.name || unnamed;

  const change = (apply: () => void) => {
    apply();
    changed();
  };

  const toggle = (id: string, on: boolean) =>
    change(() =>
      setChosen((current) => {
        const next = new Set(current);
        if (on) next.add(id);
        else next.delete(id);
        return next;
      }),
    );

  const create = async () => {
    const selected = (plans ?? []).filter((plan) => chosen.has(plan.id));
    if (selected.length === 0) {
      job.reset();
      setNoneChosen(true);
      return;
    }
    const total = selected.length;
    await job.run([language], { done: 0, total }, async (progress) => {
      const outcome = await renderPlansZip(selected, language, paperSize, (done) => progress({ done, total }));
      if (outcome.kind !== 'done') return outcome;
      const kind = (await translatorIn(language))('worksheets:ui.batch.fileName');
      return {
        kind: 'file',
        file: outcome.zip,
        fileName: downloadFileName([kind, language, fileNameDay(new Date())], 'zip'),
        ready: { count: total, withUnprintable: outcome.withUnprintable.map(nameOf) },
      };
    });
  };

  return (
    <WorkshopPage>
      <h1>{t('worksheets:ui.batch.title')}</h1>
      <p className="lead">{t('worksheets:ui.batch.intro')}</p>
      {plans === null ? <p className="loading">{t('app.loading')}</p> : null}
      {plans?.length === 0 ? <p>{t('worksheets:ui.batch.none')}</p> : null}
      {plans?.length ? (
        <form
          className="print-settings"
          onSubmit={(event) => {
            event.preventDefault();
            void create();
          }}
        >
          <fieldset className="field" aria-describedby={noneChosen ? `${listId}-error` : undefined}>
            <legend className="field-label">{t('worksheets:ui.batch.plans')}</legend>
            <div className="form-actions">
              <button type="button" onClick={() => change(() => setChosen(new Set(plans.map((plan) => plan.id))))}>
                {t('worksheets:ui.batch.selectAll')}
              </button>
              <button type="button" onClick={() => change(() => setChosen(new Set()))}>
                {t('worksheets:ui.batch.selectNone')}
              </button>
            </div>
            <ul className="batch-plans">
              {plans.map((plan) => (
                <li key={plan.id}>
                  <label className="choice">
                    <input type="checkbox" checked={chosen.has(plan.id)} onChange={(event) => toggle(plan.id, event.target.checked)} />
                    {nameOf(plan)}
                  </label>
                </li>
              ))}
            </ul>
            {noneChosen ? (
              <p id={`${listId}-error`} className="field-error">
                {t('worksheets:ui.batch.noneChosen')}
              </p>
            ) : null}
          </fieldset>
          <PdfSettings settings={settings} />
          <PdfAction
            state={state}
            label={t('worksheets:ui.batch.download')}
            workingText={state.status === 'working' ? t('worksheets:ui.batch.progress', state.progress) : ''}
            progress={state.status === 'working' ? { value: state.progress.done, max: state.progress.total } : undefined}
            readyText={state.status === 'ready' ? t('worksheets:ui.batch.ready', { count: state.count }) : ''}
            fontsHelp={<FontsNow languages={[language]} onReady={() => void create()} />}
          />
        </form>
      ) : null}

      {state.status === 'ready' ? (
        <>
          {state.withUnprintable.length ? (
            <p className="callout" role="alert">
              {t('worksheets:ui.batch.unprintable', { names: formatList(state.withUnprintable, i18n.language) })}
            </p>
          ) : null}
          <div className="form-actions">
            <a className="button" href={state.url} download={state.fileName}>
              {t('print.downloadAgain')}
            </a>
          </div>
        </>
      ) : null}
    </WorkshopPage>
  );
}
