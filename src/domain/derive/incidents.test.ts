import { describe, expect, it } from 'vitest';
import { planSchema, type Plan } from '../plan';
import { planIssues } from '../rules';
import { blankPlan, callLink, employee, hazard, keyProduct, samplePlan, supplier, TODAY } from '../testing/builders';
import {
  addLogLine,
  closeIncident,
  currentSafety,
  incidentParticipants,
  markSafety,
  nextToCall,
  openIncidents,
  peopleToTell,
  recoveryClocks,
  startIncident,
  toggleFirstAction,
  toggleNotified,
  type ClosingWords,
  type IncidentStart,
} from './incidents';
import { planProgress, stepState } from './progress';
import { selfCheck } from './self-check';

const at = (minutes: number): Date => new Date(Date.UTC(2026, 11, 6, 8, minutes));
const FLOOD: Omit<IncidentStart, 'hazardId'> = { kind: 'incident', description: '', exerciseType: null };

const WORDS: ClosingWords = {
  whatHappened: 'Flood: water in the store room',
  lessonQuestions: { worked: 'What worked?', didNotWork: 'What did not work?', toChange: 'What will we change?' },
  formatList: (names) => names.join(' / '),
};

function floodPlan(): { plan: Plan; incidentId: string } {
  const plan = samplePlan();
  const flood = plan.hazards.find((candidate) => candidate.code === 'flood');
  return startIncident(plan, { ...FLOOD, hazardId: flood?.id ?? null }, at(0), 'Somchai');
}

const incidentOf = (plan: Plan, incidentId: string) => {
  const found = plan.incidents.find((incident) => incident.id === incidentId);
  if (!found) throw new Error(`no incident ${incidentId}`);
  return found;
};

/** A deep copy, to show a function left the plan it was given as it was. */
const snapshot = (plan: Plan): unknown => JSON.parse(JSON.stringify(plan));

describe('startIncident', () => {
  it('opens an incident for one of the plan hazards, with its start time and who started it, and leaves the plan given unchanged', () => {
    const plan = samplePlan();
    const before = snapshot(plan);
    const flood = plan.hazards[0];
    const { plan: next, incidentId } = startIncident(plan, { ...FLOOD, hazardId: flood?.id ?? null, description: ' Water at the door ' }, at(0), ' Somchai ');
    expect(snapshot(plan)).toEqual(before);
    expect(next.incidents).toHaveLength(1);
    expect(incidentOf(next, incidentId)).toMatchObject({
      kind: 'incident',
      hazardId: flood?.id,
      description: 'Water at the door',
      startedAt: '2026-12-06T08:00:00.000Z',
      startedBy: 'Somchai',
      closedAt: '',
      exerciseType: null,
    });
    expect(planSchema.safeParse(next).success).toBe(true);
  });

  it('opens "something else" with its line of text, and a drill with its exercise type', () => {
    const plan = samplePlan();
    const other = startIncident(plan, { ...FLOOD, hazardId: null, description: 'Burst water pipe' }, at(0), 'Malee');
    expect(incidentOf(other.plan, other.incidentId)).toMatchObject({ hazardId: null, description: 'Burst water pipe' });
    const drill = startIncident(other.plan, { kind: 'exercise', hazardId: plan.hazards[0]?.id ?? null, description: '', exerciseType: 'tabletop' }, at(5), 'Malee');
    expect(drill.plan.incidents).toHaveLength(2);
    expect(incidentOf(drill.plan, drill.incidentId)).toMatchObject({ kind: 'exercise', exerciseType: 'tabletop' });
  });

  it.each([
    ['a hazard the plan does not have', { ...FLOOD, hazardId: 'no-such-hazard' }],
    ['"something else" without a line of text', { ...FLOOD, hazardId: null, description: '   ' }],
    ['an exercise without its type', { kind: 'exercise', hazardId: null, description: 'Fire drill', exerciseType: null }],
  ] as const)('refuses %s', (_what, start) => {
    expect(() => startIncident(samplePlan(), start, at(0), 'Somchai')).toThrow(RangeError);
  });
});

