import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguageCode, type LanguageCode } from '../i18n';
import type { PaperSize, PdfStage } from '../pdf/worker-protocol';
import { isLanguageReadyOffline, prepareLanguageOffline } from './language-packs';
import { defaultPaperSize } from './paper-size';
import { renderWorksheetsInWorker } from './workshop-pdf';
import { PdfSettings, WorkshopPage } from './workshop-shared';

type State =
  | { status: 'idle' }
  | { status: 'working'; stage: PdfStage | 'start' }
  | { status: 'ready'; url: string; fileName: string }
  | { status: 'failed' }
  | { status: 'pack_missing' }
  | { status: 'fonts_unavailable' };

/** Blank worksheets: one per step, in any language and paper size, to fill in by hand in a workshop. */
export function WorksheetsPage() {
  const { t, i18n } = useTranslation();
  const [language, setLanguage] = useState<LanguageCode>(isLanguageCode(i18n.language) ? i18n.language : 'en');
  const [paperSize, setPaperSize] = useState<PaperSize>(defaultPaperSize);
  const [state, setState] = useState<State>({ status: 'idle' });
  const preview = useRef<HTMLIFrameElement>(null);
  const readyUrl = state.status === 'ready' ? state.url : null;

  useEffect(() => {
    document.title = `${t('worksheets:ui.worksheets.title')} – ${t('app.name')}`;
  }, [t]);

  useEffect(() => () => {
    if (readyUrl) URL.revokeObjectURL(readyUrl);
  }, [readyUrl]);

  const create = async () => {
    if (!navigator.onLine && !(await isLanguageReadyOffline(language))) {
      setState({ status: 'pack_missing' });
      return;
    }
    setState({ status: 'working', stage: 'start' });
    void prepareLanguageOffline(language).catch(() => undefined);
    try {
      const outcome = await renderWorksheetsInWorker(language, paperSize, (stage) => setState({ status: 'working', stage }));
      if (outcome.kind === 'fonts_unavailable') {
        setState({ status: 'fonts_unavailable' });
        return;
      }
      if (outcome.kind !== 'done') throw new Error('unexpected answer from the PDF worker');
      const url = URL.createObjectURL(new Blob([outcome.bytes], { type: 'application/pdf' }));
      setState({ status: 'ready', url, fileName: `${t('worksheets:ui.worksheets.fileName')} - ${language} - ${paperSize}.pdf` });
    } catch {
      setState({ status: 'failed' });
    }
  };

  const changeSettings = (apply: () => void) => {
    apply();
    setState({ status: 'idle' });
  };

  return (
    <WorkshopPage>
      <h1>{t('worksheets:ui.worksheets.title')}</h1>
      <p className="lead">{t('worksheets:ui.worksheets.intro')}</p>
      <form
        className="print-settings"
        onSubmit={(event) => {
          event.preventDefault();
          void create();
        }}
      >
        <PdfSettings
          language={language}
          paperSize={paperSize}
          onLanguage={(chosen) => changeSettings(() => setLanguage(chosen))}
          onPaperSize={(size) => changeSettings(() => setPaperSize(size))}
        />
        <button type="submit" className="primary" disabled={state.status === 'working'}>
          {t('worksheets:ui.worksheets.create')}
        </button>
      </form>

      <div role="status" aria-live="polite" className="print-status">
        {state.status === 'working' ? (
          <p className="progress-note">
            <progress aria-label={t('print.working')} />
            {t(state.stage === 'layout' ? 'print.stageLayout' : 'print.stageFonts')}
          </p>
        ) : null}
        {state.status === 'failed' ? <p className="field-error">{t('print.failed')}</p> : null}
        {state.status === 'pack_missing' ? <p className="field-error">{t('print.packMissing')}</p> : null}
        {state.status === 'fonts_unavailable' ? <p className="field-error">{t('print.fontsUnavailable')}</p> : null}
        {state.status === 'ready' ? <p>✓ {t('worksheets:ui.worksheets.ready')}</p> : null}
      </div>

      {state.status === 'ready' ? (
        <section aria-labelledby="preview-title">
          <div className="form-actions">
            <a className="button primary" href={state.url} download={state.fileName}>
              {t('worksheets:ui.worksheets.download')}
            </a>
            <button type="button" onClick={() => preview.current?.contentWindow?.print()}>
              {t('print.print')}
            </button>
          </div>
          <h2 id="preview-title">{t('print.preview')}</h2>
          <iframe ref={preview} className="pdf-preview" src={state.url} title={t('print.preview')} />
        </section>
      ) : null}
    </WorkshopPage>
  );
}
