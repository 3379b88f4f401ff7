/** Messages between the page and the Word document worker (docx.worker.ts). */
import type { Plan } from '../domain';
import type { LanguageCode } from '../i18n/languages';
import type { DocxPaperSize } from './write';

export interface DocxRequest {
  id: number;
  plan: Plan;
  language: LanguageCode;
  paperSize: DocxPaperSize;
  /** ISO date-time: the print date on the cover and in the footer. */
  printedAt: string;
  /** The namespaces pdf, fields, options, steps and common of `language` (src/i18n pdfResources). */
  resources: Record<string, unknown>;
}

/** "content": putting the plan's parts together; "writing": writing and zipping the document's XML. */
export type DocxStage = 'content' | 'writing';

export type DocxResponse =
  | { id: number; kind: 'progress'; stage: DocxStage }
  | { id: number; kind: 'done'; bytes: ArrayBuffer }
  | { id: number; kind: 'failed'; detail: string };
