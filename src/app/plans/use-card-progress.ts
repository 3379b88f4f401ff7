import { useEffect, useState } from 'react';
import type { Plan, PlanProgress, StepNumber } from '../../domain';

/** A card's progress and the way on: the first step of its path not yet complete (null once all are). */
export interface CardProgress extends PlanProgress {
  nextStep: StepNumber | null;
}

/**
 * A plan's progress counts only steps without errors, so it needs every rule checked over the whole
 * plan: about a millisecond for a full plan, half a second for 500. The plans list shows its cards
 * (names and actions) first and fills in their progress afterwards, in slices short enough that the
 * page stays responsive. A plan's progress is kept by revision, so the list reloaded after a
 * duplicate, delete or change in another tab shows it at once for every plan that did not change.
 * The rules load with the first card that needs them, after the list is on screen: they are not part of
 * the first download.
 */
const SLICE_MS = 12;
/** Enough for every plan of a large device and its recent revisions; the oldest go first. */
const KEPT = 2000;

interface Job {
  key: string;
  plan: Plan;
  today: Date;
  done: (progress: CardProgress) => void;
  cancelled: boolean;
}

const kept = new Map<string, CardProgress>();
const waiting: Job[] = [];
let working = false;

const keyOf = (plan: Plan, today: Date) => `${plan.id} ${plan.revision} ${plan.updatedAt} ${today.toDateString()}`;

type ProgressOf = (plan: Plan, today: Date) => CardProgress;
let progressOf: ProgressOf | null = null;

async function loadProgressOf(): Promise<ProgressOf> {
  const [{ planProgress, stepState }, { askedIssues }, { stepsForPath }] = await Promise.all([
    import('../../domain'),
    import('../../forms/validation'),
    import('../../questionnaire'),
  ]);
  progressOf = (plan, today) => {
    const steps = stepsForPath(plan.path);
    const issues = askedIssues(plan, today);
    const nextStep = steps.find((step) => stepState(plan, step, issues).state !== 'complete') ?? null;
    return { ...planProgress(plan, steps, issues), nextStep };
  };
  return progressOf;
}

function keep(key: string, progress: CardProgress): void {
  kept.set(key, progress);
  if (kept.size > KEPT) {
    const oldest = kept.keys().next();
    if (!oldest.done) kept.delete(oldest.value);
  }
}

function workSlice(progressOf: ProgressOf): void {
  const started = performance.now();
  while (waiting.length > 0 && performance.now() - started < SLICE_MS) {
    const job = waiting.shift();
    if (!job || job.cancelled) continue;
    const progress = kept.get(job.key) ?? progressOf(job.plan, job.today);
    keep(job.key, progress);
    job.done(progress);
  }
  if (waiting.length > 0) setTimeout(() => workSlice(progressOf), 0);
  else working = false;
}

function startWork(): void {
  working = true;
  if (progressOf) {
    const loaded = progressOf;
    setTimeout(() => workSlice(loaded), 0);
  } else {
    void loadProgressOf().then(
      (loaded) => workSlice(loaded),
      () => {
        working = false;
      },
    );
  }
}

/** The plan's progress for its card: at once when known for this revision, otherwise null until worked out after paint. */
export function useCardProgress(plan: Plan, today: Date): CardProgress | null {
  const key = keyOf(plan, today);
  const [known, setKnown] = useState<{ key: string; progress: CardProgress } | null>(null);
  const progress = known?.key === key ? known.progress : (kept.get(key) ?? null);

  useEffect(() => {
    if (kept.has(key)) return undefined;
    const job: Job = { key, plan, today, done: (result) => setKnown({ key, progress: result }), cancelled: false };
    waiting.push(job);
    if (!working) startWork();
    return () => {
      job.cancelled = true;
    };
  }, [key, plan, today]);

  return progress;
}