describe('openIncidents', () => {
  it('lists the open incidents, the most recently started first, and drops a closed one', () => {
    const first = floodPlan();
    const second = startIncident(first.plan, { ...FLOOD, hazardId: null, description: 'Power cut' }, at(30), 'Malee');
    const third = startIncident(second.plan, { ...FLOOD, hazardId: null, description: 'Road closed' }, at(10), 'Malee');
    expect(openIncidents(third.plan).map((incident) => incident.id)).toEqual([second.incidentId, third.incidentId, first.incidentId]);
    const closed = closeIncident(third.plan, second.incidentId, { worked: '', didNotWork: '', toChange: '' }, at(40), 'Malee', WORDS);
    expect(openIncidents(closed).map((incident) => incident.id)).toEqual([third.incidentId, first.incidentId]);
  });
});

describe('toggleFirstAction', () => {
  it('ticks a first action with its time and name, and a second tap takes the tick away', () => {
    const { plan, incidentId } = floodPlan();
    const [evacuate] = plan.emergency.firstActions;
    const ticked = toggleFirstAction(plan, incidentId, evacuate?.id ?? '', at(3), 'Anan');
    expect(incidentOf(ticked, incidentId).firstActionsDone).toEqual([
      { id: expect.any(String), firstActionId: evacuate?.id, at: '2026-12-06T08:03:00.000Z', by: 'Anan' },
    ]);
    expect(incidentOf(plan, incidentId).firstActionsDone).toEqual([]);
    const unticked = toggleFirstAction(ticked, incidentId, evacuate?.id ?? '', at(4), 'Anan');
    expect(incidentOf(unticked, incidentId).firstActionsDone).toEqual([]);
  });

  it('records nothing for an action the plan does not have, an unknown incident or a closed one', () => {
    const { plan, incidentId } = floodPlan();
    const actionId = plan.emergency.firstActions[0]?.id ?? '';
    expect(toggleFirstAction(plan, incidentId, 'no-such-action', at(3), 'Anan')).toBe(plan);
    expect(toggleFirstAction(plan, 'no-such-incident', actionId, at(3), 'Anan')).toBe(plan);
    const closed = closeIncident(plan, incidentId, { worked: '', didNotWork: '', toChange: '' }, at(9), 'Anan', WORDS);
    expect(toggleFirstAction(closed, incidentId, actionId, at(10), 'Anan')).toBe(closed);
  });
});

describe('markSafety and currentSafety', () => {
  it('keeps every mark, and the latest one for a person is the current one', () => {
    const { plan, incidentId } = floodPlan();
    const [somchai, malee] = plan.contacts.employees;
    let next = markSafety(plan, incidentId, malee?.id ?? '', 'not_reached', at(5), 'Somchai');
    next = markSafety(next, incidentId, somchai?.id ?? '', 'safe', at(6), 'Somchai');
    next = markSafety(next, incidentId, malee?.id ?? '', 'safe', at(12), 'Anan');
    const incident = incidentOf(next, incidentId);
    expect(incident.safety.map((mark) => mark.status)).toEqual(['not_reached', 'safe', 'safe']);
    const current = currentSafety(incident);
    expect(current.size).toBe(2);
    expect(current.get(malee?.id ?? '')).toMatchObject({ status: 'safe', at: '2026-12-06T08:12:00.000Z', by: 'Anan' });
    expect(current.get(somchai?.id ?? '')).toMatchObject({ status: 'safe', by: 'Somchai' });
  });

  it('goes by the time of the marks, whatever their order in the list', () => {
    const { plan, incidentId } = floodPlan();
    const personId = plan.contacts.employees[0]?.id ?? '';
    const late = { id: 'm-2', employeeId: personId, status: 'needs_help' as const, at: at(20).toISOString(), by: 'Malee' };
    const early = { id: 'm-1', employeeId: personId, status: 'safe' as const, at: at(5).toISOString(), by: 'Somchai' };
    expect(currentSafety({ ...incidentOf(plan, incidentId), safety: [late, early] }).get(personId)?.status).toBe('needs_help');
  });

  it('records nothing for the same status again or for someone not on the staff list', () => {
    const { plan, incidentId } = floodPlan();
    const personId = plan.contacts.employees[0]?.id ?? '';
    const marked = markSafety(plan, incidentId, personId, 'safe', at(5), 'Somchai');
    expect(markSafety(marked, incidentId, personId, 'safe', at(6), 'Somchai')).toBe(marked);
    expect(markSafety(marked, incidentId, 'no-such-person', 'safe', at(6), 'Somchai')).toBe(marked);
  });
});

