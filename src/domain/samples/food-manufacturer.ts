import type { Plan } from '../plan';
import { buildExample, type ExampleData } from './example-builder';
import type { ExampleTexts } from './example-texts';

/**
 * A family-owned chilli sauce and snack maker, 26 staff, whose biggest risk is a flood. Its words
 * are in locales/<lng>/examples/food-manufacturer.json. It has no errors and no warnings.
 */
export const FOOD_MANUFACTURER: ExampleData = {
  name: 'food manufacturer',
  revision: 3,
  industry: 'food_manufacturing',
  employeeCount: 26,
  priorities: ['protect_people', 'meet_customer_obligations', 'protect_jobs', 'local_economy'],
  selfCheckTicks: ['resources_and_bottlenecks'],
  leader: 'somchai',
  deputy: 'malee',
  teamSections: { anan: 'kitchen', ploy: 'office', wichai: 'dispatch' },
  keyProducts: {
    sauce: {
      rank: 1,
      reasons: ['revenue_share', 'contract_obligation'],
      impact: { financial: 3, customers: 3, reputation: 3, legal: 2 },
      rto: { value: 7, unit: 'days' },
      minimumLevelPct: 60,
    },
    crackers: {
      rank: 2,
      reasons: ['revenue_share', 'customer_loss_risk'],
      impact: { financial: 2, customers: 3, reputation: 2, legal: 1 },
      rto: { value: 10, unit: 'days' },
      minimumLevelPct: 40,
    },
    paste: {
      rank: 3,
      reasons: ['customer_loss_risk', 'social_necessity'],
      impact: { financial: 2, customers: 2, reputation: 2, legal: 1 },
      rto: { value: 2, unit: 'weeks' },
      minimumLevelPct: 50,
    },
    privateLabel: {
      rank: 4,
      reasons: ['contract_obligation'],
      impact: { financial: 2, customers: 1, reputation: 2, legal: 2 },
      rto: { value: 4, unit: 'weeks' },
      minimumLevelPct: 100,
    },
  },
  resources: {
    retort: { category: 'equipment', usedBy: ['sauce', 'paste', 'privateLabel'], isBottleneck: true, substituteAvailable: false },
    fillingLine: { category: 'equipment', usedBy: ['sauce', 'privateLabel'], isBottleneck: true, substituteAvailable: true },
    coldRoom: {
      category: 'equipment',
      usedBy: ['sauce', 'crackers', 'paste', 'privateLabel'],
      isBottleneck: true,
      substituteAvailable: false,
    },
    chillies: {
      category: 'materials',
      usedBy: ['sauce', 'paste', 'privateLabel'],
      isBottleneck: true,
      substituteAvailable: true,
      supplier: 'chilliFarm',
    },
    bottles: { category: 'materials', usedBy: ['sauce', 'privateLabel'], supplier: 'bottleMaker' },
    fryingLine: { category: 'equipment', usedBy: ['crackers'], isBottleneck: true, substituteAvailable: false },
    flourAndPrawns: { category: 'materials', usedBy: ['crackers'], supplier: 'flourMill' },
    cooks: { category: 'people_skills', usedBy: ['sauce', 'paste', 'privateLabel'] },
    power: { category: 'utilities_power', usedBy: ['sauce', 'crackers', 'paste', 'privateLabel'] },
    groundFloor: { category: 'premises', usedBy: ['sauce', 'crackers', 'paste', 'privateLabel'] },
    trucks: { category: 'transport', usedBy: ['sauce', 'crackers', 'paste'] },
    orderSystem: { category: 'it_data', usedBy: ['sauce', 'crackers', 'paste', 'privateLabel'] },
  },
  suppliers: {
    chilliFarm: { alternate: 'marketWholesaler', leadTimeDays: 2 },
    marketWholesaler: { leadTimeDays: 1 },
    bottleMaker: { leadTimeDays: 14 },
    flourMill: { leadTimeDays: 5 },
  },
  hazards: [
    { code: 'flood', likelihood: 4, impact: 4 },
    { code: 'power_outage', likelihood: 4, impact: 3 },
    { code: 'fire', likelihood: 2, impact: 5 },
    { code: 'supplier_failure', likelihood: 3, impact: 3 },
    { code: 'pandemic', likelihood: 2, impact: 3 },
    { code: 'it_cyber', likelihood: 2, impact: 2 },
  ],
  scenarios: {
    flood: { hazard: 'flood', effects: { groundFloor: 5, power: 3, trucks: 4, chillies: 5, coldRoom: 5 } },
    powerOutage: { hazard: 'power_outage', effects: { power: 2, coldRoom: 1 } },
  },
  measures: {
    retortPlinth: { target: { resource: 'retort' }, type: 'structural', owner: 'anan', dueInMonths: 2, status: 'in_progress' },
    coldRoomAlarm: { target: { resource: 'coldRoom' }, type: 'backup', owner: 'anan', dueInMonths: -1, status: 'done' },
    generator: { target: { resource: 'power' }, type: 'backup', owner: 'somchai', dueInMonths: -2, status: 'done' },
    fryerSpares: { target: { resource: 'fryingLine' }, type: 'stockpile', owner: 'anan', dueInMonths: 1, status: 'planned' },
    floodBoards: { target: { hazard: 'flood' }, type: 'structural', owner: 'wichai', dueInMonths: 3, status: 'planned' },
    fireChecks: { target: { hazard: 'fire' }, type: 'other', owner: 'wichai', status: 'in_progress' },
    floodInsurance: { target: { hazard: 'flood' }, type: 'insurance', owner: 'malee', dueInMonths: -4, status: 'done' },
  },
  firstActions: [
    { code: 'evacuate' },
    { code: 'call_emergency_services' },
    { code: 'give_first_aid' },
    { code: 'account_for_staff' },
    { code: 'secure_site', text: 'secureSite' },
    { code: 'alert_bcp_leader' },
    { code: 'custom', text: 'moveStockUp' },
    { code: 'inform_customers' },
  ],
  safetyCheckMethod: 'messaging_app',
  callTree: { somchai: ['malee', 'anan'], malee: ['ploy', 'wichai'], anan: ['niran', 'kanya'], wichai: ['suda'] },
  kitCheckedInMonths: { firstAid: -1, torches: -1, printedPlan: -2, water: -1, powerBank: -1 },
  strategies: {
    sauceOnSite: { keyProduct: 'sauce', type: 'restore_on_site', owner: 'anan', achievableDays: 6 },
    sauceMutualAid: { keyProduct: 'sauce', type: 'partner_mutual_aid', owner: 'somchai', achievableDays: 4 },
    crackersStock: { keyProduct: 'crackers', type: 'stock_buffer', owner: 'wichai', achievableDays: 7 },
    pasteByHand: { keyProduct: 'paste', type: 'manual_workaround', owner: 'niran', achievableDays: 10 },
    privateLabelLater: { keyProduct: 'privateLabel', type: 'restore_on_site', owner: 'ploy', achievableDays: 21 },
  },
  trainingFrequencyMonths: 6,
  exercises: {
    floodTabletop: {
      inMonths: -3,
      type: 'tabletop',
      actions: {
        afterHoursNumbers: { owner: 'ploy', dueInMonths: -2, done: true },
        stockArea: { owner: 'wichai', dueInMonths: 1, done: false },
      },
    },
  },
  review: {
    frequencyMonths: 12,
    lastReviewedInMonths: -2,
    triggers: ['staff_change', 'new_product', 'supplier_change', 'after_incident', 'after_exercise'],
  },
  changeLog: {
    firstVersion: { inMonths: -14, by: 'somchai' },
    afterExercise: { inMonths: -3, by: 'malee' },
    yearlyReview: { inMonths: -2, by: 'somchai' },
  },
  approvalInMonths: -2,
};

/** The food manufacturer example in the language of `texts`, dated `now`. */
export const foodManufacturerSample = (now: Date, texts: ExampleTexts): Plan => buildExample(FOOD_MANUFACTURER, now, texts);
