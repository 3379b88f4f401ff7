import { fileNamePart, migrate, PlanDataError, type Plan } from '../domain';

/** The name every plan file carries, so that other JSON is recognised as not ours. */
export const PLAN_FILE_FORMAT = 'bcp-builder-plans';
/** Bumped when the file envelope changes; the plans inside carry their own schemaVersion. */
export const PLAN_FILE_VERSION = 1;
export const PLAN_FILE_EXTENSION = '.bcp.json';
/**
 * The largest file read as a plan file. A bundle of fifty large plans is a few megabytes; anything
 * bigger is not ours, and reading it would only freeze the page.
 */
export const MAX_PLAN_FILE_BYTES = 10 * 1024 * 1024;
/** The most plans one file may hold: a workshop's worth many times over, far below what would freeze the page. */
export const MAX_PLANS_PER_FILE = 1000;

export interface PlanFile {
  format: typeof PLAN_FILE_FORMAT;
  version: number;
  exportedAt: string;
  plans: Plan[];
}

/** What a plan file holds once read: its plans, and when it was written (null when the file does not say). */
export interface PlanFileContent {
  exportedAt: string | null;
  plans: Plan[];
}

export type PlanFileProblem =
  | 'too_large'
  | 'not_json'
  | 'wrong_format'
  | 'future_version'
  | 'no_plans'
  | 'too_many_plans'
  | 'invalid_plan';

/**
 * Why a file could not be read. For `invalid_plan`, `planIndex` says which plan of a bundle was bad,
 * `planName` what the file calls it, and `cause` what was wrong with it.
 */
export class PlanFileError extends Error {
  constructor(
    readonly problem: PlanFileProblem,
    readonly planIndex?: number,
    readonly cause?: PlanDataError,
    readonly planName?: string,
  ) {
    super(`plan file: ${problem}${planIndex === undefined ? '' : ` (plan ${planIndex + 1})`}`);
    this.name = 'PlanFileError';
  }
}

/** One plan or several, as the text of a .bcp.json file. */
export function serializePlanFile(plans: readonly Plan[], exportedAt: Date = new Date()): string {
  const file: PlanFile = { format: PLAN_FILE_FORMAT, version: PLAN_FILE_VERSION, exportedAt: exportedAt.toISOString(), plans: [...plans] };
  return JSON.stringify(file, null, 2);
}

const byteLength = (text: string) => new TextEncoder().encode(text).byteLength;

/**
 * The plans grouped into as few files as possible, in order, each within MAX_PLAN_FILE_BYTES and
 * MAX_PLANS_PER_FILE, so that "export all" never writes a file that import would refuse.
 */
export function planFileGroups(
  plans: readonly Plan[],
  maxBytes: number = MAX_PLAN_FILE_BYTES,
  maxPlans: number = MAX_PLANS_PER_FILE,
): Plan[][] {
  // Inside the file each line of a plan is indented by four more spaces, and plans are separated by ",\n".
  const envelope = byteLength(serializePlanFile([])) + 8;
  const groups: Plan[][] = [];
  let current: Plan[] = [];
  let size = envelope;
  for (const plan of plans) {
    const text = JSON.stringify(plan, null, 2);
    const planSize = byteLength(text) + 4 * text.split('\n').length + 2;
    if (current.length > 0 && (size + planSize > maxBytes || current.length >= maxPlans)) {
      groups.push(current);
      current = [];
      size = envelope;
    }
    current.push(plan);
    size += planSize;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** Refuses a file by its size alone, before its text is read. */
export function checkPlanFileSize(bytes: number): void {
  if (bytes > MAX_PLAN_FILE_BYTES) throw new PlanFileError('too_large');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nameOf(raw: unknown): string | undefined {
  const name = isRecord(raw) && isRecord(raw.company) ? raw.company.name : undefined;
  return typeof name === 'string' && name.trim() !== '' ? name.trim().slice(0, 120) : undefined;
}

function timestampOf(value: unknown): string | null {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? new Date(value).toISOString() : null;
}

/**
 * Reads a .bcp.json file with when it was written; every plan in it goes through migrate(), and the
 * whole file is refused if one is bad. Pure: the same text always gives the same plans or the same error.
 */
export function readPlanFile(text: string): PlanFileContent {
  if (text.length > MAX_PLAN_FILE_BYTES) throw new PlanFileError('too_large');
  let content: unknown;
  try {
    content = JSON.parse(text);
  } catch {
    throw new PlanFileError('not_json');
  }
  if (!isRecord(content) || content.format !== PLAN_FILE_FORMAT) throw new PlanFileError('wrong_format');
  if (typeof content.version !== 'number' || content.version > PLAN_FILE_VERSION) throw new PlanFileError('future_version');
  if (!Array.isArray(content.plans) || content.plans.length === 0) throw new PlanFileError('no_plans');
  if (content.plans.length > MAX_PLANS_PER_FILE) throw new PlanFileError('too_many_plans');
  const plans = content.plans.map((raw: unknown, index) => {
    try {
      return migrate(raw);
    } catch (error) {
      throw new PlanFileError('invalid_plan', index, error instanceof PlanDataError ? error : undefined, nameOf(raw));
    }
  });
  return { exportedAt: timestampOf(content.exportedAt), plans };
}

/** The plans of a .bcp.json file (see readPlanFile). */
export function parsePlanFile(text: string): Plan[] {
  return readPlanFile(text).plans;
}

/** "Baan Rim Nam Foods - BCP - 2026-11-27.bcp.json": one plan, named so that it is found again. */
export function planFileName(company: string, date: Date): string {
  return `${fileNamePart(company) || 'plan'} - BCP - ${date.toISOString().slice(0, 10)}${PLAN_FILE_EXTENSION}`;
}

/** "BCP Builder plans - 2026-11-27.bcp.json": every plan of the device in one file ("… - 2 of 3.bcp.json" when they need several). */
export function allPlansFileName(date: Date, part = 1, parts = 1): string {
  const numbering = parts > 1 ? ` - ${part} of ${parts}` : '';
  return `BCP Builder plans - ${date.toISOString().slice(0, 10)}${numbering}${PLAN_FILE_EXTENSION}`;
}
