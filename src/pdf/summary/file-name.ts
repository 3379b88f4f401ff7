import { fileNamePart } from '../../domain/file-name';

/** "Baan Rim Nam Foods - Continuity summary - th - 2026-11-27.pdf"; a bilingual one is "… - ja+th - …". */
export function summaryFileName(company: string, languages: readonly string[], date: Date): string {
  return `${fileNamePart(company) || 'plan'} - Continuity summary - ${languages.join('+')} - ${date.toISOString().slice(0, 10)}.pdf`;
}
