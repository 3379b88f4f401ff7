import type { LanguageCode } from '../i18n';
import type { PaperSize } from './worker-protocol';

/** Countries (and Latin America, "419") that print on US Letter; everyone else uses A4. */
const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'GT', 'CR', 'PA', 'DO', 'SV', 'NI', 'PR', '419']);

/** The country a PDF language is usually printed in, when the browser names none for that language. */
const USUAL_REGION: Record<LanguageCode, string> = {
  en: 'US',
  id: 'ID',
  es: 'MX',
  vi: 'VN',
  th: 'TH',
  'zh-Hant': 'TW',
  'zh-Hans': 'CN',
  ja: 'JP',
};

/** The app language a locale is written in ("zh-TW" → zh-Hant; other languages by their own code). */
function languageOf(locale: Intl.Locale): string {
  const full = locale.maximize();
  if (full.language === 'zh') return full.script === 'Hant' ? 'zh-Hant' : 'zh-Hans';
  return full.language === 'in' ? 'id' : full.language;
}

/** The region of the first browser language that is `language` and names a region ("en-GB" for English). */
function browserRegion(language: LanguageCode, browserLanguages: readonly string[]): string | null {
  for (const tag of browserLanguages) {
    let locale: Intl.Locale;
    try {
      locale = new Intl.Locale(tag);
    } catch {
      continue;
    }
    if (locale.region !== undefined && languageOf(locale) === language) return locale.region;
  }
  return null;
}

/**
 * The paper a PDF in `language` is printed on: the browser's own region for that language when it names one
 * (an "en-GB" browser prints English on A4), else the language's usual country (Thai on A4, Spanish on Letter).
 */
export function defaultPaperSize(language: LanguageCode, browserLanguages: readonly string[] = navigator.languages): PaperSize {
  const region = browserRegion(language, browserLanguages) ?? USUAL_REGION[language];
  return LETTER_REGIONS.has(region) ? 'LETTER' : 'A4';
}
