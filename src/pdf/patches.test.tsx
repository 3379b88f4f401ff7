/**
 * The react-pdf patches in patches/ (see docs/pdf-engine.md) each have a test of their effect here or next door:
 * - fontkit (per-occurrence code points): every one of fontkit's four bundles is checked below, because
 *   Node, Vite and CommonJS consumers each load a different one;
 * - render (cluster ToUnicode and /ActualText): text-rendering.test.ts finds Thai ำ and the Vietnamese dot
 *   below exactly in the text layer, which fails without it;
 * - textkit (shaping memo) and layout (style and text layout memos, counting round, whole blocks moved): the
 *   output is the same byte for byte with them on and off, and they are used;
 * - paginate (keep-with-next): a heading is not left at the foot of a page when the block after it starts with
 *   a border.
 * A patch that no longer applies fails `npm ci` (patch-package --error-on-fail).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { memoStats as layoutMemo } from '@react-pdf/layout';
import { Document, Page, renderToBuffer, Text, View } from '@react-pdf/renderer';
import { memoStats as shapingMemo } from '@react-pdf/textkit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { registerPdfFontsForNode } from './fonts-node';
import { pdfPageCount, pdfText } from './testing/poppler-node';
import { textSampleDocument } from './text-rendering.fixture';

interface FontkitGlyph {
  id: number;
  codePoints: number[];
}
interface FontkitFont {
  layout(text: string): { glyphs: FontkitGlyph[] };
}
interface FontkitModule {
  create(buffer: Buffer): FontkitFont;
}

const require = createRequire(import.meta.url);
const fontkitDist = dirname(require.resolve('fontkit'));
const thaiFont = readFileSync(new URL('./fonts/generated/NotoSansThai-Regular.ttf', import.meta.url));
const SARA_AA = 0x0e32;
const SARA_AM = 0x0e33;

async function loadFontkit(bundle: string): Promise<FontkitModule> {
  const path = join(fontkitDist, bundle);
  if (bundle.endsWith('.cjs')) return require(path) as FontkitModule;
  const loaded = (await import(/* @vite-ignore */ pathToFileURL(path).href)) as FontkitModule & { default?: FontkitModule };
  return loaded.default ?? loaded;
}

describe.each(['main.cjs', 'module.mjs', 'browser.cjs', 'browser-module.mjs'])('fontkit bundle %s', (bundle) => {
  it('gives each use of a glyph its own code points (Thai ำ is drawn as ํ + า)', async () => {
    const font = (await loadFontkit(bundle)).create(thaiFont);
    // A real า first: unpatched, the shared SARA AA glyph then claims U+0E32 inside every ำ as well.
    const saraAa = font.layout('า').glyphs[0];
    expect(saraAa?.codePoints).toEqual([SARA_AA]);
    const saraAm = font.layout('ทำ').glyphs;
    expect(saraAm.map((glyph) => glyph.codePoints)).toEqual([[0x0e17], [SARA_AM], []]);
    expect(saraAm[2]?.id).toBe(saraAa?.id);
    expect(font.layout('า').glyphs[0]?.codePoints).toEqual([SARA_AA]);
  });
});

describe('shaping, style and text layout memos', () => {
  beforeAll(() => {
    registerPdfFontsForNode();
  });

  afterEach(() => {
    shapingMemo.enabled = true;
    layoutMemo.enabled = true;
  });

  it.each(['th', 'ja'] as const)('give the same PDF bytes with and without them, and are used (%s)', async (language) => {
    shapingMemo.enabled = false;
    layoutMemo.enabled = false;
    const without = Buffer.from(await renderToBuffer(textSampleDocument(language)));

    shapingMemo.enabled = true;
    layoutMemo.enabled = true;
    const hitsBefore = { shaping: shapingMemo.shapingHits, style: layoutMemo.styleHits, text: layoutMemo.textLayoutHits };
    const first = Buffer.from(await renderToBuffer(textSampleDocument(language)));
    const again = Buffer.from(await renderToBuffer(textSampleDocument(language)));

    expect(first.equals(without)).toBe(true);
    expect(again.equals(without)).toBe(true);
    expect(shapingMemo.shapingHits).toBeGreaterThan(hitsBefore.shaping);
    expect(layoutMemo.styleHits).toBeGreaterThan(hitsBefore.style);
    expect(layoutMemo.textLayoutHits).toBeGreaterThan(hitsBefore.text);
  }, 120_000);
});

