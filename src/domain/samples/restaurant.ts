import * as z from 'zod/mini';
import { newId } from '../fields';
import { planSchema, SCHEMA_VERSION, STEP_NUMBERS, type Plan } from '../plan';
import { hazardTarget } from '../step5-measures';
import {
  amount,
  contact,
  currency,
  kitItem,
  measure,
  monthsFrom,
  named,
  naturalHazard,
  parseTexts,
  person,
  policy,
  product,
  section,
  strategy,
  words,
} from './sample-texts';

type PlanInput = z.input<typeof planSchema>;

const supplier = () => z.strictObject({ name: words(), supplies: words(), contactName: words(), phone: words() });
const contactPerson = () => z.strictObject({ organisation: words(), person: words(), phone: words() });

/**
 * Every piece of text of the restaurant example, in one language: the content of
 * locales/<lng>/examples/restaurant.json. Strings only; amounts of money are plain digits. The
 * natural hazard is the code of the one the locale's restaurant fears most after fire.
 */
export const restaurantTextsSchema = z.strictObject({
  company: z.strictObject({ name: words(), address: words() }),
  sites: z.strictObject({ restaurant: z.strictObject({ name: words(), address: words() }) }),
  naturalHazard: naturalHazard(),
  purpose: z.strictObject({ statement: words() }),
  scope: z.strictObject({
    sections: z.strictObject({ kitchen: section(), diningRoom: section(), takeaway: section(), office: section() }),
    exclusions: words(),
  }),
  people: z.strictObject({
    owner: person({ email: words(), emergencyContact: words() }),
    manager: person({ emergencyContact: words() }),
    headCook: person({ altPhone: words(), emergencyContact: words() }),
    floorLead: person({ emergencyContact: words() }),
    cook: person({}),
    cashier: person({}),
    server: person({}),
  }),
  team: z.strictObject({
    leader: z.strictObject({ position: words(), authority: words() }),
    members: z.strictObject({
      headCook: z.strictObject({ role: words() }),
      floorLead: z.strictObject({ role: words() }),
      cashier: z.strictObject({ role: words() }),
    }),
  }),
  keyProducts: z.strictObject({ dineIn: product(), lunchBoxes: product(), delivery: product() }),
  resources: z.strictObject({
    kitchenLine: z.strictObject({ name: words(), quantity: words(), substituteNote: words() }),
    coldRoom: z.strictObject({ name: words(), quantity: words(), substituteNote: words() }),
    gas: z.strictObject({ name: words(), quantity: words() }),
    power: named(),
    cooks: z.strictObject({ name: words(), quantity: words(), substituteNote: words() }),
    freshFood: z.strictObject({ name: words(), quantity: words(), substituteNote: words() }),
    diningRoom: named(),
    orderSystem: z.strictObject({ name: words(), quantity: words() }),
    packaging: z.strictObject({ name: words(), quantity: words() }),
  }),
  suppliers: z.strictObject({
    produceWholesaler: z.strictObject({ name: words(), supplies: words(), contactName: words(), phone: words(), email: words() }),
    market: supplier(),
    gasDealer: supplier(),
    packaging: z.strictObject({ name: words(), supplies: words(), contactName: words(), phone: words(), email: words() }),
  }),
  scenarios: z.strictObject({
    kitchenFire: z.strictObject({ description: words() }),
    powerOutage: z.strictObject({ description: words() }),
  }),
  measures: z.strictObject({
    hoodSuppression: measure(),
    hoodCleaning: z.strictObject({ action: words() }),
    spareGas: measure(),
    generator: measure(),
    naturalHazard: measure(),
    fireInsurance: measure(),
  }),
  emergency: z.strictObject({
    firstActions: z.strictObject({ secureSite: words(), pauseOnlineOrders: words() }),
    activation: z.strictObject({ whoDecides: words(), criteria: words() }),
    evacuation: z.strictObject({ assemblyPoint: words(), routes: words() }),
    safetyCheck: z.strictObject({ note: words() }),
  }),
  externalContacts: z.strictObject({
    fire: contact(),
    police: contact(),
    ambulance: contact(),
    hospital: contact(),
    utility: contact(),
    insurer: z.strictObject({ organisation: words(), person: words(), phone: words(), email: words() }),
    bank: contactPerson(),
    customer: z.strictObject({ organisation: words(), person: words(), phone: words(), email: words() }),
    government: contact(),
  }),
  kit: z.strictObject({ firstAid: kitItem(), fireBlanket: kitItem(), torches: kitItem(), printedPlan: kitItem() }),
  strategies: z.strictObject({
    dineInOnSite: strategy(),
    lunchBoxesPartner: strategy(),
    deliveryShortMenu: strategy(),
  }),
  finance: z.strictObject({
    currency: currency(),
    monthlyFixedCosts: amount(),
    cashOnHand: amount(),
    estimatedRecoveryCost: amount(),
    insurance: z.strictObject({ property: policy(), businessInterruption: policy() }),
    credit: z.strictObject({ creditLine: z.strictObject({ lender: words(), type: words(), amount: amount() }) }),
  }),
  training: z.strictObject({ audience: words() }),
  exercises: z.strictObject({
    fireTabletop: z.strictObject({
      scenario: words(),
      participants: words(),
      findings: words(),
      actions: z.strictObject({ gasValve: words(), pauseCard: words() }),
    }),
  }),
  review: z.strictObject({
    changeLog: z.strictObject({ firstVersion: words(), afterExercise: words(), yearlyReview: words() }),
    approval: z.strictObject({ position: words() }),
  }),
});

