/**
 * The building blocks every part of the printed plan is made of: headings, key-value blocks,
 * numbered lists and tables. Tables are lean (pdf-rnd.md §3): a one-line cell is a single Text with a
 * prebuilt style per column width, the header row is `fixed` (repeated at the top of every page the
 * table continues on), every row is `wrap={false}` (never split across pages), and no column is
 * narrower than the longest word of its header (text-width.ts estimates it).
 *
 * Line breaks inside a text are never passed to react-pdf as "\n": no font has a glyph for it, so
 * react-pdf would reference its built-in Helvetica for that character (an unembedded font in the PDF).
 * Text with several lines, typed by the user or put together here, is set as one Text per line.
 */
import { Text, View } from '@react-pdf/renderer';
import type { ComponentProps, ComponentType, ReactNode } from 'react';
import { stepStarted, type Plan, type StepNumber } from '../../domain';
import { breakLabelWord, labelPieces } from '../line-breaking';
import type { PdfContext } from './context';
import { filled, shown, splitLines } from './plan-facts';
import type { Style, Tone } from './styles';
import { textWidth } from './text-width';

export { filled, shown, splitLines };

type Align = 'left' | 'right' | 'center';

/**
 * A text that may have several lines: one Text when it has one line, else one Text per line inside a
 * View. `box` (margins, width) goes on the outer element, `style` (font) on every line.
 */
export function Lines({
  text,
  style,
  box,
  breaking,
}: {
  text: string | readonly string[];
  style: Style;
  box?: Style;
  /** How words break (default: as running text, the registered callback). */
  breaking?: (word: string) => string[];
}) {
  const lines = (typeof text === 'string' ? [text] : text).flatMap(splitLines);
  if (lines.length === 1 && box === undefined) {
    return (
      <Text style={style} hyphenationCallback={breaking}>
        {lines[0]}
      </Text>
    );
  }
  return (
    <View style={box}>
      {lines.map((line, index) => (
        <Text key={index} style={style} hyphenationCallback={breaking}>
          {line}
        </Text>
      ))}
    </View>
  );
}

/*
 * Keeping headings with what follows. react-pdf's new pagination engine turns minPresenceAhead into a
 * window after the node in which no page break may fall. Windows that overlap leave no legal break at
 * all (a run of short blocks, each a heading and "Not yet written"), and the engine then ends the page
 * early, at the last break before the run. So windows stay short, and a short block is one unbreakable
 * View instead of a heading with a window.
 */
const KEEP_STEP_HEADING = 40;

/** A View that opens an entry of the PDF's outline (the reader's bookmarks pane): react-pdf outlines any node with a
 * `bookmark`, its types declare the prop on Page only. */
export const BookmarkedView = View as ComponentType<ComponentProps<typeof View> & { bookmark: string }>;
const KEEP_SUBHEADING = 40;

/** Whether a step begins a page of the printed plan: step 1 and every step the user has started; a step not
 * started yet follows the step before it (PlanDocument). */
export const stepBeginsPage = (plan: Plan, step: StepNumber): boolean => step === 1 || stepStarted(plan, step);

/** The heading of a step: at the top of its page, or below the step before it when not started yet. */
export function StepHeading({ ctx, step }: { ctx: PdfContext; step: StepNumber }) {
  const { styles: s, t } = ctx;
  return (
    <BookmarkedView
      style={stepBeginsPage(ctx.plan, step) ? s.stepHeadingFirst : s.stepHeading}
      minPresenceAhead={KEEP_STEP_HEADING}
      wrap={false}
      bookmark={t('pdf:value.labelled', { label: t('common:nav.stepNumber', { number: step }), value: t(`steps:${step}.title`) })}
    >
      <Text style={s.stepKicker}>{t('common:nav.stepNumber', { number: step })}</Text>
      <Text style={s.stepTitle}>{t(`steps:${step}.title`)}</Text>
    </BookmarkedView>
  );
}

/** The heading of an appendix: looks like a step heading, without a kicker. */
export function PartHeading({ ctx, title, first = false }: { ctx: PdfContext; title: string; first?: boolean }) {
  const { styles: s } = ctx;
  return (
    <BookmarkedView style={first ? s.stepHeadingFirst : s.stepHeading} minPresenceAhead={KEEP_STEP_HEADING} wrap={false} bookmark={title}>
      <Text style={s.stepTitle}>{title}</Text>
    </BookmarkedView>
  );
}

export function SubHeading({ ctx, children, keep = true }: { ctx: PdfContext; children: string; keep?: boolean }) {
  return (
    <Text style={ctx.styles.subHeading} minPresenceAhead={keep ? KEEP_SUBHEADING : 0}>
      {children}
    </Text>
  );
}

