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
const supplierWithEmail = () => z.strictObject({ name: words(), supplies: words(), contactName: words(), phone: words(), email: words() });

/**
 * Every piece of text of the service firm example, in one language: the content of
 * locales/<lng>/examples/service-firm.json. Strings only; amounts of money are plain digits. The
 * natural hazard is the code of the one the locale's office fears most.
 */
export const serviceFirmTextsSchema = z.strictObject({
  company: z.strictObject({ name: words(), address: words() }),
  sites: z.strictObject({ office: z.strictObject({ name: words(), address: words() }) }),
  naturalHazard: naturalHazard(),
  purpose: z.strictObject({ statement: words() }),
  scope: z.strictObject({
    sections: z.strictObject({ payroll: section(), bookkeeping: section(), tax: section(), frontOffice: section() }),
    exclusions: words(),
  }),
  people: z.strictObject({
    partner: person({ email: words(), emergencyContact: words() }),
    deputy: person({ emergencyContact: words() }),
    payrollLead: person({ altPhone: words(), emergencyContact: words() }),
    officeManager: person({ emergencyContact: words() }),
    taxAccountant: person({}),
    bookkeeper: person({}),
    assistant: person({}),
  }),
  team: z.strictObject({
    leader: z.strictObject({ position: words(), authority: words() }),
    members: z.strictObject({
      payrollLead: z.strictObject({ role: words() }),
      officeManager: z.strictObject({ role: words() }),
      taxAccountant: z.strictObject({ role: words() }),
    }),
  }),
  keyProducts: z.strictObject({ payroll: product(), monthlyBooks: product(), yearEnd: product() }),
  resources: z.strictObject({
    accountingSoftware: z.strictObject({ name: words(), quantity: words(), substituteNote: words() }),
    clientFiles: z.strictObject({ name: words(), quantity: words() }),
    bankAccess: z.strictObject({ name: words(), quantity: words() }),
    laptops: z.strictObject({ name: words(), quantity: words(), substituteNote: words() }),
    internet: z.strictObject({ name: words(), quantity: words(), substituteNote: words() }),
    power: named(),
    office: named(),
    accountants: z.strictObject({ name: words(), quantity: words(), substituteNote: words() }),
  }),
  suppliers: z.strictObject({
    softwareVendor: supplierWithEmail(),
    internetProvider: supplier(),
    mobileOperator: supplier(),
    itShop: supplierWithEmail(),
  }),
  scenarios: z.strictObject({
    ransomware: z.strictObject({ description: words() }),
    powerOutage: z.strictObject({ description: words() }),
  }),
  measures: z.strictObject({
    backups: measure(),
    twoFactor: measure(),
    secondToken: measure(),
    spareLaptops: measure(),
    ups: measure(),
    phishingTraining: z.strictObject({ action: words() }),
    naturalHazard: measure(),
    cyberInsurance: measure(),
  }),
  emergency: z.strictObject({
    firstActions: z.strictObject({ protectData: words(), payrollClients: words() }),
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
  kit: z.strictObject({ firstAid: kitItem(), torches: kitItem(), printedPlan: kitItem(), backupDrive: kitItem() }),
  strategies: z.strictObject({
    payrollRemote: strategy(),
    payrollPartner: strategy(),
    booksRemote: strategy(),
    yearEndLater: strategy(),
  }),
  finance: z.strictObject({
    currency: currency(),
    monthlyFixedCosts: amount(),
    cashOnHand: amount(),
    estimatedRecoveryCost: amount(),
    insurance: z.strictObject({ officeContents: policy(), cyber: policy() }),
    credit: z.strictObject({ overdraft: z.strictObject({ lender: words(), type: words(), amount: amount() }) }),
  }),
  training: z.strictObject({ audience: words() }),
  exercises: z.strictObject({
    ransomwareTabletop: z.strictObject({
      scenario: words(),
      participants: words(),
      findings: words(),
      actions: z.strictObject({ offlinePayroll: words(), tokenHolder: words() }),
    }),
  }),
  review: z.strictObject({
    changeLog: z.strictObject({ firstVersion: words(), afterExercise: words(), yearlyReview: words() }),
    approval: z.strictObject({ position: words() }),
  }),
});

/** The service firm example's texts file as translators write it: strings only. */
export type ServiceFirmTexts = z.input<typeof serviceFirmTextsSchema>;

/**
 * A complete example plan: an accounting firm with 8 staff that runs payroll, keeps the books and
 * files the taxes of about 120 small businesses. Its biggest risk is a cyber attack. The structure
 * (ids, ranks, codes, recovery times, scores, dates, links between records) is the same in every
 * language; every word, name, address, phone number, currency and amount of money comes from
 * `texts` (locales/<lng>/examples/service-firm.json). Every record gets a fresh id on each call;
 * dates are relative to `now`. It has no errors and no warnings.
 */
export function serviceFirmSample(now: Date, texts: ServiceFirmTexts): Plan {
  const t = parseTexts(serviceFirmTextsSchema, texts, 'service firm');
  const { people, resources, suppliers, measures, emergency, kit, strategies, finance } = t;
  const { sections } = t.scope;
  const { members } = t.team;
  const external = t.externalContacts;
  const tabletop = t.exercises.ransomwareTabletop;
  const { changeLog } = t.review;
  const monthsFromNow = monthsFrom(now);
  const id = {
    payroll: newId(),
    monthlyBooks: newId(),
    yearEnd: newId(),
    softwareVendor: newId(),
    internetProvider: newId(),
    mobileOperator: newId(),
    itShop: newId(),
    accountingSoftware: newId(),
    clientFiles: newId(),
    bankAccess: newId(),
    laptops: newId(),
    internet: newId(),
    power: newId(),
    office: newId(),
    accountants: newId(),
    partner: newId(),
    deputy: newId(),
    payrollLead: newId(),
    officeManager: newId(),
    taxAccountant: newId(),
    bookkeeper: newId(),
    assistant: newId(),
  };
  const allServices = [id.payroll, id.monthlyBooks, id.yearEnd];
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
      industry: 'professional_services',
      employeeCount: 8,
      sites: [{ id: newId(), ...t.sites.office }],
    },
    purpose: {
      priorities: ['protect_people', 'meet_customer_obligations', 'social_responsibility'],
      statement: t.purpose.statement,
    },
    scope: {
      sections: [
        { id: newId(), ...sections.payroll },
        { id: newId(), ...sections.bookkeeping },
        { id: newId(), ...sections.tax },
        { id: newId(), ...sections.frontOffice },
      ],
      exclusions: t.scope.exclusions,
    },
    team: {
      leader: {
        employeeId: id.partner,
        position: t.team.leader.position,
        email: people.partner.email,
        authority: t.team.leader.authority,
      },
      deputy: { employeeId: id.deputy },
      members: [
        { id: newId(), name: people.payrollLead.name, role: members.payrollLead.role, section: sections.payroll.name, phone: people.payrollLead.mobile },
        {
          id: newId(),
          name: people.officeManager.name,
          role: members.officeManager.role,
          section: sections.frontOffice.name,
          phone: people.officeManager.mobile,
        },
        { id: newId(), name: people.taxAccountant.name, role: members.taxAccountant.role, section: sections.tax.name, phone: people.taxAccountant.mobile },
      ],
    },
    keyProducts: [
      {
        id: id.payroll,
        ...t.keyProducts.payroll,
        rank: 1,
        reasons: ['contract_obligation', 'customer_loss_risk', 'social_necessity'],
        impact: { financial: 2, customers: 3, reputation: 3, legal: 3 },
        rto: { value: 2, unit: 'days' },
        minimumLevelPct: 100,
      },
      {
        id: id.monthlyBooks,
        ...t.keyProducts.monthlyBooks,
        rank: 2,
        reasons: ['revenue_share', 'contract_obligation'],
        impact: { financial: 3, customers: 2, reputation: 2, legal: 2 },
        rto: { value: 1, unit: 'weeks' },
        minimumLevelPct: 50,
      },
      {
        id: id.yearEnd,
        ...t.keyProducts.yearEnd,
        rank: 3,
        reasons: ['revenue_share'],
        impact: { financial: 2, customers: 1, reputation: 2, legal: 2 },
        rto: { value: 4, unit: 'weeks' },
        minimumLevelPct: 100,
      },
    ],
    resources: [
      {
        id: id.accountingSoftware,
        category: 'it_data',
        ...resources.accountingSoftware,
        usedBy: allServices,
        isBottleneck: true,
        substituteAvailable: false,
        supplierId: id.softwareVendor,
      },
      {
        id: id.clientFiles,
        category: 'it_data',
        ...resources.clientFiles,
        usedBy: allServices,
        isBottleneck: true,
        substituteAvailable: false,
      },
      {
        id: id.bankAccess,
        category: 'it_data',
        ...resources.bankAccess,
        usedBy: [id.payroll, id.monthlyBooks],
        isBottleneck: true,
        substituteAvailable: false,
      },
      {
        id: id.laptops,
        category: 'equipment',
        ...resources.laptops,
        usedBy: allServices,
        substituteAvailable: true,
        supplierId: id.itShop,
      },
      {
        id: id.internet,
        category: 'telecom',
        ...resources.internet,
        usedBy: [id.payroll, id.monthlyBooks],
        substituteAvailable: true,
        supplierId: id.internetProvider,
      },
      { id: id.power, category: 'utilities_power', ...resources.power, usedBy: [id.payroll, id.monthlyBooks] },
      { id: id.office, category: 'premises', ...resources.office, usedBy: [id.monthlyBooks, id.yearEnd] },
      {
        id: id.accountants,
        category: 'people_skills',
        ...resources.accountants,
        usedBy: allServices,
        isBottleneck: true,
        substituteAvailable: true,
      },
    ],
    suppliers: [
      { id: id.softwareVendor, ...suppliers.softwareVendor, leadTimeDays: 0 },
      { id: id.internetProvider, ...suppliers.internetProvider, alternateSupplierId: id.mobileOperator, leadTimeDays: 3 },
      { id: id.mobileOperator, ...suppliers.mobileOperator, leadTimeDays: 0 },
      { id: id.itShop, ...suppliers.itShop, leadTimeDays: 2 },
    ],
    hazards: [
      { id: newId(), code: 'it_cyber', likelihood: 4, impact: 4 },
      { id: newId(), code: t.naturalHazard, likelihood: 2, impact: 4 },
      { id: newId(), code: 'supplier_failure', likelihood: 2, impact: 4 },
      { id: newId(), code: 'fire', likelihood: 2, impact: 4 },
      { id: newId(), code: 'power_outage', likelihood: 3, impact: 2 },
      { id: newId(), code: 'pandemic', likelihood: 2, impact: 3 },
    ],
    scenarios: [
      {
        id: newId(),
        hazardCode: 'it_cyber',
        description: t.scenarios.ransomware.description,
        effects: [
          { id: newId(), resourceId: id.clientFiles, unavailableDays: 2 },
          { id: newId(), resourceId: id.laptops, unavailableDays: 2 },
          { id: newId(), resourceId: id.accountingSoftware, unavailableDays: 1 },
        ],
      },
      {
        id: newId(),
        hazardCode: 'power_outage',
        description: t.scenarios.powerOutage.description,
        effects: [
          { id: newId(), resourceId: id.power, unavailableDays: 1 },
          { id: newId(), resourceId: id.internet, unavailableDays: 1 },
        ],
      },
    ],
    measures: [
      {
        id: newId(),
        target: id.clientFiles,
        ...measures.backups,
        type: 'backup',
        owner: people.officeManager.name,
        dueDate: monthsFromNow(-6),
        status: 'done',
      },
      {
        id: newId(),
        target: id.accountingSoftware,
        ...measures.twoFactor,
        type: 'other',
        owner: people.officeManager.name,
        dueDate: monthsFromNow(-5),
        status: 'done',
      },
      {
        id: newId(),
        target: id.bankAccess,
        ...measures.secondToken,
        type: 'backup',
        owner: people.partner.name,
        dueDate: monthsFromNow(1),
        status: 'in_progress',
      },
      {
        id: newId(),
        target: id.laptops,
        ...measures.spareLaptops,
        type: 'stockpile',
        owner: people.officeManager.name,
        dueDate: monthsFromNow(-2),
        status: 'done',
      },
      {
        id: newId(),
        target: id.power,
        ...measures.ups,
        type: 'backup',
        owner: people.officeManager.name,
        dueDate: monthsFromNow(-8),
        status: 'done',
      },
      {
        id: newId(),
        target: hazardTarget('it_cyber'),
        ...measures.phishingTraining,
        type: 'other',
        owner: people.deputy.name,
        status: 'in_progress',
      },
      {
        id: newId(),
        target: hazardTarget(t.naturalHazard),
        ...measures.naturalHazard,
        type: 'structural',
        owner: people.officeManager.name,
        dueDate: monthsFromNow(3),
        status: 'planned',
      },
      {
        id: newId(),
        target: hazardTarget('it_cyber'),
        ...measures.cyberInsurance,
        type: 'insurance',
        owner: people.partner.name,
        dueDate: monthsFromNow(-7),
        status: 'done',
      },
    ],
    emergency: {
      firstActions: [
        { id: newId(), code: 'evacuate', text: '' },
        { id: newId(), code: 'call_emergency_services', text: '' },
        { id: newId(), code: 'give_first_aid', text: '' },
        { id: newId(), code: 'account_for_staff', text: '' },
        { id: newId(), code: 'protect_data', text: emergency.firstActions.protectData },
        { id: newId(), code: 'alert_bcp_leader', text: '' },
        { id: newId(), code: 'inform_customers', text: '' },
        { id: newId(), code: 'custom', text: emergency.firstActions.payrollClients },
      ],
      activation: { ...emergency.activation },
      evacuation: { ...emergency.evacuation },
      safetyCheck: { method: 'messaging_app', note: emergency.safetyCheck.note },
    },
    contacts: {
      employees: [
        {
          id: id.partner,
          name: people.partner.name,
          role: people.partner.role,
          mobile: people.partner.mobile,
          emergencyContact: people.partner.emergencyContact,
        },
        { id: id.deputy, ...people.deputy },
        { id: id.payrollLead, ...people.payrollLead },
        { id: id.officeManager, ...people.officeManager },
        { id: id.taxAccountant, ...people.taxAccountant },
        { id: id.bookkeeper, ...people.bookkeeper },
        { id: id.assistant, ...people.assistant },
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
      { id: newId(), callerId: id.partner, calleeIds: [id.deputy, id.officeManager] },
      { id: newId(), callerId: id.deputy, calleeIds: [id.payrollLead, id.taxAccountant] },
      { id: newId(), callerId: id.officeManager, calleeIds: [id.bookkeeper, id.assistant] },
    ],
    kit: [
      { id: newId(), ...kit.firstAid, lastChecked: monthsFromNow(-2) },
      { id: newId(), ...kit.torches, lastChecked: monthsFromNow(-2) },
      { id: newId(), ...kit.printedPlan, lastChecked: monthsFromNow(-1) },
      { id: newId(), ...kit.backupDrive, lastChecked: monthsFromNow(0) },
    ],
    strategies: [
      {
        id: newId(),
        keyProductId: id.payroll,
        type: 'remote_work',
        ...strategies.payrollRemote,
        owner: people.payrollLead.name,
        achievableDays: 1,
      },
      {
        id: newId(),
        keyProductId: id.payroll,
        type: 'partner_mutual_aid',
        ...strategies.payrollPartner,
        owner: people.partner.name,
        achievableDays: 2,
      },
      {
        id: newId(),
        keyProductId: id.monthlyBooks,
        type: 'remote_work',
        ...strategies.booksRemote,
        owner: people.deputy.name,
        achievableDays: 4,
      },
      {
        id: newId(),
        keyProductId: id.yearEnd,
        type: 'restore_on_site',
        ...strategies.yearEndLater,
        owner: people.taxAccountant.name,
        achievableDays: 14,
      },
    ],
    finance: {
      monthlyFixedCosts: finance.monthlyFixedCosts,
      cashOnHand: finance.cashOnHand,
      currency: finance.currency,
      estimatedRecoveryCost: finance.estimatedRecoveryCost,
      insurance: [
        { id: newId(), ...finance.insurance.officeContents, insurer: external.insurer.organisation, phone: external.insurer.phone },
        { id: newId(), ...finance.insurance.cyber, insurer: external.insurer.organisation, phone: external.insurer.phone },
      ],
      credit: [{ id: newId(), ...finance.credit.overdraft }],
    },
    training: { frequencyMonths: 6, audience: t.training.audience },
    exercises: [
      {
        id: newId(),
        date: monthsFromNow(-5),
        type: 'tabletop',
        scenario: tabletop.scenario,
        participants: tabletop.participants,
        findings: tabletop.findings,
        actions: [
          { id: newId(), action: tabletop.actions.offlinePayroll, owner: people.payrollLead.name, due: monthsFromNow(-4), done: true },
          { id: newId(), action: tabletop.actions.tokenHolder, owner: people.partner.name, due: monthsFromNow(1), done: false },
        ],
      },
    ],
    review: {
      frequencyMonths: 12,
      lastReviewed: monthsFromNow(-3),
      triggers: ['staff_change', 'supplier_change', 'after_incident', 'after_exercise'],
    },
    changeLog: [
      { id: newId(), date: monthsFromNow(-15), summary: changeLog.firstVersion, by: people.partner.name },
      { id: newId(), date: monthsFromNow(-5), summary: changeLog.afterExercise, by: people.deputy.name },
      { id: newId(), date: monthsFromNow(-3), summary: changeLog.yearlyReview, by: people.partner.name },
    ],
    approval: { name: people.partner.name, position: t.review.approval.position, date: monthsFromNow(-3) },
  };
  return planSchema.parse(plan);
}
