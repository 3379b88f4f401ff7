import type { Plan } from '../../domain';
import { pdfResources, type LanguageCode } from '../../i18n';
import { INCIDENT_REPORT_NAMESPACES } from '../../pdf/incident-report/translators';
import { SUMMARY_NAMESPACES } from '../../pdf/summary/translators';
import type {
  IncidentReportRequest,
  PaperSize,
  PdfRequest,
  SummaryPdfRequest,
  WarmUpRequest,
  WorkshopPdfRequest,
} from '../../pdf/worker-protocol';
import { WALLET_CARDS_NAMESPACES, WORKSHEETS_NAMESPACES } from '../../pdf/workshop-namespaces';

/**
 * One thing the PDF worker makes: a plan, its wallet cards, its continuity summary, the report of one of its
 * incidents or exercises, the blank worksheets, or a warm-up.
 */
export type PrintOrder =
  | { kind: 'plan' | 'walletCards'; plan: Plan; language: LanguageCode; paperSize: PaperSize; allowUnprintable: boolean }
  | {
      kind: 'summary';
      plan: Plan;
      language: LanguageCode;
      /** Headings and labels in this language first, `language` underneath; null for one language. */
      partnerLanguage: LanguageCode | null;
      paperSize: PaperSize;
      allowUnprintable: boolean;
    }
  | { kind: 'incidentReport'; plan: Plan; incidentId: string; language: LanguageCode; paperSize: PaperSize; allowUnprintable: boolean }
  | { kind: 'worksheets' | 'warmUp'; language: LanguageCode; paperSize: PaperSize };

export type WorkerRequest = PdfRequest | SummaryPdfRequest | IncidentReportRequest | WorkshopPdfRequest | WarmUpRequest;

/** The string namespaces each print reads (undefined: the plan's own, as pdfResources gives by default). */
const NAMESPACES: Record<PrintOrder['kind'], readonly string[] | undefined> = {
  plan: undefined,
  warmUp: undefined,
  walletCards: WALLET_CARDS_NAMESPACES,
  worksheets: WORKSHEETS_NAMESPACES,
  summary: SUMMARY_NAMESPACES,
  incidentReport: INCIDENT_REPORT_NAMESPACES,
};

/** The strings of the order's language that its PDF needs, by namespace. */
export function orderResources(order: PrintOrder): Promise<Record<string, unknown>> {
  return pdfResources(order.language, NAMESPACES[order.kind]);
}

/** The languages whose fonts the order's PDF is drawn with. */
export function orderLanguages(order: PrintOrder): LanguageCode[] {
  return order.kind === 'summary' && order.partnerLanguage !== null && order.partnerLanguage !== order.language
    ? [order.language, order.partnerLanguage]
    : [order.language];
}

/** The one place a message to the PDF worker is written, from an order and its strings (see orderResources). */
export async function workerRequest(order: PrintOrder, id: number, printedAt: Date, resources: Record<string, unknown>): Promise<WorkerRequest> {
  const { language, paperSize } = order;
  switch (order.kind) {
    case 'warmUp':
    case 'worksheets':
      return { id, kind: order.kind, language, paperSize, resources };
    case 'plan':
    case 'walletCards': {
      const request: PdfRequest = { id, plan: order.plan, language, paperSize, printedAt: printedAt.toISOString(), resources, allowUnprintable: order.allowUnprintable };
      return order.kind === 'plan' ? request : { ...request, kind: 'walletCards' };
    }
    case 'summary': {
      const partnerLanguage = orderLanguages(order)[1];
      const partner = partnerLanguage === undefined ? null : { language: partnerLanguage, resources: await pdfResources(partnerLanguage, SUMMARY_NAMESPACES) };
      return { id, kind: 'summary', plan: order.plan, language, paperSize, printedAt: printedAt.toISOString(), resources, partner, allowUnprintable: order.allowUnprintable };
    }
    case 'incidentReport': {
      const { plan, incidentId, allowUnprintable } = order;
      return { id, kind: 'incidentReport', plan, incidentId, language, paperSize, printedAt: printedAt.toISOString(), resources, allowUnprintable };
    }
  }
}
