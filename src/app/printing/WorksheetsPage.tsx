import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { translatorIn } from '../../i18n';
import { downloadFileName } from '../../pdf/file-name';
import { PdfReady } from '../../ui/PdfResult';
import { PdfJobAction } from './PdfJobControls';
import { PdfSettings, usePdfSettings } from './PdfSettings';
import { usePdfPrint } from './use-pdf-job';
import { WorkshopPage } from './workshop-shared';

/** Blank worksheets: one per step, in any language and paper size, to fill in by hand in a workshop. */
export function WorksheetsPage() {
  const { t } = useTranslation();
  const job = usePdfPrint();
  const settings = usePdfSettings(job.reset);
  const { language, paperSize } = settings;

  useEffect(() => {
    document.title = `${t('worksheets:ui.worksheets.title')} – ${t('app.name')}`;
  }, [t]);

  const create = () =>
    job.print({ kind: 'worksheets', language, paperSize }, async () =>
      downloadFileName([(await translatorIn(language))('worksheets:ui.worksheets.fileName'), language, paperSize], 'pdf'),
    );

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
        <PdfSettings settings={settings} />
        <PdfJobAction
          state={job.state}
          label={t('worksheets:ui.worksheets.download')}
          readyText={t('worksheets:ui.worksheets.ready')}
          languages={[language]}
          onRetry={() => void create()}
        />
      </form>

      <PdfReady state={job.state} />
    </WorkshopPage>
  );
}
