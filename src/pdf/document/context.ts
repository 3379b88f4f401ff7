/**
 * What every part of the printed plan needs: the plan, `t`, formatters in the PDF language, the styles
 * and look-ups built once per render. Derived values come from src/domain (never recomputed here).
 */
import type { TFunction } from 'i18next';
import {
  issuesOnPath,
  keyProductsByRank,
  type Employee,
  type HazardCode,
  type IssueCode,
  type KeyProduct,
  type Plan,
  type PlanIssue,
  type RecoveryTime,
  type Resource,
  type Supplier,
} from '../../domain';
import { formatDate, formatMoney, formatNumber } from '../../i18n/format';
import { pathScope } from '../../questionnaire';
import type { LanguageCode } from '../../i18n/languages';
import { fontStackFor, type PdfFontFamily } from '../fonts';
import { contentWidthOf, pdfStyles, type PdfStyles } from './styles';

export type PaperSize = 'A4' | 'LETTER';

export interface PlanDocumentProps {
  plan: Plan;
  /** An i18next `t` bound to the PDF language, with the namespaces of PDF_NAMESPACES (translator.ts). */
  t: TFunction;
  language: LanguageCode;
  paperSize: PaperSize;
  printedAt: Date;
  /**
   * The font families to set every text in, in fallback order. Default: fontStackFor(language). A caller
   * may pass the part of that stack the plan's characters need (missing-glyphs.ts selectFonts), so that
   * the large CJK fonts are not loaded for a plan that does not use them.
   */
  fontStack?: readonly PdfFontFamily[];
}

/** Shown in a table cell or field that the user left empty. */
export const EMPTY = '–';

export interface PdfContext {
  plan: Plan;
  t: TFunction;
  language: LanguageCode;
  printedAt: Date;
  styles: PdfStyles;
  /** The width between the side margins, in points: the width of every table. */
  contentWidth: number;
  /** The plan's issues on its path at printedAt: the source of every flag printed (gaps, slower than target, overdue). */
  issues: readonly PlanIssue[];
  productsByRank: readonly KeyProduct[];
  productById: ReadonlyMap<string, KeyProduct>;
  resourceById: ReadonlyMap<string, Resource>;
  supplierById: ReadonlyMap<string, Supplier>;
  employeeById: ReadonlyMap<string, Employee>;
  /** A date (yyyy-mm-dd) in the PDF language; the typed text when it is not a date; EMPTY when blank. */
  date: (isoDate: string) => string;
  number: (value: number, maximumFractionDigits?: number) => string;
  /** An amount in the plan's currency, in the PDF language. */
  money: (amount: number | null) => string;
  /** "7 days", "36 hours": a target recovery time in its own unit. */
  recoveryTime: (rto: RecoveryTime) => string;
  days: (count: number) => string;
  /** The rank of a key product as printed ("1"), or its position in rank order when it has no rank. */
  productNumber: (product: KeyProduct) => string;
  /** "1. Sweet chilli sauce": rank and name. */
  productLabel: (product: KeyProduct) => string;
  hazardName: (hazard: { code: HazardCode | null; label: string }) => string;
  /** The indices (in the plan's list) of records that carry an issue with this code. */
  flagged: (code: IssueCode, list: string) => ReadonlySet<number>;
}

const blank = (value: string): boolean => value.trim() === '';

export function createPdfContext({ plan, t, language, printedAt, paperSize, fontStack }: PlanDocumentProps): PdfContext {
  const issues = issuesOnPath(plan, printedAt, pathScope(plan.path));
  const productsByRank = keyProductsByRank(plan);
  const position = new Map(productsByRank.map((product, index) => [product.id, index + 1]));
  const productNumber = (product: KeyProduct): string =>
    String(product.rank ?? position.get(product.id) ?? EMPTY);
  const flaggedCache = new Map<string, ReadonlySet<number>>();

  return {
    plan,
    t,
    language,
    printedAt,
    styles: pdfStyles(fontStack ?? fontStackFor(language), paperSize),
    contentWidth: contentWidthOf(paperSize),
    issues,
    productsByRank,
    productById: new Map(plan.keyProducts.map((product) => [product.id, product])),
    resourceById: new Map(plan.resources.map((resource) => [resource.id, resource])),
    supplierById: new Map(plan.suppliers.map((supplier) => [supplier.id, supplier])),
    employeeById: new Map(plan.contacts.employees.map((employee) => [employee.id, employee])),
    date: (isoDate) => (blank(isoDate) ? EMPTY : formatDate(isoDate, language)),
    number: (value, maximumFractionDigits = 1) => formatNumber(value, language, maximumFractionDigits),
    money: (amount) => (amount === null ? EMPTY : formatMoney(amount, plan.finance.currency, language)),
    recoveryTime: (rto) => (rto.value === null ? EMPTY : t(`common:units.${rto.unit}`, { count: rto.value })),
    days: (count) => t('common:units.days', { count }),
    productNumber,
    productLabel: (product) => `${productNumber(product)}. ${product.name}`,
    hazardName: ({ code, label }) =>
      code === 'other' || code === null ? (blank(label) ? t('options:hazard.other') : label) : t(`options:hazard.${code}`),
    flagged: (code, list) => {
      const key = `${code}|${list}`;
      let found = flaggedCache.get(key);
      if (found === undefined) {
        found = new Set(
          issues
            .filter((issue) => issue.code === code && issue.path[0] === list && typeof issue.path[1] === 'number')
            .map((issue) => Number(issue.path[1])),
        );
        flaggedCache.set(key, found);
      }
      return found;
    },
  };
}
