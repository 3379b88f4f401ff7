import { fileNamePart } from '../domain/file-name';

/** The day of a file name, as 2026-11-27. */
export function fileNameDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * "ร้านครัวป้าศรี - แผน BCP - th - 2026-11-27.pdf": the parts joined with " - ", each made safe on every file
 * system and left out when nothing is left of it. The words saying what the file is come in the PDF's language.
 */
export function downloadFileName(parts: readonly string[], extension: 'pdf' | 'zip' | 'docx'): string {
  return `${parts.map(fileNamePart).filter(Boolean).join(' - ')}.${extension}`;
}

/** A PDF of one plan (or of a part of it): company, what it is, its language or languages ("ja+th") and the day. */
export function pdfFileName(company: string, kind: string, languages: readonly string[], date: Date): string {
  return downloadFileName([company, kind, languages.join('+'), fileNameDay(date)], 'pdf');
}
