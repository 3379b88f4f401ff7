import * as z from 'zod/mini';
import { list, recordId, text, type Known } from './fields';
import { EXERCISE_TYPES } from './step9-exercises';

/**
 * The plan in use: an incident (or a drill) run from the emergency screen. Stored with the plan, so it
 * autosaves, keeps revisions and travels in plan files like every other answer.
 *
 * Every mark carries the moment it was made (`at`, an ISO timestamp) and who made it (`by`, the name
 * typed once on the device). Marks are records of their own, not flags on the plan's lists, so the
 * plan itself never changes because of an incident.
 */
export const INCIDENT_KINDS = ['incident', 'exercise'] as const;
export const SAFETY_STATUSES = ['safe', 'not_reached', 'needs_help'] as const;
/** The three questions of the Guidebook's review step, asked when an incident is closed (keys of `lessons`). */
export const INCIDENT_LESSONS = ['worked', 'didNotWork', 'toChange'] as const;

const moment = () => z.string().check(z.minLength(1));

/** A first action of step 6 done: `firstActionId` is the id of a record in `emergency.firstActions`. */
export const firstActionDoneSchema = z.looseObject({
  id: recordId(),
  firstActionId: recordId(),
  at: moment(),
  by: text(),
});

/**
 * One answer of the safety check for a staff member (`contacts.employees`). A later mark for the same
 * person supersedes an earlier one; the earlier ones stay as the record of the check.
 */
export const safetyMarkSchema = z.looseObject({
  id: recordId(),
  employeeId: recordId(),
  status: z.enum(SAFETY_STATUSES),
  at: moment(),
  by: text(),
});

/** Someone told: `contactId` is the id of a supplier (step 3) or an external contact (step 6). */
export const notifiedSchema = z.looseObject({
  id: recordId(),
  contactId: recordId(),
  at: moment(),
  by: text(),
});

/** A line of the incident log. Lines are never changed or removed: a correction is a new line. */
export const incidentLogEntrySchema = z.looseObject({
  id: recordId(),
  at: moment(),
  by: text(),
  note: text(),
});

/** The three questions of the Guidebook's review step, asked when an incident is closed. */
export const incidentLessonsSchema = z.prefault(
  z.looseObject({ worked: text(), didNotWork: text(), toChange: text() }),
  {},
);

export const incidentSchema = z.looseObject({
  id: recordId(),
  /** An exercise runs the same screen as a drill; its record lands in step 9 when it is closed. */
  kind: z._default(z.enum(INCIDENT_KINDS), 'incident'),
  /** For an exercise: which kind of exercise of step 9 it is. */
  exerciseType: z._default(z.nullable(z.enum(EXERCISE_TYPES)), null),
  /** One of the plan's hazards (step 4), or null for "something else", described in `description`. */
  hazardId: z._default(z.nullable(z.string()), null),
  description: text(),
  startedAt: moment(),
  startedBy: text(),
  /** Empty while the incident is open. */
  closedAt: text(),
  /** Who closed it (empty while open). */
  closedBy: text(),
  firstActionsDone: list(firstActionDoneSchema),
  safety: list(safetyMarkSchema),
  notified: list(notifiedSchema),
  log: list(incidentLogEntrySchema),
  lessons: incidentLessonsSchema,
});

export type IncidentKind = (typeof INCIDENT_KINDS)[number];
export type SafetyStatus = (typeof SAFETY_STATUSES)[number];
export type IncidentLesson = (typeof INCIDENT_LESSONS)[number];
export type FirstActionDone = Known<z.output<typeof firstActionDoneSchema>>;
export type SafetyMark = Known<z.output<typeof safetyMarkSchema>>;
export type Notified = Known<z.output<typeof notifiedSchema>>;
export type IncidentLogEntry = Known<z.output<typeof incidentLogEntrySchema>>;
export type IncidentLessons = Known<z.output<typeof incidentLessonsSchema>>;
export type Incident = Known<z.output<typeof incidentSchema>>;
