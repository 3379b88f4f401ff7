import type { Plan } from '../plan';
import type { Hazard } from '../step4-risks';

export type RiskLevel = 'low' | 'medium' | 'high' | 'extreme';

const isOnScale = (value: number | null): value is number =>
  value !== null && Number.isInteger(value) && value >= 1 && value <= 5;

/** Likelihood × impact (1..25); null until both are rated with a whole number from 1 to 5. */
export function riskScore(hazard: Hazard): number | null {
  return isOnScale(hazard.likelihood) && isOnScale(hazard.impact) ? hazard.likelihood * hazard.impact : null;
}

/** Hazards with the highest score first; equal scores keep their order, unscored hazards come last. */
export function hazardsByScore(plan: Plan): Hazard[] {
  const sortKey = (hazard: Hazard) => riskScore(hazard) ?? 0;
  return [...plan.hazards].sort((a, b) => sortKey(b) - sortKey(a));
}

/** The hazard with the highest score (the first one listed on a tie), or null when none is scored. */
export function topHazard(plan: Plan): Hazard | null {
  const [first] = hazardsByScore(plan);
  return first !== undefined && riskScore(first) !== null ? first : null;
}

/**
 * The band of a risk score on the 5 × 5 matrix:
 * 1–4 low, 5–9 medium, 10–16 high, 17–25 extreme.
 */
export function riskLevel(score: number): RiskLevel {
  if (score <= 4) return 'low';
  if (score <= 9) return 'medium';
  if (score <= 16) return 'high';
  return 'extreme';
}
