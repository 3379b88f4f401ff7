/**
 * The Word document of the example plan in every language, read back from its XML: the PDF's headings
 * are Word headings (Heading 1–3, so the navigation pane and the table of contents find them), every
 * answer reaches it (the markers of the PDF's every-answer test), each script has its fonts and language,
 * and every table repeats its header row.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createPlan, type Plan } from '../domain';
import { foodManufacturerSample } from '../domain/samples';
import { LANGUAGE_CODES, type LanguageCode } from '../i18n/languages';
import { foodManufacturerTexts, localeResources } from '../pdf/testing/locale-resources';
import { markEveryTextAnswer, NOT_PRINTED } from '../pdf/testing/marked-plan';
import { createPdfTranslator, PDF_NAMESPACES } from '../pdf/translator';
import { hasEastAsian, hasThai } from './fonts';
import { renderPlanDocx } from './render';
import { headingLevel, readDocx, type ReadDocx } from './testing/read-docx';
import { pdfOutline } from './testing/pdf-outline';

const NOW = new Date(2025, 5, 15, 9, 30);
const outputDir = process.env.DOCX_TEST_OUTPUT_DIR;

const EAST_ASIAN_FONT: Partial<Record<LanguageCode, string>> = { 'zh-Hant': 'Noto Sans TC', 'zh-Hans': 'Noto Sans SC', ja: 'Noto Sans JP' };
const EAST_ASIAN_LANGUAGE: Partial<Record<LanguageCode, string>> = { 'zh-Hant': 'zh-TW', 'zh-Hans': 'zh-CN', ja: 'ja-JP' };

async function build(plan: Plan, language: LanguageCode, paperSize: 'A4' | 'LETTER' = 'A4') {
  const t = await createPdfTranslator(language, localeResources(language, PDF_NAMESPACES));
  const bytes = await renderPlanDocx({ plan, t, language, paperSize, printedAt: NOW });
  if (outputDir) writeFileSync(join(outputDir, `plan-${language}-${plan.path}.docx`), bytes);
  return { read: readDocx(bytes), outline: pdfOutline({ plan, t, language, paperSize, printedAt: NOW }) };
}

/** The document's headings, in order, with their levels. */
const headingsOf = (read: ReadDocx) =>
  read.paragraphs.flatMap((paragraph) => {
    const level = headingLevel(read, paragraph.style);
    return level === undefined ? [] : [{ level, text: paragraph.text }];
  });

/** Every heading of the PDF appears, in the same order and at the same level, among the document's headings. */
function expectOutline(read: ReadDocx, outline: ReturnType<typeof pdfOutline>) {
  const headings = headingsOf(read);
  let from = 0;
  const missing: string[] = [];
  for (const wanted of outline) {
    const found = headings.findIndex((heading, index) => index >= from && heading.level === wanted.level && heading.text.includes(wanted.text));
    if (found === -1) missing.push(`${wanted.level} ${wanted.text}`);
    else from = found + 1;
  }
  expect(missing).toEqual([]);
  expect(outline.length).toBeGreaterThan(10);
}

describe.each(LANGUAGE_CODES)('the Word document of the example plan in %s', (language) => {
  const { plan, markers } = markEveryTextAnswer(foodManufacturerSample(NOW, foodManufacturerTexts(language)));
  let read: ReadDocx;
  let outline: ReturnType<typeof pdfOutline>;

  beforeAll(async () => {
    ({ read, outline } = await build(plan, language));
  });

  it('has every heading of the printed plan as a Word heading, in order', () => {
    expectOutline(read, outline);
    const levels = new Set(headingsOf(read).map((heading) => heading.level));
    expect([...levels].sort()).toEqual([1, 2, 3]);
  });

  it('holds every text answer, except those the printed plan leaves out on purpose', () => {
    const missing = markers.filter(({ key, marker }) => !NOT_PRINTED.has(key) && !read.text.includes(marker)).map(({ path }) => path);
    expect(missing).toEqual([]);
    const extra = markers.filter(({ key, marker }) => NOT_PRINTED.has(key) && read.text.includes(marker)).map(({ path }) => path);
    expect(extra).toEqual([]);
  });

  it('sets the fonts and language of each script on its runs', () => {
    // the entries of the table of contents are Word's to rewrite: they take the document defaults, checked below
    const runs = read.paragraphs
      .filter((paragraph) => !/^TOC\d$/.test(paragraph.style))
      .flatMap((paragraph) => paragraph.runs)
      .filter((run) => run.text.trim() !== '');
    const defaults = /<w:rPrDefault>[\s\S]*?<\/w:rPrDefault>/.exec(read.files['word/styles.xml'] ?? '')?.[0] ?? '';
    expect(defaults).toMatch(/<w:rFonts [^>]*w:ascii="Noto Sans"[^>]*w:cs="Noto Sans Thai"/);
    expect(defaults).toMatch(/<w:lang w:val="[a-z]{2}-[A-Z]{2}"/);
    expect(runs.length).toBeGreaterThan(500);
    for (const run of runs) {
      expect({ text: run.text, ascii: run.fonts.ascii, hAnsi: run.fonts.hAnsi, val: Boolean(run.lang.val) }).toEqual({
        text: run.text,
        ascii: 'Noto Sans',
        hAnsi: 'Noto Sans',
        val: true,
      });
      if (hasThai(run.text)) expect({ text: run.text, cs: run.fonts.cs, bidi: run.lang.bidi }).toEqual({ text: run.text, cs: 'Noto Sans Thai', bidi: 'th-TH' });
      if (hasEastAsian(run.text)) {
        expect(run.fonts.eastAsia, run.text).toMatch(/^Noto Sans (TC|SC|JP|KR)$/);
        expect(run.fonts.hint, run.text).toBe('eastAsia');
      }
    }
    const ownFont = EAST_ASIAN_FONT[language];
    if (ownFont !== undefined) {
      const eastAsianRuns = runs.filter((run) => hasEastAsian(run.text));
      expect(eastAsianRuns.length).toBeGreaterThan(100);
      for (const run of eastAsianRuns) {
        expect({ text: run.text, eastAsia: run.fonts.eastAsia, lang: run.lang.eastAsia }).toEqual({
          text: run.text,
          eastAsia: ownFont,
          lang: EAST_ASIAN_LANGUAGE[language],
        });
      }
    }
    if (language === 'th') expect(runs.filter((run) => hasThai(run.text)).length).toBeGreaterThan(100);
  });

  it('repeats the header row of every table', () => {
    expect(read.tables.length).toBeGreaterThan(15);
    expect(read.tables.filter((table) => !table.headerRepeats)).toEqual([]);
  });
});

