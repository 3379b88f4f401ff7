/**
 * Re-print after an edit (reprint.ts, docs/pdf-engine.md "Re-print after an edit"): a print that reuses what the
 * last print of the plan kept lays out and draws again only the parts whose content changed, and must give the
 * PDF a first print of the edited plan gives: the same text, the same page images, every page numbered "x of y",
 * the same outline, each font embedded once as a subset, and about the same size. What was kept is matched by
 * content: an edit, a changed translation or another plan, language, paper or font stack is never served from it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPdfReuse, type PdfReuse } from '@react-pdf/layout';
import type { TFunction } from 'i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../domain';
import { foodManufacturerSample, type ExampleTexts } from '../domain/samples';
import type { LanguageCode } from '../i18n/languages';
import { fontStackFor } from './fonts';
import { registerPdfFontsForNode } from './fonts-node';
import { renderPlanPdf } from './render';
import { PlanReprints } from './reprint';
import { pdfFonts, pdfOutline, pdfPageCount, pdfPageImages, pdfText } from './testing/poppler-node';
import { createPdfTranslator, PDF_NAMESPACES } from './translator';

const NOW = new Date(2025, 5, 15, 9, 30);
const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const resourcesOf = (language: LanguageCode): Record<string, unknown> =>
  Object.fromEntries(PDF_NAMESPACES.map((namespace) => [namespace, readJson(`../../locales/${language}/${namespace}.json`)]));
const examplePlan = (language: LanguageCode): Plan =>
  foodManufacturerSample(NOW, readJson(`../../locales/${language}/examples/food-manufacturer.json`) as ExampleTexts);

interface Printed {
  file: string;
  bytes: Uint8Array;
  text: string;
}

let dir = '';
let printCount = 0;
beforeAll(() => {
  registerPdfFontsForNode();
  dir = mkdtempSync(join(tmpdir(), 'bcp-reprint-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function print(plan: Plan, language: LanguageCode, t: TFunction, reuse: PdfReuse): Promise<Printed> {
  const bytes = await renderPlanPdf({ plan, t, language, paperSize: 'A4', printedAt: NOW, fontStack: fontStackFor(language), reuse });
  printCount += 1;
  const file = join(dir, `print-${printCount}.pdf`);
  writeFileSync(file, bytes);
  return { file, bytes, text: pdfText(file) };
}

/** The plan with its first resource renamed, saved at the next revision (as the editor saves an edit). */
function withResourceRenamed(plan: Plan, name: string): Plan {
  return {
    ...plan,
    revision: plan.revision + 1,
    resources: plan.resources.map((resource, index) => (index === 0 ? { ...resource, name } : resource)),
  };
}

