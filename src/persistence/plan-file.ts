import { migrate, PlanDataError, type Plan } from '../domain';

/** The name every plan file carries, so that other JSON is recognised as not ours. */
export const PLAN_FILE_FORMAT = 'bcp-builder-plans';
/** Bumped when the file envelope changes; the plans inside carry their own schemaVersion. */
export const PLAN_FILE_VERSION = 1;
export const PLAN_FILE_EXTENSION = '.bcp.json';

export interface PlanFile {
  format: typeof PLAN_FILE_FORMAT;
  version: number;
  exportedAt: string;
  plans: Plan[];
}

export type PlanFileProblem = 'not_json' | 'wrong_format' | 'future_version' | 'no_plans' | 'invalid_plan';

/** Why a file could not be read; `planIndex` says which plan of a bundle was bad. */
export class PlanFileError extends Error {
  constructor(
    readonly problem: PlanFileProblem,
    readonly planIndex?: number,
    readonly cause?: PlanDataError,
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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a .bcp.json file; every plan in it goes through migrate(), and the whole file is refused if one is bad. */
export function parsePlanFile(text: string): Plan[] {
  let content: unknown;
  try {
    content = JSON.parse(text);
  } catch {
    throw new PlanFileError('not_json');
  }
  if (!isRecord(content) || content.format !== PLAN_FILE_FORMAT) throw new PlanFileError('wrong_format');
  if (typeof content.version !== 'number' || content.version > PLAN_FILE_VERSION) throw new PlanFileError('future_version');
  if (!Array.isArray(content.plans) || content.plans.length === 0) throw new PlanFileError('no_plans');
  return content.plans.map((raw: unknown, index) => {
    try {
      return migrate(raw);
    } catch (error) {
      throw new PlanFileError('invalid_plan', index, error instanceof PlanDataError ? error : undefined);
    }
  });
}