describe('the Word document as a document', () => {
  let read: ReadDocx;
  const plan = foodManufacturerSample(NOW, foodManufacturerTexts('en'));

  beforeAll(async () => {
    ({ read } = await build(plan, 'en', 'LETTER'));
  });

  it('has a table of contents that Word updates when it opens the document', () => {
    const instruction = /<w:instrText[^>]*>(TOC [^<]*)<\/w:instrText>/.exec(read.files['word/document.xml'] ?? '')?.[1];
    expect(instruction?.replace(/&quot;/g, '"')).toBe('TOC \\h \\o "1-1" \\u');
    // filled in already, for applications that do not update fields (LibreOffice keeps what is written)
    const entries = read.paragraphs.filter((paragraph) => /^TOC\d$/.test(paragraph.style)).map((paragraph) => paragraph.text);
    expect(entries.length).toBe(headingsOf(read).filter((heading) => heading.level === 1).length);
    expect(entries.some((entry) => entry.startsWith('Step 4: '))).toBe(true);
    expect(read.files['word/settings.xml']).toMatch(/<w:updateFields(?: w:val="(?:true|1|on)")?\/>/);
  });

  it('numbers its pages "Page x of y" in the footer with PAGE and NUMPAGES fields', () => {
    const footers = Object.entries(read.files).filter(([name]) => /^word\/footer\d*\.xml$/.test(name));
    const footer = footers.map(([, xml]) => xml).join('');
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
    expect(footer).toContain('Page ');
    expect(footer).toContain(' of ');
  });

  it('is on the paper chosen', () => {
    expect(read.files['word/document.xml']).toMatch(/<w:pgSz w:w="12240" w:h="15840"/);
  });

  it('names the platform fonts Word falls back to, and embeds none', () => {
    const fontTable = read.files['word/fontTable.xml'] ?? '';
    expect(fontTable).toContain('<w:font w:name="Noto Sans Thai"><w:altName w:val="Leelawadee UI"/>');
    expect(fontTable).toContain('<w:font w:name="Noto Sans TC"><w:altName w:val="Microsoft JhengHei"/>');
    expect(fontTable).toContain('<w:font w:name="Noto Sans SC"><w:altName w:val="Microsoft YaHei"/>');
    expect(fontTable).toContain('<w:font w:name="Noto Sans JP"><w:altName w:val="Yu Gothic"/>');
    expect(fontTable).not.toMatch(/embedRegular|embedBold/);
    expect(Object.keys(read.files).filter((name) => name.startsWith('word/fonts/'))).toEqual([]);
  });

  it('has named styles an organisation can change, and no text outside the flow of the page', () => {
    const names = new Set([...read.styles.values()].map((style) => style.name));
    for (const name of ['Plan heading 1', 'Plan heading 2', 'Plan heading 3', 'Plan body', 'Plan table', 'Plan table text']) expect(names).toContain(name);
    expect(read.files['word/document.xml']).not.toMatch(/<w:drawing|<w:pict|<w:txbxContent|<w:framePr/);
  });
});

describe('the Word document of a Quick plan', () => {
  it('is the short plan: the headings of the Quick PDF, without the steps it does not ask', async () => {
    const plan: Plan = { ...foodManufacturerSample(NOW, foodManufacturerTexts('th')), path: 'quick' };
    const { read, outline } = await build(plan, 'th');
    expectOutline(read, outline);
    const t = await createPdfTranslator('th', localeResources('th', PDF_NAMESPACES));
    expect(headingsOf(read).some((heading) => heading.text.includes(t('steps:4.title')))).toBe(false);
    expect(read.text).toContain(t('pdf:quickPlan.fullPlanAdds'));
  });
});

describe('a plan just started, and text pasted with control characters', () => {
  it('is a document Word can open: "Not yet written" where nothing is, no character XML forbids', async () => {
    const plan = createPlan('Riverside\u0001 Bakery\u000bUnit 2', 'full', NOW);
    plan.purpose.statement = 'Keep baking\fafter a flood\u0007';
    const { read, outline } = await build(plan, 'zh-Hans');
    expectOutline(read, outline);
    const t = await createPdfTranslator('zh-Hans', localeResources('zh-Hans', PDF_NAMESPACES));
    expect(read.text).toContain(t('pdf:document.notYetWritten'));
    expect(read.text).toContain('Riverside Bakery\nUnit 2');
    expect(read.text).toContain('Keep baking\nafter a flood');
    const controls = (xml: string) => Array.from(xml).filter((character) => character < ' ' && !'\t\n\r'.includes(character));
    for (const [name, xml] of Object.entries(read.files)) expect(controls(xml), name).toEqual([]);
  });
});
