/**
 * Line edges under stress: six mixed-script texts in 40 column widths (30–303 pt), with the font stacks of a
 * Latin, the Thai and two CJK languages. Every drawn line is checked in the text layer: no line starts with
 * closing punctuation or ends with opening punctuation, no hyphen is inserted (Latin words are never
 * hyphenated; Thai and CJK break without one), and the text comes back exactly, spaces included.
 *
 * This catches breaks at font-run boundaries inside a word (e.g. "(หน้าร้าน)" in an English plan, whose
 * brackets come from another font than its Thai letters) and squeezed word spaces on overfull lines.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderToBuffer } from '@react-pdf/renderer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerPdfFontsForNode } from './fonts-node';
import { lineEdgesDocument, LINE_EDGE_TEXTS, LINE_EDGE_WIDTHS } from './line-edges.fixture';
import { NO_END, NO_START } from './line-breaking';
import { pdfText } from './testing/poppler-node';
import { textLayerPattern } from './testing/text-layer';

let dir = '';

beforeAll(() => {
  registerPdfFontsForNode();
  dir = mkdtempSync(join(tmpdir(), 'bcp-pdf-edges-'));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The lines drawn for each text and width, read back from the PDF. */
function blocks(text: string): Map<string, string[]> {
  const result = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of text.split('\n')) {
    const marker = /^#(\d+-\d+)#$/.exec(line.replace(/^\f/, ''));
    if (marker?.[1]) {
      current = [];
      result.set(marker[1], current);
    } else if (current && line.replace(/^\f/, '').trim() !== '') {
      current.push(line.replace(/^\f/, ''));
    }
  }
  return result;
}

describe.each(['en', 'th', 'zh-Hant', 'ja'] as const)('line edges with the %s font stack', (language) => {
  let drawn = new Map<string, string[]>();

  beforeAll(async () => {
    const file = join(dir, `line-edges-${language}.pdf`);
    writeFileSync(file, await renderToBuffer(lineEdgesDocument(language)));
    drawn = blocks(pdfText(file).normalize('NFC'));
  }, 120_000);

  it('draws every text in every width', () => {
    expect(drawn.size).toBe(LINE_EDGE_TEXTS.length * LINE_EDGE_WIDTHS.length);
  });

  it('never starts a line with closing punctuation, ends one with opening punctuation or adds a hyphen', () => {
    const violations: string[] = [];
    for (const [key, lines] of drawn) {
      lines.forEach((line, i) => {
        const chars = Array.from(line.trim());
        const last = i === lines.length - 1;
        if (i > 0 && NO_START.has(chars[0] ?? '')) violations.push(`${key}: ${lines.join(' | ')}`);
        if (!last && (NO_END.has(chars.at(-1) ?? '') || chars.at(-1) === '-')) violations.push(`${key}: ${lines.join(' | ')}`);
      });
    }
    expect(violations).toEqual([]);
  });

  it('gives every text back exactly, with all its spaces', () => {
    const wrong: string[] = [];
    for (const [key, lines] of drawn) {
      const source = LINE_EDGE_TEXTS[Number(key.split('-')[0])] ?? '';
      const text = lines.map((line) => line.trim()).join('\n');
      if (!textLayerPattern(source, { whole: true }).test(text)) wrong.push(`${key}: ${lines.join(' | ')}`);
    }
    expect(wrong).toEqual([]);
  });
});
