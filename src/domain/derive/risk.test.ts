import { describe, expect, it } from 'vitest';
import { blankPlan, hazard } from '../testing/builders';
import { hazardsByScore, riskLevel, riskScore, topHazard } from './risk';

describe('riskScore', () => {
  it('multiplies likelihood by impact', () => {
    expect(riskScore(hazard({ likelihood: 4, impact: 3 }))).toBe(12);
    expect(riskScore(hazard({ likelihood: 1, impact: 1 }))).toBe(1);
    expect(riskScore(hazard({ likelihood: 5, impact: 5 }))).toBe(25);
  });

  it.each([
    [null, 3],
    [3, null],
    [0, 3],
    [3, 6],
    [2.5, 2],
    [-1, -1],
  ])('is null for likelihood %o and impact %o', (likelihood, impact) => {
    expect(riskScore(hazard({ likelihood, impact }))).toBeNull();
  });
});

describe('hazardsByScore and topHazard', () => {
  it('sorts by score, highest first, keeping ties in list order and unscored hazards last', () => {
    const plan = blankPlan();
    const unscored = hazard({ code: 'volcano' });
    const fire = hazard({ code: 'fire', likelihood: 2, impact: 5 });
    const flood = hazard({ code: 'flood', likelihood: 4, impact: 4 });
    const storm = hazard({ code: 'typhoon_storm', likelihood: 5, impact: 2 });
    const quake = hazard({ code: 'earthquake', likelihood: 4, impact: 4 });
    plan.hazards = [unscored, fire, flood, storm, quake];
    expect(hazardsByScore(plan)).toEqual([flood, quake, fire, storm, unscored]);
    expect(topHazard(plan)).toBe(flood);
  });

  it('has no top hazard when there are no hazards or none is scored', () => {
    const plan = blankPlan();
    expect(topHazard(plan)).toBeNull();
    plan.hazards = [hazard({ code: 'flood', likelihood: 3 })];
    expect(topHazard(plan)).toBeNull();
  });
});

describe('riskLevel', () => {
  it.each([
    [1, 'low'],
    [4, 'low'],
    [5, 'medium'],
    [9, 'medium'],
    [10, 'high'],
    [16, 'high'],
    [17, 'extreme'],
    [20, 'extreme'],
    [25, 'extreme'],
  ])('score %i is %s', (score, level) => {
    expect(riskLevel(score)).toBe(level);
  });
});
