/**
 * The printed plan, rendered in Node and read back with poppler (pdffonts, pdftotext -raw, pdfinfo):
 * - the example plan in every language that has locales/<lng>/pdf.json (translators add files, this
 *   picks them up), built from that language's own example texts;
 * - the large plan (English): long tables continue over pages with their header row repeated;
 * - a Thai plan with a Chinese supplier and a Vietnamese address: every script comes back;
 * - a new, empty plan: no empty tables, "Not yet written" instead;
 * - a Quick plan (English and Thai): a short plan of what the Quick path asks, nothing "not yet written".
 * Each document is rendered once.
 *
 * Set PDF_TEST_OUTPUT_DIR to keep the PDFs and timings.json (look at the pages with
 * `pdftoppm -png -r 60 <file> <prefix>`).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TFunction } from 'i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bcpLeader, createPlan, keyProductsByRank, type Plan } from '../../domain';
import {
  foodManufacturerSample,
  largePlan,
  restaurantSample,
  serviceFirmSample,
  type ExampleTexts,
} from '../../domain/samples';
import { isLanguageCode, type LanguageCode } from '../../i18n/languages';
import { registerPdfFontsForNode } from '../fonts-node';
import { NO_END, NO_START } from '../line-breaking';
import { renderPlanPdf } from '../render';
import { pdfFonts, pdfPageCount, pdfText } from '../testing/poppler-node';
import { layoutProblems } from '../testing/layout-problems-node';
import { textLayerPattern } from '../testing/text-layer';
import { createPdfTranslator, PDF_NAMESPACES, type PdfNamespace } from '../translator';
import type { PaperSize } from './PlanDocument';
import { PAGE_MARGIN } from './styles';

const NOW = new Date(2025, 5, 15, 9, 30);
const outputDir = process.env.PDF_TEST_OUTPUT_DIR;
const RENDER_TIMEOUT = 120_000;

type Json = Record<string, unknown>;
const localeOf = (path: string): string => /locales\/([^/]+)\//.exec(path)?.[1] ?? path;
const byLocale = <T>(files: Record<string, T>): Map<string, T> =>
  new Map(Object.entries(files).map(([path, content]) => [localeOf(path), content]));

const pdfFiles = byLocale(import.meta.glob<Json>('../../../locales/*/pdf.json', { eager: true, import: 'default' }));
const fieldFiles = byLocale(import.meta.glob<Json>('../../../locales/*/fields.json', { eager: true, import: 'default' }));
const optionFiles = byLocale(import.meta.glob<Json>('../../../locales/*/options.json', { eager: true, import: 'default' }));
const stepFiles = byLocale(import.meta.glob<Json>('../../../locales/*/steps.json', { eager: true, import: 'default' }));
const commonFiles = byLocale(import.meta.glob<Json>('../../../locales/*/common.json', { eager: true, import: 'default' }));
const exampleFiles = byLocale(
  import.meta.glob<ExampleTexts>('../../../locales/*/examples/food-manufacturer.json', { eager: true, import: 'default' }),
);

const restaurantFiles = byLocale(
  import.meta.glob<ExampleTexts>('../../../locales/*/examples/restaurant.json', { eager: true, import: 'default' }),
);
const serviceFirmFiles = byLocale(
  import.meta.glob<ExampleTexts>('../../../locales/*/examples/service-firm.json', { eager: true, import: 'default' }),
);

/** Every language with a pdf.json: today English, then each translation as it arrives. */
const PDF_LANGUAGES: LanguageCode[] = [...pdfFiles.keys()].filter(isLanguageCode).sort();

function resources(language: LanguageCode): Record<PdfNamespace, Json> {
  const files: Record<PdfNamespace, Map<string, Json>> = { pdf: pdfFiles, fields: fieldFiles, options: optionFiles, steps: stepFiles, common: commonFiles };
  return Object.fromEntries(
    PDF_NAMESPACES.map((namespace) => {
      const content = files[namespace].get(language);
      if (content === undefined) throw new Error(`locales/${language}/${namespace}.json is missing`);
      return [namespace, content];
    }),
  ) as Record<PdfNamespace, Json>;
}

function exampleTexts(language: string): ExampleTexts {
  const texts = exampleFiles.get(language);
  if (texts === undefined) throw new Error(`locales/${language}/examples/food-manufacturer.json is missing`);
  return texts;
}

function textsIn<T>(files: Map<string, T>, example: string, language: string): T {
  const texts = files.get(language);
  if (texts === undefined) throw new Error(`locales/${language}/examples/${example}.json is missing`);
  return texts;
}

