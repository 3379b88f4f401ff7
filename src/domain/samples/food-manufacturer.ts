import * as z from 'zod/mini';
import { addMonths, calendarDate, formatIsoDate } from '../derive/dates';
import { newId } from '../fields';
import { planSchema, SCHEMA_VERSION, STEP_NUMBERS, type Plan } from '../plan';
import { hazardTarget } from '../step5-measures';
import {
  amount,
  contact,
  currency,
  kitItem,
  measure,
  named,
  parseTexts,
  person,
  policy,
  product,
  section,
  strategy,
  words,
} from './sample-texts';

type PlanInput = z.input<typeof planSchema>;

/**
 * Every piece of text of the example plan, in one language: the content of
 * locales/<lng>/examples/food-manufacturer.json. Every value there is a string, so translators only
 * ever touch strings; amounts of money are plain digits, turned into numbers here. Unknown keys are
 * refused, so a misspelt key fails instead of being ignored.
 */
export const foodManufacturerTextsSchema = z.strictObject({
  company: z.strictObject({ name: words(), address: words() }),
  sites: z.strictObject({
    factory: z.strictObject({ name: words(), address: words() }),
    warehouse: z.strictObject({ name: words(), address: words() }),
  }),
  purpose: z.strictObject({ statement: words() }),
  scope: z.strictObject({
    sections: z.strictObject({ kitchen: section(), crackerLine: section(), dispatch: section(), office: section() }),
    exclusions: words(),
  }),
  people: z.strictObject({
    somchai: person({ email: words(), emergencyContact: words() }),
    malee: person({ emergencyContact: words() }),
    anan: person({ altPhone: words(), emergencyContact: words() }),
    ploy: person({ emergencyContact: words() }),
    niran: person({}),
    kanya: person({}),
    wichai: person({}),
    suda: person({}),
  }),
  team: z.strictObject({
    leader: z.strictObject({ position: words(), authority: words() }),
    members: z.strictObject({
      anan: z.strictObject({ role: words() }),
      ploy: z.strictObject({ role: words() }),
      wichai: z.strictObject({ role: words() }),
    }),
  }),
  keyProducts: z.strictObject({ sauce: product(), crackers: product(), paste: product(), privateLabel: product() }),
  resources: z.strictObject({
    retort: z.strictObject({ name: words(), quantity: words(), substituteNote: words() }),
    fillingLine: z.strictObject({ name: words(), quantity: words(), substituteNote: words() }),
    coldRoom: z.strictObject({ name: words(), quantity: words() }),
    chillies: z.strictObject({ name: words(), quantity: words(), substituteNote: words() }),
    bottles: z.strictObject({ name: words(), quantity: words() }),
    fryingLine: z.strictObject({ name: words(), quantity: words() }),
    flourAndPrawns: z.strictObject({ name: words(), quantity: words() }),
    cooks: z.strictObject({ name: words(), quantity: words(), substituteNote: words() }),
    power: named(),
    groundFloor: named(),
    trucks: z.strictObject({ name: words(), quantity: words() }),
    orderSystem: z.strictObject({ name: words(), quantity: words() }),
  }),
  suppliers: z.strictObject({
    chilliFarm: z.strictObject({ name: words(), supplies: words(), contactName: words(), phone: words(), email: words() }),
    marketWholesaler: z.strictObject({ name: words(), supplies: words(), contactName: words(), phone: words() }),
    bottleMaker: z.strictObject({ name: words(), supplies: words(), contactName: words(), phone: words(), email: words() }),
    flourMill: z.strictObject({ name: words(), supplies: words(), contactName: words(), phone: words() }),
  }),
  scenarios: z.strictObject({
    flood: z.strictObject({ description: words() }),
    powerOutage: z.strictObject({ description: words() }),
  }),
  measures: z.strictObject({
    retortPlinth: measure(),
    coldRoomAlarm: measure(),
    generator: measure(),
    fryerSpares: measure(),
    floodBoards: measure(),
    fireChecks: z.strictObject({ action: words() }),
    floodInsurance: measure(),
  }),
  emergency: z.strictObject({
    firstActions: z.strictObject({ secureSite: words(), moveStockUp: words() }),
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
    bank: z.strictObject({ organisation: words(), person: words(), phone: words() }),
    customer: z.strictObject({ organisation: words(), person: words(), phone: words(), email: words() }),
    government: contact(),
  }),
  kit: z.strictObject({
    firstAid: kitItem(),
    torches: kitItem(),
    printedPlan: kitItem(),
    water: kitItem(),
    powerBank: kitItem(),
  }),
  strategies: z.strictObject({
    sauceOnSite: strategy(),
    sauceMutualAid: strategy(),
    crackersStock: strategy(),
    pasteByHand: strategy(),
    privateLabelLater: strategy(),
  }),
  finance: z.strictObject({
    currency: currency(),
    monthlyFixedCosts: amount(),
    cashOnHand: amount(),
    estimatedRecoveryCost: amount(),
    insurance: z.strictObject({ property: policy(), businessInterruption: policy() }),
    credit: z.strictObject({ overdraft: z.strictObject({ lender: words(), type: words(), amount: amount() }) }),
  }),
  training: z.strictObject({ audience: words() }),
  exercises: z.strictObject({
    floodTabletop: z.strictObject({
      scenario: words(),
      participants: words(),
      findings: words(),
      actions: z.strictObject({ afterHoursNumbers: words(), stockArea: words() }),
    }),
  }),
  review: z.strictObject({
    changeLog: z.strictObject({ firstVersion: words(), afterExercise: words(), yearlyReview: words() }),
    approval: z.strictObject({ position: words() }),
  }),
});

