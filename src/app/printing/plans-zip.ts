/**
 * Several plans printed at once for a workshop: one PDF each in the PDF worker, zipped into one file (the zip
 * library, fflate, loads only when a zip is made).
 */
import type { Plan } from '../../domain';
import { translatorIn, type LanguageCode } from '../../i18n';
import { pdfFileName } from '../../pdf/file-name';
import type { PaperSize } from '../../pdf/worker-protocol';
import { renderInWorker } from './pdf-client';

export type BatchOutcome =
  | {
      kind: 'done';
      zip: Blob;
      /** Plans printed with � in place of characters no font has. */
      withUnprintable: Plan[];
    }
  | { kind: 'fonts_unavailable' };

/** "name.pdf", then "name (2).pdf" for a second plan of the same name. */
function uniqueName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let copy = 2; taken.has(candidate); copy += 1) candidate = name.replace(/\.pdf$/, ` (${copy}).pdf`);
  taken.add(candidate);
  return candidate;
}

/**
 * Prints each plan in turn (one worker, so one at a time on a small laptop) and zips the PDFs.
 * `onPlanDone(n)` after each plan. A plan with characters no font has is printed anyway and reported.
 */
export async function renderPlansZip(
  plans: readonly Plan[],
  language: LanguageCode,
  paperSize: PaperSize,
  onPlanDone: (done: number) => void,
): Promise<BatchOutcome> {
  const files: Record<string, Uint8Array> = {};
  const taken = new Set<string>();
  const withUnprintable: Plan[] = [];
  const printedAt = new Date();
  const kind = (await translatorIn(language))('common:print.fileName.plan');
  for (const [index, plan] of plans.entries()) {
    const order = { kind: 'plan', plan, language, paperSize } as const;
    let outcome = await renderInWorker({ ...order, allowUnprintable: false }, () => undefined);
    if (outcome.kind === 'unprintable') {
      withUnprintable.push(plan);
      outcome = await renderInWorker({ ...order, allowUnprintable: true }, () => undefined);
    }
    if (outcome.kind === 'fonts_unavailable') return outcome;
    if (outcome.kind !== 'done') throw new Error('unexpected answer from the PDF worker');
    files[uniqueName(pdfFileName(plan.company.name, kind, [language], printedAt), taken)] = new Uint8Array(outcome.bytes);
    onPlanDone(index + 1);
  }
  const { zipSync } = await import('fflate');
  // PDFs are compressed already: store them (level 0) rather than spend time compressing again.
  const zipped = zipSync(files, { level: 0 });
  return { kind: 'done', zip: new Blob([zipped], { type: 'application/zip' }), withUnprintable };
}
