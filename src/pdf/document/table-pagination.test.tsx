/**
 * How a table breaks over pages (blocks.tsx Table), read back from rendered PDFs: a table placed lower and
 * lower on its first page, so that every possible page break is tried. The header never ends a page with
 * fewer than two rows under it, no page holds one row alone, and a table of two or three rows is never split.
 */
import { Document, Page, pdf, View } from '@react-pdf/renderer';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TFunction } from 'i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlan } from '../../domain';
import { registerPdfFontsForNode } from '../fonts-node';
import { localeResources } from '../testing/locale-resources';
import { pdfText } from '../testing/poppler-node';
import { createPdfTranslator, PDF_NAMESPACES } from '../translator';
import { Table } from './blocks';
import { createPdfContext } from './context';

const NOW = new Date(2025, 5, 15, 9, 30);
const HEADER = 'Headerword';
/** Tops of the table on its first page, in points below the top padding: from well clear to the very bottom. */
const OFFSETS = Array.from({ length: 21 }, (_, index) => 560 + index * 8);

let dir = '';
let t: TFunction;

beforeAll(async () => {
  registerPdfFontsForNode();
  dir = mkdtempSync(join(tmpdir(), 'bcp-table-pages-'));
  t = await createPdfTranslator('en', localeResources('en', PDF_NAMESPACES));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** For each page: whether the header is on it, and how many rows. */
async function pagesOf(rowCount: number, offset: number): Promise<{ header: boolean; rows: number }[]> {
  const ctx = createPdfContext({ plan: createPlan('Riverside Bakery', 'full', NOW), t, language: 'en', paperSize: 'A4', printedAt: NOW });
  const rows = Array.from({ length: rowCount }, (_, index) => `Row${index + 1}`);
  const document = (
    <Document>
      {/* a layout template, as the plan's pages have: it selects react-pdf's new pagination engine */}
      <Page size="A4" style={ctx.styles.page} layout={({ children }) => <>{children}</>}>
        <View style={{ height: offset }} />
        <Table
          ctx={ctx}
          rows={rows}
          columns={[
            { header: HEADER, width: 30, value: (row) => row },
            { header: 'Second', width: 70, value: (row) => `${row} text that takes a line` },
          ]}
        />
      </Page>
    </Document>
  );
  const file = join(dir, `table-${rowCount}-${offset}.pdf`);
  writeFileSync(file, new Uint8Array(await (await pdf(document).toBlob()).arrayBuffer()));
  return pdfText(file)
    .split('\f')
    .filter((text) => text.trim() !== '')
    .map((text) => ({ header: text.includes(HEADER), rows: (text.match(/^Row\d+ /gm) ?? []).length }));
}

describe('a table over a page break', () => {
  it.each([5, 8])('of %i rows keeps two rows with the header and never leaves one row alone', async (rowCount) => {
    let split = false;
    for (const offset of OFFSETS) {
      const pages = await pagesOf(rowCount, offset);
      const withRows = pages.filter((page) => page.rows > 0);
      split ||= withRows.length > 1;
      expect(withRows.reduce((sum, page) => sum + page.rows, 0), `offset ${offset}`).toBe(rowCount);
      for (const page of pages) {
        if (page.header) expect(page.rows, `offset ${offset}: ${JSON.stringify(pages)}`).toBeGreaterThanOrEqual(2);
        expect(page.rows, `offset ${offset}: ${JSON.stringify(pages)}`).not.toBe(1);
      }
    }
    expect(split, 'some offset splits the table').toBe(true);
  }, 120_000);

  it.each([2, 3])('of %i rows is never split', async (rowCount) => {
    for (const offset of OFFSETS) {
      const pages = await pagesOf(rowCount, offset);
      expect(pages.filter((page) => page.rows > 0), `offset ${offset}`).toEqual([{ header: true, rows: rowCount }]);
    }
  }, 120_000);
});
