import { useTranslation } from 'react-i18next';
import type { Incident, Plan } from '../../domain';
import { isLanguageCode, type LanguageCode } from '../../i18n';
import { defaultPaperSize } from '../../pdf/paper-size';
import { PdfReady } from '../../ui/PdfResult';
import { PdfJobAction, PdfJobUnprintable } from '../printing/PdfJobControls';
import { usePdfPrint } from '../printing/use-pdf-job';
import { incidentReportFileName } from './incident-report-client';

/**
 * "Print the incident report": one tap makes the PDF (the timeline, the ticks with their times, the safety
 * check and the lessons) in the language of the screen and downloads it, with its progress beside the button.
 */
export function IncidentReport({ plan, incident }: { plan: Plan; incident: Incident }) {
  const { t, i18n } = useTranslation();
  const language: LanguageCode = isLanguageCode(i18n.language) ? i18n.language : 'en';
  const job = usePdfPrint();

  const create = (allowUnprintable: boolean) =>
    job.print({ kind: 'incidentReport', plan, incidentId: incident.id, language, paperSize: defaultPaperSize(language), allowUnprintable }, () =>
      incidentReportFileName(plan, incident.id, language),
    );

  return (
    <div className="incident-report">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void create(false);
        }}
      >
        <PdfJobAction
          state={job.state}
          label={t('emergency:report.print')}
          readyText={t('emergency:report.ready')}
          languages={[language]}
          onRetry={() => void create(false)}
        />
      </form>
      <PdfJobUnprintable state={job.state} onPrintAnyway={() => void create(true)} plan={plan} />
      <PdfReady state={job.state} />
    </div>
  );
}
