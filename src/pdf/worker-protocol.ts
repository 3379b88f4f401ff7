import type { Plan } from '../domain';
import type { LanguageCode } from '../i18n/languages';

export type PaperSize = 'A4' | 'LETTER';

/** What the app asks the PDF worker for. */
export interface PdfRequest {
  id: number;
  plan: Plan;
  language: LanguageCode;
  paperSize: PaperSize;
  printedAt: string;
  /** The PDF language's strings, by namespace (pdf, options, steps, common). */
  resources: Record<string, unknown>;
  /** False first: characters no font can draw are reported instead of printed. */
  allowUnprintable: boolean;
}

/** The continuity summary for customers and partners (src/pdf/summary), in one language or two. */
export interface SummaryPdfRequest extends Omit<PdfRequest, 'resources'> {
  kind: 'summary';
  /** The summary language's strings, by namespace (summary, pdf, options, common). */
  resources: Record<string, unknown>;
  /** The partner's language and its strings: headings and labels print in it first. */
  partner: { language: LanguageCode; resources: Record<string, unknown> } | null;
}

export const isSummaryRequest = (request: PdfRequest | SummaryPdfRequest | WorkshopPdfRequest | WarmUpRequest): request is SummaryPdfRequest =>
  'kind' in request && request.kind === 'summary';

/** The report of one incident or exercise of the plan (src/pdf/incident-report), with the strings of INCIDENT_REPORT_NAMESPACES. */
export interface IncidentReportRequest extends PdfRequest {
  kind: 'incidentReport';
  incidentId: string;
}

export const isIncidentReportRequest = (request: unknown): request is IncidentReportRequest =>
  typeof request === 'object' && request !== null && 'kind' in request && request.kind === 'incidentReport';

/** Sent when a print screen opens: load the engine and the language's fonts, lay out a blank plan. No answer:
 * a real print that follows reports any problem itself. */
export interface WarmUpRequest {
  id: number;
  kind: 'warmUp';
  language: LanguageCode;
  paperSize: PaperSize;
  /** The PDF language's strings, as for the plan. */
  resources: Record<string, unknown>;
}

export const isWarmUpRequest = (request: unknown): request is WarmUpRequest =>
  typeof request === 'object' && request !== null && 'kind' in request && request.kind === 'warmUp';

export type PdfStage = 'fonts' | 'layout';

/** A print worker's first message, once its code has loaded (PDF and Word document workers; the page's PrintWorker
 * waits for it before it sends a request). */
export const WORKER_READY = { kind: 'ready' } as const;

/** What the worker answers: progress, then the PDF or the reason it could not be made. */
export type PdfResponse =
  | { id: number; kind: 'progress'; stage: PdfStage }
  | { id: number; kind: 'unprintable'; characters: string[] }
  | { id: number; kind: 'done'; bytes: ArrayBuffer }
  | { id: number; kind: 'failed'; reason: 'fonts_unavailable' | 'error'; detail: string };

/** Blank worksheets (no plan): the worksheets' strings are in `resources` (see WORKSHEETS_NAMESPACES). */
export interface WorksheetsRequest {
  id: number;
  kind: 'worksheets';
  language: LanguageCode;
  paperSize: PaperSize;
  resources: Record<string, unknown>;
}

/** The wallet cards of one plan as their own print (strings: WALLET_CARDS_NAMESPACES). */
export interface WalletCardsRequest extends PdfRequest {
  kind: 'walletCards';
}

/** The workshop kit's prints; the worker answers them with the same PdfResponse messages. */
export type WorkshopPdfRequest = WorksheetsRequest | WalletCardsRequest;

export function isWorkshopPdfRequest(request: unknown): request is WorkshopPdfRequest {
  const kind = typeof request === 'object' && request !== null && 'kind' in request ? request.kind : null;
  return kind === 'worksheets' || kind === 'walletCards';
}
