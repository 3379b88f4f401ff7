/** "Baan Rim Nam Foods - Continuity summary - th - 2026-11-27.pdf"; a bilingual one is "… - ja+th - …". */
export function summaryFileName(company: string, languages: readonly string[], date: Date): string {
  const name = company.replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 80) || 'plan';
  return `${name} - Continuity summary - ${languages.join('+')} - ${date.toISOString().slice(0, 10)}.pdf`;
}
