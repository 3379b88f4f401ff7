import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { translatorIn } from '../../i18n';
import { pdfFileName } from '../../pdf/file-name';
import { PdfReady } from '../../ui/PdfResult';
import { useEditor } from '../editor/editor-context';
import { PdfJobAction, PdfJobUnprintable } from './PdfJobControls';
import { PdfSettings, usePdfSettings } from './PdfSettings';
import { usePdfPrint } from './use-pdf-job';
import { WordDocument } from './WordDocument';

/** Print screen: the PDF language and paper, then a preview, a download and the browser's print. */
export function PrintPage() {
  const { t } = useTranslation();
  const { plan } = useEditor();
  const job = usePdfPrint();
  const settings = usePdfSettings(job.reset);
  const { language, paperSize } = settings;
  const [print, setPrint] = useState<'plan' | 'walletCards'>('plan');
  const noCards = print === 'walletCards' && plan.contacts.employees.length === 0;

  useEffect(() => {
    document.title = `${t('print.title')} – ${t('app.name')}`;
  }, [t]);

  const create = (allowUnprintable: boolean) =>
    job.print({ kind: print, plan, language, paperSize, allowUnprintable }, async () => {
      const kind = (await translatorIn(language))(print === 'walletCards' ? 'worksheets:ui.cards.fileName' : 'common:print.fileName.plan');
      return pdfFileName(plan.company.name, kind, [language], new Date());
    });

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
        <PdfSettings settings={settings} />
        <fieldset className="field">
          <legend className="field-label">{t('worksheets:ui.cards.what')}</legend>
          {(['plan', 'walletCards'] as const).map((choice) => (
            <label key={choice} className="choice">
              <input
                type="radio"
                name="print"
                checked={print === choice}
                onChange={() => {
                  setPrint(choice);
                  job.reset();
                }}
              />
              {t(choice === 'plan' ? 'worksheets:ui.cards.plan' : 'worksheets:ui.cards.cards')}
            </label>
          ))}
        </fieldset>
        {noCards ? <p className="field-error">{t('worksheets:ui.cards.noEmployees')}</p> : null}
        <PdfJobAction
          state={job.state}
          label={t('print.download')}
          readyText={t('print.ready')}
          disabled={noCards}
          languages={[language]}
          onRetry={() => void create(false)}
        />
      </form>

      <PdfJobUnprintable state={job.state} onPrintAnyway={() => void create(true)} plan={plan} />
      <PdfReady state={job.state} />
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
