import { newId } from '../fields';
import {
  INCIDENT_LESSONS,
  type Incident,
  type IncidentKind,
  type IncidentLessons,
  type SafetyMark,
  type SafetyStatus,
} from '../incidents';
import type { Plan } from '../plan';
import type { RecoveryTime } from '../step2-key-products';
import type { Employee } from '../step6-emergency';
import type { ChangeLogEntry } from '../step10-review';
import type { Exercise } from '../step9-exercises';
import { isoDay } from './dates';
import { keyProductsByRank, rtoInDays } from './recovery';
import { normalisedName } from './team';

/**
 * The emergency screen's changes to a plan: start an incident (or a drill), tick, mark, note, close.
 * Each takes the whole plan and returns a new one (the plan passed in is never changed), with every mark
 * stamped with its moment (`at`, stored as an ISO timestamp) and the name typed once on the device (`by`).
 *
 * A change that does not apply (an unknown incident, an incident already closed, an unknown first action,
 * staff member or contact, a blank log line) returns the very plan passed in, so `next === plan` tells the
 * screen that nothing was recorded.
 */

export type ExerciseType = NonNullable<Incident['exerciseType']>;

export interface IncidentStart {
  kind: IncidentKind;
  /** One of the plan's hazards (step 4), or null for "something else". */
  hazardId: string | null;
  /** What happened in a line: required for "something else", optional with a hazard. */
  description: string;
  /** For an exercise, which kind of exercise of step 9 it is (required then); ignored for an incident. */
  exerciseType: ExerciseType | null;
}

/**
 * A new incident or drill, open from `at`. Throws a RangeError for what the screen must not offer: a hazard
 * the plan does not have, "something else" without a line of text, an exercise without its type.
 */
export function startIncident(plan: Plan, start: IncidentStart, at: Date, by: string): { plan: Plan; incidentId: string } {
  const description = start.description.trim();
  if (start.hazardId !== null && !plan.hazards.some((hazard) => hazard.id === start.hazardId)) {
    throw new RangeError('startIncident: the hazard is not one of the plan');
  }
  if (start.hazardId === null && description === '') throw new RangeError('startIncident: say what happened');
  if (start.kind === 'exercise' && start.exerciseType === null) throw new RangeError('startIncident: an exercise needs its type');
  const incident: Incident = {
    id: newId(),
    kind: start.kind,
    exerciseType: start.kind === 'exercise' ? start.exerciseType : null,
    hazardId: start.hazardId,
    description,
    startedAt: at.toISOString(),
    startedBy: by.trim(),
    closedAt: '',
    closedBy: '',
    firstActionsDone: [],
    safety: [],
    notified: [],
    log: [],
    lessons: { worked: '', didNotWork: '', toChange: '' },
  };
  return { plan: { ...plan, incidents: [...plan.incidents, incident] }, incidentId: incident.id };
}

export const isOpen = (incident: Incident): boolean => incident.closedAt === '';

/** The incidents and drills still running, the most recently started first. */
export function openIncidents(plan: Plan): Incident[] {
  return plan.incidents.filter(isOpen).sort((a, b) => Date.parse(b.startedAt) - Date.parse(a.startedAt));
}

/** The plan with one open incident changed; the same plan when there is no such open incident or nothing changes. */
function changeOpenIncident(plan: Plan, incidentId: string, change: (incident: Incident) => Incident | null): Plan {
  const index = plan.incidents.findIndex((incident) => incident.id === incidentId);
  const incident = plan.incidents[index];
  if (!incident || !isOpen(incident)) return plan;
  const changed = change(incident);
  if (changed === null) return plan;
  return { ...plan, incidents: plan.incidents.map((candidate, position) => (position === index ? changed : candidate)) };
}

/**
 * Ticks a first action of step 6 as done (at, by), or takes its tick away again.
 *
 * A tick says what is done now, and a tick made by a slip of the thumb would tell the team something false
 * while they act on it, so it may be undone. The log is different: it is the record of what was seen and
 * decided, for the insurer and the review, so its lines are never changed and a correction is a new line.
 */
export function toggleFirstAction(plan: Plan, incidentId: string, firstActionId: string, at: Date, by: string): Plan {
  if (!plan.emergency.firstActions.some((action) => action.id === firstActionId)) return plan;
  return changeOpenIncident(plan, incidentId, (incident) => {
    const ticked = incident.firstActionsDone.some((done) => done.firstActionId === firstActionId);
    return {
      ...incident,
      firstActionsDone: ticked
        ? incident.firstActionsDone.filter((done) => done.firstActionId !== firstActionId)
        : [...incident.firstActionsDone, { id: newId(), firstActionId, at: at.toISOString(), by: by.trim() }],
    };
  });
}

