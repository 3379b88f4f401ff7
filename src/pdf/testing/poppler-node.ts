/**
 * Test helpers that read a PDF back with poppler-utils (`pdffonts`, `pdftotext`, `pdfinfo` in /usr/bin;
 * Debian package poppler-utils, installed by .ci/run). Node only.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

function run(command: string, args: readonly string[]): string {
  return execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

export interface PdfFontRow {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
  unicode: boolean;
}

/** The font table of `pdffonts`, plus its raw output (for messages and a Helvetica check). */
export function pdfFonts(file: string): { rows: PdfFontRow[]; raw: string } {
  const raw = run('pdffonts', [file]);
  const rows = raw
    .split('\n')
    .slice(2) // header and dashes
    .filter((line) => line.trim() !== '')
    .map((line): PdfFontRow => {
      // name type… encoding emb sub uni object ID: the last five columns are fixed, the type has spaces
      const columns = line.trim().split(/\s+/);
      const [emb, sub, uni] = columns.slice(-5, -2);
      return {
        name: columns[0] ?? '',
        type: columns.slice(1, -6).join(' '),
        embedded: emb === 'yes',
        subset: sub === 'yes',
        unicode: uni === 'yes',
      };
    });
  return { rows, raw };
}

/** The text of the whole PDF or of one page, in content-stream order (`pdftotext -raw`, which keeps Thai
 * marks in order; the default mode reorders them across lines). */
export function pdfText(file: string, page?: number): string {
  const pages = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return run('pdftotext', ['-raw', '-enc', 'UTF-8', ...pages, file, '-']);
}

export function pdfPageCount(file: string): number {
  const match = /^Pages:\s+(\d+)/m.exec(run('pdfinfo', [file]));
  if (!match?.[1]) throw new Error(`pdfinfo found no page count in ${file}`);
  return Number(match[1]);
}

/** The PDF's outline (the reader's bookmarks pane): each entry's title and the page it opens, in order
 * (`pdftohtml -xml`). */
export function pdfOutline(file: string): { title: string; page: number }[] {
  const xml = run('pdftohtml', ['-xml', '-i', '-q', '-stdout', file]);
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  const decode = (text: string) =>
    text.replace(/&(#\d+|[a-z]+);/g, (entity, name: string) => (name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : (entities[name] ?? entity)));
  return Array.from(xml.matchAll(/<item page="(\d+)">([^<]*)<\/item>/g), (match) => ({ page: Number(match[1]), title: decode(match[2] ?? '') }));
}

/** Each page as a grey image at `dpi` (`pdftoppm -gray`), for comparing how two PDFs look. */
export function pdfPageImages(file: string, dpi: number): Buffer[] {
  const prefix = `${file}-page`;
  execFileSync('pdftoppm', ['-r', String(dpi), '-gray', file, prefix]);
  const directory = dirname(prefix);
  const name = basename(prefix);
  return readdirSync(directory)
    .filter((entry) => entry.startsWith(`${name}-`) && entry.endsWith('.pgm'))
    .sort((a, b) => Number(/-(\d+)\.pgm$/.exec(a)?.[1]) - Number(/-(\d+)\.pgm$/.exec(b)?.[1]))
    .map((entry) => readFileSync(join(directory, entry)));
}
