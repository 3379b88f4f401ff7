import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { isLanguageCode, translatorIn, type LanguageCode } from '../i18n';
import { pdfFileName } from '../pdf/file-name';
import type { PaperSize, PdfStage } from '../pdf/worker-protocol';
import { useEditor } from './editor-context';
import { isLanguageReadyOffline, prepareLanguageOffline } from './language-packs';
import { defaultPaperSize } from './paper-size';
import { PdfSettings } from './PdfSettings';
import { PdfAction, PdfReady, PdfUnprintableNotice, type PdfScreenState } from './PdfResult';
import { renderPlanInWorker } from './pdf-client';
import { WordDocument } from './printing/WordDocument';
import { saveFile } from './save-file';
import { renderWalletCardsInWorker } from './workshop-pdf';


/** Print screen: the PDF language and paper, then a preview, a download and the browser's print. */
export function PrintPage() {
  const { t, i18n } = useTranslation();
  const { plan } = useEditor();
  const [language, setLanguage] = useState<LanguageCode>(isLanguageCode(i18n.language) ? i18n.language : 'en');
  const [chosenPaper, setChosenPaper] = useState<PaperSize | null>(null);
  const paperSize = chosenPaper ?? defaultPaperSize(language);
  const [print, setPrint] = useState<'plan' | 'walletCards'>('plan');
  const noCards = print === 'walletCards' && plan.contacts.employees.length === 0;
  const [state, setState] = useState<PdfScreenState>({ status: 'idle' });
  const readyUrl = state.status === 'ready' ? state.url : null;

  useEffect(() => {
    document.title = `${t('print.title')} – ${t('app.name')}`;
  }, [t]);

  useEffect(() => () => {
    if (readyUrl) URL.revokeObjectURL(readyUrl);
  }, [readyUrl]);

  const create = async (allowUnprintable: boolean) => {
    if (!navigator.onLine && !(await isLanguageReadyOffline(language))) {
      setState({ status: 'pack_missing' });
      return;
    }
    setState({ status: 'working', stage: 'start' });
    void prepareLanguageOffline(language).catch(() => undefined);
    try {
      const job = { plan, language, paperSize, allowUnprintable, onProgress: (stage: PdfStage) => setState({ status: 'working', stage }) };
      const outcome = await (print === 'walletCards' ? renderWalletCardsInWorker(job) : renderPlanInWorker(job));
      if (outcome.kind === 'unprintable') {
        setState({ status: 'unprintable', characters: outcome.characters });
        return;
      }
      if (outcome.kind === 'fonts_unavailable') {
        setState({ status: 'fonts_unavailable' });
        return;
      }
      const inLanguage = await translatorIn(language);
      const kind = inLanguage(print === 'walletCards' ? 'worksheets:ui.cards.fileName' : 'common:print.fileName.plan');
      const fileName = pdfFileName(plan.company.name, kind, [language], new Date());
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
    <div className="print-page">
      <h1>{t('print.title')}</h1>
      <p>{t('print.intro')}</p>
      <form
        className="print-settings"
        onSubmit={(event) => {
          event.preventDefault();
          void create(false);
        }}
      >
        <PdfSettings
          language={language}
          paperSize={paperSize}
          onLanguage={(chosen) => changeSettings(() => setLanguage(chosen))}
          onPaperSize={(size) => changeSettings(() => setChosenPaper(size))}
        />
        <fieldset className="field">
          <legend className="field-label">{t('worksheets:ui.cards.what')}</legend>
          {(['plan', 'walletCards'] as const).map((choice) => (
            <label key={choice} className="choice">
              <input type="radio" name="print" checked={print === choice} onChange={() => changeSettings(() => setPrint(choice))} />
              {t(choice === 'plan' ? 'worksheets:ui.cards.plan' : 'worksheets:ui.cards.cards')}
            </label>
          ))}
        </fieldset>
        {noCards ? <p className="field-error">{t('worksheets:ui.cards.noEmployees')}</p> : null}
        <PdfAction
          state={state}
          label={t('print.download')}
          readyText={t('print.ready')}
          disabled={noCards}
          languages={[language]}
          onRetry={() => void create(false)}
        />
      </form>

      <PdfUnprintableNotice state={state} onPrintAnyway={() => void create(true)} plan={plan} />
      <PdfReady state={state} />
      <WordDocument key={`${language}-${paperSize}`} plan={plan} language={language} paperSize={paperSize} />

      <aside className="callout summary-link" aria-labelledby="summary-link-title">
        <h2 id="summary-link-title">{t('summary:fromPrint.title')}</h2>
        <p>{t('summary:fromPrint.text')}</p>
        <Link className="button" to={`/plans/${plan.id}/summary`}>
          {t('summary:fromPrint.open')}
        </Link>
      </aside>
    </div>
  );
}
