/**
 * The plan as a Word document (.docx): the same content as the printed plan, built from the same facts
 * and translations, in a Web Worker (docx.worker.ts) or in Node (tests, `npm run docx`).
 */
import type { TFunction } from 'i18next';
import { isoDay, type Plan } from '../domain';
import type { LanguageCode } from '../i18n/languages';
import { createPlanFacts, type PlanFacts } from '../pdf/document/plan-facts';
import { planContent } from './plan-content';
import { writeDocx, type DocxChrome, type DocxPaperSize } from './write';

export type { DocxPaperSize } from './write';

export interface RenderPlanDocxOptions {
  plan: Plan;
  /** An i18next `t` bound to `language`, with the namespaces pdf, options, steps and common (src/pdf/translator.ts). */
  t: TFunction;
  language: LanguageCode;
  paperSize: DocxPaperSize;
  printedAt: Date;
}

/** The document's properties, running header and footer, in the document's language. */
export function docxChrome({ plan, t, date, printedAt }: PlanFacts): DocxChrome {
  const company = plan.company.name.trim();
  const title = t('pdf:document.title');
  return {
    title: company ? t('pdf:value.labelled', { label: title, value: company }) : title,
    author: company,
    subject: t('pdf:document.basedOn'),
    headerLeft: company,
    headerRight: [title, t('pdf:footer.version', { version: plan.revision })].join(' · '),
    footerLeft: t('pdf:footer.printed', { date: date(isoDay(printedAt)) }),
    privacy: t('pdf:footer.privacy'),
    pageOfTotal: t('pdf:footer.page', { page: '{{page}}', total: '{{total}}', interpolation: { skipOnVariables: true } }),
  };
}

export async function renderPlanDocx({ plan, t, language, paperSize, printedAt }: RenderPlanDocxOptions): Promise<Uint8Array> {
  const facts = createPlanFacts({ plan, t, language, printedAt });
  return writeDocx({ blocks: planContent(facts), chrome: docxChrome(facts), language, paperSize });
}
