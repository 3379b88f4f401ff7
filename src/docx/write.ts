/**
 * Writes the plan's blocks (plan-content.ts) as a Word document with the `docx` package: the same code in
 * a Web Worker and in Node (no DOM, no Buffer: Packer.toArrayBuffer).
 *
 * Editable, not a picture: every text is a run of plain Unicode text in the flow of the page (no text
 * boxes, images or absolute positions), and its look comes from named styles ("Plan heading 1", "Plan
 * body", "Plan table", …) that an organisation can change once for the whole document. The Plan headings
 * are based on Word's own Heading 1–3 and keep their outline levels, so the navigation pane and the table
 * of contents find them. The table of contents is a TOC field of the steps and appendices (Heading 1, as
 * the PDF's contents), filled in already and updated with its page numbers when Word opens the document
 * (settings updateFields); the navigation pane shows all three levels.
 * Tables repeat their header row on every page (w:tblHeader) and never split a row across pages.
 */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import type { LanguageCode } from '../i18n/languages';
import { splitLines } from '../pdf/document/plan-facts';
import type { DocxBlock, DocxCell, DocxColumn } from './blocks';
import { fontTableXml, runScript } from './fonts';

export type DocxPaperSize = 'A4' | 'LETTER';

/** Page sizes and margins in twentieths of a point. */
const PAGE: Readonly<Record<DocxPaperSize, { width: number; height: number }>> = {
  A4: { width: 11906, height: 16838 },
  LETTER: { width: 12240, height: 15840 },
};
const MARGIN = { top: 1020, bottom: 1020, side: 1020, headerFooter: 510 };

const COLOR = { ink: '1F2933', muted: '52606D', accent: '0B5563', rule: 'B8C2CC', head: 'E4EEF0' };

/** Style ids; the names Word shows are in STYLES below. */
const STYLE = {
  heading: { 1: 'PlanHeading1', 2: 'PlanHeading2', 3: 'PlanHeading3' },
  title: 'PlanTitle',
  kicker: 'PlanKicker',
  body: 'PlanBody',
  note: 'PlanNote',
  empty: 'PlanEmpty',
  strong: 'PlanStrong',
  label: 'PlanLabel',
  value: 'PlanValue',
  field: 'PlanField',
  list: 'PlanList',
  listDetail: 'PlanListDetail',
  tableHeading: 'PlanTableHeading',
  tableText: 'PlanTableText',
  tableNote: 'PlanTableNote',
  contentsHeading: 'PlanContentsHeading',
  header: 'PlanHeader',
  footer: 'PlanFooter',
  table: 'PlanTable',
} as const;

const LIST = 'plan-numbers';

export interface DocxChrome {
  /** The document's title, author and subject (core properties). */
  title: string;
  author: string;
  subject: string;
  /** Running header: company left, title and version right. */
  headerLeft: string;
  headerRight: string;
  /** Footer: print date and privacy line, then "Page x of y" from a translation with {{page}} and {{total}}. */
  footerLeft: string;
  privacy: string;
  /** The translation of "Page {{page}} of {{total}}", placeholders still in. */
  pageOfTotal: string;
}

export interface WriteDocxOptions {
  blocks: readonly DocxBlock[];
  chrome: DocxChrome;
  language: LanguageCode;
  paperSize: DocxPaperSize;
}

/** Control characters XML 1.0 does not allow (Word would not open the file); a vertical tab or form feed
 * (Word's own line and page breaks, pasted from a document) is a line break. */
const allowedInXml = (character: string): boolean => {
  const code = character.codePointAt(0) ?? 0;
  return code >= 0x20 ? code !== 0xfffe && code !== 0xffff : code === 0x09 || code === 0x0a || code === 0x0d;
};
const cleanText = (text: string): string => Array.from(text.replace(/[\v\f]/g, '\n')).filter(allowedInXml).join('');

