import { expectedRecovery } from '../derive/recovery';
import { riskScore, topHazard } from '../derive/risk';
import type { Plan } from '../plan';
import { RISK_SCALE, type Hazard, type Scenario } from '../step4-risks';
import { displayName, isBlank } from './field-checks';
import type { FieldRules } from './field-rules';
import { checksFor, roundedDays, type IssuePath, type PlanIssue, type StepChecks } from './issues';

/** What step 4 requires, and the limits of its numbers. */
export const STEP4_FIELD_RULES = {
  'hazards.code': { required: 'hazard_code_required' },
  'hazards.likelihood': { required: 'hazard_likelihood_required' },
  'hazards.impact': { required: 'hazard_impact_required' },
  'scenarios.hazardCode': { required: 'scenario_hazard_required' },
  'scenarios.effects.resourceId': { required: 'scenario_effect_resource_required' },
  'scenarios.effects.unavailableDays': { required: 'scenario_effect_days_required', min: 0 },
} as const satisfies FieldRules;
const RULES = STEP4_FIELD_RULES;

const LOWEST = Math.min(...RISK_SCALE);
const HIGHEST = Math.max(...RISK_SCALE);

const hazardName = (hazard: Hazard): string => hazard.label.trim() || (hazard.code ?? '');

function hazardIssues(check: StepChecks, plan: Plan, hazard: Hazard, index: number): PlanIssue[] {
  const at = ['hazards', index];
  const listedBefore = plan.hazards.slice(0, index).some((earlier) => earlier.code === hazard.code);
  return [
    ...check.errorIf(hazard.code === null, RULES['hazards.code'].required, [...at, 'code'], { number: index + 1 }),
    ...check.errorIf(hazard.code === 'other' && isBlank(hazard.label), 'hazard_label_required', [...at, 'label'], {
      number: index + 1,
    }),
    ...check.errorIf(hazard.likelihood === null, RULES['hazards.likelihood'].required, [...at, 'likelihood']),
    ...check.wholeNumberIn(hazard.likelihood, LOWEST, HIGHEST, [...at, 'likelihood']),
    ...check.errorIf(hazard.impact === null, RULES['hazards.impact'].required, [...at, 'impact']),
    ...check.wholeNumberIn(hazard.impact, LOWEST, HIGHEST, [...at, 'impact']),
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
    ...check.errorIf(scenario.hazardCode === null, RULES['scenarios.hazardCode'].required, [...at, 'hazardCode'], {
      number: index + 1,
    }),
    ...scenario.effects.flatMap((effect, position) => [
      ...check.errorIf(effect.resourceId === null, RULES['scenarios.effects.resourceId'].required, [...at, 'effects', position, 'resourceId'], {
        number: index + 1,
      }),
      ...check.errorIf(
        effect.unavailableDays === null,
        RULES['scenarios.effects.unavailableDays'].required,
        [...at, 'effects', position, 'unavailableDays'],
        { number: index + 1 },
      ),
      ...check.errorIf(
        effect.resourceId !== null && !resourceIds.has(effect.resourceId),
        'scenario_effect_resource_unknown',
        [...at, 'effects', position, 'resourceId'],
        { number: index + 1 },
      ),
      ...check.withinLimits(effect.unavailableDays, RULES['scenarios.effects.unavailableDays'], [...at, 'effects', position, 'unavailableDays']),
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
