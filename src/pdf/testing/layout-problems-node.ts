/**
 * Layout checks on a rendered PDF through `pdftotext -bbox` (poppler-utils), which gives every word drawn
 * with its box. Node only.
 */
import { execFileSync } from 'node:child_process';

interface Word {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

interface PageBox {
  width: number;
  height: number;
}

/** Every word drawn, with its box (pdftotext -bbox), and the page sizes. */
function pdfWords(file: string): { words: Word[]; pages: PageBox[] } {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const words: Word[] = [];
  const pages: PageBox[] = [];
  for (const [index, page] of html.split('<page ').slice(1).entries()) {
    pages.push({
      width: Number(/^width="([\d.]+)"/.exec(page)?.[1] ?? 0),
      height: Number(/height="([\d.]+)"/.exec(page)?.[1] ?? 0),
    });
    for (const match of page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)<\/word>/g)) {
      const [, xMin, yMin, xMax, yMax, text] = match;
      words.push({ page: index + 1, text: text ?? '', xMin: Number(xMin), yMin: Number(yMin), xMax: Number(xMax), yMax: Number(yMax) });
    }
  }
  return { words, pages };
}

/**
 * The content region's top and bottom edges, in points from the page's top and bottom edge: the running
 * header lies above the top edge and the footer below the bottom edge, and no word may cross either (a
 * header of several lines reaching down into the content, content running into the footer).
 */
export interface ContentEdges {
  top: number;
  bottom: number;
}

/**
 * Text drawn past the side margins, across the content region's top or bottom edge, off the page, or over
 * other text (a word too long for its table column runs into the next one). Boxes of neighbouring lines
 * touch at ascenders and descenders, so two words only collide when they share more than half a line.
 */
export function layoutProblems(file: string, sideMargin: number, edges?: ContentEdges): string[] {
  const { words, pages } = pdfWords(file);
  const problems: string[] = [];
  const tolerance = 0.5;
  for (const word of words) {
    const { width, height } = pages[word.page - 1] ?? { width: 0, height: 0 };
    if (word.xMin < sideMargin - tolerance || word.xMax > width - sideMargin + tolerance) {
      problems.push(`page ${word.page}: "${word.text}" runs into the margin`);
    }
    if (word.yMin < -tolerance || word.yMax > height + tolerance) {
      problems.push(`page ${word.page}: "${word.text}" runs off the page`);
    }
    if (edges !== undefined) {
      const crosses = (edge: number) => word.yMin < edge - tolerance && word.yMax > edge + tolerance;
      if (crosses(edges.top)) problems.push(`page ${word.page}: "${word.text}" crosses the top of the content`);
      if (crosses(height - edges.bottom)) problems.push(`page ${word.page}: "${word.text}" crosses the bottom of the content`);
    }
  }
  const byPage = new Map<number, Word[]>();
  for (const word of words) byPage.set(word.page, [...(byPage.get(word.page) ?? []), word]);
  for (const [page, list] of byPage) {
    for (let i = 0; i < list.length; i += 1) {
      const a = list[i];
      if (a === undefined) continue;
      for (let j = i + 1; j < list.length; j += 1) {
        const b = list[j];
        if (b === undefined) continue;
        const across = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
        const down = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
        if (across > tolerance && down > 0.5 * Math.min(a.yMax - a.yMin, b.yMax - b.yMin)) {
          problems.push(`page ${page}: "${a.text}" overlaps "${b.text}"`);
        }
      }
    }
  }
  return problems;
}
