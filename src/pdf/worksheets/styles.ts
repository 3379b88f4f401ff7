/**
 * The look of the blank worksheets: the printed plan's colours, margins and page chrome (document/styles.ts),
 * plus what handwriting needs: ruled writing lines, boxes to tick and tables with tall empty rows.
 * Same react-pdf rules as the plan: every text style sets font stack, size and line height together.
 */
import type { PdfFontFamily } from '../fonts';
import { COLORS, PAGE_MARGIN, pdfStyles, type Style } from '../document/styles';

const PAGE_WIDTH: Readonly<Record<'A4' | 'LETTER', number>> = { A4: 595.28, LETTER: 612 };

/** Height of one handwritten line (about 8 mm). */
export const WRITING_LINE = 23;

function build(fontStack: readonly PdfFontFamily[], paperSize: 'A4' | 'LETTER') {
  const fontFamily = [...fontStack];
  const text = (fontSize: number, lineHeight: number, extra: Style = {}): Style => ({
    fontFamily,
    fontSize,
    lineHeight,
    color: COLORS.ink,
    ...extra,
  });
  const bold = { fontWeight: 'bold' } as const;
  const own = {
    footerLabel: text(8, 1.3, { ...bold, color: COLORS.muted, paddingTop: 6 }),
    footerLine: {
      flexGrow: 1,
      flexShrink: 1,
      flexBasis: 0,
      height: 16,
      marginLeft: 6,
      marginRight: 24,
      borderBottomWidth: 0.6,
      borderBottomColor: COLORS.ruleStrong,
    },
    footerPage: text(7.5, 1.3, { color: COLORS.muted, paddingTop: 6, textAlign: 'right' }),
    coverTitle: text(24, 1.2, { ...bold, color: COLORS.accentDark, marginTop: 18, marginBottom: 6 }),
    coverSubtitle: text(11, 1.4, { color: COLORS.muted, marginBottom: 16 }),
    coverFields: { marginBottom: 16 },
    howTo: text(10, 1.5, { marginBottom: 10 }),
    legendRow: { flexDirection: 'row', alignItems: 'center', marginBottom: 14 },
    legendText: text(9, 1.4, { color: COLORS.muted, flexGrow: 1, flexShrink: 1, flexBasis: 0 }),
    contentsRow: { flexDirection: 'row', paddingVertical: 3, borderBottomWidth: 0.5, borderBottomColor: COLORS.rule },
    contentsNumber: text(9.5, 1.4, { ...bold, color: COLORS.accent, width: 64 }),
    contentsTitle: text(9.5, 1.4, { flexGrow: 1, flexShrink: 1, flexBasis: 0 }),

    whyBox: {
      borderLeftWidth: 3,
      borderLeftColor: COLORS.accent,
      backgroundColor: COLORS.accentLight,
      paddingVertical: 6,
      paddingHorizontal: 10,
      marginBottom: 8,
    },
    whyLabel: text(8, 1.3, { ...bold, color: COLORS.accent, marginBottom: 2 }),
    whyText: text(9.5, 1.45, { color: COLORS.accentDark }),
    stepIntro: text(9.5, 1.45, { marginBottom: 8 }),
    sectionHeading: text(12, 1.35, { ...bold, color: COLORS.accentDark, marginTop: 10, marginBottom: 2 }),
    sectionIntro: text(8.8, 1.4, { color: COLORS.muted, marginBottom: 6 }),

    question: { marginBottom: 9 },
    questionHead: { flexDirection: 'row', alignItems: 'flex-start' },
    questionLabel: text(10, 1.35, { ...bold, flexGrow: 1, flexShrink: 1, flexBasis: 0 }),
    help: text(8.5, 1.4, { color: COLORS.muted, marginTop: 1 }),
    quickTag: text(6.8, 1.2, {
      ...bold,
      color: COLORS.alert,
      borderWidth: 0.75,
      borderColor: COLORS.alert,
      borderRadius: 2,
      paddingHorizontal: 3,
      paddingTop: 1,
      marginLeft: 6,
      marginTop: 1.5,
    }),
    quickTagLegend: text(6.8, 1.2, {
      ...bold,
      color: COLORS.alert,
      borderWidth: 0.75,
      borderColor: COLORS.alert,
      borderRadius: 2,
      paddingHorizontal: 3,
      paddingTop: 1,
      marginRight: 8,
    }),
    writingLine: { height: WRITING_LINE, borderBottomWidth: 0.6, borderBottomColor: COLORS.ruleStrong },
    writingLineShort: { height: WRITING_LINE, width: '45%', borderBottomWidth: 0.6, borderBottomColor: COLORS.ruleStrong },
    labelledLine: { flexDirection: 'row', alignItems: 'flex-end', marginBottom: 2 },
    labelledLineLabel: text(9, 1.3, { ...bold, color: COLORS.muted, width: 110, paddingBottom: 2 }),
    labelledLineRule: {
      height: WRITING_LINE,
      flexGrow: 1,
      flexShrink: 1,
      flexBasis: 0,
      borderBottomWidth: 0.6,
      borderBottomColor: COLORS.ruleStrong,
    },
    choices: { flexDirection: 'row', flexWrap: 'wrap', marginTop: 4 },
    choice: { width: '50%', flexDirection: 'row', alignItems: 'flex-start', paddingRight: 8, marginBottom: 3 },
    tickBox: { width: 9, height: 9, borderWidth: 0.75, borderColor: COLORS.ink, marginRight: 5, marginTop: 1.5 },
    choiceText: text(9, 1.35, { flexGrow: 1, flexShrink: 1, flexBasis: 0 }),
    tickHint: text(7.5, 1.3, { color: COLORS.faint, marginTop: 2 }),

    guide: { marginTop: 3, marginBottom: 5 },
    guideRow: { flexDirection: 'row', alignItems: 'flex-start', marginBottom: 1.5 },
    guideText: text(7.8, 1.35, { color: COLORS.muted, flexGrow: 1, flexShrink: 1, flexBasis: 0 }),
    guideLabel: text(7.8, 1.35, { ...bold, color: COLORS.ink }),
    partTitle: text(8, 1.3, { ...bold, color: COLORS.muted, marginTop: 4, marginBottom: 2 }),
    table: { marginBottom: 10, borderTopWidth: 0.75, borderTopColor: COLORS.accent },
    tableHead: {
      flexDirection: 'row',
      backgroundColor: COLORS.accentLight,
      borderBottomWidth: 0.75,
      borderBottomColor: COLORS.accent,
    },
    tableHeadText: text(7.2, 1.25, { ...bold, color: COLORS.accentDark }),
    tableRow: { flexDirection: 'row', borderBottomWidth: 0.6, borderBottomColor: COLORS.ruleStrong },
    rowNumber: text(7, 1.2, { color: COLORS.faint, paddingTop: 2, width: 14 }),
    columnRule: { position: 'absolute', top: 0, borderLeftWidth: 0.5, borderLeftColor: COLORS.rule },
  } satisfies Record<string, Style>;
  return { ...pdfStyles(fontStack, paperSize), ...own, contentWidth: PAGE_WIDTH[paperSize] - 2 * PAGE_MARGIN.side };
}

export type WorksheetStyles = ReturnType<typeof build>;

const built = new Map<string, WorksheetStyles>();

export function worksheetStyles(fontStack: readonly PdfFontFamily[], paperSize: 'A4' | 'LETTER'): WorksheetStyles {
  const key = `${fontStack.join(',')}|${paperSize}`;
  let styles = built.get(key);
  if (styles === undefined) {
    styles = build(fontStack, paperSize);
    built.set(key, styles);
  }
  return styles;
}
