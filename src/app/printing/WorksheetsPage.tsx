import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguageCode, translatorIn, type LanguageCode } from '../../i18n';
import { downloadFileName } from '../../pdf/file-name';
import type { PaperSize } from '../../pdf/worker-protocol';
import { isLanguageReadyOffline, prepareLanguageOffline } from '../offline/language-packs';
import { defaultPaperSize } from '../../pdf/paper-size';
import { PdfAction, PdfReady, type PdfScreenState } from './PdfResult';
import { saveFile } from '../shell/save-file';
import { renderWorksheetsInWorker } from './workshop-pdf';
import { PdfSettings } from './PdfSettings';
import { WorkshopPage } from './workshop-shared';

/** Blank worksheets: one per step, in any language and paper size, to fill in by hand in a workshop. */
export function WorksheetsPage() {
  const { t, i18n } = useTranslation();
  const [language, setLanguage] = useState<LanguageCode>(isLanguageCode(i18n.language) ? i18n.language : 'en');
  const [chosenPaper, setChosenPaper] = useState<PaperSize | null>(null);
  const paperSize = chosenPaper ?? defaultPaperSize(language);
  const [state, setState] = useState<PdfScreenState>({ status: 'idle' });
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
      const kind = (await translatorIn(language))('worksheets:ui.worksheets.fileName');
      const fileName = downloadFileName([kind, language, paperSize], 'pdf');
      const pdf = new Blob([outcome.bytes], { type: 'application/pdf' });
      saveFile(fileName, pdf);
      setState({ status: 'ready', url: URL.createObjectURL(pdf), fileName });
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
          onPaperSize={(size) => changeSettings(() => setChosenPaper(size))}
        />
        <PdfAction
          state={state}
          label={t('worksheets:ui.worksheets.download')}
          readyText={t('worksheets:ui.worksheets.ready')}
          languages={[language]}
          onRetry={() => void create()}
        />
      </form>

      <PdfReady state={state} />
    </WorkshopPage>
  );
}
