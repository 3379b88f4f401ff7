import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, planSchema, SCHEMA_VERSION } from '../domain';
import { parsePlanFile } from './plan-file';

/**
 * One plan file per schema version that has shipped, exactly as that version exported it.
 * When SCHEMA_VERSION goes up, a file of the version before stays here for ever.
 */
const FIXTURES = join(import.meta.dirname, '../../e2e/fixtures/plans');
const fixtures = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.bcp.json'))
  .map((name) => ({ name, text: readFileSync(join(FIXTURES, name), 'utf8') }));

/** Everything the owner typed: every string in the plan (ids and codes included, which no migration should lose either). */
function textsOf(value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    if (value !== '') found.add(value);
  } else if (Array.isArray(value)) value.forEach((item) => textsOf(item, found));
  else if (typeof value === 'object' && value !== null) Object.values(value).forEach((item) => textsOf(item, found));
  return found;
}

describe('plans from every shipped schema version', () => {
  it('has a fixture for every version before the current one', () => {
    const versions = new Set(
      fixtures.flatMap(({ text }) => (JSON.parse(text) as { plans: { schemaVersion: number }[] }).plans.map((plan) => plan.schemaVersion)),
    );
    for (let version = 1; version < Math.max(SCHEMA_VERSION, 2); version += 1) expect(versions, `a plan of schema version ${version}`).toContain(version);
  });

  it.each(fixtures)('$name opens at the current version with every text the owner typed', ({ text }) => {
    const rawPlans = (JSON.parse(text) as { plans: unknown[] }).plans;
    const plans = parsePlanFile(text);
    expect(plans).toHaveLength(rawPlans.length);
    plans.forEach((plan, index) => {
      expect(plan.schemaVersion).toBe(SCHEMA_VERSION);
      expect(planSchema.safeParse(plan).success).toBe(true);
      const kept = textsOf(plan);
      const lost = [...textsOf(rawPlans[index])].filter((typed) => !kept.has(typed));
      expect(lost, 'texts the migration dropped').toEqual([]);
      expect(migrate(plan)).toEqual(plan);
    });
  });
});
