import { useEffect, useState } from 'react';
import { planProgress, type Plan, type PlanProgress } from '../domain';
import { askedIssues } from '../forms';
import { stepsForPath } from '../questionnaire';

/**
 * A plan's progress counts only steps without errors, so it needs every rule checked over the whole
 * plan: about a millisecond for a full plan, half a second for 500. The plans list shows its cards
 * (names and actions) first and fills in their progress afterwards, in slices short enough that the
 * page stays responsive. A plan's progress is kept by revision, so the list reloaded after a
 * duplicate, delete or change in another tab shows it at once for every plan that did not change.
 */
const SLICE_MS = 12;
/** Enough for every plan of a large device and its recent revisions; the oldest go first. */
const KEPT = 2000;

interface Job {
  key: string;
  plan: Plan;
  today: Date;
  done: (progress: PlanProgress) => void;
  cancelled: boolean;
}

const kept = new Map<string, PlanProgress>();
const waiting: Job[] = [];
let working = false;

const keyOf = (plan: Plan, today: Date) => `${plan.id} ${plan.revision} ${plan.updatedAt} ${today.toDateString()}`;

function progressOf(plan: Plan, today: Date): PlanProgress {
  return planProgress(plan, stepsForPath(plan.path), askedIssues(plan, today));
}

function keep(key: string, progress: PlanProgress): void {
  kept.set(key, progress);
  if (kept.size > KEPT) {
    const oldest = kept.keys().next();
    if (!oldest.done) kept.delete(oldest.value);
  }
}

function workSlice(): void {
  const started = performance.now();
  while (waiting.length > 0 && performance.now() - started < SLICE_MS) {
    const job = waiting.shift();
    if (!job || job.cancelled) continue;
    const progress = kept.get(job.key) ?? progressOf(job.plan, job.today);
    keep(job.key, progress);
    job.done(progress);
  }
  if (waiting.length > 0) setTimeout(workSlice, 0);
  else working = false;
}

/** The plan's progress for its card: at once when known for this revision, otherwise null until worked out after paint. */
export function useCardProgress(plan: Plan, today: Date): PlanProgress | null {
  const key = keyOf(plan, today);
  const [known, setKnown] = useState<{ key: string; progress: PlanProgress } | null>(null);
  const progress = known?.key === key ? known.progress : (kept.get(key) ?? null);

  useEffect(() => {
    if (kept.has(key)) return undefined;
    const job: Job = { key, plan, today, done: (result) => setKnown({ key, progress: result }), cancelled: false };
    waiting.push(job);
    if (!working) {
      working = true;
      setTimeout(workSlice, 0);
    }
    return () => {
      job.cancelled = true;
    };
  }, [key, plan, today]);

  return progress;
}
