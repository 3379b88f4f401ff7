import { cleanPlanData } from './clean-data';
import { linkTeamToStaff } from './migrate-team';
import { PlanDataError } from './plan-data-error';
import { planSchema, SCHEMA_VERSION, type Plan } from './plan';

export { PlanDataError, type PlanDataIssue } from './plan-data-error';

type RawPlan = Record<string, unknown>;

function dropLastExportedAt(plan: RawPlan): RawPlan {
  const upgraded = { ...plan };
  delete upgraded.lastExportedAt;
  return upgraded;
}

/** Steps from one schema version to the next, keyed by the version they upgrade from. */
const UPGRADES: Record<number, (plan: RawPlan) => RawPlan> = {
  /** Version 2 adds the owner's choices for the partner summary: nothing hidden, no contact, one language. */
  1: (plan) => ({ ...plan, partnerSummary: { hiddenItems: [], contactId: null, partnerLanguage: null } }),
  /** Version 3 links the BCP leader and deputy to their staff records, which hold their one name and phone. */
  2: linkTeamToStaff,
  /**
   * Version 4 adds the incidents run from the emergency screen (none yet: the schema's default) and drops
   * `lastExportedAt`, which no version wrote after the export times moved out of the plan (database v2).
   */
  3: dropLastExportedAt,
};

function isRecord(value: unknown): value is RawPlan {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The one way in for a plan from anywhere (IndexedDB, an imported file, an older app):
 * cleans it (cleanPlanData), upgrades it version by version, fills missing fields with defaults, keeps unknown fields,
 * and throws PlanDataError when it cannot be read.
 */
export function migrate(raw: unknown): Plan {
  if (!isRecord(raw)) throw new PlanDataError('not_an_object');
  const declared = raw.schemaVersion;
  let version = typeof declared === 'number' && Number.isInteger(declared) ? declared : 1;
  if (version > SCHEMA_VERSION) throw new PlanDataError('future_version', [String(version)]);
  let upgraded = cleanPlanData(raw) as RawPlan;
  while (version < SCHEMA_VERSION) {
    const upgrade = UPGRADES[version];
    if (upgrade) upgraded = upgrade(upgraded);
    version += 1;
  }
  const result = planSchema.safeParse({ ...upgraded, schemaVersion: SCHEMA_VERSION }, { reportInput: true });
  if (!result.success) {
    throw new PlanDataError(
      'invalid',
      result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.code}`),
      result.error.issues.map((issue) => ({
        path: issue.path.map((segment) => (typeof segment === 'number' ? segment : String(segment))),
        missing: issue.code === 'invalid_type' && issue.input === undefined,
      })),
    );
  }
  return result.data;
}
