/**
 * Renders the printed plan to PDF bytes. Environment-neutral: the same call works in Node (tests, the
 * command-line renderer) and in a Web Worker: it reads pdfkit's output stream itself, chunk by chunk, into one
 * array (a Blob of the thousands of chunks would cost a round trip to the browser's blob store in a worker).
 * Register the fonts first with the entry of the environment (`registerPdfFontsForNode` or
 * `registerPdfFontsForBrowser`).
 */
import { createPdfReuse } from '@react-pdf/layout';
import { pdf } from '@react-pdf/renderer';
import { createElement } from 'react';
import { PlanDocument, type PlanDocumentProps } from './document/PlanDocument';
import { nodesOf } from './document-tree';

export type RenderPlanPdfOptions = PlanDocumentProps;

/** pdfkit's document as react-pdf hands it out: a stream of the file's bytes. */
interface PdfByteStream {
  on(event: 'data', listener: (chunk: Uint8Array) => void): void;
  on(event: 'end', listener: () => void): void;
  on(event: 'error', listener: (error: unknown) => void): void;
}

function readAll(stream: PdfByteStream): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    stream.on('data', (chunk) => chunks.push(chunk));
    stream.on('error', reject);
    stream.on('end', () => {
      const bytes = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.length, 0));
      let offset = 0;
      for (const chunk of chunks) {
        bytes.set(chunk, offset);
        offset += chunk.length;
      }
      resolve(bytes);
    });
  });
}

export async function renderPlanPdf(options: RenderPlanPdfOptions): Promise<Uint8Array> {
  const instance = pdf();
  // react-pdf lays out what its container holds: the tree built without React's reconciler (document-tree.ts)
  const container: { document: unknown } = instance.container;
  // a first print goes the same way as a re-print (one layout of the file for both): with nothing kept yet
  container.document = nodesOf(createElement(PlanDocument, { ...options, reuse: options.reuse ?? createPdfReuse() }))[0];
  const stream: PdfByteStream = await instance.toBuffer();
  return readAll(stream);
}
