import { fileNamePart } from '../domain/file-name';

/** "Baan Rim Nam Foods - BCP - th - 2026-11-27.pdf": readable, and safe on every file system. */
export function pdfFileName(company: string, language: string, date: Date): string {
  return `${fileNamePart(company) || 'plan'} - BCP - ${language} - ${date.toISOString().slice(0, 10)}.pdf`;
}