describe('whole blocks keep their first-pass layout, page chrome is measured once (layout)', () => {
  beforeAll(() => {
    registerPdfFontsForNode();
  });

  afterEach(() => {
    layoutMemo.enabled = true;
  });

  const cell = { width: '33%', padding: 3, borderRightWidth: 0.5, borderRightColor: '#888888' } as const;
  // Running chrome with the page count, a heading kept with its table, rows that are moved whole, a long
  // paragraph and a bordered card that are split across pages, and a block that grows to fill a page.
  const longDocument = (
    <Document creationDate={new Date(2025, 0, 1)}>
      <Page
        size="A6"
        style={{ padding: 24, fontFamily: 'NotoSans', fontSize: 8 }}
        layout={({ children, pageNumber, totalPages }) => (
          <>
            <Text style={{ position: 'absolute', top: 8, left: 24 }}>Header of the plan</Text>
            {children}
            <Text style={{ position: 'absolute', bottom: 8, right: 24 }}>{`Page ${pageNumber ?? 1} of ${totalPages ?? 1}`}</Text>
          </>
        )}
      >
        <Text style={{ fontSize: 12 }} minPresenceAhead={30}>
          Key resources
        </Text>
        <View style={{ borderTopWidth: 1, borderTopColor: '#000000' }}>
          {Array.from({ length: 40 }, (_, row) => (
            <View key={row} wrap={false} style={{ flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: '#cccccc' }}>
              <Text style={cell}>{`Resource ${row}`}</Text>
              <Text style={cell}>{'Spare part and supplier '.repeat((row % 4) + 1)}</Text>
              <Text style={{ flexGrow: 1, padding: 3 }}>{row % 3 === 0 ? 'Needed within 4 hours' : 'Next day'}</Text>
            </View>
          ))}
        </View>
        <Text style={{ marginTop: 6 }}>{'A long paragraph of the plan that runs over the page break. '.repeat(30)}</Text>
        <View style={{ marginTop: 6, padding: 6, backgroundColor: '#eeeeee', borderWidth: 1, borderColor: '#444444' }}>
          {Array.from({ length: 30 }, (_, line) => (
            <Text key={line}>{`Call tree line ${line}`}</Text>
          ))}
        </View>
        <View style={{ flexGrow: 1, backgroundColor: '#ddeeff', marginTop: 6 }}>
          <Text>Notes</Text>
        </View>
      </Page>
    </Document>
  );

  it('give the same PDF bytes as laying out every finished page and its chrome again, and are used', async () => {
    layoutMemo.enabled = false;
    const relaidOut = Buffer.from(await renderToBuffer(longDocument));
    layoutMemo.enabled = true;
    const before = { moved: layoutMemo.wholeBlocksMoved, regions: layoutMemo.regionHits };
    const moved = Buffer.from(await renderToBuffer(longDocument));

    expect(moved.equals(relaidOut)).toBe(true);
    expect(layoutMemo.wholeBlocksMoved).toBeGreaterThan(before.moved + 3);
    // one measure for the first page; the "Page x of y" footer is absolutely positioned and changes nothing
    expect(layoutMemo.regionHits).toBeGreaterThan(before.regions + 3);
  }, 120_000);

  it('measures the flow region again when the chrome in the flow changes from page to page', async () => {
    const growingHeader = (
      <Document creationDate={new Date(2025, 0, 1)}>
        <Page
          size="A6"
          style={{ padding: 24, fontFamily: 'NotoSans', fontSize: 8 }}
          layout={({ children, pageNumber }) => (
            <>
              <Text>{pageNumber === 1 ? 'First page' : 'A header in the flow that takes two lines from the second page on, '.repeat(2)}</Text>
              {children}
            </>
          )}
        >
          {Array.from({ length: 90 }, (_, line) => (
            <Text key={line}>{`Line ${line}`}</Text>
          ))}
        </Page>
      </Document>
    );
    layoutMemo.enabled = false;
    const measuredEveryPage = Buffer.from(await renderToBuffer(growingHeader));
    layoutMemo.enabled = true;
    expect(Buffer.from(await renderToBuffer(growingHeader)).equals(measuredEveryPage)).toBe(true);
  }, 120_000);
});

describe('keep-with-next before a block that starts with a border (paginate)', () => {
  let dir = '';
  beforeAll(() => {
    registerPdfFontsForNode();
    dir = mkdtempSync(join(tmpdir(), 'bcp-paginate-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // Filler that ends the first page just after the heading (unpatched, the heading stayed there alone), or two
  // lines after it (unpatched, inside its 40 pt window).
  it.each([30, 32])('keeps a heading with the first lines of its bordered block (%i filler lines)', async (fillerLines) => {
    const file = join(dir, `keep-${fillerLines}.pdf`);
    const document = (
      <Document>
        <Page size="A6" style={{ padding: 20, fontFamily: 'NotoSans', fontSize: 8 }} layout={({ children }) => <>{children}</>}>
          {Array.from({ length: fillerLines }, (_, line) => (
            <Text key={line}>Filler line {line}</Text>
          ))}
          <Text style={{ fontSize: 12, marginTop: 6 }} minPresenceAhead={40}>
            Step 10
          </Text>
          <View style={{ borderTopWidth: 1, borderTopColor: '#000000', paddingTop: 2 }}>
            {Array.from({ length: 30 }, (_, line) => (
              <Text key={line}>Body line {line}</Text>
            ))}
          </View>
        </Page>
      </Document>
    );
    writeFileSync(file, await renderToBuffer(document));
    const pages = Array.from({ length: pdfPageCount(file) }, (_, index) => pdfText(file, index + 1).trim().split('\n'));
    const headingPage = pages.find((lines) => lines.includes('Step 10')) ?? [];
    const after = headingPage.slice(headingPage.indexOf('Step 10') + 1);
    expect(after.filter((line) => line.startsWith('Body line')).length).toBeGreaterThanOrEqual(3);
  }, 60_000);
});
