import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** What a print screen shows of the file it makes (the app's PDF job state has this shape and more). */
export type PdfJobView =
  | { status: 'idle' | 'working' | 'failed' | 'pack_missing' | 'fonts_unavailable' }
  | { status: 'unprintable'; characters: readonly string[] }
  | { status: 'ready'; url: string; fileName: string };

interface PdfActionProps {
  state: PdfJobView;
  /** The button that makes the file and downloads it, in one tap. */
  label: string;
  /** What is being done while the file is made ("Laying out the pages…"). */
  workingText: string;
  /** How far along, when it can be counted (plans of a batch); otherwise the bar just moves. */
  progress?: { value: number; max: number };
  readyText: string;
  disabled?: boolean;
  /** After a failure for want of fonts: the way to download them (shown only then). */
  fontsHelp?: ReactNode;
}

/**
 * Scrolls the button and its progress into view while the file is made: on a phone the progress line wraps
 * below the button, which may sit at the bottom of the screen when tapped.
 */
function useProgressInView(working: boolean) {
  const area = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (working) area.current?.scrollIntoView({ block: 'nearest' });
  }, [working]);
  return area;
}

/**
 * The settings form's submit button with the file's progress and problems right next to it, announced to
 * screen readers as they change, so that a phone shows them where the owner tapped.
 */
export function PdfAction({ state, label, workingText, progress, readyText, disabled = false, fontsHelp }: PdfActionProps) {
  const { t } = useTranslation('common');
  const working = state.status === 'working';
  const area = useProgressInView(working);
  return (
    <div className="pdf-action" ref={area}>
      <button type="submit" className="primary" disabled={disabled || working}>
        {label}
      </button>
      <div role="status" aria-live="polite" className="print-status">
        {working ? (
          <p className="progress-note">
            <progress aria-label={t('print.working')} value={progress?.value} max={progress?.max} />
            {workingText}
          </p>
        ) : null}
        {state.status === 'failed' ? <p className="field-error">{t('print.failed')}</p> : null}
        {state.status === 'pack_missing' ? <p className="field-error">{t('print.packMissing')}</p> : null}
        {state.status === 'fonts_unavailable' ? <p className="field-error">{t('print.fontsUnavailable')}</p> : null}
        {state.status === 'ready' ? <p>✓ {readyText}</p> : null}
      </div>
      {state.status === 'pack_missing' || state.status === 'fonts_unavailable' ? fontsHelp : null}
    </div>
  );
}

/**
 * Characters no bundled font can draw, named before anything is printed (with `children`: the questions that
 * hold them), and the choice to print anyway.
 */
export function PdfUnprintableNotice({ state, onPrintAnyway, children }: { state: PdfJobView; onPrintAnyway: () => void; children?: ReactNode }) {
  const { t } = useTranslation('common');
  if (state.status !== 'unprintable') return null;
  return (
    <div className="callout" role="alert">
      <p>{t('print.unprintable', { characters: state.characters.join(' ') })}</p>
      {children}
      <button type="button" onClick={onPrintAnyway}>
        {t('print.printAnyway')}
      </button>
    </div>
  );
}

/** The finished PDF (already handed to the browser's download): download it again, print it, and a preview. */
export function PdfReady({ state }: { state: PdfJobView }) {
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
