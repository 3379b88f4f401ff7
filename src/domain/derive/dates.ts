/**
 * Calendar dates without a time of day or a time zone. Plans store them as ISO `yyyy-mm-dd`
 * strings, which sort and compare correctly as plain strings.
 */
export interface CalendarDate {
  year: number;
  /** 1 = January. */
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const THIRTY_DAY_MONTHS = [4, 6, 9, 11];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return THIRTY_DAY_MONTHS.includes(month) ? 30 : 31;
}

/** The date in a `yyyy-mm-dd` string, or null when it is not a real calendar date. */
export function parseIsoDate(value: string): CalendarDate | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function formatIsoDate({ year, month, day }: CalendarDate): string {
  const twoDigits = (value: number) => String(value).padStart(2, '0');
  return `${String(year).padStart(4, '0')}-${twoDigits(month)}-${twoDigits(day)}`;
}

/**
 * The same day so many months later (or earlier, when negative). A day that the target month
 * lacks is clamped to its last day: Aug 31 + 6 months = Feb 28, or Feb 29 in a leap year.
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const monthIndex = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/** The calendar day of a moment as the user's own clock shows it (local time). */
export function calendarDate(moment: Date): CalendarDate {
  return { year: moment.getFullYear(), month: moment.getMonth() + 1, day: moment.getDate() };
}

/** Today's date (for the given moment) as a `yyyy-mm-dd` string, in local time. */
export function isoDay(moment: Date): string {
  return formatIsoDate(calendarDate(moment));
}
