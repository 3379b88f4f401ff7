/** The languages of the app: the seven APEC Guidebook editions plus both candidates for the seventh. */
export const LANGUAGES = [
  { code: 'en', nativeName: 'English' },
  { code: 'id', nativeName: 'Bahasa Indonesia' },
  { code: 'es', nativeName: 'Español' },
  { code: 'vi', nativeName: 'Tiếng Việt' },
  { code: 'th', nativeName: 'ไทย' },
  { code: 'zh-Hant', nativeName: '繁體中文' },
  { code: 'zh-Hans', nativeName: '简体中文' },
  { code: 'ja', nativeName: '日本語' },
] as const;

export type LanguageCode = (typeof LANGUAGES)[number]['code'];

export const LANGUAGE_CODES: readonly LanguageCode[] = LANGUAGES.map((language) => language.code);

/** Pseudo-locale for finding hard-coded text; switched on with ?lng=en-XA. */
export const PSEUDO_LANGUAGE = 'en-XA';

export const DEFAULT_LANGUAGE: LanguageCode = 'en';

export const NAMESPACES = ['common', 'steps', 'sections', 'fields', 'options', 'validation', 'summary', 'files', 'samples', 'worksheets', 'safety', 'industry-examples', 'emergency'] as const;

export function isLanguageCode(value: string): value is LanguageCode {
  return (LANGUAGE_CODES as readonly string[]).includes(value);
}

/** The app language for one BCP 47 tag: zh-TW and zh-HK are Traditional, zh and zh-CN Simplified. */
function languageFor(tag: string): LanguageCode | null {
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(tag).maximize();
  } catch {
    return null;
  }
  if (locale.language === 'zh') return locale.script === 'Hant' ? 'zh-Hant' : 'zh-Hans';
  if (locale.language === 'in') return 'id';
  return isLanguageCode(locale.language) ? locale.language : null;
}

/** The first of the browser's preferred languages that the app speaks, else English. */
export function matchLanguage(preferred: readonly string[]): LanguageCode {
  for (const tag of preferred) {
    const match = languageFor(tag);
    if (match) return match;
  }
  return DEFAULT_LANGUAGE;
}
