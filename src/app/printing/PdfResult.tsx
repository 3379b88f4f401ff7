import { useEffect, useId, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { LanguageCode } from '../../i18n';
import type { PdfStage } from '../../pdf/worker-protocol';
import { FontsNow } from './FontsNow';
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
 * Scrolls the button and its progress into view while the file is made: on a phone the progress line wraps
 * below the button, which may sit at the bottom of the screen when tapped.
 */
export function useProgressInView(working: boolean): RefObject<HTMLDivElement | null> {
  const area = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (working) area.current?.scrollIntoView({ block: 'nearest' });
  }, [working]);
  return area;
}

interface PdfActionProps {
  state: PdfScreenState;
  /** The button that makes the PDF and downloads it, in one tap. */
  label: string;
  readyText: string;
  disabled?: boolean;
  /** The languages the PDF is printed in, whose fonts may have to be downloaded first. */
  languages: readonly LanguageCode[];
  /** Makes the PDF again, once missing fonts have been downloaded. */
  onRetry: () => void;
}

/**
 * The settings form's submit button with the PDF's progress and problems right next to it, so that a phone
 * shows them where the owner tapped; after a failure for want of fonts, the way to download them.
 */
export function PdfAction({ state, label, readyText, disabled = false, languages, onRetry }: PdfActionProps) {
  const area = useProgressInView(state.status === 'working');
  return (
    <div className="pdf-action" ref={area}>
      <button type="submit" className="primary" disabled={disabled || state.status === 'working'}>
        {label}
      </button>
      <PdfStatus state={state} readyText={readyText} />
      {state.status === 'pack_missing' || state.status === 'fonts_unavailable' ? <FontsNow languages={languages} onReady={onRetry} /> : null}
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

/** The finished PDF (already handed to the browser's download): download it again, print it, and a preview. */
export function PdfReady({ state }: { state: PdfScreenState }) {
  const { t } = useTranslation('common');
  const preview = useRef<HTMLIFrameElement>(null);
  const titleId = useId();
  if (state.status !== 'ready') return null;
  return (
    <section aria-labelledby={titleId}>
      <div className="form-actions">
        <a className="button" href={state.url} download={state.fileName}>
          {t('print.downloadAgain')}
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