describe.each<[LanguageCode, string]>([
  ['en', 'Spare chilli grinder QX7'],
  ['th', 'เครื่องบดพริกสำรอง QX7'],
])('a re-print after one edit, in %s', (language, newName) => {
  let t: TFunction;
  let reuse: PdfReuse;
  let reprint: Printed;
  let firstPrint: Printed;
  const edited = withResourceRenamed(examplePlan(language), newName);

  beforeAll(async () => {
    t = await createPdfTranslator(language, resourcesOf(language));
    reuse = createPdfReuse();
    await print(examplePlan(language), language, t, reuse);
    reprint = await print(edited, language, t, reuse);
    firstPrint = await print(edited, language, t, createPdfReuse());
  });

  it('reuses the layout and drawing of what the edit did not change', () => {
    expect(reuse.pagesReused).toBeGreaterThan(5);
    expect(reuse.contentCopied).toBeGreaterThan(5);
    expect(reuse.blocksCopied).toBeGreaterThan(0);
  });

  it('holds the edit, and the same text as a first print of the edited plan', () => {
    expect(reprint.text.normalize('NFC')).toContain(newName.normalize('NFC'));
    expect(reprint.text).toBe(firstPrint.text);
  });

  it('numbers every page "x of y"', () => {
    const pages = pdfPageCount(reprint.file);
    expect(pages).toBe(pdfPageCount(firstPrint.file));
    for (let page = 1; page <= pages; page += 1) {
      expect(pdfText(reprint.file, page).normalize('NFC')).toContain(t('pdf:footer.page', { page, total: pages }).normalize('NFC'));
    }
  });

  it('has the outline of a first print: every step and appendix, at the page where it starts', () => {
    const outline = pdfOutline(reprint.file);
    expect(outline).toEqual(pdfOutline(firstPrint.file));
    expect(outline.map(({ title }) => title)).toContain(
      t('pdf:value.labelled', { label: t('common:nav.stepNumber', { number: 3 }), value: t('steps:3.title') }),
    );
    for (const { title, page } of outline.slice(1)) {
      const heading = title.split(': ').at(-1) ?? title;
      expect(pdfText(reprint.file, page).replace(/\s+/g, ' ')).toContain(heading.replace(/\s+/g, ' '));
    }
  });

  it('looks the same as a first print on every page', () => {
    const reprinted = pdfPageImages(reprint.file, 24);
    const printed = pdfPageImages(firstPrint.file, 24);
    expect(reprinted).toHaveLength(printed.length);
    reprinted.forEach((image, index) => expect(image.equals(printed[index] ?? Buffer.alloc(0)), `page ${index + 1}`).toBe(true));
  });

  it('embeds each font once, as a subset, and no standard font', () => {
    const { rows, raw } = pdfFonts(reprint.file);
    expect(raw).not.toMatch(/Helvetica/);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.embedded && row.subset && row.unicode)).toBe(true);
    const families = rows.map((row) => row.name.replace(/^[A-Z]{6}\+/, ''));
    expect(new Set(families).size).toBe(families.length);
  });

  it('stays within 10 % of the size of a first print', () => {
    expect(reprint.bytes.byteLength).toBeLessThan(firstPrint.bytes.byteLength * 1.1);
    expect(reprint.bytes.byteLength).toBeGreaterThan(firstPrint.bytes.byteLength * 0.9);
  });
});

describe('what a print keeps for the next', () => {
  it('is never used for a part whose translation changed', async () => {
    const plan = examplePlan('en');
    const resources = resourcesOf('en');
    const reuse = createPdfReuse();
    await print(plan, 'en', await createPdfTranslator('en', resources), reuse);
    const steps = resources.steps as Record<string, Record<string, unknown>>;
    const renamed = { ...resources, steps: { ...steps, 3: { ...steps[3], title: 'Resources the business cannot do without' } } };
    const reprint = await print({ ...plan, revision: plan.revision + 1 }, 'en', await createPdfTranslator('en', renamed), reuse);
    expect(reprint.text).toContain('Resources the business cannot do without');
    expect(reprint.text).not.toContain(String((steps[3] as { title: string }).title));
  });

  it('is kept per plan, language, paper and fonts, for the last plans printed', () => {
    const reprints = new PlanReprints(2);
    const key = { planId: 'plan-1', language: 'en', paperSize: 'A4', fontStack: ['NotoSans'] } as const;
    const kept = reprints.reuseFor(key);
    expect(reprints.reuseFor({ ...key })).toBe(kept);
    expect(reprints.reuseFor({ ...key, planId: 'plan-2' })).not.toBe(kept);
    expect(reprints.reuseFor({ ...key, language: 'th' })).not.toBe(kept);
    expect(reprints.reuseFor({ ...key, paperSize: 'LETTER' })).not.toBe(kept);
    expect(reprints.reuseFor({ ...key, fontStack: ['NotoSans', 'NotoSansThai'] })).not.toBe(kept);
    // four other prints since: plan-1 in English on A4 was forgotten
    expect(reprints.reuseFor(key)).not.toBe(kept);
  });
});