export function NotYetWritten({ ctx }: { ctx: PdfContext }) {
  return <Text style={ctx.styles.notYetWritten}>{ctx.t('pdf:document.notYetWritten')}</Text>;
}

export function Note({ ctx, children }: { ctx: PdfContext; children: string }) {
  return <Text style={ctx.styles.note}>{children}</Text>;
}

/** A paragraph of the user's text, line breaks kept. */
export function Paragraph({ ctx, children }: { ctx: PdfContext; children: string }) {
  return <Lines text={children} style={ctx.styles.body} box={ctx.styles.paragraphBox} />;
}

/** Label-value rows; a value may be several lines (an array, or a text with line breaks). */
export function KeyValues({ ctx, rows }: { ctx: PdfContext; rows: readonly (readonly [string, string | readonly string[]])[] }) {
  const { styles: s } = ctx;
  if (rows.length === 0) return null;
  return (
    <View style={s.kvBlock}>
      {rows.map(([label, value], index) => (
        <View key={index} style={s.kvRow} wrap={false}>
          <Text style={s.kvLabel}>{label}</Text>
          <Lines text={value} style={s.kvValueText} box={s.kvValue} />
        </View>
      ))}
    </View>
  );
}

/** A numbered list; each item may have a second, quieter line. */
export function NumberedList({ ctx, items }: { ctx: PdfContext; items: readonly { text: string; detail?: string }[] }) {
  const { styles: s } = ctx;
  return (
    <View style={s.list}>
      {items.map((item, index) => (
        <View key={index} style={s.listRow} wrap={false}>
          <Text style={s.listNumber}>{`${index + 1}.`}</Text>
          <View style={s.listBody}>
            <Lines text={item.text} style={s.body} />
            {item.detail ? <Lines text={item.detail} style={s.small} /> : null}
          </View>
        </View>
      ))}
    </View>
  );
}

/** What a table cell shows: plain text, text with a quieter second line and a tone, or a dot. */
export type CellValue = string | { text: string; sub?: string; tone?: Tone; fill?: string } | { dot: boolean };

export interface Column<Row> {
  /** The header; "\n" separates lines. A label: its short Thai and CJK words are never broken. */
  header: string;
  /** Percent of the table width; the widths of a table add up to 100. A column is widened to hold the
   * longest word of its header (and of its values, with `labels`), the others give way. */
  width: number;
  align?: Align;
  /** The values are labels (names of choices such as "2 – Serious"): set like the header. */
  labels?: boolean;
  value: (row: Row, index: number) => CellValue;
}

/** Sizes of table text (styles.ts: headCell, cell) and a cell's padding left plus right, in points. */
const HEAD_SIZE = 8;
const CELL_SIZE = 8.8;
const CELL_PADDING = 8;

/** A label value this short ("3 – รุนแรงมาก", "2 – Serio") is kept on one line. */
const SHORT_LABEL = 16;

/** The width in points a column needs so that no word of its header (or of its label values) is cut,
 * and a short label value is not broken at all. */
function columnMinWidth<Row>(column: Column<Row>, rows: readonly Row[]): number {
  const whole = (text: string) => (Array.from(text).length <= SHORT_LABEL ? [text] : labelPieces(text));
  const widest = (texts: readonly string[], size: number, pieces: (text: string) => string[]) =>
    Math.max(0, ...texts.flatMap(pieces).map((piece) => textWidth(piece, size)));
  const values = column.labels
    ? rows.flatMap((row, index) => {
        const value = column.value(row, index);
        return splitLines(typeof value === 'string' ? value : 'text' in value ? value.text : '');
      })
    : [];
  return Math.max(widest([column.header], HEAD_SIZE, labelPieces), widest(values, CELL_SIZE, whole)) + CELL_PADDING + 1;
}

/**
 * The widths (percent) of a table's columns: as asked, except that a column narrower than its minimum
 * gets its minimum and the other columns give up that room in proportion to their widths.
 */
export function resolveWidths(asked: readonly number[], minimum: readonly number[]): number[] {
  const fixed = new Set<number>();
  for (;;) {
    const room = 100 - [...fixed].reduce((sum, i) => sum + (minimum[i] ?? 0), 0);
    const flexible = asked.reduce((sum, width, i) => (fixed.has(i) ? sum : sum + width), 0);
    if (room <= 0 || flexible <= 0) {
      // the minimums alone fill the table: share it in their proportions
      const total = minimum.reduce((sum, width) => sum + width, 0);
      return minimum.map((width) => Math.floor((width / total) * 10_000) / 100);
    }
    const widths = asked.map((width, i) => (fixed.has(i) ? (minimum[i] ?? 0) : (width * room) / flexible));
    const short = widths.findIndex((width, i) => !fixed.has(i) && width < (minimum[i] ?? 0));
    if (short === -1) return widths.map((width) => Math.floor(width * 100) / 100);
    widths.forEach((width, i) => {
      if (width < (minimum[i] ?? 0)) fixed.add(i);
    });
  }
}