describe('nextToCall', () => {
  it('gives the people this person calls in the call tree, each once, in order', () => {
    const plan = blankPlan();
    const [a, b, c, d] = [employee({ name: 'A' }), employee({ name: 'B' }), employee({ name: 'C' }), employee({ name: 'D' })];
    plan.contacts.employees = [a, b, c, d];
    plan.callTree = [
      callLink({ callerId: a.id, calleeIds: [c.id, b.id] }),
      callLink({ callerId: b.id, calleeIds: [d.id] }),
      callLink({ callerId: a.id, calleeIds: [b.id, 'removed-person', a.id] }),
    ];
    expect(nextToCall(plan, a.id).map((person) => person.name)).toEqual(['C', 'B']);
    expect(nextToCall(plan, b.id).map((person) => person.name)).toEqual(['D']);
    expect(nextToCall(plan, d.id)).toEqual([]);
  });

  it('follows the sample plan: the owner calls two people', () => {
    const plan = samplePlan();
    expect(nextToCall(plan, plan.contacts.employees[0]?.id ?? '').map((person) => person.name)).toEqual(['Malee Rattanakul', 'Anan Srisuk']);
  });
});

describe('peopleToTell', () => {
  it('lists customers, then suppliers, then the other external contacts, with the person to ask for', () => {
    const plan = samplePlan();
    const people = peopleToTell(plan);
    expect(people[0]).toMatchObject({ kind: 'customer', name: 'Sabai Mart supermarkets, buying office', detail: 'Khun David', phone: '+66 2 000 2000 x 3412' });
    expect(people.slice(1, 5).map((person) => [person.kind, person.name, person.detail])).toEqual(
      plan.suppliers.map((one) => ['supplier', one.name, one.contactName]),
    );
    expect(people.slice(5).every((person) => person.kind === 'external')).toBe(true);
    expect(people.find((person) => person.name === 'Fire and rescue')).toMatchObject({ detail: '', phone: '199' });
    expect(people).toHaveLength(plan.suppliers.length + plan.contacts.external.length);
  });

  it('counts an external supplier as a supplier, names a contact by its person when it has no organisation, and skips empty rows', () => {
    const plan = blankPlan();
    plan.suppliers = [supplier({ name: 'Flour Mill', phone: '02 000 1111' }), supplier({})];
    plan.contacts.external = [
      { id: 'x-1', category: 'supplier', organisation: 'Packaging Co', person: '', phone: '02 000 2222', email: '' },
      { id: 'x-2', category: 'insurer', organisation: '', person: 'Ms Lee', phone: '02 000 3333', email: '' },
      { id: 'x-3', category: 'customer', organisation: '', person: '', phone: '', email: '' },
    ];
    expect(peopleToTell(plan).map(({ kind, name, detail }) => [kind, name, detail])).toEqual([
      ['supplier', 'Flour Mill', ''],
      ['supplier', 'Packaging Co', ''],
      ['external', 'Ms Lee', ''],
    ]);
  });
});

describe('toggleNotified', () => {
  it('ticks a supplier or an external contact as told, and a second tap takes it away', () => {
    const { plan, incidentId } = floodPlan();
    const supplierId = plan.suppliers[0]?.id ?? '';
    const customerId = plan.contacts.external.find((contact) => contact.category === 'customer')?.id ?? '';
    let next = toggleNotified(plan, incidentId, supplierId, at(20), 'Malee');
    next = toggleNotified(next, incidentId, customerId, at(21), 'Malee');
    expect(incidentOf(next, incidentId).notified.map(({ contactId, at: time, by }) => [contactId, time, by])).toEqual([
      [supplierId, '2026-12-06T08:20:00.000Z', 'Malee'],
      [customerId, '2026-12-06T08:21:00.000Z', 'Malee'],
    ]);
    next = toggleNotified(next, incidentId, supplierId, at(22), 'Malee');
    expect(incidentOf(next, incidentId).notified.map(({ contactId }) => contactId)).toEqual([customerId]);
    expect(toggleNotified(next, incidentId, 'no-such-contact', at(23), 'Malee')).toBe(next);
  });
});

describe('addLogLine', () => {
  it('adds lines in order with their time and name, and refuses a blank line', () => {
    const { plan, incidentId } = floodPlan();
    let next = addLogLine(plan, incidentId, ' Power off at the main switch ', at(2), 'Somchai');
    next = addLogLine(next, incidentId, 'Correction: the gas was already off', at(7), 'Malee');
    expect(addLogLine(next, incidentId, '  \n ', at(8), 'Malee')).toBe(next);
    expect(incidentOf(next, incidentId).log.map(({ at: time, by, note }) => [time, by, note])).toEqual([
      ['2026-12-06T08:02:00.000Z', 'Somchai', 'Power off at the main switch'],
      ['2026-12-06T08:07:00.000Z', 'Malee', 'Correction: the gas was already off'],
    ]);
  });
});