/** The texts file as translators write it: strings only. */
export type FoodManufacturerTexts = z.input<typeof foodManufacturerTextsSchema>;

/**
 * A complete example plan: a family-owned chilli sauce and snack maker, 26 staff. The structure
 * (ids, ranks, codes, recovery times, scores, dates, links between records) is the same in every
 * language; every word, name, address, phone number, currency and amount of money comes from
 * `texts`, the example of one locale (locales/<lng>/examples/food-manufacturer.json). Every record
 * gets a fresh id on each call; dates are relative to `now`. It has no errors and no warnings.
 */
export function foodManufacturerSample(now: Date, texts: FoodManufacturerTexts): Plan {
  const t = parseTexts(foodManufacturerTextsSchema, texts, 'food manufacturer');
  const { people, resources, suppliers, measures, emergency, kit, strategies, finance } = t;
  const { sections } = t.scope;
  const { members } = t.team;
  const external = t.externalContacts;
  const tabletop = t.exercises.floodTabletop;
  const { changeLog } = t.review;
  const monthsFromNow = (months: number): string => formatIsoDate(addMonths(calendarDate(now), months));
  const id = {
    factory: newId(),
    warehouse: newId(),
    sauce: newId(),
    crackers: newId(),
    paste: newId(),
    privateLabel: newId(),
    chilliFarm: newId(),
    marketWholesaler: newId(),
    bottleMaker: newId(),
    flourMill: newId(),
    retort: newId(),
    fillingLine: newId(),
    coldRoom: newId(),
    chillies: newId(),
    bottles: newId(),
    fryingLine: newId(),
    flourAndPrawns: newId(),
    cooks: newId(),
    power: newId(),
    groundFloor: newId(),
    trucks: newId(),
    orderSystem: newId(),
    somchai: newId(),
    malee: newId(),
    anan: newId(),
    ploy: newId(),
    niran: newId(),
    kanya: newId(),
    wichai: newId(),
    suda: newId(),
  };
  const timestamp = now.toISOString();
  const plan: PlanInput = {
    id: newId(),
    schemaVersion: SCHEMA_VERSION,
    createdAt: timestamp,
    updatedAt: timestamp,
    revision: 3,
    path: 'full',
    completedSteps: [...STEP_NUMBERS],
    selfCheckTicks: ['resources_and_bottlenecks'],
    company: {
      name: t.company.name,
      address: t.company.address,
      industry: 'food_manufacturing',
      employeeCount: 26,
      sites: [
        { id: id.factory, ...t.sites.factory },
        { id: id.warehouse, ...t.sites.warehouse },
      ],
    },
    purpose: {
      priorities: ['protect_people', 'meet_customer_obligations', 'protect_jobs', 'local_economy'],
      statement: t.purpose.statement,
    },
    scope: {
      sections: [
        { id: newId(), ...sections.kitchen },
        { id: newId(), ...sections.crackerLine },
        { id: newId(), ...sections.dispatch },
        { id: newId(), ...sections.office },
      ],
      exclusions: t.scope.exclusions,
    },
    team: {
      leader: {
        employeeId: id.somchai,
        position: t.team.leader.position,
        email: people.somchai.email,
        authority: t.team.leader.authority,
      },
      deputy: { employeeId: id.malee },
      members: [
        { id: newId(), name: people.anan.name, role: members.anan.role, section: sections.kitchen.name, phone: people.anan.mobile },
        { id: newId(), name: people.ploy.name, role: members.ploy.role, section: sections.office.name, phone: people.ploy.mobile },
        { id: newId(), name: people.wichai.name, role: members.wichai.role, section: sections.dispatch.name, phone: people.wichai.mobile },
      ],
    },
    keyProducts: [
      {
        id: id.sauce,
        ...t.keyProducts.sauce,
        rank: 1,
        reasons: ['revenue_share', 'contract_obligation'],
        impact: { financial: 3, customers: 3, reputation: 3, legal: 2 },
        rto: { value: 7, unit: 'days' },
        minimumLevelPct: 60,
      },
      {
        id: id.crackers,
        ...t.keyProducts.crackers,
        rank: 2,
        reasons: ['revenue_share', 'customer_loss_risk'],
        impact: { financial: 2, customers: 3, reputation: 2, legal: 1 },
        rto: { value: 10, unit: 'days' },
        minimumLevelPct: 40,
      },
      {
        id: id.paste,
        ...t.keyProducts.paste,
        rank: 3,
        reasons: ['customer_loss_risk', 'social_necessity'],
        impact: { financial: 2, customers: 2, reputation: 2, legal: 1 },
        rto: { value: 2, unit: 'weeks' },
        minimumLevelPct: 50,
      },
      {
        id: id.privateLabel,
        ...t.keyProducts.privateLabel,
        rank: 4,
        reasons: ['contract_obligation'],
        impact: { financial: 2, customers: 1, reputation: 2, legal: 2 },
        rto: { value: 4, unit: 'weeks' },
        minimumLevelPct: 100,
      },
    ],
    resources: [
      {
        id: id.retort,
        category: 'equipment',
        ...resources.retort,
        usedBy: [id.sauce, id.paste, id.privateLabel],
        isBottleneck: true,
        substituteAvailable: false,
      },
      {
        id: id.fillingLine,
        category: 'equipment',
        ...resources.fillingLine,
        usedBy: [id.sauce, id.privateLabel],
        isBottleneck: true,
        substituteAvailable: true,
      },
      {
        id: id.coldRoom,
        category: 'equipment',
        ...resources.coldRoom,
        usedBy: [id.sauce, id.crackers, id.paste, id.privateLabel],
        isBottleneck: true,
        substituteAvailable: false,
      },
      {
        id: id.chillies,
        category: 'materials',
        ...resources.chillies,
        usedBy: [id.sauce, id.paste, id.privateLabel],
        isBottleneck: true,
        substituteAvailable: true,
        supplierId: id.chilliFarm,
      },
      {
        id: id.bottles,
        category: 'materials',
        ...resources.bottles,
        usedBy: [id.sauce, id.privateLabel],
        supplierId: id.bottleMaker,
      },
      {
        id: id.fryingLine,
        category: 'equipment',
        ...resources.fryingLine,
        usedBy: [id.crackers],
        isBottleneck: true,
        substituteAvailable: false,
      },
      {
        id: id.flourAndPrawns,
        category: 'materials',
        ...resources.flourAndPrawns,
        usedBy: [id.crackers],
        supplierId: id.flourMill,
      },
      {
        id: id.cooks,
        category: 'people_skills',
        ...resources.cooks,
        usedBy: [id.sauce, id.paste, id.privateLabel],
      },
      {
        id: id.power,
        category: 'utilities_power',
        ...resources.power,
        usedBy: [id.sauce, id.crackers, id.paste, id.privateLabel],
      },
      {
        id: id.groundFloor,
        category: 'premises',
        ...resources.groundFloor,
        usedBy: [id.sauce, id.crackers, id.paste, id.privateLabel],
      },
      {
        id: id.trucks,
        category: 'transport',
        ...resources.trucks,
        usedBy: [id.sauce, id.crackers, id.paste],
      },
      {
        id: id.orderSystem,
        category: 'it_data',
        ...resources.orderSystem,
        usedBy: [id.sauce, id.crackers, id.paste, id.privateLabel],
      },
    ],
    suppliers: [
      { id: id.chilliFarm, ...suppliers.chilliFarm, alternateSupplierId: id.marketWholesaler, leadTimeDays: 2 },
      { id: id.marketWholesaler, ...suppliers.marketWholesaler, leadTimeDays: 1 },
      { id: id.bottleMaker, ...suppliers.bottleMaker, leadTimeDays: 14 },
      { id: id.flourMill, ...suppliers.flourMill, leadTimeDays: 5 },
    ],
    hazards: [
      { id: newId(), code: 'flood', likelihood: 4, impact: 4 },
      { id: newId(), code: 'power_outage', likelihood: 4, impact: 3 },
      { id: newId(), code: 'fire', likelihood: 2, impact: 5 },
      { id: newId(), code: 'supplier_failure', likelihood: 3, impact: 3 },
      { id: newId(), code: 'pandemic', likelihood: 2, impact: 3 },
      { id: newId(), code: 'it_cyber', likelihood: 2, impact: 2 },
    ],
    scenarios: [
      {
        id: newId(),
        hazardCode: 'flood',
        description: t.scenarios.flood.description,
        effects: [
          { id: newId(), resourceId: id.groundFloor, unavailableDays: 5 },
          { id: newId(), resourceId: id.power, unavailableDays: 3 },
          { id: newId(), resourceId: id.trucks, unavailableDays: 4 },
          { id: newId(), resourceId: id.chillies, unavailableDays: 5 },
          { id: newId(), resourceId: id.coldRoom, unavailableDays: 5 },
        ],
      },
      {
        id: newId(),
        hazardCode: 'power_outage',
        description: t.scenarios.powerOutage.description,
        effects: [
          { id: newId(), resourceId: id.power, unavailableDays: 2 },
          { id: newId(), resourceId: id.coldRoom, unavailableDays: 1 },
        ],
      },
    ],
    measures: [
      {
        id: newId(),
        target: id.retort,
        ...measures.retortPlinth,
        type: 'structural',
        owner: people.anan.name,
        dueDate: monthsFromNow(2),
        status: 'in_progress',
      },
      {
        id: newId(),
        target: id.coldRoom,
        ...measures.coldRoomAlarm,
        type: 'backup',
        owner: people.anan.name,
        dueDate: monthsFromNow(-1),
        status: 'done',
      },
      {
        id: newId(),
        target: id.power,
        ...measures.generator,
        type: 'backup',
        owner: people.somchai.name,
        dueDate: monthsFromNow(-2),
        status: 'done',
      },
      {
        id: newId(),
        target: id.fryingLine,
        ...measures.fryerSpares,
        type: 'stockpile',
        owner: people.anan.name,
        dueDate: monthsFromNow(1),
        status: 'planned',
      },
      {
        id: newId(),
        target: hazardTarget('flood'),
        ...measures.floodBoards,
        type: 'structural',
        owner: people.wichai.name,
        dueDate: monthsFromNow(3),
        status: 'planned',
      },
      {
        id: newId(),
        target: hazardTarget('fire'),
        ...measures.fireChecks,
        type: 'other',
        owner: people.wichai.name,
        status: 'in_progress',
      },
      {
        id: newId(),
        target: hazardTarget('flood'),
        ...measures.floodInsurance,
        type: 'insurance',
        owner: people.malee.name,
        dueDate: monthsFromNow(-4),
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
        { id: newId(), code: 'custom', text: emergency.firstActions.moveStockUp },
        { id: newId(), code: 'inform_customers', text: '' },
      ],
      activation: { ...emergency.activation },
      evacuation: { ...emergency.evacuation },
      safetyCheck: { method: 'messaging_app', note: emergency.safetyCheck.note },
    },
    contacts: {
      employees: [
        {
          id: id.somchai,
          name: people.somchai.name,
          role: people.somchai.role,
          mobile: people.somchai.mobile,
          emergencyContact: people.somchai.emergencyContact,
        },
        { id: id.malee, ...people.malee },
        { id: id.anan, ...people.anan },
        { id: id.ploy, ...people.ploy },
        { id: id.niran, ...people.niran },
        { id: id.kanya, ...people.kanya },
        { id: id.wichai, ...people.wichai },
        { id: id.suda, ...people.suda },
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
      { id: newId(), callerId: id.somchai, calleeIds: [id.malee, id.anan] },
      { id: newId(), callerId: id.malee, calleeIds: [id.ploy, id.wichai] },
      { id: newId(), callerId: id.anan, calleeIds: [id.niran, id.kanya] },
      { id: newId(), callerId: id.wichai, calleeIds: [id.suda] },
    ],
    kit: [
      { id: newId(), ...kit.firstAid, lastChecked: monthsFromNow(-1) },
      { id: newId(), ...kit.torches, lastChecked: monthsFromNow(-1) },
      { id: newId(), ...kit.printedPlan, lastChecked: monthsFromNow(-2) },
      { id: newId(), ...kit.water, lastChecked: monthsFromNow(-1) },
      { id: newId(), ...kit.powerBank, lastChecked: monthsFromNow(-1) },
    ],
    strategies: [
      {
        id: newId(),
        keyProductId: id.sauce,
        type: 'restore_on_site',
        ...strategies.sauceOnSite,
        owner: people.anan.name,
        achievableDays: 6,
      },
      {
        id: newId(),
        keyProductId: id.sauce,
        type: 'partner_mutual_aid',
        ...strategies.sauceMutualAid,
        owner: people.somchai.name,
        achievableDays: 4,
      },
      {
        id: newId(),
        keyProductId: id.crackers,
        type: 'stock_buffer',
        ...strategies.crackersStock,
        owner: people.wichai.name,
        achievableDays: 7,
      },
      {
        id: newId(),
        keyProductId: id.paste,
        type: 'manual_workaround',
        ...strategies.pasteByHand,
        owner: people.niran.name,
        achievableDays: 10,
      },
      {
        id: newId(),
        keyProductId: id.privateLabel,
        type: 'restore_on_site',
        ...strategies.privateLabelLater,
        owner: people.ploy.name,
        achievableDays: 21,
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
      credit: [{ id: newId(), ...finance.credit.overdraft }],
    },
    training: { frequencyMonths: 6, audience: t.training.audience },
    exercises: [
      {
        id: newId(),
        date: monthsFromNow(-3),
        type: 'tabletop',
        scenario: tabletop.scenario,
        participants: tabletop.participants,
        findings: tabletop.findings,
        actions: [
          { id: newId(), action: tabletop.actions.afterHoursNumbers, owner: people.ploy.name, due: monthsFromNow(-2), done: true },
          { id: newId(), action: tabletop.actions.stockArea, owner: people.wichai.name, due: monthsFromNow(1), done: false },
        ],
      },
    ],
    review: {
      frequencyMonths: 12,
      lastReviewed: monthsFromNow(-2),
      triggers: ['staff_change', 'new_product', 'supplier_change', 'after_incident', 'after_exercise'],
    },
    changeLog: [
      { id: newId(), date: monthsFromNow(-14), summary: changeLog.firstVersion, by: people.somchai.name },
      { id: newId(), date: monthsFromNow(-3), summary: changeLog.afterExercise, by: people.malee.name },
      { id: newId(), date: monthsFromNow(-2), summary: changeLog.yearlyReview, by: people.somchai.name },
    ],
    approval: { name: people.somchai.name, position: t.review.approval.position, date: monthsFromNow(-2) },
  };
  return planSchema.parse(plan);
}
