/**
 * The react-pdf patches in patches/ (see docs/pdf-engine.md) each have a test of their effect here or next door:
 * - fontkit (per-occurrence code points): every one of fontkit's four bundles is checked below, because
 *   Node, Vite and CommonJS consumers each load a different one;
 * - render (cluster ToUnicode and /ActualText): text-rendering.test.ts finds Thai ำ and the Vietnamese dot
 *   below exactly in the text layer, which fails without it;
 * - textkit (shaping memo) and layout (style and text layout memos, counting round): the output is the same
 *   byte for byte with the memos on and off, and the memos are hit.
 * A patch that no longer applies fails `npm ci` (patch-package --error-on-fail).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { memoStats as layoutMemo } from '@react-pdf/layout';
import { renderToBuffer } from '@react-pdf/renderer';
import { memoStats as shapingMemo } from '@react-pdf/textkit';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { registerPdfFontsForNode } from './fonts-node';
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
