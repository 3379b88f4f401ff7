/**
 * Layout checks on a rendered PDF through `pdftotext -bbox` (poppler-utils). Node only.
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

/** Every word drawn, with its box (pdftotext -bbox), and the page widths. */
function pdfWords(file: string): { words: Word[]; widths: number[] } {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const words: Word[] = [];
  const widths: number[] = [];
  for (const [index, page] of html.split('<page ').slice(1).entries()) {
    widths.push(Number(/^width="([\d.]+)"/.exec(page)?.[1] ?? 0));
    for (const match of page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)<\/word>/g)) {
      const [, xMin, yMin, xMax, yMax, text] = match;
      words.push({ page: index + 1, text: text ?? '', xMin: Number(xMin), yMin: Number(yMin), xMax: Number(xMax), yMax: Number(yMax) });
    }
  }
  return { words, widths };
}

/**
 * Text drawn past the side margins, or over other text (a word too long for its table column runs into
 * the next one). Boxes of neighbouring lines touch at ascenders and descenders, so two words only
 * collide when they share more than half a line.
 */
export function layoutProblems(file: string, sideMargin: number): string[] {
  const { words, widths } = pdfWords(file);
  const problems: string[] = [];
  const tolerance = 0.5;
  for (const word of words) {
    const width = widths[word.page - 1] ?? 0;
    if (word.xMin < sideMargin - tolerance || word.xMax > width - sideMargin + tolerance) {
      problems.push(`page ${word.page}: "${word.text}" runs into the margin`);
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
