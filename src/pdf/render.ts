/**
 * Renders the printed plan to PDF bytes. Environment-neutral: the same call works in Node (tests, the
 * command-line renderer) and in a Web Worker, because it only uses `pdf().toBlob()` and `Blob`
 * (Node 20 has Blob; shared/notes/pdf-and-offline.md §4 measured toBlob in a worker). Register the
 * fonts first with the entry of the environment (`registerPdfFontsForNode` or
 * `registerPdfFontsForBrowser`).
 */
import { pdf } from '@react-pdf/renderer';
import { createElement } from 'react';
import { PlanDocument, type PlanDocumentProps } from './document/PlanDocument';

export type RenderPlanPdfOptions = PlanDocumentProps;

export async function renderPlanPdf(options: RenderPlanPdfOptions): Promise<Uint8Array> {
  const blob = await pdf(createElement(PlanDocument, options)).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
