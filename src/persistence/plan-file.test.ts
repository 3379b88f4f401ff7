import { describe, expect, it } from 'vitest';
import { createPlan, SCHEMA_VERSION, type Plan } from '../domain';
import {
  allPlansFileName,
  checkPlanFileSize,
  MAX_PLAN_FILE_BYTES,
  parsePlanFile,
  planFileGroups,
  planFileName,
  PlanFileError,
  readPlanFile,
  serializePlanFile,
} from './plan-file';

const errorOf = (text: string): PlanFileError | null => {
  try {
    parsePlanFile(text);
  } catch (error) {
    if (error instanceof PlanFileError) return error;
    throw error;
  }
  return null;
};

const problemOf = (text: string) => {
  try {
    parsePlanFile(text);
  } catch (error) {
    return error instanceof PlanFileError ? [error.problem, error.planIndex] : ['other'];
  }
  return ['none'];
};

describe('plan files', () => {
  it('round-trips one plan and a bundle of several exactly', () => {
    const plans = [createPlan('Panadería La Espiga', 'full'), createPlan('ร้านข้าวแกงป้าศรี', 'quick')];
    expect(parsePlanFile(serializePlanFile(plans.slice(0, 1)))).toEqual(plans.slice(0, 1));
    expect(parsePlanFile(serializePlanFile(plans))).toEqual(plans);
  });

  it('names what is wrong with a file that is not a plan file', () => {
    expect(problemOf('{not json')).toEqual(['not_json', undefined]);
    expect(problemOf('{"format":"something-else","version":1,"plans":[]}')).toEqual(['wrong_format', undefined]);
    expect(problemOf('[]')).toEqual(['wrong_format', undefined]);
    expect(problemOf('{"format":"bcp-builder-plans","version":99,"plans":[]}')).toEqual(['future_version', undefined]);
    expect(problemOf('{"format":"bcp-builder-plans","version":1,"plans":[]}')).toEqual(['no_plans', undefined]);
    const manyPlans = Array.from({ length: 1001 }, (_, index) => ({ id: `p${index}`, createdAt: '', updatedAt: '' }));
    expect(problemOf(JSON.stringify({ format: 'bcp-builder-plans', version: 1, plans: manyPlans }))).toEqual(['too_many_plans', undefined]);
  });

  it('refuses the whole file when one plan in it is broken, saying which', () => {
    const good = createPlan('Good', 'full');
    const text = JSON.stringify({ format: 'bcp-builder-plans', version: 1, plans: [good, { id: 'x', schemaVersion: SCHEMA_VERSION + 1 }] });
    expect(problemOf(text)).toEqual(['invalid_plan', 1]);
  });

  it('says which plan of a bundle is broken, what it is called and which of its fields is missing or wrong', () => {
    const good = createPlan('Good', 'full');
    const withoutDate: Partial<Plan> = createPlan('Toko Maju', 'quick');
    delete withoutDate.createdAt;
    const wrongPath = { ...createPlan('Wrong path', 'full'), path: 'medium' };
    const text = JSON.stringify({ format: 'bcp-builder-plans', version: 1, plans: [good, withoutDate, wrongPath] });
    const error = errorOf(text);
    expect([error?.problem, error?.planIndex, error?.planName]).toEqual(['invalid_plan', 1, 'Toko Maju']);
    expect(error?.cause?.issues).toEqual([{ path: ['createdAt'], missing: true }]);

    const listItem = createPlan('Sites', 'full');
    const raw = { ...listItem, company: { ...listItem.company, sites: [{ id: 's1', name: 'Shop' }, { name: 'Store' }] } };
    const inList = errorOf(JSON.stringify({ format: 'bcp-builder-plans', version: 1, plans: [raw, wrongPath] }));
    expect(inList?.planIndex).toBe(0);
    expect(inList?.cause?.issues).toEqual([{ path: ['company', 'sites', 1, 'id'], missing: true }]);
    expect(errorOf(JSON.stringify({ format: 'bcp-builder-plans', version: 1, plans: [wrongPath] }))?.cause?.issues).toEqual([
      { path: ['path'], missing: false },
    ]);
  });

  it('refuses a file over the size limit before and while reading it', () => {
    expect(() => checkPlanFileSize(MAX_PLAN_FILE_BYTES)).not.toThrow();
    expect(() => checkPlanFileSize(MAX_PLAN_FILE_BYTES + 1)).toThrow(expect.objectContaining({ problem: 'too_large' }));
    expect(problemOf(' '.repeat(MAX_PLAN_FILE_BYTES + 1))).toEqual(['too_large', undefined]);
  });

  it('tells when the file was written, when it says so', () => {
    const plans = [createPlan('A', 'full')];
    expect(readPlanFile(serializePlanFile(plans, new Date('2026-05-04T03:02:01Z'))).exportedAt).toBe('2026-05-04T03:02:01.000Z');
    expect(readPlanFile(JSON.stringify({ format: 'bcp-builder-plans', version: 1, exportedAt: 'soon', plans })).exportedAt).toBeNull();
  });

  it('names files after the business and the date, safe on every file system', () => {
    const date = new Date('2026-11-27T08:00:00Z');
    expect(planFileName('Baan Rim Nam Foods', date)).toBe('Baan Rim Nam Foods - BCP - 2026-11-27.bcp.json');
    expect(planFileName('A/B: "C" <D>', date)).toBe('A B C D - BCP - 2026-11-27.bcp.json');
    expect(planFileName('  ', date)).toBe('plan - BCP - 2026-11-27.bcp.json');
    expect(planFileName('บริษัท บ้านริมน้ำฟู้ดส์', date)).toBe('บริษัท บ้านริมน้ำฟู้ดส์ - BCP - 2026-11-27.bcp.json');
    expect(allPlansFileName(date)).toBe('BCP Builder plans - 2026-11-27.bcp.json');
  });

  it('splits plans into as few files as fit the size limit, in order, so that every exported file can be imported', () => {
    const plans = ['Shop A', 'Shop B', 'Shop C', 'Shop D', 'Shop E'].map((name) => createPlan(name, 'full', new Date('2026-11-27T00:00:00Z')));
    const bytes = (group: Plan[]) => new TextEncoder().encode(serializePlanFile(group, new Date('2026-11-27T00:00:00Z'))).byteLength;
    const limit = bytes(plans.slice(0, 2)) + 64;
    const groups = planFileGroups(plans, limit);
    expect(groups.flat()).toEqual(plans);
    expect(groups).toHaveLength(3);
    for (const group of groups) expect(bytes(group)).toBeLessThanOrEqual(limit);
    expect(planFileGroups(plans)).toEqual([plans]);
    expect(planFileGroups(plans, MAX_PLAN_FILE_BYTES, 2).map((group) => group.length)).toEqual([2, 2, 1]);
    const mixed = ['Toko Maju', 'บริษัท บ้านริมน้ำฟู้ดส์ จำกัด', '東京精機株式会社', 'Cơ sở Hải Sản Ngọc Lan'].map((name) => createPlan(name, 'quick'));
    for (const group of planFileGroups(mixed, limit)) expect(bytes(group)).toBeLessThanOrEqual(limit);
    expect(allPlansFileName(new Date('2026-11-27T08:00:00Z'), 2, 3)).toBe('BCP Builder plans - 2026-11-27 - 2 of 3.bcp.json');
  });
});
