/**
 * The facts of a plan as every printed form shows them, in one language: the plan's issues on its path,
 * look-ups, formatters, and the lists the emergency card and the wallet cards share. React-free: the PDF
 * (context.ts) and the Word document (src/docx) are both built from it, so they say the same things.
 * Derived values come from src/domain (never recomputed here).
 */
import type { TFunction } from 'i18next';
import {
  issuesOnPath,
  keyProductsByRank,
  type Employee,
  type ExternalContact,
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
import { labelledValue } from '../../i18n/join';
import type { LanguageCode } from '../../i18n/languages';
import { pathScope } from '../../questionnaire';

export interface PlanFactsInput {
  plan: Plan;
  /** An i18next `t` bound to the language, with the namespaces pdf, options, steps and common. */
  t: TFunction;
  language: LanguageCode;
  printedAt: Date;
}

/** Shown in a table cell or field that the user left empty. */
export const EMPTY = '–';

/** Text that may be blank: EMPTY instead of nothing, otherwise exactly as typed. */
export const shown = (value: string | null | undefined): string =>
  value === null || value === undefined || value.trim() === '' ? EMPTY : value;

/** Non-blank texts only. */
export const filled = (...values: (string | null | undefined)[]): string[] =>
  values.filter((value): value is string => value !== null && value !== undefined && value.trim() !== '');

/** The lines of a text as typed (any line-break convention); an empty line keeps its place as a space. */
export const splitLines = (text: string): string[] => text.split(/\r\n|\r|\n|\u2028|\u2029/).map((line) => line || ' ');

export interface PlanFacts {
  plan: Plan;
  t: TFunction;
  language: LanguageCode;
  printedAt: Date;
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

export function createPlanFacts({ plan, t, language, printedAt }: PlanFactsInput): PlanFacts {
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

const EMERGENCY_CATEGORIES = ['fire', 'police', 'ambulance', 'hospital', 'utility', 'government'] as const;

/**
 * The outside contacts to call first: the first contact of each emergency category (fire, police,
 * ambulance, hospital, utility, government, in that order), then the others of those categories.
 */
export function emergencyNumbers(contacts: readonly ExternalContact[], limit: number): ExternalContact[] {
  const ofCategory = EMERGENCY_CATEGORIES.map((category) => contacts.filter((contact) => contact.category === category));
  const firsts = ofCategory.flatMap((list) => list.slice(0, 1));
  const others = ofCategory.flatMap((list) => list.slice(1));
  return [...firsts, ...others].slice(0, limit);
}

/** The label of a first action: the option's label, or the user's own words for a custom action. */
export function firstActionItems(facts: PlanFacts): { text: string; detail?: string }[] {
  return facts.plan.emergency.firstActions.map((action) =>
    action.code === 'custom'
      ? { text: shown(action.text) }
      : { text: facts.t(`options:firstAction.${action.code}`), ...(action.text.trim() ? { detail: action.text } : {}) },
  );
}

/** Emergency numbers on a wallet card. */
const NUMBERS_ON_CARD = 3;

export interface CardData {
  employee: Employee;
  calls: Employee[];
  calledBy: Employee | undefined;
}

export type CardShared = Record<'numbers' | 'safety', string>;

/** The safety check method and the note, as one line. */
export function safetyCheckText(facts: PlanFacts): string {
  const { method, note } = facts.plan.emergency.safetyCheck;
  return labelledValue(facts.t, method === null ? '' : facts.t(`options:safetyCheck.${method}`), note);
}

/** One wallet card per employee, in the plan's order, and what every card shows. */
export function walletCardData(facts: PlanFacts): { cards: CardData[]; shared: CardShared } {
  const { plan } = facts;
  const calledBy = new Map<string, Employee>();
  const calls = new Map<string, Employee[]>();
  for (const link of plan.callTree) {
    const caller = facts.employeeById.get(link.callerId ?? '');
    if (caller === undefined) continue;
    const callees = link.calleeIds.map((id) => facts.employeeById.get(id)).filter((callee): callee is Employee => callee !== undefined);
    calls.set(caller.id, [...(calls.get(caller.id) ?? []), ...callees]);
    for (const callee of callees) if (!calledBy.has(callee.id)) calledBy.set(callee.id, caller);
  }
  const shared = {
    numbers: emergencyNumbers(plan.contacts.external, NUMBERS_ON_CARD)
      .map((contact) => filled(contact.organisation, contact.phone).join(' '))
      .join(' · '),
    safety: safetyCheckText(facts),
  };
  const cards: CardData[] = plan.contacts.employees.map((employee) => ({
    employee,
    calls: calls.get(employee.id) ?? [],
    calledBy: calledBy.get(employee.id),
  }));
  return { cards, shared };
}
