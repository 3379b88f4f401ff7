/**
 * A small multi-script test document for the PDF text pipeline (fonts, shaping, line breaking, page
 * template). Used by text-rendering.test.ts, which renders it with each language's font stack and reads
 * the result back with poppler. Built from react-pdf primitives only.
 */
import { Document, Page, StyleSheet, Text, View } from '@react-pdf/renderer';
import type { ComponentProps } from 'react';
import type { LanguageCode } from '../i18n/languages';
import { fontStackFor } from './fonts';

/** Ends with น้ำท่วม (the last word of a paragraph is what the SARA AM bug used to drop) and has ำ, tone
 * marks and stacked vowels on the way (ทำ สำคัญ ต่ำ ค่ำ เลี้ยง ผู้). */
export const THAI_PARAGRAPH =
  'เมื่อเกิดเหตุการณ์ไม่คาดคิดในช่วงค่ำ ผู้จัดการร้านต้องทำรายการสินค้าสำคัญ แจ้งผู้จำหน่ายและพนักงานที่เลี้ยงดูครอบครัว ย้ายเครื่องมือที่อยู่ในที่ต่ำขึ้นที่สูงทันที เพื่อป้องกันความเสียหายจากน้ำท่วม';
export const THAI_CELL = 'ตู้เย็นและเครื่องทำน้ำแข็ง(หน้าร้าน)';
export const VIETNAMESE = 'Người phụ trách dịch vụ Thị trấn: bà Nguyễn Thị Hồng kiểm tra bảo hiểm, cập nhật dữ liệu và bộ phận hỗ trợ.';
export const TRADITIONAL_CHINESE =
  '本公司依據「營運持續計畫」，於颱風或停電時，在四小時內恢復關鍵產品（麵包與蛋糕）的供應，並每年檢討一次。';
export const SIMPLIFIED_CHINESE =
  '本公司按照《业务连续性计划》，在台风或停电时，于四小时内恢复关键产品（面包和蛋糕）的供应，并每年检讨一次。';
export const JAPANESE =
  '当社は「事業継続計画（BCP）」に基づき、台風や停電のときでも、ショッピングセンターのお客様へ四時間以内にパンとケーキの提供を再開します。';
export const HEADER = 'BCP Builder · ร้านอรุณรุ่ง · 晨曦烘焙';

/** Phrases that must come back from the PDF's text layer exactly (whitespace aside). */
export const EXPECTED_PHRASES = [
  'น้ำท่วม',
  THAI_PARAGRAPH,
  '(หน้าร้าน)',
  THAI_CELL,
  'phụ trách dịch vụ Thị',
  VIETNAMESE,
  '「營運持續計畫」',
  TRADITIONAL_CHINESE,
  SIMPLIFIED_CHINESE,
  JAPANESE,
  HEADER,
] as const;

/** Contacts in several scripts, enough rows to need more than one page. */
const CONTACTS = [
  ['1', 'สมชาย ใจดี', 'ผู้จัดการร้าน (หน้าร้าน)'],
  ['2', 'Nguyễn Thị Hồng', 'Phụ trách dịch vụ khách hàng'],
  ['3', '王小明', '店長（營運持續計畫負責人）'],
  ['4', '李华', '仓库主管（备用发电机）'],
  ['5', '佐藤 花子', '経理担当（ショッピングセンター）'],
  ['6', 'José Peña', 'Proveedor de harina (recuperación)'],
  ['7', 'Siti Rahayu', 'Pemasok telur (cadangan)'],
  ['8', 'วิภา ศรีสุข', 'พนักงานครัว (ครัวหลัก)'],
  ['9', '陳美玲', '會計（保險理賠）'],
  ['10', 'Trần Văn Đức', 'Kỹ thuật điện (máy phát điện)'],
  ['11', '鈴木 一郎', 'ビル管理会社（エレベーター）'],
  ['12', 'Emily Brown', 'Insurance broker (business interruption)'],
] as const;

const THAI_COLUMN_WIDTHS = [90, 130, 200] as const;
const CELL_WIDTHS = [40, 55, 70, 90, 120] as const;