/** Runs of one text, each with the fonts and languages of its script (fonts.ts). */
function runs(text: string, language: LanguageCode, options: Omit<IRunOptions, 'text' | 'children'> = {}): TextRun[] {
  return splitLines(cleanText(text)).map(
    (line, index) => new TextRun({ ...options, text: line, break: index > 0 ? 1 : undefined, ...runScript(line, language) }),
  );
}

function paragraph(text: string, style: string, language: LanguageCode, extra: { bold?: boolean; keepNext?: boolean; pageBreakBefore?: boolean; alignment?: DocxColumn['align']; numbering?: { reference: string; level: number; instance: number } } = {}): Paragraph {
  const { bold, alignment, ...rest } = extra;
  return new Paragraph({
    style,
    ...rest,
    ...(alignment === undefined ? {} : { alignment: ALIGN[alignment] }),
    children: runs(text, language, bold ? { bold: true } : {}),
  });
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

function cellContent(cell: DocxCell, column: DocxColumn, language: LanguageCode): { children: Paragraph[]; fill?: string } {
  const { text, sub, strong, fill } = typeof cell === 'string' ? { text: cell } : cell;
  const children = [
    ...splitLines(cleanText(text)).map((line) => paragraph(line, STYLE.tableText, language, { bold: strong, alignment: column.align })),
    ...(sub ? splitLines(cleanText(sub)).map((line) => paragraph(line, STYLE.tableNote, language, { alignment: column.align })) : []),
  ];
  return { children, ...(fill === undefined ? {} : { fill: fill.replace('#', '') }) };
}

function table(columns: readonly DocxColumn[], rows: readonly (readonly DocxCell[])[], language: LanguageCode, contentWidth: number): Table {
  const widths = columns.map((column) => Math.round((column.width / 100) * contentWidth));
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map(
      (column, index) =>
        new TableCell({
          width: { size: widths[index] ?? 0, type: WidthType.DXA },
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: COLOR.head },
          children: splitLines(column.header).map((line) => paragraph(line, STYLE.tableHeading, language, { alignment: column.align })),
        }),
    ),
  });
  const body = rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: columns.map((column, index) => {
          const { children, fill } = cellContent(row[index] ?? '', column, language);
          return new TableCell({
            width: { size: widths[index] ?? 0, type: WidthType.DXA },
            ...(fill === undefined ? {} : { shading: { type: ShadingType.CLEAR, color: 'auto', fill } }),
            children,
          });
        }),
      }),
  );
  return new Table({
    style: STYLE.table,
    width: { size: contentWidth, type: WidthType.DXA },
    columnWidths: widths,
    rows: [header, ...body],
  });
}

/** Paragraphs and tables of the body; every numbered list restarts at 1. */
function body(blocks: readonly DocxBlock[], language: LanguageCode, contentWidth: number, contents: () => TableOfContents): (Paragraph | Table | TableOfContents)[] {
  let listInstance = 0;
  return blocks.flatMap((block): (Paragraph | Table | TableOfContents)[] => {
    switch (block.kind) {
      case 'heading':
        return [paragraph(block.text, STYLE.heading[block.level], language, block.newPage ? { pageBreakBefore: true } : {})];
      case 'title':
        return [
          paragraph(block.kicker, STYLE.kicker, language),
          paragraph(block.title, STYLE.title, language),
          ...block.lines.map((line) => paragraph(line, STYLE.body, language)),
        ];
      case 'values': {
        const { inline } = block;
        if (inline !== undefined) {
          return block.rows.map(
            ([label, value]) =>
              new Paragraph({
                style: STYLE.field,
                children: [...runs(`${label}${inline}`, language, { bold: true }), ...runs((typeof value === 'string' ? [value] : value).join('\n'), language)],
              }),
          );
        }
        return block.rows.flatMap(([label, value]) => [
          paragraph(label, STYLE.label, language, { keepNext: true }),
          ...(typeof value === 'string' ? [value] : value).map((line) => paragraph(line, STYLE.value, language)),
        ]);
      }
      case 'list': {
        listInstance += 1;
        const instance = listInstance;
        return block.items.flatMap((item) => [
          paragraph(item.text, STYLE.list, language, { numbering: { reference: LIST, level: 0, instance } }),
          ...(item.detail ? [paragraph(item.detail, STYLE.listDetail, language)] : []),
        ]);
      }
      case 'table':
        // an empty paragraph after a table keeps two tables in a row from merging into one
        return [table(block.columns, block.rows, language, contentWidth), new Paragraph({ style: STYLE.body })];
      case 'text':
        return [paragraph(block.text, { body: STYLE.body, note: STYLE.note, empty: STYLE.empty, strong: STYLE.strong }[block.tone ?? 'body'], language)];
      case 'contents':
        return [paragraph(block.title, STYLE.contentsHeading, language, { pageBreakBefore: true }), contents()];
    }
  });
}

