/**
 * What the continuity summary for customers and partners holds: the part of the plan an owner can
 * send outside the business. Built from the plan and the owner's choices (plan.partnerSummary).
 *
 * Never part of it, whatever the choices: staff and outside contact lists, the call tree, money
 * (costs, cash, credit, estimates), insurance (policies and insurance measures), strategy details and
 * owners. The only phone number or e-mail is the contact the owner picked.
 */
import { DEPUTY_CONTACT, LEADER_CONTACT, PARTNER_SUMMARY_PARTS } from '../partner-summary';
import type { Plan } from '../plan';
import type { HazardCode } from '../step4-risks';
import type { RecoveryTime } from '../step2-key-products';
import type { STRATEGY_TYPES } from '../step7-strategies';
import type { PlanIssue } from '../rules/issues';
import { isoDay, parseIsoDate } from './dates';
import { keyProductsByRank } from './recovery';
import { nextReviewDate } from './review';
import { hazardsByScore } from './risk';
import { selfCheckOnPath, type PathScope } from '../path-scope';
import { bcpDeputy, bcpLeader } from './team';

const blank = (value: string): boolean => value.trim() === '';

export type SummaryItemKind = 'keyProduct' | 'hazard' | 'measure' | 'part';

/** One line of the "what the summary shows" checklist: an id for plan.partnerSummary.hiddenItems. */
export interface SummaryItem {
  id: string;
  kind: SummaryItemKind;
}

export interface SummaryContact {
  /** 'leader', 'deputy' or a team member's id: what plan.partnerSummary.contactId stores. */
  id: string;
  role: 'leader' | 'deputy' | 'member';
  name: string;
  /** The position of the leader, the role of a team member. */
  position: string;
  phone: string;
  email: string;
}

export interface SummaryProduct {
  id: string;
  name: string;
  rto: RecoveryTime;
  /** The kinds of strategy the plan has for it, in the plan's order, each once. */
  strategyTypes: (typeof STRATEGY_TYPES)[number][];
  /** The fastest time (days) one of its strategies can have it back; null when none says. */
  readyInDays: number | null;
}

export interface SummaryHazard {
  id: string;
  code: HazardCode | null;
  label: string;
}

export interface SummaryMeasure {
  id: string;
  action: string;
}

export interface PartnerSummary {
  companyName: string;
  /** Null when hidden or blank. */
  address: string | null;
  leaderName: string;
  leaderPosition: string;
  contact: SummaryContact | null;
  products: SummaryProduct[];
  hazards: SummaryHazard[];
  measures: SummaryMeasure[];
  /** yyyy-mm-dd; null when hidden, undefined when there is none yet. */
  lastExercise: string | null | undefined;
  /** The two review dates (yyyy-mm-dd, '' when unknown); null when hidden. */
  review: { last: string; next: string } | null;
  /** Null when hidden. */
  selfCheck: { passed: number; total: number } | null;
}

/** The people whose phone and e-mail the owner may print as the contact: leader, deputy, team members with a name. */
export function summaryContacts(plan: Plan): SummaryContact[] {
  const { members } = plan.team;
  const leader = bcpLeader(plan);
  const deputy = bcpDeputy(plan);
  const contacts: SummaryContact[] = [];
  if (!blank(leader.name)) {
    contacts.push({ id: LEADER_CONTACT, role: 'leader', name: leader.name, position: leader.position, phone: leader.phone, email: leader.email });
  }
  if (!blank(deputy.name)) {
    contacts.push({ id: DEPUTY_CONTACT, role: 'deputy', name: deputy.name, position: '', phone: deputy.phone, email: '' });
  }
  for (const member of members) {
    if (!blank(member.name)) {
      contacts.push({ id: member.id, role: 'member', name: member.name, position: member.role, phone: member.phone, email: '' });
    }
  }
  return contacts;
}

/** Key products in rank order, with a name. */
const namedProducts = (plan: Plan) => keyProductsByRank(plan).filter((product) => !blank(product.name));

/** Hazards by risk score, with a code or a name. */
const namedHazards = (plan: Plan) =>
  hazardsByScore(plan).filter((hazard) => (hazard.code !== null && hazard.code !== 'other') || !blank(hazard.label));

/** Measures already done, except insurance (insurance details stay in the plan). */
const measuresInPlace = (plan: Plan) =>
  plan.measures.filter((measure) => measure.status === 'done' && measure.type !== 'insurance' && !blank(measure.action));

/** Everything the owner may show or hide, in the order the summary prints it. */
export function summaryItems(plan: Plan): SummaryItem[] {
  return [
    { id: 'address' as const, kind: 'part' as const },
    ...namedProducts(plan).map(({ id }) => ({ id, kind: 'keyProduct' as const })),
    ...namedHazards(plan).map(({ id }) => ({ id, kind: 'hazard' as const })),
    ...measuresInPlace(plan).map(({ id }) => ({ id, kind: 'measure' as const })),
    ...PARTNER_SUMMARY_PARTS.filter((part) => part !== 'address').map((id) => ({ id, kind: 'part' as const })),
  ];
}

/** The date of the latest exercise held on or before `today` (yyyy-mm-dd), if any. */
function lastExerciseDate(plan: Plan, today: Date): string | undefined {
  const until = isoDay(today);
  return plan.exercises
    .map(({ date }) => date)
    .filter((date) => parseIsoDate(date) !== null && date <= until)
    .sort()
    .at(-1);
}

/**
 * The summary of `plan` as its owner chose it, on `today`. `issues` are issuesOnPath(plan, today, scope);
 * the self-check score counts the items of the plan's path ("5 of 5" for a finished Quick plan).
 */
export function partnerSummary(plan: Plan, issues: readonly PlanIssue[], today: Date, scope: PathScope): PartnerSummary {
  const hidden = new Set(plan.partnerSummary.hiddenItems);
  const shown = <T extends { id: string }>(items: T[]): T[] => items.filter((item) => !hidden.has(item.id));
  const contact = summaryContacts(plan).find(({ id }) => id === plan.partnerSummary.contactId) ?? null;
  const results = selfCheckOnPath(plan, issues, today, scope);

  return {
    companyName: plan.company.name,
    address: hidden.has('address') || blank(plan.company.address) ? null : plan.company.address,
    leaderName: bcpLeader(plan).name,
    leaderPosition: plan.team.leader.position,
    contact,
    products: shown(namedProducts(plan)).map((product) => {
      const strategies = plan.strategies.filter((strategy) => strategy.keyProductId === product.id);
      const days = strategies.map((strategy) => strategy.achievableDays).filter((value): value is number => value !== null);
      return {
        id: product.id,
        name: product.name,
        rto: product.rto,
        strategyTypes: [...new Set(strategies.flatMap((strategy) => (strategy.type === null ? [] : [strategy.type])))],
        readyInDays: days.length > 0 ? Math.min(...days) : null,
      };
    }),
    hazards: shown(namedHazards(plan)).map(({ id, code, label }) => ({ id, code, label })),
    measures: shown(measuresInPlace(plan)).map(({ id, action }) => ({ id, action })),
    lastExercise: hidden.has('lastExercise') ? null : lastExerciseDate(plan, today),
    review: hidden.has('reviewDates') ? null : { last: plan.review.lastReviewed, next: nextReviewDate(plan) ?? '' },
    selfCheck: hidden.has('selfCheck')
      ? null
      : { passed: results.filter((result) => result.passed).length, total: results.length },
  };
}
