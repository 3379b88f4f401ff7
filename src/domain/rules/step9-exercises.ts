import type { Plan } from '../plan';
import type { FieldRules } from './field-rules';
import { checksFor, type PlanIssue } from './issues';

/** What step 9 requires. */
export const STEP9_FIELD_RULES = {
  'exercises.date': { required: 'exercise_date_required' },
  'exercises.type': { required: 'exercise_type_required' },
} as const satisfies FieldRules;
const RULES = STEP9_FIELD_RULES;

/** Step 9: exercises held or planned, and their follow-up actions. */
export function exerciseIssues(plan: Plan): PlanIssue[] {
  const check = checksFor(9);
  return plan.exercises.flatMap((exercise, index) => {
    const at = ['exercises', index];
    const row = { number: index + 1 };
    return [
      ...check.required(exercise.date, RULES['exercises.date'].required, [...at, 'date'], row),
      ...check.date(exercise.date, [...at, 'date']),
      ...check.errorIf(exercise.type === null, RULES['exercises.type'].required, [...at, 'type'], row),
      ...exercise.actions.flatMap((action, position) => check.date(action.due, [...at, 'actions', position, 'due'])),
    ];
  });
}