/** The restaurant example's texts file as translators write it: strings only. */
export type RestaurantTexts = z.input<typeof restaurantTextsSchema>;

/**
 * A complete example plan: a family restaurant with 12 staff that serves guests in its dining
 * room, delivers lunch boxes to an office under contract and sells through delivery apps. Its
 * biggest risk is a kitchen fire. The structure (ids, ranks, codes, recovery times, scores, dates,
 * links between records) is the same in every language; every word, name, address, phone number,
 * currency and amount of money comes from `texts` (locales/<lng>/examples/restaurant.json). Every
 * record gets a fresh id on each call; dates are relative to `now`. It has no errors and no warnings.
 */
export function restaurantSample(now: Date, texts: RestaurantTexts): Plan {
  const t = parseTexts(restaurantTextsSchema, texts, 'restaurant');
  const { people, resources, suppliers, measures, emergency, kit, strategies, finance } = t;
  const { sections } = t.scope;
  const { members } = t.team;
  const external = t.externalContacts;
  const tabletop = t.exercises.fireTabletop;
  const { changeLog } = t.review;
  const monthsFromNow = monthsFrom(now);
  const id = {
    dineIn: newId(),
    lunchBoxes: newId(),
    delivery: newId(),
    produceWholesaler: newId(),
    market: newId(),
    gasDealer: newId(),
    packagingSupplier: newId(),
    kitchenLine: newId(),
    coldRoom: newId(),
    gas: newId(),
    power: newId(),
    cooks: newId(),
    freshFood: newId(),
    diningRoom: newId(),
    orderSystem: newId(),
    packaging: newId(),
    owner: newId(),
    manager: newId(),
    headCook: newId(),
    floorLead: newId(),
    cook: newId(),
    cashier: newId(),
    server: newId(),
  };
  const allProducts = [id.dineIn, id.lunchBoxes, id.delivery];
  const timestamp = now.toISOString();
  const plan: PlanInput = {
    id: newId(),
    schemaVersion: SCHEMA_VERSION,
    createdAt: timestamp,
    updatedAt: timestamp,
    revision: 2,
    path: 'full',
    completedSteps: [...STEP_NUMBERS],
    selfCheckTicks: ['resources_and_bottlenecks'],
    company: {
      name: t.company.name,
      address: t.company.address,
      industry: 'restaurant_hospitality',
      employeeCount: 12,
      sites: [{ id: newId(), ...t.sites.restaurant }],
    },
    purpose: {
      priorities: ['protect_people', 'meet_customer_obligations', 'protect_jobs'],
      statement: t.purpose.statement,
    },
    scope: {
      sections: [
        { id: newId(), ...sections.kitchen },
        { id: newId(), ...sections.diningRoom },
        { id: newId(), ...sections.takeaway },
        { id: newId(), ...sections.office },
      ],
      exclusions: t.scope.exclusions,
    },
    team: {
      leader: {
        employeeId: id.owner,
        position: t.team.leader.position,
        email: people.owner.email,
        authority: t.team.leader.authority,
      },
      deputy: { employeeId: id.manager },
      members: [
        { id: newId(), name: people.headCook.name, role: members.headCook.role, section: sections.kitchen.name, phone: people.headCook.mobile },
        { id: newId(), name: people.floorLead.name, role: members.floorLead.role, section: sections.diningRoom.name, phone: people.floorLead.mobile },
        { id: newId(), name: people.cashier.name, role: members.cashier.role, section: sections.takeaway.name, phone: people.cashier.mobile },
      ],
    },
    keyProducts: [
      {
        id: id.dineIn,
        ...t.keyProducts.dineIn,
        rank: 1,
        reasons: ['revenue_share', 'customer_loss_risk'],
        impact: { financial: 3, customers: 3, reputation: 2, legal: 1 },
        rto: { value: 7, unit: 'days' },
        minimumLevelPct: 50,
      },
      {
        id: id.lunchBoxes,
        ...t.keyProducts.lunchBoxes,
        rank: 2,
        reasons: ['contract_obligation', 'revenue_share'],
        impact: { financial: 2, customers: 3, reputation: 3, legal: 2 },
        rto: { value: 3, unit: 'days' },
        minimumLevelPct: 100,
      },
      {
        id: id.delivery,
        ...t.keyProducts.delivery,
        rank: 3,
        reasons: ['customer_loss_risk'],
        impact: { financial: 2, customers: 2, reputation: 1, legal: 1 },
        rto: { value: 5, unit: 'days' },
        minimumLevelPct: 40,
      },
    ],
    resources: [
      {
        id: id.kitchenLine,
        category: 'equipment',
        ...resources.kitchenLine,
        usedBy: allProducts,
        isBottleneck: true,
        substituteAvailable: false,
      },
      {
        id: id.coldRoom,
        category: 'equipment',
        ...resources.coldRoom,
        usedBy: allProducts,
        isBottleneck: true,
        substituteAvailable: true,
      },
      {
        id: id.gas,
        category: 'utilities_water_gas',
        ...resources.gas,
        usedBy: allProducts,
        isBottleneck: true,
        substituteAvailable: false,
        supplierId: id.gasDealer,
      },
      { id: id.power, category: 'utilities_power', ...resources.power, usedBy: allProducts },
      {
        id: id.cooks,
        category: 'people_skills',
        ...resources.cooks,
        usedBy: allProducts,
        isBottleneck: true,
        substituteAvailable: true,
      },
      {
        id: id.freshFood,
        category: 'materials',
        ...resources.freshFood,
        usedBy: allProducts,
        substituteAvailable: true,
        supplierId: id.produceWholesaler,
      },
      { id: id.diningRoom, category: 'premises', ...resources.diningRoom, usedBy: [id.dineIn] },
      { id: id.orderSystem, category: 'it_data', ...resources.orderSystem, usedBy: [id.dineIn, id.delivery] },
      {
        id: id.packaging,
        category: 'materials',
        ...resources.packaging,
        usedBy: [id.lunchBoxes, id.delivery],
        supplierId: id.packagingSupplier,
      },
    ],
    suppliers: [
      { id: id.produceWholesaler, ...suppliers.produceWholesaler, alternateSupplierId: id.market, leadTimeDays: 1 },
      { id: id.market, ...suppliers.market, leadTimeDays: 0 },
      { id: id.gasDealer, ...suppliers.gasDealer, leadTimeDays: 1 },
      { id: id.packagingSupplier, ...suppliers.packaging, leadTimeDays: 7 },
    ],
    hazards: [
      { id: newId(), code: 'fire', likelihood: 3, impact: 5 },
      { id: newId(), code: t.naturalHazard, likelihood: 3, impact: 4 },
      { id: newId(), code: 'power_outage', likelihood: 3, impact: 3 },
      { id: newId(), code: 'pandemic', likelihood: 2, impact: 4 },
      { id: newId(), code: 'supplier_failure', likelihood: 2, impact: 3 },
      { id: newId(), code: 'it_cyber', likelihood: 2, impact: 2 },
    ],
    scenarios: [
      {
        id: newId(),
        hazardCode: 'fire',
        description: t.scenarios.kitchenFire.description,
        effects: [
          { id: newId(), resourceId: id.kitchenLine, unavailableDays: 3 },
          { id: newId(), resourceId: id.gas, unavailableDays: 3 },
          { id: newId(), resourceId: id.diningRoom, unavailableDays: 2 },
          { id: newId(), resourceId: id.power, unavailableDays: 1 },
        ],
      },
      {
        id: newId(),
        hazardCode: 'power_outage',
        description: t.scenarios.powerOutage.description,
        effects: [
          { id: newId(), resourceId: id.power, unavailableDays: 1 },
          { id: newId(), resourceId: id.coldRoom, unavailableDays: 1 },
          { id: newId(), resourceId: id.orderSystem, unavailableDays: 1 },
        ],
      },
    ],
    measures: [
      {
        id: newId(),
        target: id.kitchenLine,
        ...measures.hoodSuppression,
        type: 'structural',
        owner: people.owner.name,
        dueDate: monthsFromNow(2),
        status: 'in_progress',
      },
      {
        id: newId(),
        target: hazardTarget('fire'),
        ...measures.hoodCleaning,
        type: 'other',
        owner: people.headCook.name,
        status: 'in_progress',
      },
      {
        id: newId(),
        target: id.gas,
        ...measures.spareGas,
        type: 'stockpile',
        owner: people.headCook.name,
        dueDate: monthsFromNow(-3),
        status: 'done',
      },
      {
        id: newId(),
        target: id.power,
        ...measures.generator,
        type: 'backup',
        owner: people.manager.name,
        dueDate: monthsFromNow(3),
        status: 'planned',
      },
      {
        id: newId(),
        target: hazardTarget(t.naturalHazard),
        ...measures.naturalHazard,
        type: 'structural',
        owner: people.floorLead.name,
        dueDate: monthsFromNow(4),
        status: 'planned',
      },
      {
        id: newId(),
        target: hazardTarget('fire'),
        ...measures.fireInsurance,
        type: 'insurance',
        owner: people.manager.name,
        dueDate: monthsFromNow(-5),
        status: 'done',
      },
    ],
    emergency: {
      firstActions: [
        { id: newId(), code: 'evacuate', text: '' },
        { id: newId(), code: 'call_emergency_services', text: '' },
        { id: newId(), code: 'give_first_aid', text: '' },
        { id: newId(), code: 'account_for_staff', text: '' },
        { id: newId(), code: 'secure_site', text: emergency.firstActions.secureSite },
        { id: newId(), code: 'alert_bcp_leader', text: '' },
        { id: newId(), code: 'custom', text: emergency.firstActions.pauseOnlineOrders },
        { id: newId(), code: 'inform_customers', text: '' },
      ],
      activation: { ...emergency.activation },
      evacuation: { ...emergency.evacuation },
      safetyCheck: { method: 'messaging_app', note: emergency.safetyCheck.note },
    },
    contacts: {
      employees: [
        {
          id: id.owner,
          name: people.owner.name,
          role: people.owner.role,
          mobile: people.owner.mobile,
          emergencyContact: people.owner.emergencyContact,
        },
        { id: id.manager, ...people.manager },
        { id: id.headCook, ...people.headCook },
        { id: id.floorLead, ...people.floorLead },
        { id: id.cook, ...people.cook },
        { id: id.cashier, ...people.cashier },
        { id: id.server, ...people.server },
      ],
      external: [
        { id: newId(), category: 'fire', ...external.fire },
        { id: newId(), category: 'police', ...external.police },
        { id: newId(), category: 'ambulance', ...external.ambulance },
        { id: newId(), category: 'hospital', ...external.hospital },
        { id: newId(), category: 'utility', ...external.utility },
        { id: newId(), category: 'insurer', ...external.insurer },
        { id: newId(), category: 'bank', ...external.bank },
        { id: newId(), category: 'customer', ...external.customer },
        { id: newId(), category: 'government', ...external.government },
      ],
    },
    callTree: [
      { id: newId(), callerId: id.owner, calleeIds: [id.manager, id.headCook] },
      { id: newId(), callerId: id.manager, calleeIds: [id.floorLead, id.cashier] },
      { id: newId(), callerId: id.headCook, calleeIds: [id.cook] },
      { id: newId(), callerId: id.floorLead, calleeIds: [id.server] },
    ],
    kit: [
      { id: newId(), ...kit.firstAid, lastChecked: monthsFromNow(-1) },
      { id: newId(), ...kit.fireBlanket, lastChecked: monthsFromNow(-1) },
      { id: newId(), ...kit.torches, lastChecked: monthsFromNow(-2) },
      { id: newId(), ...kit.printedPlan, lastChecked: monthsFromNow(-2) },
    ],
    strategies: [
      {
        id: newId(),
        keyProductId: id.dineIn,
        type: 'restore_on_site',
        ...strategies.dineInOnSite,
        owner: people.owner.name,
        achievableDays: 6,
      },
      {
        id: newId(),
        keyProductId: id.lunchBoxes,
        type: 'partner_mutual_aid',
        ...strategies.lunchBoxesPartner,
        owner: people.headCook.name,
        achievableDays: 2,
      },
      {
        id: newId(),
        keyProductId: id.delivery,
        type: 'manual_workaround',
        ...strategies.deliveryShortMenu,
        owner: people.cashier.name,
        achievableDays: 4,
      },
    ],
    finance: {
      monthlyFixedCosts: finance.monthlyFixedCosts,
      cashOnHand: finance.cashOnHand,
      currency: finance.currency,
      estimatedRecoveryCost: finance.estimatedRecoveryCost,
      insurance: [
        { id: newId(), ...finance.insurance.property, insurer: external.insurer.organisation, phone: external.insurer.phone },
        { id: newId(), ...finance.insurance.businessInterruption, insurer: external.insurer.organisation, phone: external.insurer.phone },
      ],
      credit: [{ id: newId(), ...finance.credit.creditLine }],
    },
    training: { frequencyMonths: 6, audience: t.training.audience },
    exercises: [
      {
        id: newId(),
        date: monthsFromNow(-4),
        type: 'tabletop',
        scenario: tabletop.scenario,
        participants: tabletop.participants,
        findings: tabletop.findings,
        actions: [
          { id: newId(), action: tabletop.actions.gasValve, owner: people.headCook.name, due: monthsFromNow(-3), done: true },
          { id: newId(), action: tabletop.actions.pauseCard, owner: people.cashier.name, due: monthsFromNow(1), done: false },
        ],
      },
    ],
    review: {
      frequencyMonths: 12,
      lastReviewed: monthsFromNow(-1),
      triggers: ['staff_change', 'supplier_change', 'after_incident', 'after_exercise', 'site_change'],
    },
    changeLog: [
      { id: newId(), date: monthsFromNow(-13), summary: changeLog.firstVersion, by: people.owner.name },
      { id: newId(), date: monthsFromNow(-4), summary: changeLog.afterExercise, by: people.manager.name },
      { id: newId(), date: monthsFromNow(-1), summary: changeLog.yearlyReview, by: people.owner.name },
    ],
    approval: { name: people.owner.name, position: t.review.approval.position, date: monthsFromNow(-1) },
  };
  return planSchema.parse(plan);
}