/** Each example plan in each language: its kind, the name of its PDF file and how to build it. */
const EXAMPLE_PLANS = PDF_LANGUAGES.flatMap((language) => [
  [language, 'food manufacturer', `example-${language}`, () => foodManufacturerSample(NOW, exampleTexts(language))] as const,
  [language, 'restaurant', `restaurant-${language}`, () => restaurantSample(NOW, textsIn(restaurantFiles, 'restaurant', language))] as const,
  [
    language,
    'service firm',
    `service-firm-${language}`,
    () => serviceFirmSample(NOW, textsIn(serviceFirmFiles, 'service-firm', language)),
  ] as const,
]);

let dir = '';
const timings: Record<string, { ms: number; pages: number; bytes: number }> = {};

beforeAll(() => {
  registerPdfFontsForNode();
  dir = outputDir ?? mkdtempSync(join(tmpdir(), 'bcp-plan-pdf-'));
  mkdirSync(dir, { recursive: true });
});

afterAll(() => {
  if (outputDir) writeFileSync(join(outputDir, 'plan-timings.json'), `${JSON.stringify(timings, null, 2)}\n`);
  else if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Rendered {
  file: string;
  t: TFunction;
  /** The text of each page (pdftotext -raw, NFC), index 0 = page 1. */
  pages: string[];
}

async function render(name: string, plan: Plan, language: LanguageCode, paperSize: PaperSize = 'A4'): Promise<Rendered> {
  const t = await createPdfTranslator(language, resources(language));
  const started = performance.now();
  const bytes = await renderPlanPdf({ plan, t, language, paperSize, printedAt: NOW });
  const ms = Math.round(performance.now() - started);
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  const pages = pdfText(file).normalize('NFC').split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  timings[name] = { ms, pages: pdfPageCount(file), bytes: bytes.byteLength };
  return { file, t, pages };
}

/** Only embedded subset TrueType fonts of the app, never a standard font such as Helvetica. */
function expectOnlyEmbeddedSubsets(file: string): string[] {
  const { rows, raw } = pdfFonts(file);
  expect(raw).not.toMatch(/Helvetica|Times|Courier/i);
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    expect(row, raw).toMatchObject({ embedded: true, subset: true, unicode: true });
    expect(row.name, raw).toMatch(/^[A-Z]{6}\+NotoSans/);
  }
  return rows.map((row) => row.name);
}

/** "Page i of N" (in the document's language) on every page; spaces do not count (ja prints "1/3"). */
function expectPageFooters({ pages, t }: Rendered): void {
  const squeeze = (text: string) => text.replace(/\s+/g, '');
  pages.forEach((text, index) => {
    expect(squeeze(text), `page ${index + 1}`).toContain(squeeze(t('pdf:footer.page', { page: index + 1, total: pages.length })));
  });
}

/** No line may start with closing punctuation or end with opening punctuation. */
function lineEdgeViolations(pages: readonly string[]): string[] {
  return pages.flatMap((text, index) =>
    text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => {
        const chars = Array.from(line);
        return chars.length > 0 && (NO_START.has(chars[0] ?? '') || NO_END.has(chars.at(-1) ?? ''));
      })
      .map((line) => `page ${index + 1}: ${line}`),
  );
}

const OWN_FONT: Partial<Record<LanguageCode, string>> = { th: 'NotoSansThai', 'zh-Hant': 'NotoSansTC', 'zh-Hans': 'NotoSansSC', ja: 'NotoSansJP' };

const phrasesOf = (plan: Plan): string[] => [
  plan.company.name,
  keyProductsByRank(plan)[0]?.name ?? '',
  plan.emergency.evacuation.assemblyPoint,
  bcpLeader(plan).phone,
  plan.scope.sections[0]?.name ?? '',
  plan.purpose.statement,
];

