/** Renders the continuity summary to PDF bytes: in Node and in the PDF worker alike (see ../render.ts). */
import { pdf, type DocumentProps } from '@react-pdf/renderer';
import { createElement, type ReactElement } from 'react';
import { SummaryDocument, type SummaryDocumentProps } from './SummaryDocument';

export async function renderSummaryPdf(options: SummaryDocumentProps): Promise<Uint8Array> {
  // SummaryDocument renders a <Document>; pdf() only types its argument as one
  const document = createElement(SummaryDocument, options) as unknown as ReactElement<DocumentProps>;
  const blob = await pdf(document).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
