/** Renders an incident report to PDF bytes: in Node and in the PDF worker alike (see ../render.ts). */
import { pdf, type DocumentProps } from '@react-pdf/renderer';
import { createElement, type ReactElement } from 'react';
import { IncidentReportDocument, type IncidentReportProps } from './IncidentReportDocument';

export async function renderIncidentReportPdf(options: IncidentReportProps): Promise<Uint8Array> {
  // IncidentReportDocument renders a <Document>; pdf() only types its argument as one
  const document = createElement(IncidentReportDocument, options) as unknown as ReactElement<DocumentProps>;
  const blob = await pdf(document).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