/** Each staff member's latest safety mark (a later mark supersedes an earlier one); no entry for one not checked yet. */
export function currentSafety(incident: Incident): Map<string, SafetyMark> {
  const current = new Map<string, SafetyMark>();
  for (const mark of incident.safety) {
    const before = current.get(mark.employeeId);
    if (!before || Date.parse(mark.at) >= Date.parse(before.at)) current.set(mark.employeeId, mark);
  }
  return current;
}

/** Records a staff member as safe, not reached or needing help. The same status again records nothing. */
export function markSafety(plan: Plan, incidentId: string, employeeId: string, status: SafetyStatus, at: Date, by: string): Plan {
  if (!plan.contacts.employees.some((employee) => employee.id === employeeId)) return plan;
  return changeOpenIncident(plan, incidentId, (incident) => {
    if (currentSafety(incident).get(employeeId)?.status === status) return null;
    return {
      ...incident,
      safety: [...incident.safety, { id: newId(), employeeId, status, at: at.toISOString(), by: by.trim() }],
    };
  });
}

/** Whom this person calls in the call tree of step 6, in the plan's order, each once. */
export function nextToCall(plan: Plan, employeeId: string): Employee[] {
  const calleeIds = new Set(
    plan.callTree.filter((link) => link.callerId === employeeId).flatMap((link) => link.calleeIds),
  );
  calleeIds.delete(employeeId);
  return [...calleeIds].flatMap((id) => plan.contacts.employees.filter((employee) => employee.id === id));
}

export interface PersonToTell {
  /** The id of a supplier (step 3) or of an external contact (step 6). */
  contactId: string;
  name: string;
  /** The person to ask for, when the name is an organisation's. */
  detail: string;
  phone: string;
  kind: 'supplier' | 'customer' | 'external';
}

const blank = (value: string): boolean => value.trim() === '';

/**
 * Everyone to notify: customers first (external contacts of the category "customer"), then suppliers (of
 * step 3, and external contacts of the category "supplier"), then the other external contacts, each in the
 * plan's order. Contacts with neither a name nor a phone are left out. The key customers of step 2 are text,
 * not contacts, so they are not on this list.
 */
export function peopleToTell(plan: Plan): PersonToTell[] {
  const suppliers: PersonToTell[] = plan.suppliers.map((supplier) => ({
    contactId: supplier.id,
    name: supplier.name.trim(),
    detail: supplier.contactName.trim(),
    phone: supplier.phone.trim(),
    kind: 'supplier',
  }));
  const external: PersonToTell[] = plan.contacts.external.map((contact) => {
    const [name = '', detail = ''] = [contact.organisation, contact.person].map((part) => part.trim()).filter((part) => part !== '');
    const kind = contact.category === 'customer' ? 'customer' : contact.category === 'supplier' ? 'supplier' : 'external';
    return { contactId: contact.id, name, detail, phone: contact.phone.trim(), kind };
  });
  const order = { customer: 0, supplier: 1, external: 2 } as const;
  return [...suppliers, ...external]
    .filter((person) => !blank(person.name) || !blank(person.phone))
    .sort((a, b) => order[a.kind] - order[b.kind]);
}

/** Ticks someone as told (at, by), or takes the tick away again (see toggleFirstAction for why ticks may be undone). */
export function toggleNotified(plan: Plan, incidentId: string, contactId: string, at: Date, by: string): Plan {
  if (!peopleToTell(plan).some((person) => person.contactId === contactId)) return plan;
  return changeOpenIncident(plan, incidentId, (incident) => {
    const told = incident.notified.some((notified) => notified.contactId === contactId);
    return {
      ...incident,
      notified: told
        ? incident.notified.filter((notified) => notified.contactId !== contactId)
        : [...incident.notified, { id: newId(), contactId, at: at.toISOString(), by: by.trim() }],
    };
  });
}

/** Adds a line to the log (trimmed). A blank note records nothing. Lines are never changed or removed. */
export function addLogLine(plan: Plan, incidentId: string, note: string, at: Date, by: string): Plan {
  const line = note.trim();
  if (line === '') return plan;
  return changeOpenIncident(plan, incidentId, (incident) => ({
    ...incident,
    log: [...incident.log, { id: newId(), at: at.toISOString(), by: by.trim(), note: line }],
  }));
}