/** "Page {{page}} of {{total}}" with the PAGE and NUMPAGES fields in place of the placeholders. */
function pageOfTotal(template: string, language: LanguageCode): ParagraphChild[] {
  return template.split(/(\{\{page\}\}|\{\{total\}\})/).flatMap((piece): ParagraphChild[] => {
    if (piece === '') return [];
    const script = runScript(template.replace(/\{\{\w+\}\}/g, ''), language);
    if (piece === '{{page}}') return [new TextRun({ children: [PageNumber.CURRENT], ...script })];
    if (piece === '{{total}}') return [new TextRun({ children: [PageNumber.TOTAL_PAGES], ...script })];
    return runs(piece, language);
  });
}

const font = (size: number) => ({ size: size * 2 });

/** The document's named styles: change one and the whole plan follows. */
function paragraphStyles(language: LanguageCode) {
  const defaults = runScript('', language);
  const heading = (level: 1 | 2 | 3, size: number, color: string, before: number) => ({
    id: STYLE.heading[level],
    name: `Plan heading ${level}`,
    basedOn: `Heading${level}`,
    next: STYLE.body,
    quickFormat: true,
    run: { ...font(size), bold: true, color, font: defaults.font },
    paragraph: { outlineLevel: level - 1, keepNext: true, keepLines: true, spacing: { before, after: 100 } },
  });
  const text = (id: string, name: string, run: object, paragraph: object = {}) => ({
    id,
    name,
    basedOn: 'Normal',
    quickFormat: true,
    run: { color: COLOR.ink, ...run },
    paragraph: { spacing: { after: 80 }, ...paragraph },
  });
  return [
    heading(1, 16, COLOR.accent, 240),
    heading(2, 12.5, COLOR.ink, 160),
    heading(3, 11, COLOR.ink, 160),
    text(STYLE.kicker, 'Plan title kicker', { ...font(11), color: COLOR.accent, allCaps: false }, { spacing: { before: 1200, after: 120 } }),
    text(STYLE.title, 'Plan title', { ...font(26), bold: true }, { spacing: { after: 240 } }),
    text(STYLE.body, 'Plan body', font(10)),
    text(STYLE.note, 'Plan note', { ...font(9), color: COLOR.muted }),
    text(STYLE.empty, 'Plan not yet written', { ...font(9.5), italics: true, color: COLOR.muted }),
    text(STYLE.strong, 'Plan strong', { ...font(10), bold: true }),
    text(STYLE.label, 'Plan field label', { ...font(9), bold: true, color: COLOR.muted }, { spacing: { before: 80, after: 0 } }),
    text(STYLE.value, 'Plan field value', font(10), { indent: { left: 284 }, spacing: { after: 40 } }),
    text(STYLE.field, 'Plan field', font(10), { spacing: { after: 40 } }),
    text(STYLE.list, 'Plan list', font(10), { spacing: { after: 20 } }),
    text(STYLE.listDetail, 'Plan list detail', { ...font(9), color: COLOR.muted }, { indent: { left: 400 }, spacing: { after: 40 } }),
    text(STYLE.tableHeading, 'Plan table heading', { ...font(8.5), bold: true }, { spacing: { before: 20, after: 20 }, keepNext: true }),
    text(STYLE.tableText, 'Plan table text', font(9), { spacing: { before: 10, after: 10 } }),
    text(STYLE.tableNote, 'Plan table note', { ...font(8), color: COLOR.muted }, { spacing: { after: 20 } }),
    text(STYLE.contentsHeading, 'Plan contents heading', { ...font(16), bold: true, color: COLOR.accent }, { spacing: { after: 240 } }),
    text(STYLE.header, 'Plan header', { ...font(8), color: COLOR.muted }, { spacing: { after: 0 } }),
    text(STYLE.footer, 'Plan footer', { ...font(8), color: COLOR.muted }, { spacing: { after: 0 } }),
  ];
}

