/** "Baan Rim Nam Foods - BCP - th - 2026-11-27.pdf": readable, and safe on every file system. */
export function pdfFileName(company: string, language: string, date: Date): string {
  const name = company.replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 80) || 'plan';
  return `${name} - BCP - ${language} - ${date.toISOString().slice(0, 10)}.pdf`;
}
