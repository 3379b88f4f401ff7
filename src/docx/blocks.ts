/**
 * What the Word document is made of, before it is written as WordprocessingML (write.ts): headings,
 * labelled values, numbered lists, tables and paragraphs. The plan's parts (plan-content.ts) say what to
 * show in these terms; write.ts decides how it looks through the document's named styles.
 */

/** A table cell: text (lines separated by "\n"), optionally strong, with a quieter second line, or shaded. */
export type DocxCell = string | { text: string; sub?: string; strong?: boolean; fill?: string };

export interface DocxColumn {
  header: string;
  /** Percent of the table width; the widths of a table add up to 100. */
  width: number;
  align?: 'left' | 'center' | 'right';
}

export type DocxBlock =
  /** Heading 1: a step, an appendix, the quick card; 2: a part of it; 3: a scenario. `newPage` starts a page. */
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; newPage?: boolean }
  /** The document's title block on the cover. */
  | { kind: 'title'; kicker: string; title: string; lines: readonly string[] }
  /**
   * A label and its value, each value line a paragraph of its own; with `inline` (the language's separator,
   * ": " or "："), label and value share one paragraph, as on the quick card, which is meant to fit one page.
   */
  | { kind: 'values'; rows: readonly (readonly [string, string | readonly string[]])[]; inline?: string }
  | { kind: 'list'; items: readonly { text: string; detail?: string }[] }
  | { kind: 'table'; columns: readonly DocxColumn[]; rows: readonly (readonly DocxCell[])[] }
  /** Running text (the user's, lines kept), a quieter note, or "Not yet written". */
  | { kind: 'text'; text: string; tone?: 'body' | 'note' | 'empty' | 'strong' }
  /** The table of contents, a Word field that updates when the document opens. */
  | { kind: 'contents'; title: string };
