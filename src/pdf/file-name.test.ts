import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '../i18n/languages';
import { downloadFileName, pdfFileName } from './file-name';

type Json = string | { [key: string]: Json };
const locales = import.meta.glob<Json>('../../locales/*/{common,worksheets}.json', { eager: true, import: 'default' });

function text(language: string, namespace: string, path: string): string {
  let node: Json | undefined = locales[`../../locales/${language}/${namespace}.json`];
  for (const key of path.split('.')) node = typeof node === 'object' ? node[key] : undefined;
  if (typeof node !== 'string') throw new Error(`${language} ${namespace}:${path} is missing`);
  return node;
}

/** The words that say what a downloaded file is, one per kind of download. */
const FILE_KINDS = [
  ['common', 'print.fileName.plan'],
  ['common', 'print.fileName.summary'],
  ['worksheets', 'ui.worksheets.fileName'],
  ['worksheets', 'ui.batch.fileName'],
  ['worksheets', 'ui.cards.fileName'],
] as const;

const day = new Date('2026-11-27T10:00:00Z');

describe('download file names', () => {
  it("name the company, what the file is in the PDF's language, the language and the day", () => {
    expect(pdfFileName('ร้านครัวป้าศรี', text('th', 'common', 'print.fileName.plan'), ['th'], day)).toBe(
      'ร้านครัวป้าศรี - แผน BCP - th - 2026-11-27.pdf',
    );
    expect(pdfFileName('有限会社まるや食堂', text('ja', 'common', 'print.fileName.summary'), ['th', 'ja'], day)).toBe(
      '有限会社まるや食堂 - 事業継続計画の概要 - th+ja - 2026-11-27.pdf',
    );
    expect(downloadFileName([text('vi', 'worksheets', 'ui.worksheets.fileName'), 'vi', 'A4'], 'pdf')).toBe('Phiếu làm việc BCP - vi - A4.pdf');
  });

  it('drop characters that file systems refuse, and a company name of which nothing is left', () => {
    expect(pdfFileName('A/B: "C"?', 'BCP', ['en'], day)).toBe('A B C - BCP - en - 2026-11-27.pdf');
    expect(pdfFileName('  ', text('es', 'common', 'print.fileName.plan'), ['es'], day)).toBe('Plan de continuidad - es - 2026-11-27.pdf');
  });

  it.each(LANGUAGE_CODES.filter((language) => language !== 'en'))("are in %s, not English, and safe on every file system", (language) => {
    for (const [namespace, path] of FILE_KINDS) {
      const words = text(language, namespace, path);
      expect(words, `${namespace}:${path}`).not.toBe(text('en', namespace, path));
      expect(downloadFileName([words], 'pdf'), `${namespace}:${path}`).toBe(`${words}.pdf`);
    }
  });
});
