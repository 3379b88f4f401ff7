import { expectedRecovery } from '../derive/recovery';
import { riskScore, topHazard } from '../derive/risk';
import type { Plan } from '../plan';
import type { Hazard, Scenario } from '../step4-risks';
import { displayName, isBlank } from './field-checks';
import { checksFor, roundedDays, type IssuePath, type PlanIssue, type StepChecks } from './issues';

const hazardName = (hazard: Hazard): string => hazard.label.trim() || (hazard.code ?? '');

function hazardIssues(check: StepChecks, plan: Plan, hazard: Hazard, index: number): PlanIssue[] {
  const at = ['hazards', index];
  const listedBefore = plan.hazards.slice(0, index).some((earlier) => earlier.code === hazard.code);
  return [
    ...check.errorIf(hazard.code === null, 'hazard_code_required', [...at, 'code'], { number: index + 1 }),
    ...check.errorIf(hazard.code === 'other' && isBlank(hazard.label), 'hazard_label_required', [...at, 'label'], {
      number: index + 1,
    }),
    ...check.errorIf(hazard.likelihood === null, 'hazard_likelihood_required', [...at, 'likelihood']),
    ...check.wholeNumberIn(hazard.likelihood, 1, 5, [...at, 'likelihood']),
    ...check.errorIf(hazard.impact === null, 'hazard_impact_required', [...at, 'impact']),
    ...check.wholeNumberIn(hazard.impact, 1, 5, [...at, 'impact']),
    ...check.warningIf(
      hazard.code !== null && hazard.code !== 'other' && listedBefore,
      'hazard_duplicate',
      [...at, 'code'],
      { hazard: hazard.code ?? '' },
    ),
  ];
}

/**
 * The highest-scoring hazard needs a scenario. When several hazards share the top score,
 * a scenario for any one of them is enough.
 */
function topHazardIssues(check: StepChecks, plan: Plan): PlanIssue[] {
  const top = topHazard(plan);
  const topScore = top && riskScore(top);
  if (top === null || topScore === null) return [];
  const covered = plan.hazards.some(
    (hazard) =>
      riskScore(hazard) === topScore &&
      plan.scenarios.some((scenario) => hazard.code !== null && scenario.hazardCode === hazard.code),
  );
  return check.errorIf(!covered, 'top_hazard_without_scenario', ['hazards', plan.hazards.indexOf(top)], {
    hazard: hazardName(top),
    score: topScore,
  });
}

/** Key products that this scenario would stop for longer than their target recovery time. */
function exceedsRtoIssues(check: StepChecks, plan: Plan, scenario: Scenario, path: IssuePath): PlanIssue[] {
  const productNames = new Map(plan.keyProducts.map((product, index) => [product.id, displayName(product.name, index)]));
  return expectedRecovery(plan, scenario).flatMap(({ keyProductId, expectedDays, rtoDays }) =>
    rtoDays !== null && expectedDays > rtoDays
      ? check.warning('scenario_exceeds_rto', path, {
          product: productNames.get(keyProductId) ?? '',
          days: roundedDays(expectedDays),
          rtoDays: roundedDays(rtoDays),
        })
      : [],
  );
}

function scenarioIssues(check: StepChecks, plan: Plan, scenario: Scenario, index: number): PlanIssue[] {
  const at = ['scenarios', index];
  const resourceIds = new Set(plan.resources.map((resource) => resource.id));
  return [
    ...check.errorIf(scenario.hazardCode === null, 'scenario_hazard_required', [...at, 'hazardCode'], {
      number: index + 1,
    }),
    ...scenario.effects.flatMap((effect, position) => [
      ...check.errorIf(
        effect.resourceId !== null && !resourceIds.has(effect.resourceId),
        'scenario_effect_resource_unknown',
        [...at, 'effects', position, 'resourceId'],
        { number: index + 1 },
      ),
      ...check.notNegative(effect.unavailableDays, [...at, 'effects', position, 'unavailableDays']),
    ]),
    ...exceedsRtoIssues(check, plan, scenario, at),
  ];
}

/** Step 4: hazards, their risk scores, and disaster scenarios. */
export function riskIssues(plan: Plan): PlanIssue[] {
  const check = checksFor(4);
  return [
    ...plan.hazards.flatMap((hazard, index) => hazardIssues(check, plan, hazard, index)),
    ...topHazardIssues(check, plan),
    ...plan.scenarios.flatMap((scenario, index) => scenarioIssues(check, plan, scenario, index)),
  ];
}