const styles = StyleSheet.create({
  page: { paddingTop: 48, paddingBottom: 44, paddingHorizontal: 40 },
  header: {
    position: 'absolute',
    top: 18,
    left: 40,
    right: 40,
    fontSize: 8,
    lineHeight: 1.3,
    color: '#555555',
    borderBottomWidth: 0.5,
    borderBottomColor: '#999999',
  },
  footer: { position: 'absolute', bottom: 18, left: 40, right: 40, fontSize: 8, lineHeight: 1.3, textAlign: 'center' },
  title: { fontSize: 14, lineHeight: 1.4, fontWeight: 'bold', marginBottom: 8 },
  heading: { fontSize: 11, lineHeight: 1.4, fontWeight: 'bold', marginTop: 10, marginBottom: 4 },
  body: { fontSize: 10, lineHeight: 1.5, textAlign: 'left' },
  column: { marginBottom: 6, borderLeftWidth: 1, borderLeftColor: '#cccccc', paddingLeft: 4 },
  row: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: '#999999' },
  cell: { fontSize: 9, lineHeight: 1.4, padding: 2 },
});

type PageLayout = NonNullable<ComponentProps<typeof Page>['layout']>;

/** Page chrome through the Page `layout` template (typed in @react-pdf/renderer 4.9.0): it also switches
 * react-pdf to its new pagination engine. `totalPages` is only known in the totals round. */
const layout: PageLayout = ({ children, pageNumber, totalPages }) => (
  <>
    <Text style={styles.header}>{HEADER}</Text>
    {children}
    <Text style={styles.footer}>{`${pageNumber ?? ''} / ${totalPages ?? ''}`}</Text>
  </>
);

/** A fixed creation date, so that two renders of the sample can be compared byte for byte. */
const SAMPLE_CREATED = new Date(2025, 5, 15, 9, 30);

/** The sample as a react-pdf Document element, laid out with the font stack of `language`. */
export function textSampleDocument(language: LanguageCode) {
  return (
    <Document title="BCP Builder text rendering sample" language={language} creationDate={SAMPLE_CREATED}>
      <Page size="A5" style={[styles.page, { fontFamily: fontStackFor(language) }]} layout={layout}>
        <Text style={styles.title}>Text rendering sample ({language})</Text>

        <Text style={styles.heading}>ไทย</Text>
        {THAI_COLUMN_WIDTHS.map((width) => (
          <View key={width} style={[styles.column, { width }]} wrap={false}>
            <Text style={styles.body}>{THAI_PARAGRAPH}</Text>
          </View>
        ))}
        {CELL_WIDTHS.map((width) => (
          <View key={width} style={styles.row} wrap={false}>
            <Text style={[styles.cell, { width: 24 }]}>{width}</Text>
            <Text style={[styles.cell, { width }]}>{THAI_CELL}</Text>
          </View>
        ))}

        <View wrap={false}>
          <Text style={styles.heading}>Tiếng Việt</Text>
          <Text style={styles.body}>{VIETNAMESE}</Text>
        </View>

        <View wrap={false}>
          <Text style={styles.heading}>繁體中文</Text>
          <Text style={styles.body}>{TRADITIONAL_CHINESE}</Text>
        </View>
        <View style={[styles.column, { width: 110 }]} wrap={false}>
          <Text style={styles.body}>{TRADITIONAL_CHINESE}</Text>
        </View>

        <View wrap={false}>
          <Text style={styles.heading}>简体中文</Text>
          <Text style={styles.body}>{SIMPLIFIED_CHINESE}</Text>
        </View>
        <View style={[styles.column, { width: 110 }]} wrap={false}>
          <Text style={styles.body}>{SIMPLIFIED_CHINESE}</Text>
        </View>

        <View wrap={false}>
          <Text style={styles.heading}>日本語</Text>
          <Text style={styles.body}>{JAPANESE}</Text>
        </View>
        <View style={[styles.column, { width: 110 }]} wrap={false}>
          <Text style={styles.body}>{JAPANESE}</Text>
        </View>

        <Text style={styles.heading} break>
          Contacts
        </Text>
        {CONTACTS.map(([number, name, role]) => (
          <View key={number} style={styles.row} wrap={false}>
            <Text style={[styles.cell, { width: 24 }]}>{number}</Text>
            <Text style={[styles.cell, { width: 110 }]}>{name}</Text>
            <Text style={[styles.cell, { width: 120 }]}>{role}</Text>
          </View>
        ))}
      </Page>
    </Document>
  );
}