describe('recoveryClocks', () => {
  it('counts from the start against each key product target, in rank order, and shows when the target has passed', () => {
    const plan = blankPlan();
    plan.keyProducts = [
      keyProduct({ name: 'Cakes', rank: 2, rto: { value: 2, unit: 'days' } }),
      keyProduct({ name: 'Bread', rank: 1, rto: { value: 12, unit: 'hours' } }),
      keyProduct({ name: 'Catering', rank: 3, rto: { value: null, unit: 'weeks' } }),
      keyProduct({ name: 'Wholesale', rank: 4, rto: { value: 1, unit: 'weeks' } }),
    ];
    const { plan: started, incidentId } = startIncident(plan, { ...FLOOD, hazardId: null, description: 'Oven fire' }, new Date('2026-12-06T08:00:00Z'), 'Ann');
    const clocks = recoveryClocks(started, incidentOf(started, incidentId), new Date('2026-12-06T21:00:00Z'));
    const hours = 60 * 60 * 1000;
    expect(clocks.map(({ name, rto, elapsedMs, targetMs, overdue }) => [name, rto, elapsedMs, targetMs, overdue])).toEqual([
      ['Bread', { value: 12, unit: 'hours' }, 13 * hours, 12 * hours, true],
      ['Cakes', { value: 2, unit: 'days' }, 13 * hours, 48 * hours, false],
      ['Catering', null, 13 * hours, null, false],
      ['Wholesale', { value: 1, unit: 'weeks' }, 13 * hours, 7 * 24 * hours, false],
    ]);
  });

  it('stops the clock when the incident is closed', () => {
    const plan = blankPlan();
    plan.keyProducts = [keyProduct({ name: 'Bread', rank: 1, rto: { value: 12, unit: 'hours' } })];
    const { plan: started, incidentId } = startIncident(plan, { ...FLOOD, hazardId: null, description: 'Oven fire' }, new Date('2026-12-06T08:00:00Z'), 'Ann');
    const closed = closeIncident(started, incidentId, { worked: '', didNotWork: '', toChange: '' }, new Date('2026-12-06T10:00:00Z'), 'Ann', WORDS);
    const [clock] = recoveryClocks(closed, incidentOf(closed, incidentId), new Date('2026-12-09T08:00:00Z'));
    expect(clock).toMatchObject({ elapsedMs: 2 * 60 * 60 * 1000, overdue: false });
  });
});

