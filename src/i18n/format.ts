/**
 * Dates, numbers and money in the reader's locale. Stored dates are ISO yyyy-mm-dd strings.
 * Our Spanish is written for Mexico and Latin America, whose numbers read 2,600,000.5 (not Spain's 2.600.000,5).
 */
const FORMATTING_LOCALES: Readonly<Record<string, string>> = { es: 'es-419' };

const formattingLocale = (language: string): string => FORMATTING_LOCALES[language] ?? language;

const DATE_FORMATS: Readonly<Record<'date' | 'dateTime' | 'time', Intl.DateTimeFormatOptions>> = {
  date: { dateStyle: 'medium', timeZone: 'UTC' },
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
  time: { timeStyle: 'short' },
};
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** Building a formatter costs far more than using one (a list of 500 plans formats about 1,000 dates): one per language and style. */
function dateFormat(language: string, style: keyof typeof DATE_FORMATS): Intl.DateTimeFormat {
  const key = `${language} ${style}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(formattingLocale(language), DATE_FORMATS[style]);
    dateFormats.set(key, format);
  }
  return format;
}

export function formatDate(isoDate: string, language: string): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return dateFormat(language, 'date').format(date);
}

export function formatDateTime(isoTimestamp: string, language: string): string {
  const date = new Date(isoTimestamp);
  if (Number.isNaN(date.getTime())) return isoTimestamp;
  return dateFormat(language, 'dateTime').format(date);
}

/** The time of day alone (10:42), for moments of the day in view. */
export function formatTime(isoTimestamp: string, language: string): string {
  const date = new Date(isoTimestamp);
  if (Number.isNaN(date.getTime())) return isoTimestamp;
  return dateFormat(language, 'time').format(date);
}

export function formatNumber(value: number, language: string, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(formattingLocale(language), { maximumFractionDigits }).format(value);
}

/**
 * The value rounded as formatNumber shows it: the count for a plural, so that the words agree with the
 * number printed next to them (1.04 months shows "1" and must read "1 mes", not "1 meses").
 */
export function roundedAsShown(value: number, maximumFractionDigits = 1): number {
  const factor = 10 ** maximumFractionDigits;
  return Math.round(value * factor) / factor;
}

export function formatMoney(amount: number, currency: string, language: string): string {
  try {
    return new Intl.NumberFormat(formattingLocale(language), { style: 'currency', currency, maximumFractionDigits: 0 }).format(
      amount,
    );
  } catch {
    return `${formatNumber(amount, language, 0)} ${currency}`;
  }
}