export interface RecoveryClock {
  keyProductId: string;
  name: string;
  /** The target recovery time of step 2, or null when the product has none. */
  rto: RecoveryTime | null;
  /** Time since the incident started: up to `now` while it is open, up to its close once closed. */
  elapsedMs: number;
  targetMs: number | null;
  /** The clock has run past the target recovery time. */
  overdue: boolean;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** One clock per key product, in rank order, counting from the incident's start. */
export function recoveryClocks(plan: Plan, incident: Incident, now: Date): RecoveryClock[] {
  const started = Date.parse(incident.startedAt);
  const end = isOpen(incident) ? now.getTime() : Math.min(now.getTime(), Date.parse(incident.closedAt));
  const elapsedMs = Math.max(0, end - started);
  return keyProductsByRank(plan).map((product) => {
    const days = rtoInDays(product.rto);
    const targetMs = days === null ? null : days * DAY_MS;
    return {
      keyProductId: product.id,
      name: product.name,
      rto: days === null ? null : { value: product.rto.value, unit: product.rto.unit },
      elapsedMs,
      targetMs,
      overdue: targetMs !== null && elapsedMs > targetMs,
    };
  });
}

/** Names as people typed them, each once (same letters, any spacing or case), blanks left out. */
function distinctNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.flatMap((name) => {
    const key = normalisedName(name);
    if (key === '' || seen.has(key)) return [];
    seen.add(key);
    return [name.trim()];
  });
}

/** Everyone who started, ticked, marked, told, wrote or closed something in the incident, in order of first appearance. */
export function incidentParticipants(incident: Incident): string[] {
  return distinctNames([
    incident.startedBy,
    ...[...incident.firstActionsDone, ...incident.safety, ...incident.notified, ...incident.log]
      .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
      .map((mark) => mark.by),
    incident.closedBy,
  ]);
}

/**
 * What an exercise's record in step 9 needs in the plan's language: the domain stores the owner's content,
 * and these few words come from the screen that closes the exercise.
 */
export interface ClosingWords {
  /** What happened, as the emergency screen names the incident (the hazard's name, the line of text): step 9's scenario. */
  whatHappened: string;
  /** The three closing questions: each heads its answer in step 9's findings. */
  lessonQuestions: Readonly<Record<(typeof INCIDENT_LESSONS)[number], string>>;
  /** Names as a list in the plan's language (Intl.ListFormat): step 9's participants. */
  formatList: (names: readonly string[]) => string;
}

/**
 * Closes an incident at `at` with the owner's answers to the three review questions. Each answer that is not
 * blank becomes an entry of step 10's change log, dated the day of the close, linked to the incident and
 * saying which question it answers (`lesson`); its summary is the answer itself. An exercise is also recorded
 * in step 9: dated the day it started, of its type, with what happened, who took part and what was learnt.
 */
export function closeIncident(plan: Plan, incidentId: string, lessons: IncidentLessons, at: Date, by: string, words: ClosingWords): Plan {
  const incident = plan.incidents.find((candidate) => candidate.id === incidentId);
  if (!incident || !isOpen(incident)) return plan;
  const answers: IncidentLessons = { worked: lessons.worked.trim(), didNotWork: lessons.didNotWork.trim(), toChange: lessons.toChange.trim() };
  const closed: Incident = { ...incident, closedAt: at.toISOString(), closedBy: by.trim(), lessons: answers };
  const date = isoDay(at);
  const entries: ChangeLogEntry[] = INCIDENT_LESSONS.filter((lesson) => answers[lesson] !== '').map((lesson) => ({
    id: newId(),
    date,
    summary: answers[lesson],
    by: by.trim(),
    incidentId,
    lesson,
  }));
  const exercises: Exercise[] =
    incident.kind === 'exercise'
      ? [
          {
            id: newId(),
            date: isoDay(new Date(incident.startedAt)),
            type: incident.exerciseType,
            scenario: words.whatHappened.trim(),
            participants: words.formatList(incidentParticipants(closed)),
            findings: INCIDENT_LESSONS.filter((lesson) => answers[lesson] !== '')
              .map((lesson) => `${words.lessonQuestions[lesson]}\n${answers[lesson]}`)
              .join('\n\n'),
            actions: [],
            incidentId,
          },
        ]
      : [];
  return {
    ...plan,
    incidents: plan.incidents.map((candidate) => (candidate.id === incidentId ? closed : candidate)),
    changeLog: [...plan.changeLog, ...entries],
    exercises: [...plan.exercises, ...exercises],
  };
}
