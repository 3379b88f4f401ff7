/**
 * The plan file shipped with schema version 1 (e2e/fixtures/plans/schema-v1.bcp.json, the Thai example
 * as exported by the first release) opens in this version: migrated to the current schema, with every
 * piece of text the user typed kept exactly.
 */
import { describe, expect, it } from 'vitest';
import text from '../../e2e/fixtures/plans/schema-v1.bcp.json?raw';
import { bcpDeputy, bcpLeader, SCHEMA_VERSION } from '../domain';
import { parsePlanFile } from './plan-file';

const raw = JSON.parse(text) as { plans: Record<string, unknown>[] };

/** Every string in a value, with the path it sits at. */
function stringsByPath(value: unknown, path = ''): Map<string, string> {
  const found = new Map<string, string>();
  if (typeof value === 'string') found.set(path, value);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      for (const [innerPath, string] of stringsByPath(inner, `${path}/${key}`)) found.set(innerPath, string);
    }
  }
  return found;
}

describe('the schema version 1 plan file', () => {
  const [original] = raw.plans;
  const [plan] = parsePlanFile(text);

  it('is a version 1 file', () => {
    expect(original?.schemaVersion).toBe(1);
    expect(raw.plans).toHaveLength(1);
  });

  it('opens as the current version with the partner summary defaults', () => {
    expect(plan?.schemaVersion).toBe(SCHEMA_VERSION);
    expect(plan?.partnerSummary).toEqual({ hiddenItems: [], contactId: null, partnerLanguage: null });
  });

  /** Step 1's own copies of the leader's and deputy's name and phone, which version 3 keeps on their staff records. */
  const STEP_1_PEOPLE = ['/team/leader/name', '/team/leader/phone', '/team/deputy/name', '/team/deputy/phone'];
  /** The export time version 1 kept in the plan (always empty, never written), which version 4 drops. */
  const DROPPED = ['/lastExportedAt'];

  it('keeps every text at its place, and the leader and deputy on their staff records', () => {
    const before = stringsByPath(original);
    const after = stringsByPath(plan);
    expect(before.size).toBeGreaterThan(100);
    for (const [path, string] of before) {
      if (!STEP_1_PEOPLE.includes(path) && !DROPPED.includes(path)) expect(after.get(path), path).toBe(string);
    }
    expect(plan && bcpLeader(plan)).toMatchObject({ name: before.get('/team/leader/name'), phone: before.get('/team/leader/phone') });
    expect(plan && bcpDeputy(plan)).toMatchObject({ name: before.get('/team/deputy/name'), phone: before.get('/team/deputy/phone') });
  });

  it('keeps everything else too', () => {
    const team = original?.team as { leader: Record<string, unknown> };
    const leader = Object.fromEntries(Object.entries(team.leader).filter(([key]) => key !== 'name' && key !== 'phone'));
    const kept = Object.fromEntries(Object.entries(original ?? {}).filter(([key]) => key !== 'lastExportedAt'));
    expect(original?.lastExportedAt).toBe('');
    expect(plan).not.toHaveProperty('lastExportedAt');
    expect(plan).toMatchObject({ ...kept, schemaVersion: SCHEMA_VERSION, team: { ...team, leader, deputy: {} } });
    expect(plan?.contacts.employees).toHaveLength((original?.contacts as { employees: unknown[] }).employees.length);
  });
});
