/**
 * The wallet cards as their own print, rendered in Node and read back with poppler: one card per
 * employee, eight to a sheet, names and mobiles exactly as typed, only embedded subset fonts.
 *
 * Set PDF_TEST_OUTPUT_DIR to keep the PDFs (look at them with `pdftoppm -png -r 60 <file> <prefix>`).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId, type Plan } from '../../domain';
import { foodManufacturerSample, type ExampleTexts } from '../../domain/samples';
import type { LanguageCode } from '../../i18n/languages';
import type { PaperSize } from '../document/context';
import { registerPdfFontsForNode } from '../fonts-node';
import { PAGE_MARGIN } from '../document/styles';
import { layoutProblems } from '../testing/layout-problems-node';
import { pdfFonts, pdfPageCount, pdfText } from '../testing/poppler-node';
import { textLayerPattern } from '../testing/text-layer';
import { createPdfTranslator } from '../translator';
import { renderWalletCardsPdf, WALLET_CARDS_NAMESPACES } from './render';
import { CARDS_PER_SHEET } from './WalletCardsDocument';

const NOW = new Date(2025, 5, 15, 9, 30);
const RENDER_TIMEOUT = 120_000;
const outputDir = process.env.PDF_TEST_OUTPUT_DIR;

type Json = Record<string, unknown>;
const localeFiles = import.meta.glob<Json>('../../../locales/*/*.json', { eager: true, import: 'default' });
const exampleFiles = import.meta.glob<ExampleTexts>('../../../locales/*/examples/food-manufacturer.json', {
  eager: true,
  import: 'default',
});

function resources(language: LanguageCode): Record<string, Json> {
  return Object.fromEntries(
    WALLET_CARDS_NAMESPACES.map((namespace) => {
      const content = localeFiles[`../../../locales/${language}/${namespace}.json`];
      if (content === undefined) throw new Error(`locales/${language}/${namespace}.json is missing`);
      return [namespace, content];
    }),
  );
}

/** The example plan with three more employees: eleven cards, so a second sheet. */
function planWithEleven(language: LanguageCode): Plan {
  const texts = exampleFiles[`../../../locales/${language}/examples/food-manufacturer.json`];
  if (texts === undefined) throw new Error(`no example texts for ${language}`);
  const plan = foodManufacturerSample(NOW, texts);
  const extra = [
    { name: 'Nguyễn Thị Hoa', mobile: '+84 90 123 4567' },
    { name: 'สมศรี ใจดี', mobile: '081-234-5678' },
    { name: '陳美玲', mobile: '+886 912 345 678' },
  ].map((person) => ({ id: newId(), role: '', altPhone: '', emergencyContact: '', phoneToCheck: '', ...person }));
  return { ...plan, contacts: { ...plan.contacts, employees: [...plan.contacts.employees, ...extra] } };
}

let dir = '';
beforeAll(() => {
  registerPdfFontsForNode();
  dir = outputDir ?? mkdtempSync(join(tmpdir(), 'bcp-wallet-cards-'));
  mkdirSync(dir, { recursive: true });
});
afterAll(() => {
  if (!outputDir && dir) rmSync(dir, { recursive: true, force: true });
});

describe.each([
  ['en', 'LETTER'],
  ['th', 'A4'],
  ['ja', 'A4'],
] as const satisfies readonly (readonly [LanguageCode, PaperSize])[])('wallet cards in %s on %s', (language, paperSize) => {
  const plan = planWithEleven(language);
  let file = '';
  let pages: string[] = [];

  beforeAll(async () => {
    const t = await createPdfTranslator(language, resources(language), { namespaces: WALLET_CARDS_NAMESPACES });
    const bytes = await renderWalletCardsPdf({ plan, t, language, paperSize, printedAt: NOW });
    file = join(dir, `wallet-cards-${language}-${paperSize}.pdf`);
    writeFileSync(file, bytes);
    pages = pdfText(file).normalize('NFC').split('\f');
    if (pages.at(-1)?.trim() === '') pages.pop();
  }, RENDER_TIMEOUT);

  it('prints eight cards to a sheet, on the chosen paper', () => {
    expect(plan.contacts.employees).toHaveLength(11);
    expect(pdfPageCount(file)).toBe(Math.ceil(11 / CARDS_PER_SHEET));
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(paperSize === 'A4' ? /595\.\d* x 841\.\d* pts/ : /612 x 792 pts/);
  });

  it("gives every employee's name and mobile back exactly, each on the sheet of its card", () => {
    plan.contacts.employees.forEach((employee, index) => {
      const sheet = pages[Math.floor(index / CARDS_PER_SHEET)] ?? '';
      expect(sheet, employee.name).toMatch(textLayerPattern(employee.name));
      expect(sheet, employee.mobile).toMatch(textLayerPattern(employee.mobile));
    });
    expect(pages.join('\n')).toMatch(textLayerPattern(plan.emergency.evacuation.assemblyPoint));
  });

  it('draws no text over other text or past the cards', () => {
    expect(layoutProblems(file, PAGE_MARGIN.side)).toEqual([]);
  });

  it('embeds only subset fonts of the app, never Helvetica', () => {
    const { rows, raw } = pdfFonts(file);
    expect(raw).not.toMatch(/Helvetica|Times|Courier/i);
    for (const row of rows) {
      expect(row, raw).toMatchObject({ embedded: true, subset: true, unicode: true });
      expect(row.name, raw).toMatch(/^[A-Z]{6}\+NotoSans/);
    }
  });
});
