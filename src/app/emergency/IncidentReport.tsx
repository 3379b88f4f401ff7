import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident, Plan } from '../../domain';
import { isLanguageCode, type LanguageCode } from '../../i18n';
import type { PdfStage } from '../../pdf/worker-protocol';
import { isLanguageReadyOffline, prepareLanguageOffline } from '../language-packs';
import { defaultPaperSize } from '../paper-size';
import { PdfAction, PdfReady, PdfUnprintableNotice, type PdfScreenState } from '../PdfResult';
import { saveFile } from '../save-file';
import { incidentReportFileName, renderIncidentReportInWorker } from './incident-report-client';

/**
 * "Print the incident report": one tap makes the PDF (the timeline, the ticks with their times, the safety
 * check and the lessons) in the language of the screen and downloads it, with its progress beside the button.
 */
export function IncidentReport({ plan, incident }: { plan: Plan; incident: Incident }) {
  const { t, i18n } = useTranslation();
  const language: LanguageCode = isLanguageCode(i18n.language) ? i18n.language : 'en';
  const [state, setState] = useState<PdfScreenState>({ status: 'idle' });
  const readyUrl = state.status === 'ready' ? state.url : null;

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
      const outcome = await renderIncidentReportInWorker({
        plan,
        incidentId: incident.id,
        language,
        paperSize: defaultPaperSize(language),
        allowUnprintable,
        onProgress: (stage: PdfStage) => setState({ status: 'working', stage }),
      });
      if (outcome.kind === 'unprintable') {
        setState({ status: 'unprintable', characters: outcome.characters });
        return;
      }
      if (outcome.kind === 'fonts_unavailable') {
        setState({ status: 'fonts_unavailable' });
        return;
      }
      const fileName = await incidentReportFileName(plan, incident.id, language);
      const pdf = new Blob([outcome.bytes], { type: 'application/pdf' });
      saveFile(fileName, pdf);
      setState({ status: 'ready', url: URL.createObjectURL(pdf), fileName });
    } catch {
      setState({ status: 'failed' });
    }
  };

  return (
    <div className="incident-report">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void create(false);
        }}
      >
        <PdfAction
          state={state}
          label={t('emergency:report.print')}
          readyText={t('emergency:report.ready')}
          languages={[language]}
          onRetry={() => void create(false)}
        />
      </form>
      <PdfUnprintableNotice state={state} onPrintAnyway={() => void create(true)} plan={plan} />
      <PdfReady state={state} />
    </div>
  );
}
