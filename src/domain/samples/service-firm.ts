import type { Plan } from '../plan';
import { buildExample, type ExampleData } from './example-builder';
import type { ExampleTexts } from './example-texts';

const ALL_SERVICES = ['payroll', 'monthlyBooks', 'yearEnd'];

/**
 * An accounting firm with 8 staff that runs payroll, keeps the books and files the taxes of about 120
 * small businesses. Its biggest risk is a cyber attack; the natural hazard is the one its locale's
 * office fears most. Its words are in locales/<lng>/examples/service-firm.json. It has no errors and
 * no warnings.
 */
export const SERVICE_FIRM: ExampleData = {
  name: 'service firm',
  revision: 2,
  industry: 'professional_services',
  employeeCount: 8,
  priorities: ['protect_people', 'meet_customer_obligations', 'social_responsibility'],
  selfCheckTicks: ['resources_and_bottlenecks'],
  leader: 'partner',
  deputy: 'deputy',
  teamSections: { payrollLead: 'payroll', officeManager: 'frontOffice', taxAccountant: 'tax' },
  keyProducts: {
    payroll: {
      rank: 1,
      reasons: ['contract_obligation', 'customer_loss_risk', 'social_necessity'],
      impact: { financial: 2, customers: 3, reputation: 3, legal: 3 },
      rto: { value: 2, unit: 'days' },
      minimumLevelPct: 100,
    },
    monthlyBooks: {
      rank: 2,
      reasons: ['revenue_share', 'contract_obligation'],
      impact: { financial: 3, customers: 2, reputation: 2, legal: 2 },
      rto: { value: 1, unit: 'weeks' },
      minimumLevelPct: 50,
    },
    yearEnd: {
      rank: 3,
      reasons: ['revenue_share'],
      impact: { financial: 2, customers: 1, reputation: 2, legal: 2 },
      rto: { value: 4, unit: 'weeks' },
      minimumLevelPct: 100,
    },
  },
  resources: {
    accountingSoftware: {
      category: 'it_data',
      usedBy: ALL_SERVICES,
      isBottleneck: true,
      substituteAvailable: false,
      supplier: 'softwareVendor',
    },
    clientFiles: { category: 'it_data', usedBy: ALL_SERVICES, isBottleneck: true, substituteAvailable: false },
    bankAccess: { category: 'it_data', usedBy: ['payroll', 'monthlyBooks'], isBottleneck: true, substituteAvailable: false },
    laptops: { category: 'equipment', usedBy: ALL_SERVICES, substituteAvailable: true, supplier: 'itShop' },
    internet: { category: 'telecom', usedBy: ['payroll', 'monthlyBooks'], substituteAvailable: true, supplier: 'internetProvider' },
    power: { category: 'utilities_power', usedBy: ['payroll', 'monthlyBooks'] },
    office: { category: 'premises', usedBy: ['monthlyBooks', 'yearEnd'] },
    accountants: { category: 'people_skills', usedBy: ALL_SERVICES, isBottleneck: true, substituteAvailable: true },
  },
  suppliers: {
    softwareVendor: { leadTimeDays: 0 },
    internetProvider: { alternate: 'mobileOperator', leadTimeDays: 3 },
    mobileOperator: { leadTimeDays: 0 },
    itShop: { leadTimeDays: 2 },
  },
  hazards: [
    { code: 'it_cyber', likelihood: 4, impact: 4 },
    { code: 'naturalHazard', likelihood: 2, impact: 4 },
    { code: 'supplier_failure', likelihood: 2, impact: 4 },
    { code: 'fire', likelihood: 2, impact: 4 },
    { code: 'power_outage', likelihood: 3, impact: 2 },
    { code: 'pandemic', likelihood: 2, impact: 3 },
  ],
  scenarios: {
    ransomware: { hazard: 'it_cyber', effects: { clientFiles: 2, laptops: 2, accountingSoftware: 1 } },
    powerOutage: { hazard: 'power_outage', effects: { power: 1, internet: 1 } },
  },
  measures: {
    backups: { target: { resource: 'clientFiles' }, type: 'backup', owner: 'officeManager', dueInMonths: -6, status: 'done' },
    twoFactor: { target: { resource: 'accountingSoftware' }, type: 'other', owner: 'officeManager', dueInMonths: -5, status: 'done' },
    secondToken: { target: { resource: 'bankAccess' }, type: 'backup', owner: 'partner', dueInMonths: 1, status: 'in_progress' },
    spareLaptops: { target: { resource: 'laptops' }, type: 'stockpile', owner: 'officeManager', dueInMonths: -2, status: 'done' },
    ups: { target: { resource: 'power' }, type: 'backup', owner: 'officeManager', dueInMonths: -8, status: 'done' },
    phishingTraining: { target: { hazard: 'it_cyber' }, type: 'other', owner: 'deputy', status: 'in_progress' },
    naturalHazard: { target: { hazard: 'naturalHazard' }, type: 'structural', owner: 'officeManager', dueInMonths: 3, status: 'planned' },
    cyberInsurance: { target: { hazard: 'it_cyber' }, type: 'insurance', owner: 'partner', dueInMonths: -7, status: 'done' },
  },
  firstActions: [
    { code: 'evacuate' },
    { code: 'call_emergency_services' },
    { code: 'give_first_aid' },
    { code: 'account_for_staff' },
    { code: 'protect_data', text: 'protectData' },
    { code: 'alert_bcp_leader' },
    { code: 'inform_customers' },
    { code: 'custom', text: 'payrollClients' },
  ],
  safetyCheckMethod: 'messaging_app',
  callTree: { partner: ['deputy', 'officeManager'], deputy: ['payrollLead', 'taxAccountant'], officeManager: ['bookkeeper', 'assistant'] },
  kitCheckedInMonths: { firstAid: -2, torches: -2, printedPlan: -1, backupDrive: 0 },
  strategies: {
    payrollRemote: { keyProduct: 'payroll', type: 'remote_work', owner: 'payrollLead', achievableDays: 1 },
    payrollPartner: { keyProduct: 'payroll', type: 'partner_mutual_aid', owner: 'partner', achievableDays: 2 },
    booksRemote: { keyProduct: 'monthlyBooks', type: 'remote_work', owner: 'deputy', achievableDays: 4 },
    yearEndLater: { keyProduct: 'yearEnd', type: 'restore_on_site', owner: 'taxAccountant', achievableDays: 14 },
  },
  trainingFrequencyMonths: 6,
  exercises: {
    ransomwareTabletop: {
      inMonths: -5,
      type: 'tabletop',
      actions: {
        offlinePayroll: { owner: 'payrollLead', dueInMonths: -4, done: true },
        tokenHolder: { owner: 'partner', dueInMonths: 1, done: false },
      },
    },
  },
  review: {
    frequencyMonths: 12,
    lastReviewedInMonths: -3,
    triggers: ['staff_change', 'supplier_change', 'after_incident', 'after_exercise'],
  },
  changeLog: {
    firstVersion: { inMonths: -15, by: 'partner' },
    afterExercise: { inMonths: -5, by: 'deputy' },
    yearlyReview: { inMonths: -3, by: 'partner' },
  },
  approvalInMonths: -3,
};

/** The service firm example in the language of `texts`, dated `now`. */
export const serviceFirmSample = (now: Date, texts: ExampleTexts): Plan => buildExample(SERVICE_FIRM, now, texts);
