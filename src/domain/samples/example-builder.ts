import * as z from 'zod/mini';
import { addMonths, calendarDate, formatIsoDate } from '../derive/dates';
import { newId } from '../fields';
import { planSchema, SCHEMA_VERSION, STEP_NUMBERS, type Plan, type SelfCheckItem } from '../plan';
import type { Priority } from '../step1-purpose';
import type { KeyProduct } from '../step2-key-products';
import type { Resource } from '../step3-resources';
import type { HazardCode } from '../step4-risks';
import { hazardTarget, type Measure } from '../step5-measures';
import { EXTERNAL_CONTACT_CATEGORIES, type FirstAction } from '../step6-emergency';
import type { Strategy } from '../step7-strategies';
import type { Exercise } from '../step9-exercises';
import { parseExampleTexts, type CheckedExampleTexts, type ExampleTexts } from './example-texts';

type PlanInput = z.input<typeof planSchema>;
type Named<T> = Readonly<Record<string, T>>;

/** A hazard code, or the natural hazard the texts name (the one the locale's business fears most). */
type HazardChoice = HazardCode | 'naturalHazard';

/**
 * What an example plan is, apart from its words: the same in every language. Records are named
 * (`sauce`, `retort`, `somchai`) with the keys their texts have in locales/<lng>/examples/<example>.json,
 * and refer to each other by those names; dates are months from the day the example is started.
 */
export interface ExampleData {
  /** The example's name in error messages ("food manufacturer"). */
  name: string;
  revision: number;
  industry: Plan['company']['industry'];
  employeeCount: number;
  priorities: readonly Priority[];
  selfCheckTicks: readonly SelfCheckItem[];
  /** The BCP leader and deputy (people). */
  leader: string;
  deputy: string;
  /** Each BCP team member (a person) and their section of the scope. */
  teamSections: Named<string>;
  keyProducts: Named<Pick<KeyProduct, 'rank' | 'reasons' | 'impact' | 'rto' | 'minimumLevelPct'>>;
  resources: Named<{
    category: Resource['category'];
    /** Key products. */
    usedBy: readonly string[];
    isBottleneck?: boolean;
    substituteAvailable?: boolean;
    supplier?: string;
  }>;
  suppliers: Named<{ leadTimeDays: number; alternate?: string }>;
  hazards: readonly { code: HazardChoice; likelihood: number; impact: number }[];
  /** Each scenario's hazard, and the days each resource is out of action. */
  scenarios: Named<{ hazard: HazardChoice; effects: Named<number> }>;
  measures: Named<{
    target: { resource: string } | { hazard: HazardChoice };
    type: Measure['type'];
    /** A person. */
    owner: string;
    dueInMonths?: number;
    status: Measure['status'];
  }>;
  /** The first actions in order; `text` names one of the texts' emergency.firstActions. */
  firstActions: readonly { code: FirstAction['code']; text?: string }[];
  safetyCheckMethod: Plan['emergency']['safetyCheck']['method'];
  /** Who calls whom (people). */
  callTree: Named<readonly string[]>;
  /** When each kit item was last checked. */
  kitCheckedInMonths: Named<number>;
  strategies: Named<{ keyProduct: string; type: Strategy['type']; owner: string; achievableDays: number }>;
  trainingFrequencyMonths: Plan['training']['frequencyMonths'];
  exercises: Named<{ inMonths: number; type: Exercise['type']; actions: Named<{ owner: string; dueInMonths: number; done: boolean }> }>;
  review: { frequencyMonths: Plan['review']['frequencyMonths']; lastReviewedInMonths: number; triggers: Plan['review']['triggers'] };
  /** Each change-log entry: when, and who (a person). */
  changeLog: Named<{ inMonths: number; by: string }>;
  approvalInMonths: number;
}

/** Names that do not match between the example's data and its texts, as "✖ problem → at path" lines. */
class Mismatches {
  readonly lines: string[] = [];

