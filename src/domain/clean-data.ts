import { PlanDataError } from './migrate';

/** Deeper than any plan is nested (about six levels); deeper data is refused before it can exhaust the stack. */
export const MAX_PLAN_DEPTH = 64;

/** Keys that set or shadow a prototype when code copies an object; no plan has them, so they are dropped. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A copy of raw plan data that is safe to validate, store, export and print:
 * - unpaired surrogates (half of an emoji, cut by a broken editor) become U+FFFD;
 * - numbers JSON cannot hold (NaN, ±Infinity) become null, an empty answer;
 * - -0 becomes 0 and a missing list item null, as a file would keep them;
 * - prototype keys are dropped and every object is a plain one.
 * Refuses nesting deeper than MAX_PLAN_DEPTH.
 */
export function cleanPlanData(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return value.replace(UNPAIRED_SURROGATE, '\uFFFD');
  if (typeof value === 'number') return Number.isFinite(value) ? value + 0 : null;
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= MAX_PLAN_DEPTH) throw new PlanDataError('invalid', ['nested too deeply']);
  if (Array.isArray(value)) return value.map((item: unknown) => (item === undefined ? null : cleanPlanData(item, depth + 1)));
  const clean: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (PROTOTYPE_KEYS.has(key)) continue;
    clean[key.replace(UNPAIRED_SURROGATE, '\uFFFD')] = cleanPlanData((value as Record<string, unknown>)[key], depth + 1);
  }
  return clean;
}
