/**
 * Stress sample for line edges: mixed-script texts full of brackets and punctuation, each in columns of
 * many widths. Used by line-edges.test.ts.
 */
import { Document, Page, Text, View } from '@react-pdf/renderer';
import type { LanguageCode } from '../i18n/languages';
import { fontStackFor } from './fonts';

export const LINE_EDGE_TEXTS = [
  'ตู้เย็นและเครื่องทำน้ำแข็ง(หน้าร้าน)',
  'Người phụ trách dịch vụ Thị trấn: bà Nguyễn Thị Hồng kiểm tra bảo hiểm, cập nhật dữ liệu và bộ phận hỗ trợ.',
  'Contact สมชาย ใจดี (หน้าร้าน) or 王小明（店長）, call [ผู้จัดการ] today {50%}.',
  '本公司依據「營運持續計畫」，於颱風或停電時（麵包與蛋糕）【四小時】內恢復供應。',
  '当社は「事業継続計画（BCP）」に基づき、『ショッピングセンター』へ〔四時間以内〕に再開します。',
  'When the power fails for more than four hours, the shift supervisor moves chilled stock to the backup freezer and informs the key customers (hotels, cafés and the school canteen).',
] as const;

export const LINE_EDGE_WIDTHS: readonly number[] = Array.from({ length: 40 }, (_, i) => 30 + i * 7);

/** Each block starts with a marker line "#<text>-<width>#" so the test can cut the text layer apart. */
export function lineEdgesDocument(language: LanguageCode) {
  return (
    <Document>
      <Page size="A4" style={{ padding: 24, fontFamily: fontStackFor(language) }}>
        {LINE_EDGE_TEXTS.flatMap((text, index) =>
          LINE_EDGE_WIDTHS.map((width) => (
            <View key={`${index}-${width}`} style={{ width, marginBottom: 6 }} wrap={false}>
              <Text style={{ fontSize: 10, lineHeight: 1.4 }}>{`#${index}-${width}#`}</Text>
              <Text style={{ fontSize: 10, lineHeight: 1.4 }}>{text}</Text>
            </View>
          )),
        )}
      </Page>
    </Document>
  );
}
