/**
 * Renders the multi-script sample (text-rendering.fixture.tsx) with every language's font stack in Node
 * and reads it back with poppler: embedded subset fonts only, the exact text (SARA AM, Vietnamese dot
 * below, CJK), no line starting with closing punctuation or ending with opening punctuation, and the
 * "x / y" footer of the Page layout template on every page.
 *
 * Set PDF_TEST_OUTPUT_DIR to keep the PDFs (and timings.json) for looking at the pages
 * (`pdftoppm -png -r 80 <file> <prefix>`).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderToBuffer } from '@react-pdf/renderer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGE_CODES, type LanguageCode } from '../i18n/languages';
import { fontStackFor } from './fonts';
import { registerPdfFontsForNode } from './fonts-node';
import { NO_END, NO_START } from './line-breaking';
import { pdfFonts, pdfPageCount, pdfText } from './testing/poppler-node';
import { textLayerPattern } from './testing/text-layer';
import { EXPECTED_PHRASES, textSampleDocument } from './text-rendering.fixture';

const outputDir = process.env.PDF_TEST_OUTPUT_DIR;
let dir = '';
const timings: Partial<Record<LanguageCode, number>> = {};

beforeAll(() => {
  registerPdfFontsForNode();
  dir = outputDir ?? mkdtempSync(join(tmpdir(), 'bcp-pdf-'));
  mkdirSync(dir, { recursive: true });
});

afterAll(() => {
  if (outputDir) writeFileSync(join(outputDir, 'timings.json'), `${JSON.stringify(timings, null, 2)}\n`);
  else if (dir) rmSync(dir, { recursive: true, force: true });
});

async function render(language: LanguageCode): Promise<string> {
  const started = performance.now();
  const bytes = await renderToBuffer(textSampleDocument(language));
  timings[language] = Math.round(performance.now() - started);
  const file = join(dir, `text-rendering-${language}.pdf`);
  writeFileSync(file, bytes);
  return file;
}

describe.each(LANGUAGE_CODES)('text rendering with the %s font stack', (language) => {
  let file = '';

  beforeAll(async () => {
    file = await render(language);
  }, 120_000);

  it('embeds only subset TrueType fonts, never Helvetica, and its own script font', () => {
    const { rows, raw } = pdfFonts(file);
    expect(raw).not.toMatch(/Helvetica/i);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row, raw).toMatchObject({ embedded: true, subset: true, unicode: true });
      expect(row.name, raw).toMatch(/^[A-Z]{6}\+NotoSans/);
    }
    const primary = fontStackFor(language)[0] ?? '';
    expect(rows.some((row) => row.name.includes(`+${primary}-`)), raw).toBe(true);
  });

  it('gives every phrase back exactly', () => {
    const text = pdfText(file).normalize('NFC');
    for (const phrase of EXPECTED_PHRASES) expect(text, phrase).toMatch(textLayerPattern(phrase));
    // the SARA AM glyph split (NIKHAHIT + SARA AA) must not leak into the text layer
    expect(text).not.toMatch(/ำา|ํา|\uFFFD/);
  });

  it('starts no line with closing punctuation and ends none with opening punctuation', () => {
    const lines = pdfText(file).split('\n');
    const violations: string[] = [];
    for (const line of lines) {
      // table cells on one baseline share a line of pdftotext's output, so check every piece between spaces
      for (const token of line.split(/\s+/).filter(Boolean)) {
        const chars = Array.from(token);
        if (NO_START.has(chars[0] ?? '') || NO_END.has(chars.at(-1) ?? '')) violations.push(`${token}  ← ${line}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('puts the "x / y" footer on every page', () => {
    const pages = pdfPageCount(file);
    expect(pages).toBeGreaterThanOrEqual(2);
    for (let page = 1; page <= pages; page += 1) {
      const lines = pdfText(file, page).split('\n').map((line) => line.trim());
      expect(lines, `page ${page}`).toContain(`${page} / ${pages}`);
    }
  });
});
