import { downloadFileName, fileNameDay } from '../pdf/file-name';

/** "Baan Rim Nam Foods - Business continuity plan - th - 2026-11-27.docx": named as the plan's PDF is. */
export function docxFileName(company: string, kind: string, language: string, date: Date): string {
  return downloadFileName([company, kind, language, fileNameDay(date)], 'docx');
}
