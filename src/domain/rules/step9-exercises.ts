import type { Plan } from '../plan';
import { checksFor, type PlanIssue } from './issues';

/** Step 9: exercises held or planned, and their follow-up actions. */
export function exerciseIssues(plan: Plan): PlanIssue[] {
  const check = checksFor(9);
  return plan.exercises.flatMap((exercise, index) => {
    const at = ['exercises', index];
    const row = { number: index + 1 };
    return [
      ...check.required(exercise.date, 'exercise_date_required', [...at, 'date'], row),
      ...check.date(exercise.date, [...at, 'date']),
      ...check.errorIf(exercise.type === null, 'exercise_type_required', [...at, 'type'], row),
      ...exercise.actions.flatMap((action, position) => check.date(action.due, [...at, 'actions', position, 'due'])),
    ];
  });
}
