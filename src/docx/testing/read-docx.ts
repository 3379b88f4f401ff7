/**
 * Reads a .docx back for tests: unzips it (fflate) and reads word/document.xml, styles.xml, settings.xml
 * and fontTable.xml into paragraphs, runs and tables. The documents are written by `docx`, so the XML is
 * regular; a small reader is enough and fails loudly on what it does not find.
 */
import { strFromU8, unzipSync } from 'fflate';

export interface DocxRun {
  text: string;
  /** The attributes of w:rFonts (ascii, hAnsi, eastAsia, cs, hint). */
  fonts: Readonly<Record<string, string>>;
  /** The attributes of w:lang (val, eastAsia, bidi). */
  lang: Readonly<Record<string, string>>;
}

export interface DocxParagraph {
  style: string;
  text: string;
  runs: DocxRun[];
}

export interface DocxTable {
  /** Whether the first row repeats as a header row (w:tblHeader in its w:trPr). */
  headerRepeats: boolean;
  /** The text of each cell of each row. */
  rows: string[][];
}

export interface ReadDocx {
  files: Readonly<Record<string, string>>;
  paragraphs: DocxParagraph[];
  tables: DocxTable[];
  /** Paragraph style id → its name, the style it is based on and its outline level. */
  styles: ReadonlyMap<string, { name: string; basedOn?: string; outlineLevel?: number }>;
  /** All text of the body, a paragraph a line. */
  text: string;
}

const decode = (text: string): string =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

const attributes = (tag: string | undefined): Record<string, string> =>
  Object.fromEntries([...(tag ?? '').matchAll(/w:(\w+)="([^"]*)"/g)].map((match) => [match[1] ?? '', decode(match[2] ?? '')]));

function readRun(xml: string): DocxRun {
  const text = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>|<w:tab\/>/g)]
    .map((match) => (match[0].startsWith('<w:br') ? '\n' : match[0].startsWith('<w:tab') ? '\t' : decode(match[1] ?? '')))
    .join('');
  return { text, fonts: attributes(/<w:rFonts\s[^>]*\/>/.exec(xml)?.[0]), lang: attributes(/<w:lang\s[^>]*\/>/.exec(xml)?.[0]) };
}

function readParagraph(xml: string): DocxParagraph {
  const runs = [...xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>|<w:r\s[^>]*>([\s\S]*?)<\/w:r>/g)].map((match) => readRun(match[0]));
  return { style: /<w:pStyle w:val="([^"]*)"/.exec(xml)?.[1] ?? '', text: runs.map((run) => run.text).join(''), runs };
}

const paragraphsOf = (xml: string): DocxParagraph[] => [...xml.matchAll(/<w:p[\s>][\s\S]*?<\/w:p>/g)].map((match) => readParagraph(match[0]));

export function readDocx(bytes: Uint8Array): ReadDocx {
  const files = Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, content]) => [name, strFromU8(content)]));
  const document = files['word/document.xml'];
  const stylesXml = files['word/styles.xml'];
  if (document === undefined || stylesXml === undefined) throw new Error('not a Word document: word/document.xml or word/styles.xml is missing');
  const tables = [...document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((match): DocxTable => {
    const rows = [...match[0].matchAll(/<w:tr[\s>][\s\S]*?<\/w:tr>/g)].map((row) => row[0]);
    return {
      headerRepeats: /<w:trPr>[\s\S]*?<w:tblHeader\/>[\s\S]*?<\/w:trPr>/.test(rows[0] ?? ''),
      rows: rows.map((row) => [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => paragraphsOf(cell[0]).map((p) => p.text).join('\n'))),
    };
  });
  const styles = new Map(
    [...stylesXml.matchAll(/<w:style\s[^>]*w:styleId="([^"]*)"[^>]*>([\s\S]*?)<\/w:style>/g)].map((match) => {
      const body = match[2] ?? '';
      const outline = /<w:outlineLvl w:val="(\d)"/.exec(body)?.[1];
      const basedOn = /<w:basedOn w:val="([^"]*)"/.exec(body)?.[1];
      return [
        match[1] ?? '',
        { name: /<w:name w:val="([^"]*)"/.exec(body)?.[1] ?? '', ...(basedOn ? { basedOn } : {}), ...(outline ? { outlineLevel: Number(outline) } : {}) },
      ] as const;
    }),
  );
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(document)?.[1] ?? '';
  const paragraphs = paragraphsOf(body);
  return { files, paragraphs, tables, styles, text: paragraphs.map((p) => p.text).join('\n') };
}

/** The heading level (1–3) of a paragraph style: a style based on Word's Heading n with outline level n − 1. */
export function headingLevel(read: ReadDocx, styleId: string): number | undefined {
  const style = read.styles.get(styleId);
  const based = style?.basedOn?.match(/^Heading([1-9])$/)?.[1];
  if (style === undefined || based === undefined || style.outlineLevel !== Number(based) - 1) return undefined;
  return Number(based);
}