function Cell({ ctx, column, value }: { ctx: PdfContext; column: { width: number; align?: Align; labels?: boolean }; value: CellValue }) {
  const { styles: s } = ctx;
  const { width, align } = column;
  if (typeof value !== 'string' && 'dot' in value) {
    return <View style={s.box(width)}>{value.dot ? <View style={s.dot} /> : null}</View>;
  }
  const { text, sub, tone, fill } = typeof value === 'string' ? { text: value } : value;
  // an empty Text would also make react-pdf reference Helvetica
  if (text === '' && !sub) return <View style={s.box(width, fill)} />;
  const breaking = column.labels ? breakLabelWord : undefined;
  const lines = splitLines(text);
  if (lines.length === 1 && !sub) {
    return (
      <Text style={s.cell(width, tone, fill, align)} hyphenationCallback={breaking}>
        {text}
      </Text>
    );
  }
  return (
    <View style={s.cellBox(width, fill)}>
      {text === '' ? null : <Lines text={lines} style={s.cellText(tone, align)} breaking={breaking} />}
      {sub ? <Lines text={sub} style={align === 'center' ? s.cellSubCenter : s.cellSub} /> : null}
    </View>
  );
}

function HeadCell({ ctx, column }: { ctx: PdfContext; column: { header: string; width: number; align?: Align } }) {
  const { styles: s } = ctx;
  const lines = splitLines(column.header);
  if (lines.length === 1) {
    return (
      <Text style={s.headCell(column.width, column.align)} hyphenationCallback={breakLabelWord}>
        {column.header}
      </Text>
    );
  }
  return <Lines text={lines} style={s.headText(column.align)} box={s.headBox(column.width)} breaking={breakLabelWord} />;
}

/**
 * A table; nothing at all when there are no rows (callers print "Not yet written" where it matters).
 * The header row repeats on every page the table continues on and never ends a page; the first two rows
 * and the last two rows are kept together, so a page never holds the header with one row, nor one row
 * alone, and a table of up to three rows is never split.
 */
export function Table<Row>({ ctx, columns, rows }: { ctx: PdfContext; columns: readonly Column<Row>[]; rows: readonly Row[] }) {
  const { styles: s } = ctx;
  if (rows.length === 0) return null;
  const widths = resolveWidths(
    columns.map((column) => column.width),
    columns.map((column) => (columnMinWidth(column, rows) / ctx.contentWidth) * 100),
  );
  const sized = columns.map((column, index) => ({ ...column, width: widths[index] ?? column.width }));
  const row = (rowIndex: number) => {
    const item = rows[rowIndex] as Row;
    return (
      <View key={rowIndex} style={rowIndex % 2 === 1 ? s.rowZebra : s.row} wrap={false}>
        {sized.map((column, index) => (
          <Cell key={index} ctx={ctx} column={column} value={column.value(item, rowIndex)} />
        ))}
      </View>
    );
  };
  const indices = rows.map((_, index) => index);
  const groups: number[][] =
    rows.length <= 3 ? [indices] : [indices.slice(0, 2), ...indices.slice(2, -2).map((index) => [index]), indices.slice(-2)];
  return (
    <>
      <View>
        <View style={s.headRow} fixed minPresenceAhead={1}>
          {sized.map((column, index) => (
            <HeadCell key={index} ctx={ctx} column={column} />
          ))}
        </View>
        {groups.map((group) =>
          group.length === 1 ? (
            row(group[0] ?? 0)
          ) : (
            <View key={`group-${group[0] ?? 0}`} wrap={false}>
              {group.map(row)}
            </View>
          ),
        )}
      </View>
      <View style={s.tableSpace} />
    </>
  );
}

/**
 * A titled part of a step: its heading, then its content or "Not yet written". A fragment, not a View:
 * the heading's minPresenceAhead only works where a page break is possible before it in the same
 * container, so headings stay in the page's own flow. An empty part is one unbreakable View.
 */
export function Block({ ctx, title, empty, children }: { ctx: PdfContext; title: string; empty: boolean; children?: ReactNode }) {
  if (empty) {
    return (
      <View wrap={false}>
        <SubHeading ctx={ctx} keep={false}>
          {title}
        </SubHeading>
        <NotYetWritten ctx={ctx} />
      </View>
    );
  }
  return (
    <>
      <SubHeading ctx={ctx}>{title}</SubHeading>
      {children}
    </>
  );
}
