/**
 * The Word document as another application reads it: the Thai and the Traditional Chinese example plans
 * are converted by LibreOffice (`soffice --headless --convert-to pdf`, both in one run, with a profile of
 * their own so that a LibreOffice already open is not disturbed) and read back with `pdftotext -raw`.
 * Chosen phrases come back exactly (names, headings, table cells, the footer's "page x of y" with the
 * real page count), and no page is blank (text besides its header and footer). LibreOffice, as Word does,
 * sets a small space between Chinese characters and Latin letters or digits ("300 毫升"), which pdftotext
 * reads as a space: only that space is taken out of its text before the phrases are looked for.
 *
 * Needs LibreOffice Writer and the Noto CJK fonts (Debian: libreoffice-writer-nogui fonts-noto-cjk,
 * installed by .ci/run). Without soffice it is skipped, saying so. DOCX_TEST_OUTPUT_DIR keeps the files.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TFunction } from 'i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bcpLeader, keyProductsByRank, type Plan } from '../domain';
import { foodManufacturerSample } from '../domain/samples';
import type { LanguageCode } from '../i18n/languages';
import { foodManufacturerTexts, localeResources } from '../pdf/testing/locale-resources';
import { pdfPageCount, pdfText } from '../pdf/testing/poppler-node';
import { createPdfTranslator, PDF_NAMESPACES } from '../pdf/translator';
import { fieldLabelKey } from '../questionnaire';
import { renderPlanDocx } from './render';

const NOW = new Date(2025, 5, 15, 9, 30);
const LANGUAGES = ['th', 'zh-Hant'] as const satisfies readonly LanguageCode[];
const CONVERSION_TIMEOUT = 120_000;

const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice', '/usr/lib/libreoffice/program/soffice'].find((path) => existsSync(path));
if (soffice === undefined) console.warn('libreoffice.node.test.ts skipped: soffice not found (apt-get install -y libreoffice-writer-nogui fonts-noto-cjk)');

const CJK = '[\\p{Script=Han}\\u3000-\\u303F\\uFF00-\\uFFEF]';
/** The text without the spaces LibreOffice's East Asian autospacing puts between CJK and Latin letters or digits. */
const withoutAutoSpace = (text: string): string =>
  text.replace(new RegExp(`(${CJK}) (?=[0-9A-Za-z])`, 'gu'), '$1').replace(new RegExp(`([0-9A-Za-z]) (?=${CJK})`, 'gu'), '$1');

interface Converted {
  plan: Plan;
  t: TFunction;
  pdf: string;
}

const outputDir = process.env.DOCX_TEST_OUTPUT_DIR;
let dir = '';
const converted = new Map<LanguageCode, Converted>();

beforeAll(async () => {
  if (soffice === undefined) return;
  dir = outputDir ?? mkdtempSync(join(tmpdir(), 'bcp-docx-libreoffice-'));
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (const language of LANGUAGES) {
    const t = await createPdfTranslator(language, localeResources(language, PDF_NAMESPACES));
    const plan = foodManufacturerSample(NOW, foodManufacturerTexts(language));
    const file = join(dir, `plan-${language}.docx`);
    writeFileSync(file, await renderPlanDocx({ plan, t, language, paperSize: 'A4', printedAt: NOW }));
    files.push(file);
    converted.set(language, { plan, t, pdf: join(dir, `plan-${language}.pdf`) });
  }
  const profile = mkdtempSync(join(tmpdir(), 'bcp-soffice-profile-'));
  try {
    execFileSync(
      soffice,
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, ...files],
      { stdio: 'pipe', timeout: CONVERSION_TIMEOUT },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}, CONVERSION_TIMEOUT + 30_000);

afterAll(() => {
  if (!outputDir && dir) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(soffice === undefined).each(LANGUAGES)('the %s Word document in LibreOffice', (language) => {
  const get = (): Converted => {
    const found = converted.get(language);
    if (found === undefined) throw new Error(`${language} was not converted`);
    return found;
  };

  it('shows the chosen phrases exactly as written', () => {
    const { plan, t, pdf } = get();
    const text = withoutAutoSpace(pdfText(pdf));
    const pages = pdfPageCount(pdf);
    const phrases = [
      plan.company.name,
      bcpLeader(plan).name,
      ...keyProductsByRank(plan).map((product) => product.name),
      t('pdf:quickCard.title'),
      t('pdf:appendix.contacts'),
      t(fieldLabelKey('emergency.firstActions')),
      t('pdf:column.whoDecides'),
      t('pdf:footer.page', { page: 1, total: pages }),
      t('pdf:footer.page', { page: pages, total: pages }),
    ];
    expect(phrases.filter((phrase) => !text.includes(phrase))).toEqual([]);
  });

  it('has no blank page', () => {
    const { plan, t, pdf } = get();
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThan(8);
    const chrome = [plan.company.name, t('pdf:document.title'), t('pdf:footer.privacy'), t('pdf:footer.printed', { date: '' }).trim()];
    const blank: number[] = [];
    for (let page = 1; page <= pages; page += 1) {
      const lines = pdfText(pdf, page)
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.includes(t('pdf:footer.page', { page, total: pages })) && !chrome.some((part) => part !== '' && line.startsWith(part)));
      if (lines.length === 0) blank.push(page);
    }
    expect(blank).toEqual([]);
  });
});
