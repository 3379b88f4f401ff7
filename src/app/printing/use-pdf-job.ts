import { useCallback, useEffect, useState } from 'react';
import type { LanguageCode } from '../../i18n';
import type { PdfStage } from '../../pdf/worker-protocol';
import { isLanguageReadyOffline, prepareLanguageOffline } from '../offline/language-packs';
import { saveFile } from '../shell/save-file';
import { renderInWorker } from './pdf-client';
import { orderLanguages, type PrintOrder } from './worker-requests';

/** Where a print screen's job stands, from idle through its progress to the file downloaded (with what `Ready` adds). */
export type PdfJobState<Progress, Ready extends object> =
  | { status: 'idle' }
  | { status: 'working'; progress: Progress }
  | { status: 'unprintable'; characters: string[] }
  | ({ status: 'ready'; url: string; fileName: string } & Ready)
  | { status: 'failed' }
  | { status: 'pack_missing' }
  | { status: 'fonts_unavailable' };

/** What making the file came to: the file and its name, or why it was not made. */
export type JobOutcome<Ready extends object> =
  | { kind: 'file'; file: Blob; fileName: string; ready: Ready }
  | { kind: 'unprintable'; characters: string[] }
  | { kind: 'fonts_unavailable' };

export interface PdfJob<Progress, Ready extends object> {
  state: PdfJobState<Progress, Ready>;
  /** Back to idle: a setting changed, so the file shown no longer matches it. */
  reset: () => void;
  /**
   * Makes a file in `languages` and downloads it at once. Offline, a language whose fonts are not on the device
   * stops it before it starts; online, those fonts are kept for offline use as they arrive.
   */
  run: (languages: readonly LanguageCode[], started: Progress, make: (progress: (progress: Progress) => void) => Promise<JobOutcome<Ready>>) => Promise<void>;
}

/** The life of one print screen's file: its progress, its problems, the download, and the preview URL freed afterwards. */
export function usePdfJob<Progress = PdfStage | 'start', Ready extends object = object>(): PdfJob<Progress, Ready> {
  const [state, setState] = useState<PdfJobState<Progress, Ready>>({ status: 'idle' });
  const readyUrl = state.status === 'ready' ? state.url : null;

  useEffect(() => () => {
    if (readyUrl) URL.revokeObjectURL(readyUrl);
  }, [readyUrl]);

  const reset = useCallback(() => setState({ status: 'idle' }), []);

  const run = useCallback<PdfJob<Progress, Ready>['run']>(async (languages, started, make) => {
    for (const language of languages) {
      if (!navigator.onLine && !(await isLanguageReadyOffline(language))) {
        setState({ status: 'pack_missing' });
        return;
      }
    }
    setState({ status: 'working', progress: started });
    for (const language of languages) void prepareLanguageOffline(language).catch(() => undefined);
    try {
      const outcome = await make((progress) => setState({ status: 'working', progress }));
      if (outcome.kind !== 'file') {
        setState(outcome.kind === 'unprintable' ? { status: 'unprintable', characters: outcome.characters } : { status: 'fonts_unavailable' });
        return;
      }
      saveFile(outcome.fileName, outcome.file);
      setState({ ...outcome.ready, status: 'ready', url: URL.createObjectURL(outcome.file), fileName: outcome.fileName });
    } catch {
      setState({ status: 'failed' });
    }
  }, []);

  return { state, reset, run };
}

/** A print screen's one PDF: made from its order in the worker, named (in the PDF's language) once it is made. */
export function usePdfPrint(): PdfJob<PdfStage | 'start', object> & {
  print: (order: Exclude<PrintOrder, { kind: 'warmUp' }>, fileName: () => Promise<string>) => Promise<void>;
} {
  const job = usePdfJob();
  const { run } = job;
  const print = useCallback(
    (order: Exclude<PrintOrder, { kind: 'warmUp' }>, fileName: () => Promise<string>) =>
      run(orderLanguages(order), 'start', async (progress) => {
        const outcome = await renderInWorker(order, progress);
        if (outcome.kind !== 'done') return outcome;
        return { kind: 'file', file: new Blob([outcome.bytes], { type: 'application/pdf' }), fileName: await fileName(), ready: {} };
      }),
    [run],
  );
  return { ...job, print };
}
