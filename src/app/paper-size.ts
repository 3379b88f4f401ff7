import type { PaperSize } from '../pdf/worker-protocol';

/** Countries that print on US Letter; everyone else uses A4. */
const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'GT', 'CR', 'PA', 'DO', 'SV', 'NI', 'PR']);

/** The paper this browser's region prints on. */
export function defaultPaperSize(): PaperSize {
  const region = new Intl.Locale(navigator.language).maximize().region ?? '';
  return LETTER_REGIONS.has(region) ? 'LETTER' : 'A4';
}
