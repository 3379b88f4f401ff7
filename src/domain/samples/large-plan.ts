import type * as z from 'zod/mini';
import { addMonths, calendarDate, formatIsoDate } from '../derive/dates';
import { newId } from '../fields';
import { planSchema, type Plan } from '../plan';
import { EXERCISE_TYPES } from '../step9-exercises';
import { MEASURE_STATUSES } from '../step5-measures';
import type { HazardCode } from '../step4-risks';
import type { RtoUnit } from '../step2-key-products';
import type { ExampleTexts } from './example-texts';
import { foodManufacturerSample } from './food-manufacturer';

type PlanInput = z.input<typeof planSchema>;

/** How big the large plan is: the sizes the PDF benchmark and the long-table tests rely on. */
export const LARGE_PLAN_SIZE = {
  sites: 6,
  scopeSections: 12,
  teamMembers: 12,
  keyProducts: 40,
  resources: 150,
  suppliers: 24,
  scenarios: 10,
  measures: 40,
  employees: 200,
  external: 30,
  kit: 20,
  exercises: 30,
  changeLog: 20,
} as const;

/** The ten hazards of the large plan, each with one scenario; the first six are the example's own. */
const HAZARD_RATINGS: readonly (readonly [HazardCode, number, number])[] = [
  ['flood', 4, 4],
  ['power_outage', 4, 3],
  ['fire', 2, 5],
  ['supplier_failure', 3, 3],
  ['pandemic', 2, 3],
  ['it_cyber', 2, 2],
  ['typhoon_storm', 3, 4],
  ['earthquake', 1, 5],
  ['landslide', 1, 2],
  ['tsunami', 1, 4],
];

const RTO_TARGETS: readonly (readonly [number, RtoUnit])[] = [
  [2, 'days'],
  [7, 'days'],
  [10, 'days'],
  [2, 'weeks'],
  [36, 'hours'],
  [4, 'weeks'],
];

/** The item at `index` of a non-empty list, counting round. */
function cycle<T>(items: readonly T[], index: number): T {
  const item = items[index % items.length];
  if (item === undefined) throw new Error('cycle() needs a non-empty list');
  return item;
}

/** A phone number of the example with its last three digits replaced: still a plausible number. */
function numbered(phone: string, index: number): string {
  const digits = String(index % 1000).padStart(3, '0');
  return phone.replace(/\d(\D*)\d(\D*)\d(\D*)$/, `${digits[0]}$1${digits[1]}$2${digits[2]}$3`);
}

/**
 * A large plan for benchmarks and long-table tests: the food manufacturer example of one locale
 * (`texts`, from locales/<lng>/examples/food-manufacturer.json) scaled up to 40 key products,
 * 150 resources, 200 staff, 30 exercises and 10 scenarios. Every text is one of the example's,
 * followed by a number ("Sweet chilli sauce, 300 ml bottles 17"), so the plan is the same on
 * every call apart from its ids; dates are relative to `now`. All references between records are
 * valid. It is deliberately not perfect: two key products have no strategy and some strategies
 * and scenarios miss their target recovery times, so the warnings show up in print.
 */
