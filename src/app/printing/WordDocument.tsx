/**
 * "Download as Word document" on the Print screen: the same plan as a .docx to edit (a bank's or a parent
 * company's template, the consultant's logo, a workshop's "in your own words"), in the language and on the
 * paper chosen for the PDF. Built in its own worker, loaded on the first click; works offline.
 */
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../domain';
import { docxFileName } from '../../docx/file-name';
import type { DocxStage } from '../../docx/worker-protocol';
import { translatorIn, type LanguageCode } from '../../i18n';
import type { PaperSize } from '../../pdf/worker-protocol';
import { renderDocxInWorker } from './docx-client';
import { usePdfJob } from './use-pdf-job';
import './printing.css';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const STAGE_TEXT = { content: 'print.word.stageContent', writing: 'print.word.stageWriting' } as const;

/**
 * No language needs to be ready offline first: the document embeds no font (src/docx/fonts.ts), and its
 * strings come with the app.
 */
const NO_FONT_LANGUAGES: readonly LanguageCode[] = [];

export function WordDocument({ plan, language, paperSize }: { plan: Plan; language: LanguageCode; paperSize: PaperSize }) {
  const { t } = useTranslation();
  const { state, run } = usePdfJob<DocxStage>();

  const create = () =>
    run(NO_FONT_LANGUAGES, 'content', async (progress) => {
      const bytes = await renderDocxInWorker({ plan, language, paperSize, onProgress: progress });
      const inLanguage = await translatorIn(language);
      const fileName = docxFileName(plan.company.name, inLanguage('common:print.fileName.plan'), language, new Date());
      return { kind: 'file', file: new Blob([bytes], { type: DOCX_TYPE }), fileName, ready: {} };
    });

  return (
    <section className="callout word-document" aria-labelledby="word-document-title">
      <h2 id="word-document-title">{t('print.word.title')}</h2>
      <p>{t('print.word.intro')}</p>
      <button type="button" className="button" disabled={state.status === 'working'} onClick={() => void create()}>
        {t('print.word.download')}
      </button>
      <p role="status" className={state.status === 'failed' ? 'field-error' : undefined}>
        {state.status === 'working'
          ? t(STAGE_TEXT[state.progress])
          : state.status === 'ready'
            ? t('print.word.ready', { fileName: state.fileName })
            : state.status === 'failed'
              ? t('print.word.failed')
              : ''}
      </p>
    </section>
  );
}
