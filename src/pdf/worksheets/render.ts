/**
 * Renders the blank worksheets to PDF bytes, in Node or in the PDF worker alike (see ../render.ts).
 */
import { pdf } from '@react-pdf/renderer';
import { createElement } from 'react';
import { WorksheetsDocument, type WorksheetsDocumentProps } from './WorksheetsDocument';

export { WORKSHEETS_NAMESPACES } from '../workshop-namespaces';

export async function renderWorksheetsPdf(options: WorksheetsDocumentProps): Promise<Uint8Array> {
  const blob = await pdf(createElement(WorksheetsDocument, options)).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
