/**
 * Where the browser finds the PDF fonts: the TTFs imported with `?url`, so Vite emits them as hashed
 * assets. Free of react-pdf, so the app can precache and download fonts without loading the PDF engine.
 */
import notoSansBold from './fonts/generated/NotoSans-Bold.ttf?url';
import notoSansRegular from './fonts/generated/NotoSans-Regular.ttf?url';
import notoSansJpBold from './fonts/generated/NotoSansJP-Bold.ttf?url';
import notoSansJpRegular from './fonts/generated/NotoSansJP-Regular.ttf?url';
import notoSansScBold from './fonts/generated/NotoSansSC-Bold.ttf?url';
import notoSansScRegular from './fonts/generated/NotoSansSC-Regular.ttf?url';
import notoSansTcBold from './fonts/generated/NotoSansTC-Bold.ttf?url';
import notoSansTcRegular from './fonts/generated/NotoSansTC-Regular.ttf?url';
import notoSansThaiBold from './fonts/generated/NotoSansThai-Bold.ttf?url';
import notoSansThaiRegular from './fonts/generated/NotoSansThai-Regular.ttf?url';
import type { CoreFontFamily } from './fonts';

/** The asset URL of each font family, Regular then Bold. */
export const PDF_FONT_URLS: Readonly<Record<CoreFontFamily, readonly [regular: string, bold: string]>> = {
  NotoSans: [notoSansRegular, notoSansBold],
  NotoSansThai: [notoSansThaiRegular, notoSansThaiBold],
  NotoSansTC: [notoSansTcRegular, notoSansTcBold],
  NotoSansSC: [notoSansScRegular, notoSansScBold],
  NotoSansJP: [notoSansJpRegular, notoSansJpBold],
};
