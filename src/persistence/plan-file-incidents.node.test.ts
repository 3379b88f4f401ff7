import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  addLogLine,
  closeIncident,
  markSafety,
  startIncident,
  toggleFirstAction,
  toggleNotified,
  type ClosingWords,
  type Plan,
} from '../domain';
import { samplePlan } from '../domain/testing/builders';
import { parsePlanFile, serializePlanFile } from './plan-file';

const WORDS: ClosingWords = {
  whatHappened: 'Tabletop: flood',
  lessonQuestions: { worked: 'What worked?', didNotWork: 'What did not work?', toChange: 'What will we change?' },
  formatList: (names) => names.join(', '),
};

/** The sample plan after a flood (still open) and a closed tabletop exercise, with a mark of every kind. */
function planWithIncidents(): Plan {
  const at = (minutes: number) => new Date(Date.UTC(2026, 11, 6, 8, minutes));
  const base = samplePlan();
  const flood = startIncident(base, { kind: 'incident', hazardId: base.hazards[0]?.id ?? null, description: 'Water at the door', exerciseType: null }, at(0), 'Somchai');
  let plan = toggleFirstAction(flood.plan, flood.incidentId, base.emergency.firstActions[0]?.id ?? '', at(1), 'Somchai');
  plan = markSafety(plan, flood.incidentId, base.contacts.employees[1]?.id ?? '', 'not_reached', at(2), 'Somchai');
  plan = toggleNotified(plan, flood.incidentId, base.suppliers[0]?.id ?? '', at(3), 'Malee');
  plan = addLogLine(plan, flood.incidentId, 'กระแสไฟดับ ย้ายสินค้าขึ้นชั้นสอง', at(4), 'มาลี');
  const drill = startIncident(plan, { kind: 'exercise', hazardId: null, description: 'Fire in the kitchen', exerciseType: 'tabletop' }, at(10), 'Malee');
  return closeIncident(drill.plan, drill.incidentId, { worked: 'Everyone knew the meeting point', didNotWork: 'Two old numbers', toChange: 'Check numbers monthly' }, at(40), 'Malee', WORDS);
}

describe('plan files with incidents', () => {
  it('keep every incident, mark, log line and lesson through export and import', () => {
    const plan = planWithIncidents();
    const [imported] = parsePlanFile(serializePlanFile([plan]));
    expect(imported).toEqual(plan);
    expect(imported?.incidents).toHaveLength(2);
    expect(imported?.changeLog.filter((entry) => entry.incidentId !== null).map((entry) => entry.lesson)).toEqual(['worked', 'didNotWork', 'toChange']);
    expect(imported?.exercises.at(-1)).toMatchObject({ type: 'tabletop', incidentId: plan.incidents[1]?.id });
  });

  it('still import from an older app that knew no incidents, with none', () => {
    const text = readFileSync(join(import.meta.dirname, '../../e2e/fixtures/plans/schema-v3.bcp.json'), 'utf8');
    const raw = (JSON.parse(text) as { plans: Record<string, unknown>[] }).plans;
    expect(raw.every((plan) => !('incidents' in plan))).toBe(true);
    const plans = parsePlanFile(text);
    expect(plans.length).toBeGreaterThan(0);
    for (const plan of plans) {
      expect(plan.incidents).toEqual([]);
      expect(plan.changeLog.every((entry) => entry.incidentId === null && entry.lesson === null)).toBe(true);
    }
  });
});