describe('the printed plan', () => {
  it('is available in English at least', () => {
    expect(PDF_LANGUAGES).toContain('en');
  });

  describe.each(EXAMPLE_PLANS)('example plan in %s: %s', (language, _kind, name, build) => {
    const plan = build();
    let rendered: Rendered;

    beforeAll(async () => {
      rendered = await render(name, plan, language);
    }, RENDER_TIMEOUT);

    it('embeds only subset fonts, its own script first', () => {
      const names = expectOnlyEmbeddedSubsets(rendered.file);
      const own = OWN_FONT[language] ?? 'NotoSans';
      expect(names.some((name) => name.includes(`+${own}-`)), names.join(', ')).toBe(true);
    });

    it("gives the plan's own text back exactly", () => {
      const text = rendered.pages.join('\n');
      for (const phrase of phrasesOf(plan)) {
        expect(phrase).not.toBe('');
        expect(text, phrase).toMatch(textLayerPattern(phrase));
      }
      expect(text).not.toMatch(/ำา|ํา|\uFFFD/);
    });

    it('prints "Page x of y" on every page, within a sensible page count', () => {
      expect(rendered.pages.length).toBe(pdfPageCount(rendered.file));
      expect(rendered.pages.length).toBeGreaterThanOrEqual(10);
      expect(rendered.pages.length).toBeLessThanOrEqual(24);
      expectPageFooters(rendered);
    });

    it('starts no line with closing punctuation and ends none with opening punctuation', () => {
      expect(lineEdgeViolations(rendered.pages)).toEqual([]);
    });

    it('draws no text over other text, into the margins or across the running header and footer', () => {
      expect(layoutProblems(rendered.file, PAGE_MARGIN.side, PAGE_MARGIN)).toEqual([]);
    });

    it('stays within its size budget (400 KB)', () => {
      expect(timings[name]?.bytes).toBeLessThan(400 * 1024);
    });

    it('puts the headings in the PDF language', () => {
      const text = rendered.pages.join('\n');
      for (const heading of [rendered.t('pdf:quickCard.title'), rendered.t('steps:4.title'), rendered.t('pdf:appendix.walletCards')]) {
        expect(text, heading).toMatch(textLayerPattern(heading));
      }
    });
  });

  describe('large plan in English on US Letter', () => {
    const plan = largePlan(NOW, exampleTexts('en'));
    let rendered: Rendered;

    beforeAll(async () => {
      rendered = await render('large-en-letter', plan, 'en', 'LETTER');
    }, RENDER_TIMEOUT);

    it('embeds only subset fonts and numbers every page', () => {
      expectOnlyEmbeddedSubsets(rendered.file);
      expect(rendered.pages.length).toBeGreaterThanOrEqual(50);
      expect(rendered.pages.length).toBeLessThanOrEqual(120);
      expectPageFooters(rendered);
    });

    it('continues the staff table over several pages, repeating its header row on each', () => {
      const { pages, t } = rendered;
      const header = t('fields:contacts_employees_altPhone.label');
      // the cover lists the appendices too: look after it
      const start = pages.findIndex((text, index) => index > 0 && text.includes(t('pdf:appendix.contacts')));
      const end = pages.findIndex((text, index) => index >= start && text.includes(t('fields:contacts_external.label')));
      expect(start).toBeGreaterThan(0);
      expect(end).toBeGreaterThan(start);
      const staffPages = pages.slice(start, end + 1);
      expect(staffPages.length).toBeGreaterThanOrEqual(3);
      for (const [index, text] of staffPages.entries()) {
        expect(text.split(header).length - 1, `page ${start + index + 1}`).toBe(1);
      }
      // the header is printed nowhere else, and every employee is listed
      expect(pages.join('\n').split(header).length - 1).toBe(staffPages.length);
      const staffText = staffPages.join('\n');
      for (const employee of [plan.contacts.employees[0], plan.contacts.employees.at(-1)]) {
        expect(staffText).toMatch(textLayerPattern(employee?.name ?? '?'));
      }
    });

    it('draws no text over other text or into the margins', () => {
      expect(layoutProblems(rendered.file, PAGE_MARGIN.side, PAGE_MARGIN)).toEqual([]);
    });

    it('flags the key products without a strategy', () => {
      const text = rendered.pages.join('\n');
      expect(text.split(rendered.t('pdf:value.noStrategy')).length - 1).toBe(2);
    });

    it('starts no line with closing punctuation and ends none with opening punctuation', () => {
      expect(lineEdgeViolations(rendered.pages)).toEqual([]);
    });
  });

  describe('a Thai plan with a Chinese supplier and a Vietnamese address', () => {
    const language: LanguageCode = PDF_LANGUAGES.includes('th') ? 'th' : 'en';
    const chineseSupplier = '深圳市華南包裝材料有限公司（香港）';
    const vietnameseAddress = 'Số 12 Đường Nguyễn Thị Minh Khai, Phường Đa Kao, Quận 1, Thành phố Hồ Chí Minh';
    const base = foodManufacturerSample(NOW, exampleTexts('th'));
    const plan: Plan = {
      ...base,
      company: { ...base.company, address: vietnameseAddress },
      suppliers: base.suppliers.map((supplier, index) => (index === 0 ? { ...supplier, name: chineseSupplier } : supplier)),
    };
    let rendered: Rendered;

    beforeAll(async () => {
      rendered = await render(`mixed-scripts-${language}`, plan, language);
    }, RENDER_TIMEOUT);

    it('embeds the Thai, Latin and Chinese fonts, subset', () => {
      const names = expectOnlyEmbeddedSubsets(rendered.file);
      for (const family of ['NotoSansThai', 'NotoSans', 'NotoSansTC']) {
        expect(names.some((name) => name.includes(`+${family}-`)), `${family}: ${names.join(', ')}`).toBe(true);
      }
    });

    it('draws no text over other text or into the margins', () => {
      expect(layoutProblems(rendered.file, PAGE_MARGIN.side, PAGE_MARGIN)).toEqual([]);
    });

    it('gives every string back', () => {
      const text = rendered.pages.join('\n');
      for (const phrase of [...phrasesOf(plan), chineseSupplier, vietnameseAddress, plan.scenarios[0]?.description ?? '']) {
        expect(text, phrase).toMatch(textLayerPattern(phrase));
      }
      expect(text).not.toMatch(/ำา|ํา|\uFFFD/);
    });

    it('starts no line with closing punctuation and ends none with opening punctuation', () => {
      expect(lineEdgeViolations(rendered.pages)).toEqual([]);
    });
  });

  describe('a new, empty plan', () => {
    const plan = createPlan('Riverside Bakery', 'full', NOW);
    let rendered: Rendered;

    beforeAll(async () => {
      rendered = await render('empty-en', plan, 'en');
    }, RENDER_TIMEOUT);

    it('says "Not yet written" instead of printing empty tables', () => {
      const { pages, t } = rendered;
      const text = pages.join('\n');
      expectOnlyEmbeddedSubsets(rendered.file);
      expect(text).toContain(t('pdf:document.notYetWritten'));
      // table headers of lists the plan does not have
      for (const header of [t('pdf:column.outOfAction'), t('fields:contacts_employees_altPhone.label'), t('pdf:column.claimsPhone'), t('pdf:column.keptAt')]) {
        expect(text, header).not.toContain(header);
      }
      expect(pages.length).toBeLessThanOrEqual(10);
      expectPageFooters(rendered);
    });
  });

  describe.each((['en', 'th'] as const).filter((language) => PDF_LANGUAGES.includes(language)))('a Quick plan in %s', (language) => {
    const plan: Plan = { ...restaurantSample(NOW, textsIn(restaurantFiles, 'restaurant', language)), path: 'quick' };
    let rendered: Rendered;

    beforeAll(async () => {
      rendered = await render(`quick-${language}`, plan, language);
    }, RENDER_TIMEOUT);

    it('is a short plan: cover, quick card, key products, emergency response, contacts, wallet cards', () => {
      const { pages, t } = rendered;
      const text = pages.join('\n');
      for (const heading of [
        t('pdf:quickCard.title'),
        t('steps:2.title'),
        t('fields:keyProducts_rto_value.label'),
        t('fields:emergency_firstActions.label'),
        t('pdf:quickPlan.contacts'),
        t('pdf:heading.callTree'),
        t('pdf:quickPlan.walletCards'),
      ]) {
        expect(text, heading).toMatch(textLayerPattern(heading));
      }
      expect(pages.length).toBeLessThanOrEqual(7);
      expectPageFooters(rendered);
    });

    it('says "not yet written" nowhere and prints no part the Quick path does not ask', () => {
      const { pages, t } = rendered;
      const text = pages.join('\n');
      expect(text).not.toMatch(textLayerPattern(t('pdf:document.notYetWritten')));
      for (const heading of [t('steps:4.title'), t('pdf:heading.strategies'), t('pdf:appendix.selfCheck'), t('pdf:appendix.kit'), t('pdf:heading.costs'), t('pdf:heading.scope')]) {
        expect(text, heading).not.toMatch(textLayerPattern(heading));
      }
      expect(text).not.toMatch(textLayerPattern(plan.resources[0]?.name ?? '?'));
    });

    it('names what the Full plan would add, in one line on the cover', () => {
      expect(rendered.pages[0]).toMatch(textLayerPattern(rendered.t('pdf:quickPlan.fullPlanAdds')));
    });

    it("gives the owner's answers back exactly", () => {
      const text = rendered.pages.join('\n');
      const answers = [
        ...phrasesOf(plan).filter((phrase) => phrase !== plan.scope.sections[0]?.name),
        plan.contacts.employees[0]?.mobile ?? '',
        plan.contacts.external[0]?.organisation ?? '',
        plan.emergency.activation.whoDecides,
      ];
      for (const answer of answers) {
        expect(answer).not.toBe('');
        expect(text, answer).toMatch(textLayerPattern(answer));
      }
    });

    it('draws no text over other text or into the margins', () => {
      expect(layoutProblems(rendered.file, PAGE_MARGIN.side)).toEqual([]);
    });
  });
});
