/**
 * The finished-PDF cache of the worker (pdf-cache.ts): an unchanged re-print gives the same bytes without
 * rendering; a re-print after an edit holds the edit with right page numbers and subset fonts only; and
 * every part of the key (plan revision and content, language and its strings, paper, print day, fonts,
 * template) gives a new PDF when it changes.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TFunction } from 'i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../domain';
import { foodManufacturerSample, type ExampleTexts } from '../domain/samples';
import type { LanguageCode } from '../i18n/languages';
import { registerPdfFontsForNode } from './fonts-node';
import { cachedPdf, PdfCache, pdfCacheKey, type PdfCacheKeyParts } from './pdf-cache';
import { renderPlanPdf } from './render';
import { pdfFonts, pdfPageCount, pdfText } from './testing/poppler-node';
import { createPdfTranslator, PDF_NAMESPACES } from './translator';

const NOW = new Date(2025, 5, 15, 9, 30);
const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const resourcesOf = (language: LanguageCode): Record<string, unknown> =>
  Object.fromEntries(PDF_NAMESPACES.map((namespace) => [namespace, readJson(`../../locales/${language}/${namespace}.json`)]));

const plan = foodManufacturerSample(NOW, readJson('../../locales/en/examples/food-manufacturer.json') as ExampleTexts);
const baseParts: PdfCacheKeyParts = {
  plan,
  language: 'en',
  paperSize: 'A4',
  printDay: '2025-06-15',
  resources: resourcesOf('en'),
  fontStack: ['NotoSans'],
  unprintable: [],
  template: 'plan-document test',
};

let dir = '';
let t: TFunction;
beforeAll(async () => {
  registerPdfFontsForNode();
  dir = mkdtempSync(join(tmpdir(), 'bcp-pdf-cache-'));
  t = await createPdfTranslator('en', baseParts.resources);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function render(parts: PdfCacheKeyParts, counter: { renders: number }): () => Promise<Uint8Array> {
  return () => {
    counter.renders += 1;
    return renderPlanPdf({ plan: parts.plan, t, language: parts.language, paperSize: parts.paperSize, printedAt: NOW, fontStack: ['NotoSans'] });
  };
}

function written(bytes: Uint8Array, name: string): string {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  return file;
}

describe('re-printing a plan through the finished-PDF cache', () => {
  it('returns the same bytes without rendering when nothing changed, and a PDF with the edit after an edit', async () => {
    const cache = new PdfCache(64 * 1024 * 1024);
    const counter = { renders: 0 };
    const first = await cachedPdf(cache, baseParts, render(baseParts, counter));
    const unchanged = await cachedPdf(cache, { ...baseParts, plan: structuredClone(plan) }, render(baseParts, counter));
    expect(first.fromCache).toBe(false);
    expect(unchanged.fromCache).toBe(true);
    expect(counter.renders).toBe(1);
    expect(Buffer.from(unchanged.bytes).equals(Buffer.from(first.bytes))).toBe(true);

    const [resource] = plan.resources;
    if (resource === undefined) throw new Error('The example plan has no resources');
    const edited: Plan = {
      ...plan,
      revision: plan.revision + 1,
      resources: plan.resources.map((item) => (item === resource ? { ...item, name: 'Spare chilli grinder QX7' } : item)),
    };
    const editedParts = { ...baseParts, plan: edited };
    const afterEdit = await cachedPdf(cache, editedParts, render(editedParts, counter));
    expect(afterEdit.fromCache).toBe(false);
    expect(counter.renders).toBe(2);

    const file = written(afterEdit.bytes, 'edited');
    const text = pdfText(file);
    expect(text).toContain('Spare chilli grinder QX7');
    const pages = pdfPageCount(file);
    for (let page = 1; page <= pages; page += 1) {
      expect(pdfText(file, page).replace(/\s+/g, ' '), `page ${page}`).toContain(t('pdf:footer.page', { page, total: pages }));
    }
    const { rows, raw } = pdfFonts(file);
    expect(raw).not.toMatch(/Helvetica/i);
    for (const row of rows) expect(row, raw).toMatchObject({ embedded: true, subset: true });
  }, 120_000);

  it.each<[string, (parts: PdfCacheKeyParts) => PdfCacheKeyParts]>([
    ['the plan revision', (parts) => ({ ...parts, plan: { ...parts.plan, revision: parts.plan.revision + 1 } })],
    ['an answer', (parts) => ({ ...parts, plan: { ...parts.plan, company: { ...parts.plan.company, name: 'Another name' } } })],
    ['the language', (parts) => ({ ...parts, language: 'th', resources: resourcesOf('th') })],
    ['a string of the language', (parts) => ({ ...parts, resources: { ...parts.resources, pdf: { changed: true } } })],
    ['the paper', (parts) => ({ ...parts, paperSize: 'LETTER' })],
    ['the print day', (parts) => ({ ...parts, printDay: '2025-06-16' })],
    ['the font stack', (parts) => ({ ...parts, fontStack: ['NotoSans', 'NotoSansTC'] })],
    ['the list of characters printed as placeholders', (parts) => ({ ...parts, unprintable: ['😀'] })],
    ['the template (app build)', (parts) => ({ ...parts, template: 'another build' })],
  ])('makes a new PDF when %s changes', async (_, change) => {
    const cache = new PdfCache(1024);
    let renders = 0;
    const renderStub = async () => new Uint8Array([(renders += 1)]);
    await cachedPdf(cache, baseParts, renderStub);
    const changed = await cachedPdf(cache, change(baseParts), renderStub);
    expect(changed.fromCache).toBe(false);
    expect(Array.from(changed.bytes)).toEqual([2]);
    expect(await pdfCacheKey(change(baseParts))).not.toBe(await pdfCacheKey(baseParts));
    expect((await cachedPdf(cache, baseParts, renderStub)).fromCache).toBe(true);
  });

  it('lets the least recently used PDFs go once the bytes pass its limit', () => {
    const cache = new PdfCache(10);
    cache.set('a', new Uint8Array(4));
    cache.set('b', new Uint8Array(4));
    expect(cache.get('a')).toBeDefined();
    cache.set('c', new Uint8Array(4));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('c')).toBeDefined();
    cache.set('too big', new Uint8Array(11));
    expect(cache.get('too big')).toBeUndefined();
  });

  it('hands out copies, so a transferred PDF leaves the kept one whole', () => {
    const cache = new PdfCache(10);
    cache.set('a', new Uint8Array([1, 2, 3]));
    const copy = cache.get('a');
    copy?.fill(0);
    expect(Array.from(cache.get('a') ?? [])).toEqual([1, 2, 3]);
  });
});
