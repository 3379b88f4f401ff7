import type { Plan } from '../plan';
import { buildExample, type ExampleData } from './example-builder';
import type { ExampleTexts } from './example-texts';

const ALL_PRODUCTS = ['dineIn', 'lunchBoxes', 'delivery'];

/**
 * A family restaurant with 12 staff that serves guests in its dining room, delivers lunch boxes to an
 * office under contract and sells through delivery apps. Its biggest risk is a kitchen fire; the
 * natural hazard is the one its locale's restaurant fears most after fire. Its words are in
 * locales/<lng>/examples/restaurant.json. It has no errors and no warnings.
 */
export const RESTAURANT: ExampleData = {
  name: 'restaurant',
  revision: 2,
  industry: 'restaurant_hospitality',
  employeeCount: 12,
  priorities: ['protect_people', 'meet_customer_obligations', 'protect_jobs'],
  selfCheckTicks: ['resources_and_bottlenecks'],
  leader: 'owner',
  deputy: 'manager',
  teamSections: { headCook: 'kitchen', floorLead: 'diningRoom', cashier: 'takeaway' },
  keyProducts: {
    dineIn: {
      rank: 1,
      reasons: ['revenue_share', 'customer_loss_risk'],
      impact: { financial: 3, customers: 3, reputation: 2, legal: 1 },
      rto: { value: 7, unit: 'days' },
      minimumLevelPct: 50,
    },
    lunchBoxes: {
      rank: 2,
      reasons: ['contract_obligation', 'revenue_share'],
      impact: { financial: 2, customers: 3, reputation: 3, legal: 2 },
      rto: { value: 3, unit: 'days' },
      minimumLevelPct: 100,
    },
    delivery: {
      rank: 3,
      reasons: ['customer_loss_risk'],
      impact: { financial: 2, customers: 2, reputation: 1, legal: 1 },
      rto: { value: 5, unit: 'days' },
      minimumLevelPct: 40,
    },
  },
  resources: {
    kitchenLine: { category: 'equipment', usedBy: ALL_PRODUCTS, isBottleneck: true, substituteAvailable: false },
    coldRoom: { category: 'equipment', usedBy: ALL_PRODUCTS, isBottleneck: true, substituteAvailable: true },
    gas: { category: 'utilities_water_gas', usedBy: ALL_PRODUCTS, isBottleneck: true, substituteAvailable: false, supplier: 'gasDealer' },
    power: { category: 'utilities_power', usedBy: ALL_PRODUCTS },
    cooks: { category: 'people_skills', usedBy: ALL_PRODUCTS, isBottleneck: true, substituteAvailable: true },
    freshFood: { category: 'materials', usedBy: ALL_PRODUCTS, substituteAvailable: true, supplier: 'produceWholesaler' },
    diningRoom: { category: 'premises', usedBy: ['dineIn'] },
    orderSystem: { category: 'it_data', usedBy: ['dineIn', 'delivery'] },
    packaging: { category: 'materials', usedBy: ['lunchBoxes', 'delivery'], supplier: 'packaging' },
  },
  suppliers: {
    produceWholesaler: { alternate: 'market', leadTimeDays: 1 },
    market: { leadTimeDays: 0 },
    gasDealer: { leadTimeDays: 1 },
    packaging: { leadTimeDays: 7 },
  },
  hazards: [
    { code: 'fire', likelihood: 3, impact: 5 },
    { code: 'naturalHazard', likelihood: 3, impact: 4 },
    { code: 'power_outage', likelihood: 3, impact: 3 },
    { code: 'pandemic', likelihood: 2, impact: 4 },
    { code: 'supplier_failure', likelihood: 2, impact: 3 },
    { code: 'it_cyber', likelihood: 2, impact: 2 },
  ],
  scenarios: {
    kitchenFire: { hazard: 'fire', effects: { kitchenLine: 3, gas: 3, diningRoom: 2, power: 1 } },
    powerOutage: { hazard: 'power_outage', effects: { power: 1, coldRoom: 1, orderSystem: 1 } },
  },
  measures: {
    hoodSuppression: { target: { resource: 'kitchenLine' }, type: 'structural', owner: 'owner', dueInMonths: 2, status: 'in_progress' },
    hoodCleaning: { target: { hazard: 'fire' }, type: 'other', owner: 'headCook', status: 'in_progress' },
    spareGas: { target: { resource: 'gas' }, type: 'stockpile', owner: 'headCook', dueInMonths: -3, status: 'done' },
    generator: { target: { resource: 'power' }, type: 'backup', owner: 'manager', dueInMonths: 3, status: 'planned' },
    naturalHazard: { target: { hazard: 'naturalHazard' }, type: 'structural', owner: 'floorLead', dueInMonths: 4, status: 'planned' },
    fireInsurance: { target: { hazard: 'fire' }, type: 'insurance', owner: 'manager', dueInMonths: -5, status: 'done' },
  },
  firstActions: [
    { code: 'evacuate' },
    { code: 'call_emergency_services' },
    { code: 'give_first_aid' },
    { code: 'account_for_staff' },
    { code: 'secure_site', text: 'secureSite' },
    { code: 'alert_bcp_leader' },
    { code: 'custom', text: 'pauseOnlineOrders' },
    { code: 'inform_customers' },
  ],
  safetyCheckMethod: 'messaging_app',
  callTree: { owner: ['manager', 'headCook'], manager: ['floorLead', 'cashier'], headCook: ['cook'], floorLead: ['server'] },
  kitCheckedInMonths: { firstAid: -1, fireBlanket: -1, torches: -2, printedPlan: -2 },
  strategies: {
    dineInOnSite: { keyProduct: 'dineIn', type: 'restore_on_site', owner: 'owner', achievableDays: 6 },
    lunchBoxesPartner: { keyProduct: 'lunchBoxes', type: 'partner_mutual_aid', owner: 'headCook', achievableDays: 2 },
    deliveryShortMenu: { keyProduct: 'delivery', type: 'manual_workaround', owner: 'cashier', achievableDays: 4 },
  },
  trainingFrequencyMonths: 6,
  exercises: {
    fireTabletop: {
      inMonths: -4,
      type: 'tabletop',
      actions: {
        gasValve: { owner: 'headCook', dueInMonths: -3, done: true },
        pauseCard: { owner: 'cashier', dueInMonths: 1, done: false },
      },
    },
  },
  review: {
    frequencyMonths: 12,
    lastReviewedInMonths: -1,
    triggers: ['staff_change', 'supplier_change', 'after_incident', 'after_exercise', 'site_change'],
  },
  changeLog: {
    firstVersion: { inMonths: -13, by: 'owner' },
    afterExercise: { inMonths: -4, by: 'manager' },
    yearlyReview: { inMonths: -1, by: 'owner' },
  },
  approvalInMonths: -1,
};

/** The restaurant example in the language of `texts`, dated `now`. */
export const restaurantSample = (now: Date, texts: ExampleTexts): Plan => buildExample(RESTAURANT, now, texts);