/**
 * The parts of styles.xml docx has no options for, given as a styles part of its own (`externalStyles`), to
 * which docx adds its own styles and the paragraph styles above:
 * - the document defaults: the fonts and languages of every script (fonts.ts), the text size and line
 *   spacing. Word and LibreOffice add their usual small space between East Asian text and Latin letters or
 *   digits ("300 毫升" on the page, "300毫升" in the text);
 * - "Plan table": thin rules and cell padding.
 */
function externalStyles(language: LanguageCode): string {
  const { font, language: lang } = runScript('', language);
  const attributes = (values: Readonly<Record<string, string | undefined>>) =>
    Object.entries(values)
      .filter((entry): entry is [string, string] => entry[1] !== undefined)
      .map(([name, value]) => ` w:${name}="${value}"`)
      .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts${attributes({ ascii: font.ascii, hAnsi: font.hAnsi, eastAsia: font.eastAsia, cs: font.cs })}/>` +
    `<w:sz w:val="20"/><w:szCs w:val="20"/><w:lang${attributes({ val: lang.value, eastAsia: lang.eastAsia, bidi: lang.bidirectional })}/></w:rPr></w:rPrDefault>` +
    '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>' +
    `<w:style w:type="table" w:customStyle="1" w:styleId="${STYLE.table}"><w:name w:val="Plan table"/><w:basedOn w:val="TableNormal"/>` +
    '<w:uiPriority w:val="59"/><w:qFormat/><w:tblPr><w:tblBorders>' +
    ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
      .map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="${COLOR.rule}"/>`)
      .join('') +
    '</w:tblBorders><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="85" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    '</w:styles>'
  );
}

/** The Word document (.docx) of the plan's blocks. */
export async function writeDocx({ blocks, chrome, language, paperSize }: WriteDocxOptions): Promise<Uint8Array> {
  const page = PAGE[paperSize];
  const contentWidth = page.width - 2 * MARGIN.side;
  const document = new Document({
    title: chrome.title,
    creator: chrome.author,
    subject: chrome.subject,
    features: { updateFields: true },
    externalStyles: externalStyles(language),
    styles: {
      paragraphStyles: paragraphStyles(language),
    },
    numbering: {
      config: [
        {
          reference: LIST,
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 400, hanging: 320 } } } }],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: page.width, height: page.height },
            margin: { top: MARGIN.top, bottom: MARGIN.bottom, left: MARGIN.side, right: MARGIN.side, header: MARGIN.headerFooter, footer: MARGIN.headerFooter },
          },
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                style: STYLE.header,
                tabStops: [{ type: TabStopType.RIGHT, position: contentWidth }],
                children: [...runs(chrome.headerLeft, language), new TextRun({ children: [new Tab()] }), ...runs(chrome.headerRight, language)],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                style: STYLE.footer,
                tabStops: [{ type: TabStopType.RIGHT, position: contentWidth }],
                children: [...runs(chrome.footerLeft, language), new TextRun({ children: [new Tab()] }), ...pageOfTotal(chrome.pageOfTotal, language)],
              }),
              paragraph(chrome.privacy, STYLE.footer, language),
            ],
          }),
        },
        children: body(blocks, language, contentWidth, () => new TableOfContents(chrome.title, { hyperlink: true, headingStyleRange: '1-1', useAppliedParagraphOutlineLevel: true })),
      },
    ],
  });
  const bytes = await Packer.toArrayBuffer(document, false, [{ path: 'word/fontTable.xml', data: fontTableXml() }]);
  return new Uint8Array(bytes);
}
