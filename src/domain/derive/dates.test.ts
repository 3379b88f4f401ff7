import { describe, expect, it } from 'vitest';
import { addMonths, calendarDate, formatIsoDate, isoDay, parseIsoDate } from './dates';

const shifted = (iso: string, months: number): string => {
  const date = parseIsoDate(iso);
  if (date === null) throw new Error(`bad test date ${iso}`);
  return formatIsoDate(addMonths(date, months));
};

describe('parseIsoDate', () => {
  it('reads a yyyy-mm-dd date', () => {
    expect(parseIsoDate('2025-06-15')).toEqual({ year: 2025, month: 6, day: 15 });
  });

  it.each(['2024-02-29', '2000-02-29', '2025-12-31', '2025-04-30'])('accepts the real date %s', (value) => {
    expect(parseIsoDate(value)).not.toBeNull();
  });

  it.each([
    ['2025-02-29', 'no leap day in 2025'],
    ['2100-02-29', 'no leap day in 2100'],
    ['2025-04-31', 'April has 30 days'],
    ['2025-13-01', 'no month 13'],
    ['2025-00-10', 'no month 0'],
    ['2025-01-00', 'no day 0'],
    ['2025-6-15', 'month needs two digits'],
    ['15/06/2025', 'not ISO'],
    ['2025-06-15T10:00:00Z', 'a timestamp, not a date'],
    ['', 'empty'],
  ])('rejects %s (%s)', (value) => {
    expect(parseIsoDate(value)).toBeNull();
  });
});

describe('formatIsoDate', () => {
  it('pads months, days and years', () => {
    expect(formatIsoDate({ year: 2025, month: 3, day: 7 })).toBe('2025-03-07');
    expect(formatIsoDate({ year: 999, month: 12, day: 31 })).toBe('0999-12-31');
  });
});

describe('addMonths', () => {
  it.each([
    ['2025-01-15', 1, '2025-02-15'],
    ['2025-08-31', 6, '2026-02-28'],
    ['2023-08-31', 6, '2024-02-29'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2025-03-31', 1, '2025-04-30'],
    ['2025-11-30', 3, '2026-02-28'],
    ['2025-12-15', 1, '2026-01-15'],
    ['2025-03-31', -1, '2025-02-28'],
    ['2025-01-10', -2, '2024-11-10'],
    ['2025-06-15', -12, '2024-06-15'],
    ['2025-06-15', 0, '2025-06-15'],
  ])('%s plus %i months is %s', (from, months, expected) => {
    expect(shifted(from, months)).toBe(expected);
  });
});

describe('calendarDate and isoDay', () => {
  it('use the local calendar day of the moment', () => {
    const lateEvening = new Date(2024, 1, 29, 23, 59);
    expect(calendarDate(lateEvening)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(isoDay(lateEvening)).toBe('2024-02-29');
    expect(isoDay(new Date(2025, 0, 1, 0, 0))).toBe('2025-01-01');
  });
});
