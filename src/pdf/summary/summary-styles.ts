/**
 * The look of the continuity summary: the plan PDF's colours, margins and text sizes (document/styles.ts),
 * plus the summary's own blocks (title band, key figures, two-column lists). Built once per font stack
 * and paper size; a bilingual summary builds one set per language, so each language is set in its own
 * fonts (Japanese headings in Noto Sans JP, Thai underneath in Noto Sans Thai).
 */
import type { PdfFontFamily } from '../fonts';
import { COLORS, pdfStyles, type Style } from '../document/styles';

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
  const summary = {
    /** A little closer to the page chrome than the plan: the summary should fit on one page. */
    summaryPage: { ...pdfStyles(fontStack, paperSize).page, paddingTop: 50, paddingBottom: 46 },
    titleRow: { flexDirection: 'row', alignItems: 'flex-start', marginBottom: 8 },
    titleBand: {
      flexGrow: 1,
      flexShrink: 1,
      flexBasis: 0,
      borderLeftWidth: 4,
      borderLeftColor: COLORS.accent,
      paddingLeft: 12,
      paddingVertical: 2,
      marginRight: 12,
    },
    contactCard: {
      width: 180,
      borderWidth: 0.75,
      borderColor: COLORS.ruleStrong,
      paddingVertical: 7,
      paddingHorizontal: 9,
    },
    contactName: text(10, 1.35, { ...bold, marginTop: 2 }),
    contactPosition: text(8, 1.35, { color: COLORS.muted }),
    contactSpacer: { marginTop: 7, paddingTop: 6, borderTopWidth: 0.5, borderTopColor: COLORS.rule },
    contactLine: { marginTop: 3 },
    contactKey: text(7.5, 1.3, { ...bold, color: COLORS.muted }),
    contactValue: text(8.5, 1.35),
    kicker: text(10, 1.3, { ...bold, color: COLORS.accent }),
    kickerSecond: text(8.5, 1.3, { color: COLORS.accent }),
    company: text(17, 1.25, { ...bold, color: COLORS.accentDark, marginTop: 4 }),
    address: text(9.5, 1.4, { color: COLORS.muted }),
    issued: text(8.5, 1.4, { color: COLORS.muted, marginTop: 4 }),

    figures: { flexDirection: 'row', marginBottom: 4 },
    figure: {
      flexGrow: 1,
      flexShrink: 1,
      flexBasis: 0,
      backgroundColor: COLORS.accentLight,
      paddingVertical: 5,
      paddingHorizontal: 8,
      marginRight: 6,
    },
    figureLast: {
      flexGrow: 1,
      flexShrink: 1,
      flexBasis: 0,
      backgroundColor: COLORS.accentLight,
      paddingVertical: 5,
      paddingHorizontal: 8,
    },
    figureLabel: text(8, 1.3, { ...bold, color: COLORS.accentDark }),
    figureLabelSecond: text(7, 1.3, { color: COLORS.accentDark }),
    figureValue: text(12, 1.35, { ...bold, marginTop: 3 }),
    figureNote: text(8, 1.3, { color: COLORS.ink }),
    figureValueSecond: text(7.5, 1.3, { color: COLORS.muted }),

    heading: {
      marginTop: 8,
      marginBottom: 5,
      paddingTop: 4,
      borderTopWidth: 1.5,
      borderTopColor: COLORS.accent,
    },
    headingText: text(12, 1.3, { ...bold, color: COLORS.accentDark }),
    headingSecond: text(9, 1.3, { color: COLORS.accent }),

    columns: { flexDirection: 'row' },
    columnLeft: { width: '50%', paddingRight: 10 },
    columnRight: { width: '50%', paddingLeft: 10 },
    grid: { flexDirection: 'row', flexWrap: 'wrap' },
    gridItem: { width: '50%', flexDirection: 'row', paddingRight: 6, marginBottom: 4 },
    bulletRow: { flexDirection: 'row', marginBottom: 3 },
    bullet: { width: 4, height: 4, borderRadius: 2, backgroundColor: COLORS.accent, marginTop: 5.5, marginRight: 7 },
    bulletBody: { flexGrow: 1, flexShrink: 1, flexBasis: 0 },
    item: text(9.5, 1.45),
    itemSecond: text(8, 1.35, { color: COLORS.muted }),
    labelSecond: text(7.5, 1.3, { color: COLORS.muted }),
    valueSecond: text(8, 1.35, { color: COLORS.muted }),
    tableText: text(8.8, 1.35),
    tableSecond: text(7.8, 1.35, { color: COLORS.muted }),

    extract: {
      marginTop: 8,
      borderLeftWidth: 3,
      borderLeftColor: COLORS.accent,
      backgroundColor: COLORS.accentLight,
      paddingVertical: 6,
      paddingHorizontal: 10,
    },
    extractText: text(8, 1.4, { color: COLORS.accentDark }),
    extractSecond: text(7.5, 1.4, { color: COLORS.accentDark, marginTop: 2 }),
    basedOn: text(7.5, 1.4, { color: COLORS.muted, marginTop: 4 }),
  } satisfies Record<string, Style>;
  return { ...pdfStyles(fontStack, paperSize), ...summary };
}

export type SummaryStyles = ReturnType<typeof build>;

const built = new Map<string, SummaryStyles>();

export function summaryStyles(fontStack: readonly PdfFontFamily[], paperSize: 'A4' | 'LETTER'): SummaryStyles {
  const key = `${fontStack.join(',')}|${paperSize}`;
  let styles = built.get(key);
  if (styles === undefined) {
    styles = build(fontStack, paperSize);
    built.set(key, styles);
  }
  return styles;
}
