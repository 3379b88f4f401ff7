import type { Plan } from '../plan';
import { hazardTarget } from '../step5-measures';
import type { FieldRules } from './field-rules';
import { checksFor, type PlanIssue } from './issues';

/** What step 5 requires, and the limits of its numbers. */
export const STEP5_FIELD_RULES = {
  'measures.action': { required: 'measure_action_required' },
  'measures.costEstimate': { min: 0 },
} as const satisfies FieldRules;
const RULES = STEP5_FIELD_RULES;

/** What a measure may protect: a resource (by id) or a hazard listed in the plan ("hazard:flood"). */
function measureTargets(plan: Plan): Set<string> {
  return new Set([
    ...plan.resources.map((resource) => resource.id),
    ...plan.hazards.flatMap((hazard) => (hazard.code === null ? [] : [hazardTarget(hazard.code)])),
  ]);
}

/** Step 5: protection and mitigation measures. */
export function measureIssues(plan: Plan): PlanIssue[] {
  const check = checksFor(5);
  const targets = measureTargets(plan);
  return plan.measures.flatMap((measure, index) => {
    const at = ['measures', index];
    const { target } = measure;
    return [
      ...check.required(measure.action, RULES['measures.action'].required, [...at, 'action'], { number: index + 1 }),
      ...check.errorIf(target !== null && target !== '' && !targets.has(target), 'measure_target_unknown', [...at, 'target'], {
        number: index + 1,
      }),
      ...check.withinLimits(measure.costEstimate, RULES['measures.costEstimate'], [...at, 'costEstimate']),
      ...check.date(measure.dueDate, [...at, 'dueDate']),
    ];
  });
}
