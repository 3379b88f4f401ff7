import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../domain';
import { formatList, isLanguageCode, translatorIn, type LanguageCode } from '../../i18n';
import { downloadFileName, fileNameDay } from '../../pdf/file-name';
import type { PaperSize } from '../../pdf/worker-protocol';
import { FontsNow } from './FontsNow';
import { useProgressInView } from './PdfResult';
import { isLanguageReadyOffline, prepareLanguageOffline } from '../offline/language-packs';
import { useRepository } from '../shell/repository-context';
import { defaultPaperSize } from '../../pdf/paper-size';
import { saveFile } from '../shell/save-file';
import { BatchFontsUnavailableError, renderPlansZip } from './workshop-pdf';
import { PdfSettings } from './PdfSettings';
import { WorkshopPage } from './workshop-shared';

type State =
  | { status: 'idle' }
  | { status: 'none_chosen' }
  | { status: 'working'; done: number; total: number }
  | { status: 'ready'; url: string; fileName: string; count: number; withUnprintable: string[] }
  | { status: 'failed' }
  | { status: 'pack_missing' }
  | { status: 'fonts_unavailable' };

/** Print several plans at once, in one language: one PDF each, delivered as one zip file. */
export function BatchPrintPage() {
  const { t, i18n } = useTranslation();
  const repository = useRepository();
  const [plans, setPlans] = useState<Plan[] | null>(null);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [language, setLanguage] = useState<LanguageCode>(isLanguageCode(i18n.language) ? i18n.language : 'en');
  const [chosenPaper, setChosenPaper] = useState<PaperSize | null>(null);
  const paperSize = chosenPaper ?? defaultPaperSize(language);
  const [state, setState] = useState<State>({ status: 'idle' });
  const listId = useId();
  const readyUrl = state.status === 'ready' ? state.url : null;

  useEffect(() => {
    document.title = `${t('worksheets:ui.batch.title')} – ${t('app.name')}`;
  }, [t]);

  useEffect(() => {
    void repository.list().then((entries) => setPlans(entries.flatMap((entry) => (entry.status === 'ok' ? [entry.plan] : []))));
  }, [repository]);

  useEffect(() => () => {
    if (readyUrl) URL.revokeObjectURL(readyUrl);
  }, [readyUrl]);

  const unnamed = t('plans.unnamed');
  const nameOf = (plan: Plan) => plan.company.name || unnamed;

  const change = (apply: () => void) => {
    apply();
    setState({ status: 'idle' });
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
      setState({ status: 'none_chosen' });
      return;
    }
    if (!navigator.onLine && !(await isLanguageReadyOffline(language))) {
      setState({ status: 'pack_missing' });
      return;
    }
    setState({ status: 'working', done: 0, total: selected.length });
    void prepareLanguageOffline(language).catch(() => undefined);
    try {
      const result = await renderPlansZip(selected, language, paperSize, (done) =>
        setState({ status: 'working', done, total: selected.length }),
      );
      const kind = (await translatorIn(language))('worksheets:ui.batch.fileName');
      const fileName = downloadFileName([kind, language, fileNameDay(new Date())], 'zip');
      saveFile(fileName, result.zip);
      setState({
        status: 'ready',
        url: URL.createObjectURL(result.zip),
        fileName,
        count: selected.length,
        withUnprintable: result.withUnprintable.map(nameOf),
      });
    } catch (error) {
      setState({ status: error instanceof BatchFontsUnavailableError ? 'fonts_unavailable' : 'failed' });
    }
  };

  const working = state.status === 'working';
  const actionArea = useProgressInView(working);
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
          <fieldset className="field" aria-describedby={state.status === 'none_chosen' ? `${listId}-error` : undefined}>
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
            {state.status === 'none_chosen' ? (
              <p id={`${listId}-error`} className="field-error">
                {t('worksheets:ui.batch.noneChosen')}
              </p>
            ) : null}
          </fieldset>
          <PdfSettings
            language={language}
            paperSize={paperSize}
            onLanguage={(next) => change(() => setLanguage(next))}
            onPaperSize={(size) => change(() => setChosenPaper(size))}
          />
          <div className="pdf-action" ref={actionArea}>
            <button type="submit" className="primary" disabled={working}>
              {t('worksheets:ui.batch.download')}
            </button>
            <div role="status" aria-live="polite" className="print-status">
              {state.status === 'working' ? (
                <p className="progress-note">
                  <progress aria-label={t('print.working')} value={state.done} max={state.total} />
                  {t('worksheets:ui.batch.progress', { done: state.done, total: state.total })}
                </p>
              ) : null}
              {state.status === 'failed' ? <p className="field-error">{t('print.failed')}</p> : null}
              {state.status === 'pack_missing' ? <p className="field-error">{t('print.packMissing')}</p> : null}
              {state.status === 'fonts_unavailable' ? <p className="field-error">{t('print.fontsUnavailable')}</p> : null}
              {state.status === 'ready' ? <p>✓ {t('worksheets:ui.batch.ready', { count: state.count })}</p> : null}
            </div>
            {state.status === 'pack_missing' || state.status === 'fonts_unavailable' ? (
              <FontsNow languages={[language]} onReady={() => void create()} />
            ) : null}
          </div>
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
