import { describe, expect, it } from 'vitest';
import { resolveWidths } from './blocks';

const sum = (widths: readonly number[]) => widths.reduce((total, width) => total + width, 0);

describe('resolveWidths', () => {
  it('keeps the asked widths when every column is wide enough', () => {
    expect(resolveWidths([7, 35, 28, 16, 14], [5, 10, 10, 10, 10])).toEqual([7, 35, 28, 16, 14]);
  });

  it('widens a column to its minimum and takes the room from the others in proportion', () => {
    // Spanish "Prioridad" needs about 10 % of the table in a 7 % column
    const widths = resolveWidths([7, 35, 28, 16, 14], [10, 5, 5, 5, 5]);
    expect(widths[0]).toBe(10);
    expect(sum(widths)).toBeCloseTo(100, 1);
    expect(sum(widths)).toBeLessThanOrEqual(100);
    expect((widths[1] ?? 0) / (widths[2] ?? 1)).toBeCloseTo(35 / 28, 2);
  });

  it('fixes a column that falls below its minimum while others give way', () => {
    const widths = resolveWidths([10, 10, 80], [30, 9.5, 5]);
    expect(widths[0]).toBe(30);
    expect(widths[1]).toBe(9.5);
    expect(sum(widths)).toBeLessThanOrEqual(100);
    expect(sum(widths)).toBeCloseTo(100, 1);
  });

  it('shares the table in proportion to the minimums when they alone are too wide', () => {
    const widths = resolveWidths([50, 50], [90, 60]);
    expect(widths).toEqual([60, 40]);
  });
});