  /** The data and the texts name the same records, no more and no fewer. */
  sameNames(path: string, inData: Named<unknown>, inTexts: Named<unknown>): void {
    for (const name of Object.keys(inData)) if (!(name in inTexts)) this.add(`${path}.${name}`, 'is missing');
    for (const name of Object.keys(inTexts)) if (!(name in inData)) this.add(`${path}.${name}`, 'is not part of the example');
  }

  /** `name` is one of the records at `path` of the texts. */
  known(path: string, records: Named<unknown>, name: string): void {
    if (!(name in records)) this.add(`${path}.${name}`, 'is referred to but missing');
  }

  add(path: string, problem: string): void {
    this.lines.push(`✖ ${problem}\n  → at ${path}`);
  }
}

/** Every name the data uses must be in the texts, and every record of the texts in the data. */
function mismatches(data: ExampleData, t: CheckedExampleTexts): string[] {
  const check = new Mismatches();
  const person = (name: string) => check.known('people', t.people, name);
  check.sameNames('team.members', data.teamSections, t.team.members);
  check.sameNames('keyProducts', data.keyProducts, t.keyProducts);
  check.sameNames('resources', data.resources, t.resources);
  check.sameNames('suppliers', data.suppliers, t.suppliers);
  check.sameNames('scenarios', data.scenarios, t.scenarios);
  check.sameNames('measures', data.measures, t.measures);
  check.sameNames('kit', data.kitCheckedInMonths, t.kit);
  check.sameNames('strategies', data.strategies, t.strategies);
  check.sameNames('exercises', data.exercises, t.exercises);
  check.sameNames('review.changeLog', data.changeLog, t.review.changeLog);
  const firstActionTexts = Object.fromEntries(data.firstActions.flatMap((action) => (action.text ? [[action.text, action]] : [])));
  check.sameNames('emergency.firstActions', firstActionTexts, t.emergency.firstActions);
  [data.leader, data.deputy, ...Object.keys(data.teamSections)].forEach(person);
  Object.values(data.teamSections).forEach((section) => check.known('scope.sections', t.scope.sections, section));
  for (const resource of Object.values(data.resources)) {
    resource.usedBy.forEach((product) => check.known('keyProducts', t.keyProducts, product));
    if (resource.supplier) check.known('suppliers', t.suppliers, resource.supplier);
  }
  for (const supplier of Object.values(data.suppliers)) if (supplier.alternate) check.known('suppliers', t.suppliers, supplier.alternate);
  for (const scenario of Object.values(data.scenarios)) {
    Object.keys(scenario.effects).forEach((resource) => check.known('resources', t.resources, resource));
  }
  for (const measure of Object.values(data.measures)) {
    if ('resource' in measure.target) check.known('resources', t.resources, measure.target.resource);
    person(measure.owner);
  }
  for (const [caller, callees] of Object.entries(data.callTree)) [caller, ...callees].forEach(person);
  for (const strategy of Object.values(data.strategies)) {
    check.known('keyProducts', t.keyProducts, strategy.keyProduct);
    person(strategy.owner);
  }
  for (const [name, exercise] of Object.entries(data.exercises)) {
    const texts = t.exercises[name];
    if (texts) check.sameNames(`exercises.${name}.actions`, exercise.actions, texts.actions);
    Object.values(exercise.actions).forEach((action) => person(action.owner));
  }
  Object.values(data.changeLog).forEach((entry) => person(entry.by));
  if (Object.keys(t.finance.insurance).length > 0 && t.externalContacts.insurer === undefined) {
    check.add('externalContacts.insurer', 'is missing (the insurance policies name it)');
  }
  const hazards = [...data.hazards.map((hazard) => hazard.code), ...Object.values(data.scenarios).map((scenario) => scenario.hazard)];
  if (hazards.includes('naturalHazard') && t.naturalHazard === undefined) check.add('naturalHazard', 'is missing');
  if (!hazards.includes('naturalHazard') && t.naturalHazard !== undefined) check.add('naturalHazard', 'is not part of the example');
  return check.lines;
}

/** Looks up a record that `mismatches` has checked exists. */
function the<T extends object, K extends keyof T & string>(records: T, name: K): NonNullable<T[K]> {
  const record = records[name];
  if (record === undefined || record === null) throw new Error(`${name} is missing`);
  return record;
}

