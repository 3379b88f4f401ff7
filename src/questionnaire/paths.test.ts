import { describe, expect, it } from 'vitest';
import { fieldKey, isPathAsked, stepsForPath } from './paths';

describe('questionnaire paths', () => {
  it('walks all ten steps on the full path and a subset on the quick path', () => {
    expect(stepsForPath('full')).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(stepsForPath('quick')).toEqual([1, 2, 6, 10]);
  });

  it('turns a plan path into a translation key without list positions', () => {
    expect(fieldKey(['keyProducts', 3, 'rto', 'value'])).toBe('keyProducts.rto.value');
  });

  it('asks only the quick questions on the quick path', () => {
    expect(isPathAsked(['keyProducts', 0, 'rto', 'value'], 'quick')).toBe(true);
    expect(isPathAsked(['keyProducts', 0], 'quick')).toBe(true);
    expect(isPathAsked(['keyProducts', 0, 'description'], 'quick')).toBe(false);
    expect(isPathAsked(['scope', 'sections'], 'quick')).toBe(false);
    expect(isPathAsked(['scope', 'sections'], 'full')).toBe(true);
  });
});