export function largePlan(now: Date, texts: ExampleTexts): Plan {
  const base = foodManufacturerSample(now, texts);
  const size = LARGE_PLAN_SIZE;
  const monthsFromNow = (months: number): string => formatIsoDate(addMonths(calendarDate(now), months));
  const range = (count: number) => Array.from({ length: count }, (_, index) => index);

  const keyProducts = range(size.keyProducts).map((index) => {
    const product = cycle(base.keyProducts, index);
    const [value, unit] = cycle(RTO_TARGETS, index);
    return { ...product, id: newId(), name: `${product.name} ${index + 1}`, rank: index + 1, rto: { value, unit } };
  });

  const suppliers = range(size.suppliers).map((index) => {
    const supplier = cycle(base.suppliers, index);
    return { ...supplier, id: newId(), name: `${supplier.name} ${index + 1}`, phone: numbered(supplier.phone, index), alternateSupplierId: null as string | null };
  });
  // every supplier but the last has the next one as its backup
  suppliers.forEach((supplier, index) => {
    supplier.alternateSupplierId = suppliers[index + 1]?.id ?? null;
  });

  const resources = range(size.resources).map((index) => {
    const resource = cycle(base.resources, index);
    const productIndices = new Set([index % size.keyProducts, (index * 7 + 3) % size.keyProducts, (index * 13 + 5) % size.keyProducts]);
    const bottleneck = index % 5 === 0;
    return {
      ...resource,
      id: newId(),
      name: `${resource.name} ${index + 1}`,
      usedBy: [...productIndices].slice(0, 1 + (index % 3)).map((product) => cycle(keyProducts, product).id),
      isBottleneck: bottleneck,
      substituteAvailable: bottleneck && index % 10 === 0,
      supplierId: resource.supplierId === null ? null : cycle(suppliers, index).id,
    };
  });

  const hazards = HAZARD_RATINGS.map(([code, likelihood, impact]) => ({ id: newId(), code, label: '', likelihood, impact }));
  const scenarios = HAZARD_RATINGS.slice(0, size.scenarios).map(([code], index) => {
    const example = cycle(base.scenarios, index);
    return {
      id: newId(),
      hazardCode: code,
      description: `${example.description} ${index + 1}`,
      effects: range(8).map((position) => ({
        id: newId(),
        resourceId: cycle(resources, index * 17 + position * 19).id,
        unavailableDays: 1 + ((index * 3 + position * 5) % 14),
      })),
    };
  });

  const measures = range(size.measures).map((index) => {
    const measure = cycle(base.measures, index);
    const bottleneck = cycle(
      resources.filter((resource) => resource.isBottleneck),
      index,
    );
    return {
      ...measure,
      id: newId(),
      action: `${measure.action} ${index + 1}`,
      target: measure.target?.startsWith('hazard:') ? measure.target : bottleneck.id,
      dueDate: monthsFromNow((index % 12) - 4),
      status: cycle(MEASURE_STATUSES, index),
    };
  });

  const employees = range(size.employees).map((index) => {
    const person = cycle(base.contacts.employees, index);
    return {
      ...person,
      id: newId(),
      name: `${person.name} ${index + 1}`,
      mobile: numbered(person.mobile, index),
      altPhone: person.altPhone === '' ? '' : numbered(person.altPhone, index),
    };
  });
  // a call tree in which everyone calls up to four people: employee n is called by employee (n - 1) / 4
  const callTree = range(Math.ceil((size.employees - 1) / 4)).map((caller) => ({
    id: newId(),
    callerId: cycle(employees, caller).id,
    calleeIds: range(4)
      .map((position) => caller * 4 + position + 1)
      .filter((callee) => callee < size.employees)
      .map((callee) => cycle(employees, callee).id),
  }));

  const external = range(size.external).map((index) => {
    const contact = cycle(base.contacts.external, index);
    return index < base.contacts.external.length
      ? { ...contact, id: newId() }
      : { ...contact, id: newId(), organisation: `${contact.organisation} ${index + 1}`, phone: numbered(contact.phone, index) };
  });

  const strategies = keyProducts.flatMap((product, index) => {
    // the last two key products have no strategy yet: a gap the printed plan must flag
    if (index >= size.keyProducts - 2) return [];
    const example = cycle(base.strategies, index);
    const count = index % 3 === 0 ? 2 : 1;
    return range(count).map((position) => ({
      ...cycle(base.strategies, index + position),
      id: newId(),
      keyProductId: product.id,
      description: `${example.description} ${index + 1}`,
      achievableDays: 2 + ((index * 5 + position * 3) % 20),
    }));
  });

  const exercises = range(size.exercises).map((index) => {
    const example = cycle(base.exercises, index);
    return {
      ...example,
      id: newId(),
      date: monthsFromNow(-1 - index),
      type: cycle(EXERCISE_TYPES, index),
      scenario: `${example.scenario} ${index + 1}`,
      actions: example.actions.map((action, position) => ({
        ...action,
        id: newId(),
        action: `${action.action} ${index + 1}`,
        due: monthsFromNow(position - index),
        done: index > 2 || action.done,
      })),
    };
  });

  const plan: PlanInput = {
    ...base,
    id: newId(),
    revision: 12,
    company: {
      ...base.company,
      employeeCount: size.employees,
      sites: range(size.sites).map((index) => {
        const site = cycle(base.company.sites, index);
        return { ...site, id: newId(), name: `${site.name} ${index + 1}` };
      }),
    },
    scope: {
      ...base.scope,
      sections: range(size.scopeSections).map((index) => {
        const section = cycle(base.scope.sections, index);
        return { ...section, id: newId(), name: `${section.name} ${index + 1}` };
      }),
    },
    team: {
      ...base.team,
      // the example's leader and deputy are the first two people of the numbered staff list
      leader: { ...base.team.leader, employeeId: cycle(employees, 0).id },
      deputy: { employeeId: cycle(employees, 1).id },
      members: range(size.teamMembers).map((index) => {
        const member = cycle(base.team.members, index);
        return { ...member, id: newId(), name: `${member.name} ${index + 1}`, phone: numbered(member.phone, index) };
      }),
    },
    keyProducts,
    resources,
    suppliers,
    hazards,
    scenarios,
    measures,
    contacts: { employees, external },
    callTree,
    kit: range(size.kit).map((index) => {
      const item = cycle(base.kit, index);
      return { ...item, id: newId(), item: `${item.item} ${index + 1}` };
    }),
    strategies,
    finance: {
      ...base.finance,
      insurance: range(6).map((index) => {
        const policy = cycle(base.finance.insurance, index);
        return { ...policy, id: newId(), policyNo: `${policy.policyNo}-${index + 1}` };
      }),
      credit: range(4).map((index) => {
        const line = cycle(base.finance.credit, index);
        return { ...line, id: newId(), lender: `${line.lender} ${index + 1}` };
      }),
    },
    exercises,
    changeLog: range(size.changeLog).map((index) => {
      const entry = cycle(base.changeLog, index);
      return { ...entry, id: newId(), date: monthsFromNow(index - size.changeLog - 1), summary: `${entry.summary} ${index + 1}` };
    }),
  };
  return planSchema.parse(plan);
}
