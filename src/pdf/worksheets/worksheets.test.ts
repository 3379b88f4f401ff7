/**
 * The blank worksheets, rendered in Node in every language and read back with poppler (pdffonts,
 * pdftotext -raw, pdfinfo): only embedded subset fonts, the questions and guidance of the app in the
 * chosen language, every step on its own sheet, and a page count a trainer can print for a room.
 *
 * Set PDF_TEST_OUTPUT_DIR to keep the PDFs (look at them with `pdftoppm -png -r 60 <file> <prefix>`).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TFunction } from 'i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGE_CODES, type LanguageCode } from '../../i18n/languages';
import type { PaperSize } from '../document/context';
import { registerPdfFontsForNode } from '../fonts-node';
import { PAGE_MARGIN } from '../document/styles';
import { layoutProblems } from '../testing/layout-problems-node';
import { pdfFonts, pdfPageCount, pdfText } from '../testing/poppler-node';
import { textLayerPattern } from '../testing/text-layer';
import { createPdfTranslator } from '../translator';
import { MAX_COLUMNS, WORKSHEETS } from './outline';
import { renderWorksheetsPdf, WORKSHEETS_NAMESPACES } from './render';

const RENDER_TIMEOUT = 120_000;
const outputDir = process.env.PDF_TEST_OUTPUT_DIR;

type Json = Record<string, unknown>;
const localeFiles = import.meta.glob<Json>('../../../locales/*/*.json', { eager: true, import: 'default' });

function resources(language: LanguageCode): Record<string, Json> {
  return Object.fromEntries(
    WORKSHEETS_NAMESPACES.map((namespace) => {
      const content = localeFiles[`../../../locales/${language}/${namespace}.json`];
      if (content === undefined) throw new Error(`locales/${language}/${namespace}.json is missing`);
      return [namespace, content];
    }),
  );
}

const OWN_FONT: Partial<Record<LanguageCode, string>> = { th: 'NotoSansThai', 'zh-Hant': 'NotoSansTC', 'zh-Hans': 'NotoSansSC', ja: 'NotoSansJP' };

let dir = '';
beforeAll(() => {
  registerPdfFontsForNode();
  dir = outputDir ?? mkdtempSync(join(tmpdir(), 'bcp-worksheets-'));
  mkdirSync(dir, { recursive: true });
});
afterAll(() => {
  if (!outputDir && dir) rmSync(dir, { recursive: true, force: true });
});

interface Rendered {
  file: string;
  t: TFunction;
  pages: string[];
}

async function render(language: LanguageCode, paperSize: PaperSize): Promise<Rendered> {
  const t = await createPdfTranslator(language, resources(language), { namespaces: WORKSHEETS_NAMESPACES });
  const bytes = await renderWorksheetsPdf({ t, language, paperSize });
  const file = join(dir, `worksheets-${language}-${paperSize}.pdf`);
  writeFileSync(file, bytes);
  const pages = pdfText(file).normalize('NFC').split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return { file, t, pages };
}

describe('the worksheet outline', () => {
  it('has one worksheet per step, ten in all, each with questions', () => {
    expect(WORKSHEETS.map((worksheet) => worksheet.step)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const worksheet of WORKSHEETS) expect(worksheet.sections.flatMap((section) => section.items).length).toBeGreaterThan(0);
  });

  it('turns every list into tables of at most MAX_COLUMNS columns that start with the item title', () => {
    const tables = WORKSHEETS.flatMap((worksheet) => worksheet.sections.flatMap((section) => section.items)).flatMap((item) =>
      item.kind === 'table' ? [item] : [],
    );
    const keyProducts = tables.find((table) => table.key === 'keyProducts');
    expect(keyProducts?.parts.length).toBe(2);
    expect(keyProducts?.parts.every((part) => part[0]?.key === 'keyProducts_name')).toBe(true);
    const effects = tables.find((table) => table.key === 'scenarios_effects');
    expect(effects?.parts[0]?.map((column) => column.key)).toEqual([
      'scenarios_hazardCode',
      'scenarios_effects_resourceId',
      'scenarios_effects_unavailableDays',
    ]);
    for (const table of tables) {
      for (const part of table.parts) expect(part.length, table.key).toBeLessThanOrEqual(MAX_COLUMNS);
      expect(table.rows, table.key).toBeGreaterThanOrEqual(4);
      expect(table.rows, table.key).toBeLessThanOrEqual(12);
    }
  });
});

describe.each(LANGUAGE_CODES.map((language) => [language, language === 'en' || language === 'th' ? 'LETTER' : 'A4'] as const))(
  'blank worksheets in %s on %s',
  (language, paperSize) => {
    let rendered: Rendered;
    beforeAll(async () => {
      rendered = await render(language, paperSize);
    }, RENDER_TIMEOUT);

    it('embeds only subset fonts of the app, its own script among them, never Helvetica', () => {
      const { rows, raw } = pdfFonts(rendered.file);
      expect(raw).not.toMatch(/Helvetica|Times|Courier/i);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row, raw).toMatchObject({ embedded: true, subset: true, unicode: true });
        expect(row.name, raw).toMatch(/^[A-Z]{6}\+NotoSans/);
      }
      const own = OWN_FONT[language] ?? 'NotoSans';
      expect(rows.some((row) => row.name.includes(`+${own}-`)), raw).toBe(true);
    });

    it('prints the questions and guidance of the app exactly, in the chosen language', () => {
      const { t, pages } = rendered;
      const text = pages.join('\n');
      const phrases = [
        t('worksheets:pdf.title'),
        t('steps:6.title'),
        t('fields:emergency_evacuation_assemblyPoint.label'),
        t('fields:emergency_evacuation_assemblyPoint.help'),
        t('fields:contacts_employees_mobile.label'),
        t('options:hazard.flood'),
        t('sections:callTree.title'),
      ];
      for (const phrase of phrases) expect(text, phrase).toMatch(textLayerPattern(phrase));
      expect(text).not.toMatch(/ำา|ํา|\uFFFD/);
    });

    it('starts every step on a new sheet with its own title and purpose', () => {
      const { t, pages } = rendered;
      for (const { step } of WORKSHEETS) {
        const first = pages.findIndex((page) => textLayerPattern(t(`steps:${step}.why`)).test(page));
        expect(first, `step ${step}`).toBeGreaterThan(0);
        expect(pages[first], `step ${step}`).toMatch(textLayerPattern(t(`steps:${step}.title`)));
      }
    });

    it('draws no text over other text or into the margins (long labels wrap in their columns)', () => {
      expect(layoutProblems(rendered.file, PAGE_MARGIN.side)).toEqual([]);
    });

    it('has "Page x of y" on every page and a page count within range', () => {
      const { t, pages } = rendered;
      expect(pages.length).toBe(pdfPageCount(rendered.file));
      expect(pages.length).toBeGreaterThanOrEqual(20);
      expect(pages.length).toBeLessThanOrEqual(40);
      const squeeze = (value: string) => value.replace(/\s+/g, '');
      pages.forEach((page, index) => {
        expect(squeeze(page), `page ${index + 1}`).toContain(squeeze(t('pdf:footer.page', { page: index + 1, total: pages.length })));
      });
    });
  },
);

