export type PlanDataProblem = 'not_an_object' | 'future_version' | 'invalid';

/** One field the schema refused: where it is in the plan, and whether it was missing or held a wrong value. */
export interface PlanDataIssue {
  path: readonly (string | number)[];
  missing: boolean;
}

/** Why a stored or imported plan could not be read. `problem` is a stable code for translation. */
export class PlanDataError extends Error {
  constructor(
    readonly problem: PlanDataProblem,
    readonly details: string[] = [],
    readonly issues: readonly PlanDataIssue[] = [],
  ) {
    super(`plan data: ${problem}${details.length ? ` (${details.join('; ')})` : ''}`);
    this.name = 'PlanDataError';
  }
}