describe('closeIncident', () => {
  const lessons = { worked: 'The call tree reached everyone in 20 minutes', didNotWork: '', toChange: ' Keep a torch at the door ' };

  it('closes the incident, keeps the lessons and puts each answer in the change log of step 10, linked to the incident', () => {
    const { plan, incidentId } = floodPlan();
    const before = plan.changeLog.length;
    const closed = closeIncident(plan, incidentId, lessons, new Date(2026, 11, 7, 18, 30), 'Malee', WORDS);
    expect(incidentOf(closed, incidentId)).toMatchObject({
      closedBy: 'Malee',
      lessons: { worked: lessons.worked, didNotWork: '', toChange: 'Keep a torch at the door' },
    });
    expect(incidentOf(closed, incidentId).closedAt).toBe(new Date(2026, 11, 7, 18, 30).toISOString());
    expect(closed.changeLog.slice(0, before)).toEqual(plan.changeLog);
    expect(closed.changeLog.slice(before)).toEqual([
      { id: expect.any(String), date: '2026-12-07', summary: lessons.worked, by: 'Malee', incidentId, lesson: 'worked' },
      { id: expect.any(String), date: '2026-12-07', summary: 'Keep a torch at the door', by: 'Malee', incidentId, lesson: 'toChange' },
    ]);
    expect(closed.exercises).toEqual(plan.exercises);
    expect(openIncidents(closed)).toEqual([]);
    expect(closeIncident(closed, incidentId, lessons, at(50), 'Malee', WORDS)).toBe(closed);
  });

  it('records a drill in step 9: its day, type, what happened, who took part and the lessons under their questions', () => {
    const plan = samplePlan();
    const { plan: started, incidentId } = startIncident(
      plan,
      { kind: 'exercise', hazardId: plan.hazards[0]?.id ?? null, description: '', exerciseType: 'walkthrough' },
      new Date(2026, 11, 6, 9, 0),
      'Somchai',
    );
    let next = markSafety(started, incidentId, plan.contacts.employees[1]?.id ?? '', 'safe', new Date(2026, 11, 6, 9, 5), 'Anan');
    next = addLogLine(next, incidentId, 'Stock moved upstairs', new Date(2026, 11, 6, 9, 10), ' somchai ');
    next = toggleFirstAction(next, incidentId, plan.emergency.firstActions[0]?.id ?? '', new Date(2026, 11, 6, 9, 2), 'Ploy');
    const closed = closeIncident(next, incidentId, lessons, new Date(2026, 11, 6, 11, 0), 'Malee', WORDS);
    expect(closed.exercises.slice(plan.exercises.length)).toEqual([
      {
        id: expect.any(String),
        date: '2026-12-06',
        type: 'walkthrough',
        scenario: 'Flood: water in the store room',
        participants: 'Somchai / Ploy / Anan / Malee',
        findings: `What worked?\n${lessons.worked}\n\nWhat will we change?\nKeep a torch at the door`,
        actions: [],
        incidentId,
      },
    ]);
    expect(closed.changeLog.filter((entry) => entry.incidentId === incidentId)).toHaveLength(2);
  });

  it('counts a closed drill for the self-check "exercise held in the last 12 months"', () => {
    const plan = { ...samplePlan(), exercises: [] };
    const passes = (candidate: Plan) =>
      selfCheck(candidate, planIssues(candidate, TODAY), TODAY).find((result) => result.item === 'exercise_recent')?.passed;
    expect(passes(plan)).toBe(false);
    const { plan: started, incidentId } = startIncident(plan, { kind: 'exercise', hazardId: null, description: 'Fire drill', exerciseType: 'evacuation_drill' }, TODAY, 'Somchai');
    expect(passes(started)).toBe(false);
    const closed = closeIncident(started, incidentId, { worked: 'Everyone out in 3 minutes', didNotWork: '', toChange: '' }, TODAY, 'Somchai', WORDS);
    expect(passes(closed)).toBe(true);
    expect(planIssues(closed, TODAY)).toEqual(planIssues(plan, TODAY));
  });
});

describe('incidentParticipants', () => {
  it('names everyone who did something, once each, in order of their first mark', () => {
    const { plan, incidentId } = floodPlan();
    let next = addLogLine(plan, incidentId, 'Water at the door', at(9), 'Malee');
    next = toggleFirstAction(next, incidentId, plan.emergency.firstActions[0]?.id ?? '', at(4), 'Anan');
    next = addLogLine(next, incidentId, 'Shop closed', at(11), 'MALEE');
    next = addLogLine(next, incidentId, 'Sandbags out', at(12), '');
    expect(incidentParticipants(incidentOf(next, incidentId))).toEqual(['Somchai', 'Anan', 'Malee']);
  });
});

describe('an incident leaves the plan itself as it was', () => {
  it('changes no issue, no self-check result and no step progress while open or once closed without lessons', () => {
    const plan = samplePlan();
    plan.hazards = [...plan.hazards, hazard({ code: 'other', label: 'Road works' })];
    const { plan: started, incidentId } = startIncident(plan, { ...FLOOD, hazardId: plan.hazards[0]?.id ?? null }, TODAY, 'Somchai');
    let busy = toggleFirstAction(started, incidentId, plan.emergency.firstActions[0]?.id ?? '', TODAY, 'Somchai');
    busy = markSafety(busy, incidentId, plan.contacts.employees[0]?.id ?? '', 'needs_help', TODAY, 'Somchai');
    busy = toggleNotified(busy, incidentId, plan.suppliers[0]?.id ?? '', TODAY, 'Somchai');
    busy = addLogLine(busy, incidentId, 'Water at the door', TODAY, 'Somchai');
    const closed = closeIncident(busy, incidentId, { worked: '', didNotWork: '', toChange: '' }, TODAY, 'Somchai', WORDS);
    const issues = planIssues(plan, TODAY);
    for (const candidate of [busy, closed]) {
      const theirIssues = planIssues(candidate, TODAY);
      expect(theirIssues).toEqual(issues);
      expect(selfCheck(candidate, theirIssues, TODAY)).toEqual(selfCheck(plan, issues, TODAY));
      expect(planProgress(candidate, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], theirIssues)).toEqual(planProgress(plan, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], issues));
      expect(stepState(candidate, 10, theirIssues)).toEqual(stepState(plan, 10, issues));
    }
  });
});