/** A fresh id for every named record of a kind. */
const idsFor = (records: Named<unknown>): Named<string> => Object.fromEntries(Object.keys(records).map((name) => [name, newId()]));

/**
 * A complete example plan from its data and its texts in one language. The structure (ranks, codes,
 * recovery times, scores, dates, links between records) comes from `data` and is the same in every
 * language; every word, name, address, phone number, currency and amount of money comes from `texts`.
 * Every record gets a fresh id on each call; dates are relative to `now`. Texts that do not fit the
 * example (a missing or unknown key, an amount that is not a plain number) fail loudly, naming each key.
 */
export function buildExample(data: ExampleData, now: Date, texts: ExampleTexts): Plan {
  const t = parseExampleTexts(texts, data.name);
  const problems = mismatches(data, t);
  if (problems.length > 0) throw new Error(`The texts of the ${data.name} example do not fit it:\n${problems.join('\n')}`);

  const monthsFromNow = (months: number): string => formatIsoDate(addMonths(calendarDate(now), months));
  const ids = {
    people: idsFor(t.people),
    keyProducts: idsFor(t.keyProducts),
    resources: idsFor(t.resources),
    suppliers: idsFor(t.suppliers),
  };
  const idOf = (kind: keyof typeof ids, name: string): string => the(ids[kind], name);
  const person = (name: string) => the(t.people, name);
  const hazardCode = (choice: HazardChoice): HazardCode => (choice === 'naturalHazard' ? the(t, 'naturalHazard') : choice);
  const insurer = the(t.externalContacts, 'insurer');
  const leader = person(data.leader);
  const timestamp = now.toISOString();

  const plan: PlanInput = {
    id: newId(),
    schemaVersion: SCHEMA_VERSION,
    createdAt: timestamp,
    updatedAt: timestamp,
    revision: data.revision,
    path: 'full',
    completedSteps: [...STEP_NUMBERS],
    selfCheckTicks: [...data.selfCheckTicks],
    company: {
      ...t.company,
      industry: data.industry,
      employeeCount: data.employeeCount,
      sites: Object.values(t.sites).map((site) => ({ id: newId(), ...site })),
    },
    purpose: { priorities: [...data.priorities], statement: t.purpose.statement },
    scope: {
      sections: Object.values(t.scope.sections).map((section) => ({ id: newId(), ...section })),
      exclusions: t.scope.exclusions,
    },
    team: {
      leader: { employeeId: idOf('people', data.leader), position: t.team.leader.position, email: leader.email, authority: t.team.leader.authority },
      deputy: { employeeId: idOf('people', data.deputy) },
      members: Object.entries(t.team.members).map(([name, member]) => ({
        id: newId(),
        name: person(name).name,
        role: member.role,
        section: the(t.scope.sections, the(data.teamSections, name)).name,
        phone: person(name).mobile,
      })),
    },
    keyProducts: Object.entries(data.keyProducts).map(([name, product]) => ({
      id: idOf('keyProducts', name),
      ...the(t.keyProducts, name),
      ...product,
      reasons: [...product.reasons],
    })),
    resources: Object.entries(data.resources).map(([name, { usedBy, supplier, ...resource }]) => ({
      id: idOf('resources', name),
      ...resource,
      ...the(t.resources, name),
      usedBy: usedBy.map((product) => idOf('keyProducts', product)),
      ...(supplier === undefined ? {} : { supplierId: idOf('suppliers', supplier) }),
    })),
    suppliers: Object.entries(data.suppliers).map(([name, { alternate, leadTimeDays }]) => ({
      id: idOf('suppliers', name),
      ...the(t.suppliers, name),
      ...(alternate === undefined ? {} : { alternateSupplierId: idOf('suppliers', alternate) }),
      leadTimeDays,
    })),
    hazards: data.hazards.map((hazard) => ({ id: newId(), ...hazard, code: hazardCode(hazard.code) })),
    scenarios: Object.entries(data.scenarios).map(([name, scenario]) => ({
      id: newId(),
      hazardCode: hazardCode(scenario.hazard),
      description: the(t.scenarios, name).description,
      effects: Object.entries(scenario.effects).map(([resource, unavailableDays]) => ({
        id: newId(),
        resourceId: idOf('resources', resource),
        unavailableDays,
      })),
    })),
    measures: Object.entries(data.measures).map(([name, { target, owner, dueInMonths, ...measure }]) => ({
      id: newId(),
      target: 'resource' in target ? idOf('resources', target.resource) : hazardTarget(hazardCode(target.hazard)),
      ...the(t.measures, name),
      ...measure,
      owner: person(owner).name,
      ...(dueInMonths === undefined ? {} : { dueDate: monthsFromNow(dueInMonths) }),
    })),
    emergency: {
      firstActions: data.firstActions.map((action) => ({
        id: newId(),
        code: action.code,
        text: action.text === undefined ? '' : the(t.emergency.firstActions, action.text),
      })),
      activation: { ...t.emergency.activation },
      evacuation: { ...t.emergency.evacuation },
      safetyCheck: { method: data.safetyCheckMethod, note: t.emergency.safetyCheck.note },
    },
    contacts: {
      employees: Object.entries(t.people).map(([name, { name: fullName, role, mobile, altPhone, emergencyContact }]) => ({
        id: idOf('people', name),
        name: fullName,
        role,
        mobile,
        altPhone,
        emergencyContact,
      })),
      external: EXTERNAL_CONTACT_CATEGORIES.flatMap((category) => {
        const contact = t.externalContacts[category];
        return contact === undefined ? [] : [{ id: newId(), category, ...contact }];
      }),
    },
    callTree: Object.entries(data.callTree).map(([caller, callees]) => ({
      id: newId(),
      callerId: idOf('people', caller),
      calleeIds: callees.map((callee) => idOf('people', callee)),
    })),
    kit: Object.entries(data.kitCheckedInMonths).map(([name, months]) => ({
      id: newId(),
      ...the(t.kit, name),
      lastChecked: monthsFromNow(months),
    })),
    strategies: Object.entries(data.strategies).map(([name, { keyProduct, owner, ...strategy }]) => ({
      id: newId(),
      keyProductId: idOf('keyProducts', keyProduct),
      ...strategy,
      ...the(t.strategies, name),
      owner: person(owner).name,
    })),
    finance: {
      monthlyFixedCosts: t.finance.monthlyFixedCosts,
      cashOnHand: t.finance.cashOnHand,
      currency: t.finance.currency,
      estimatedRecoveryCost: t.finance.estimatedRecoveryCost,
      insurance: Object.values(t.finance.insurance).map((policy) => ({
        id: newId(),
        ...policy,
        insurer: insurer.organisation,
        phone: insurer.phone,
      })),
      credit: Object.values(t.finance.credit).map((credit) => ({ id: newId(), ...credit })),
    },
    training: { frequencyMonths: data.trainingFrequencyMonths, audience: t.training.audience },
    exercises: Object.entries(data.exercises).map(([name, exercise]) => {
      const { actions, ...exerciseTexts } = the(t.exercises, name);
      return {
        id: newId(),
        date: monthsFromNow(exercise.inMonths),
        type: exercise.type,
        ...exerciseTexts,
        actions: Object.entries(exercise.actions).map(([actionName, action]) => ({
          id: newId(),
          action: the(actions, actionName),
          owner: person(action.owner).name,
          due: monthsFromNow(action.dueInMonths),
          done: action.done,
        })),
      };
    }),
    review: {
      frequencyMonths: data.review.frequencyMonths,
      lastReviewed: monthsFromNow(data.review.lastReviewedInMonths),
      triggers: [...data.review.triggers],
    },
    changeLog: Object.entries(data.changeLog).map(([name, entry]) => ({
      id: newId(),
      date: monthsFromNow(entry.inMonths),
      summary: the(t.review.changeLog, name),
      by: person(entry.by).name,
    })),
    approval: { name: leader.name, position: t.review.approval.position, date: monthsFromNow(data.approvalInMonths) },
  };
  return planSchema.parse(plan);
}
