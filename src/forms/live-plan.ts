import type { Plan, PlanIssue } from '../domain';
import type { IssuesByPath, NamedRecord, RecordNames } from './plan-form-context';

const sameIssues = (a: readonly PlanIssue[], b: readonly PlanIssue[]) => JSON.stringify(a) === JSON.stringify(b);

/** Issues grouped by path; a path whose issues did not change keeps its previous list, so its field does not re-render. */
export function issuesByPath(issues: readonly PlanIssue[], previous: IssuesByPath): IssuesByPath {
  const grouped = new Map<string, PlanIssue[]>();
  for (const issue of issues) {
    const path = issue.path.join('.');
    grouped.set(path, [...(grouped.get(path) ?? []), issue]);
  }
  const result = new Map<string, readonly PlanIssue[]>();
  for (const [path, list] of grouped) {
    const before = previous.get(path);
    result.set(path, before && sameIssues(before, list) ? before : list);
  }
  return result;
}

function sameList<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): boolean {
  return a.length === b.length && a.every((item, index) => same(item, b[index] as T));
}

function names(records: readonly NamedRecord[], previous: readonly NamedRecord[]): readonly NamedRecord[] {
  const next = records.map(({ id, name }) => ({ id, name }));
  return sameList(next, previous, (x, y) => x.id === y.id && x.name === y.name) ? previous : next;
}

/** The names of the plan's records; a list whose names did not change keeps its previous array. */
export function recordNames(plan: Plan, previous?: RecordNames): RecordNames {
  const hazards =
    previous && sameList(plan.hazards, previous.hazards, (x, y) => x.code === y.code && x.label === y.label) ? previous.hazards : plan.hazards;
  const next: RecordNames = {
    keyProducts: names(plan.keyProducts, previous?.keyProducts ?? []),
    resources: names(plan.resources, previous?.resources ?? []),
    suppliers: names(plan.suppliers, previous?.suppliers ?? []),
    employees: names(plan.contacts.employees, previous?.employees ?? []),
    hazards,
  };
  const unchanged = previous && (Object.keys(next) as (keyof RecordNames)[]).every((list) => next[list] === previous[list]);
  return unchanged ? previous : next;
}
