import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PdfStage } from '../pdf/worker-protocol';
import { UnprintableFields } from './UnprintableFields';

/** Where a screen that makes a PDF stands: from idle through the worker's stages to the finished file. */
export type PdfScreenState =
  | { status: 'idle' }
  | { status: 'working'; stage: PdfStage | 'start' }
  | { status: 'unprintable'; characters: string[] }
  | { status: 'ready'; url: string; fileName: string }
  | { status: 'failed' }
  | { status: 'pack_missing' }
  | { status: 'fonts_unavailable' };

/** Progress and problems of the PDF being made, announced to screen readers as they change. */
export function PdfStatus({ state, readyText }: { state: PdfScreenState; readyText: string }) {
  const { t } = useTranslation('common');
  return (
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
      {state.status === 'ready' ? <p>✓ {readyText}</p> : null}
    </div>
  );
}

/**
 * Characters no bundled font can draw, named before anything is printed with the questions that hold them
 * (when the screen passes its plan), and the choice to print anyway.
 */
export function PdfUnprintableNotice({ state, onPrintAnyway, plan }: { state: PdfScreenState; onPrintAnyway: () => void; plan?: unknown }) {
  const { t } = useTranslation('common');
  if (state.status !== 'unprintable') return null;
  return (
    <div className="callout" role="alert">
      <p>{t('print.unprintable', { characters: state.characters.join(' ') })}</p>
      {plan === undefined ? null : <UnprintableFields plan={plan} characters={state.characters} />}
      <button type="button" onClick={onPrintAnyway}>
        {t('print.printAnyway')}
      </button>
    </div>
  );
}

/** The finished PDF: download under its file name, the browser's print, and a preview. */
export function PdfReady({ state, downloadLabel }: { state: PdfScreenState; downloadLabel: string }) {
  const { t } = useTranslation('common');
  const preview = useRef<HTMLIFrameElement>(null);
  const titleId = useId();
  if (state.status !== 'ready') return null;
  return (
    <section aria-labelledby={titleId}>
      <div className="form-actions">
        <a className="button primary" href={state.url} download={state.fileName}>
          {downloadLabel}
        </a>
        <button type="button" onClick={() => preview.current?.contentWindow?.print()}>
          {t('print.print')}
        </button>
      </div>
      <h2 id={titleId}>{t('print.preview')}</h2>
      <iframe ref={preview} className="pdf-preview" src={state.url} title={t('print.preview')} />
    </section>
  );
}
