/**
 * Dates, numbers and money in the reader's locale. Stored dates are ISO yyyy-mm-dd strings.
 * Our Spanish is written for Mexico and Latin America, whose numbers read 2,600,000.5 (not Spain's 2.600.000,5).
 */
const FORMATTING_LOCALES: Readonly<Record<string, string>> = { es: 'es-419' };

const formattingLocale = (language: string): string => FORMATTING_LOCALES[language] ?? language;

export function formatDate(isoDate: string, language: string): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(formattingLocale(language), { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

export function formatDateTime(isoTimestamp: string, language: string): string {
  const date = new Date(isoTimestamp);
  if (Number.isNaN(date.getTime())) return isoTimestamp;
  return new Intl.DateTimeFormat(formattingLocale(language), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function formatNumber(value: number, language: string, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(formattingLocale(language), { maximumFractionDigits }).format(value);
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
