/**
 * Names with characters outside the core subsets of the language packs (Big5, GB2312, JIS X 0208), and
 * Korean names, print in the right font from the slices of the full fonts; characters no font has print as
 * a placeholder from an embedded font, never as a blank or in Helvetica (the command-line renderer: see
 * src/app/printing/render-pdf-cli.node.test.ts).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlan, type Plan } from '../domain';
import { withBcpTeam } from '../domain/testing/builders';
import type { LanguageCode } from '../i18n/languages';
import { allStrings } from './all-strings';
import { registerPdfFontsForNode } from './fonts-node';
import { loadFamilyCoverage, PLACEHOLDER, printableText, selectFonts } from './missing-glyphs';
import { renderPlanPdf } from './render';
import { pdfFonts, pdfText } from './testing/poppler-node';
import { createPdfTranslator, PDF_NAMESPACES } from './translator';

const NOW = new Date(2025, 5, 15, 9, 30);
const TIMEOUT = 120_000;
const ROOT = join(import.meta.dirname, '..', '..');

function resources(language: LanguageCode): Record<string, unknown> {
  const read = (namespace: string): unknown => JSON.parse(readFileSync(join(ROOT, 'locales', language, `${namespace}.json`), 'utf8'));
  return Object.fromEntries(PDF_NAMESPACES.map((namespace) => [namespace, read(namespace)]));
}

function planWith(language: LanguageCode, company: string, people: { leader: string; deputy?: string; supplierContact?: string }): Plan {
  const plan = withBcpTeam(
    createPlan(company, 'full', NOW),
    { name: people.leader, phone: '0912-000-111' },
    people.deputy === undefined ? undefined : { name: people.deputy },
  );
  if (people.supplierContact) {
    plan.suppliers.push({
      id: 'supplier-1',
      name: 'Hanbit Parts',
      supplies: 'Connectors',
      contactName: people.supplierContact,
      phone: '02-0000-0000',
      email: '',
      alternateSupplierId: null,
      leadTimeDays: null,
    });
  }
  expect(plan.company.name, language).toBe(company);
  return plan;
}

let dir = '';
beforeAll(() => {
  registerPdfFontsForNode();
  dir = mkdtempSync(join(tmpdir(), 'bcp-rare-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Prints as the app's worker does: fonts chosen from the text, unprintable characters replaced. */
async function print(name: string, plan: Plan, language: LanguageCode) {
  const texts = resources(language);
  const selection = await selectFonts([...allStrings(plan), ...allStrings(texts)], language, loadFamilyCoverage);
  const t = await createPdfTranslator(language, texts);
  const bytes = await renderPlanPdf({ plan: printableText(plan, selection), t, language, paperSize: 'A4', printedAt: NOW, fontStack: selection.stack });
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  return { file, selection, text: pdfText(file).normalize('NFC') };
}

/** Only embedded subsets of the app's Noto fonts: no Helvetica, nothing the PDF does not carry. */
function expectOnlyEmbeddedSubsets(file: string): string[] {
  const { rows, raw } = pdfFonts(file);
  expect(raw).not.toMatch(/Helvetica|Times|Courier/i);
  for (const row of rows) {
    expect(row, raw).toMatchObject({ embedded: true, subset: true, unicode: true });
    expect(row.name, raw).toMatch(/^[A-Z]{6}\+NotoSans/);
  }
  return rows.map((row) => row.name);
}

describe('rare name characters', () => {
  it.each([
    ['zh-Hant', '林志堃 and 陳建喆 (Taiwan)', planWith('zh-Hant', '台灣電子股份有限公司', { leader: '林志堃', deputy: '陳建喆' }), ['林志堃', '陳建喆'], 'NotoSansTC-'],
    ['zh-Hans', '李镕 and 王喆 (mainland)', planWith('zh-Hans', '深圳电子有限公司', { leader: '李镕', deputy: '王喆' }), ['李镕', '王喆'], 'NotoSansSC-'],
    ['ja', '𠮷田 (Japan)', planWith('ja', '吉田製作所', { leader: '𠮷田 太郎' }), ['𠮷田 太郎'], 'NotoSansJP-'],
    ['vi', 'a Korean supplier 김민준', planWith('vi', 'Xưởng may Hưng Yên', { leader: 'Nguyễn Thị Hồng', supplierContact: '김민준' }), ['김민준'], 'NotoSansKR-'],
  ] as const)(
    'prints a %s plan with %s exactly, in the right font',
    async (language, _what, plan, names, slice) => {
      const { file, selection, text } = await print(`names-${language}`, plan, language);
      expect(selection.unprintable).toEqual([]);
      expect(selection.stack.some((family) => family.startsWith(slice))).toBe(true);
      for (const name of names) expect(text).toContain(name);
      const fonts = expectOnlyEmbeddedSubsets(file);
      // The slice is cut from the full font, so it carries that font's name: Noto Sans KR for Hangul.
      expect(fonts.some((font) => font.includes(`+${slice.slice(0, -1)}-`)), fonts.join(', ')).toBe(true);
    },
    TIMEOUT,
  );
});

describe('characters no font has', () => {
  it(
    'prints each as a placeholder from an embedded font, never blank and never in Helvetica',
    async () => {
      const plan = planWith('en', 'Angkor Crafts ☎️', { leader: 'Sok 😀 ភ្នំពេញ' });
      const { file, selection, text } = await print('placeholder-en', plan, 'en');
      expect(selection.unprintable).toContain('😀');
      expect(selection.unprintable).toContain('ភ');
      expect(text).toContain(`Sok ${PLACEHOLDER} ${PLACEHOLDER.repeat([...'ភ្នំពេញ'].length)}`);
      expect(text).toContain('Angkor Crafts ☎\n'); // U+FE0F (emoji style), which no font has, is left out
      expectOnlyEmbeddedSubsets(file);
    },
    TIMEOUT,
  );
});
