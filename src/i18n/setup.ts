import i18next, { type ResourceLanguage, type TFunction } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguageCode, matchLanguage, NAMESPACES, PSEUDO_LANGUAGE, type LanguageCode } from './languages';
import { pseudoLocalizeResource } from './pseudo';

type Namespace = Parameters<typeof pseudoLocalizeResource>[0];

const STORAGE_KEY = 'bcp-builder.language';

/** Every language, English included, is its own set of chunks, loaded when it is chosen. */
const localeFiles = import.meta.glob<Namespace>('../../locales/*/*.json', { import: 'default' });

function namespaceOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1, -'.json'.length);
}

async function readLanguage(language: LanguageCode): Promise<Record<string, Namespace>> {
  const files = Object.entries(localeFiles).filter(([path]) => path.includes(`/locales/${language}/`));
  return Object.fromEntries(await Promise.all(files.map(async ([path, load]) => [namespaceOf(path), await load()] as const)));
}

async function loadLanguage(language: LanguageCode): Promise<void> {
  if (i18next.hasResourceBundle(language, 'common')) return;
  for (const [namespace, content] of Object.entries(await readLanguage(language))) {
    i18next.addResourceBundle(language, namespace, content);
  }
}

/** The pseudo-locale: English with every letter accented and every string longer. */
async function loadPseudoLanguage(): Promise<void> {
  for (const [namespace, content] of Object.entries(await readLanguage(DEFAULT_LANGUAGE))) {
    i18next.addResourceBundle(PSEUDO_LANGUAGE, namespace, pseudoLocalizeResource(content));
  }
}

function storedLanguage(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function initialLanguage(): string {
  if (new URLSearchParams(window.location.search).get('lng') === PSEUDO_LANGUAGE) return PSEUDO_LANGUAGE;
  const stored = storedLanguage();
  if (stored && isLanguageCode(stored)) return stored;
  return matchLanguage(navigator.languages);
}

async function applyLanguage(language: LanguageCode): Promise<void> {
  await loadLanguage(language);
  await i18next.changeLanguage(language);
}

/** Switches the app to `language` and remembers the choice on this device. */
export async function changeLanguage(language: LanguageCode): Promise<void> {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // The choice still applies to this visit.
  }
  await applyLanguage(language);
}

/** Starts i18next. A missing key is reported as a console error, which the end-to-end tests fail on. */
export async function setUpI18n(): Promise<typeof i18next> {
  const language = initialLanguage();
  i18next.on('languageChanged', (current) => {
    document.documentElement.lang = current;
  });
  await i18next.use(initReactI18next).init({
    resources: {},
    // No silent fallback: a key missing in the chosen language is reported (tests also check completeness).
    fallbackLng: false,
    ns: [...NAMESPACES],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    saveMissing: true,
    missingKeyHandler: (languages, namespace, key) => {
      console.error(`Missing translation: ${languages.join(',')} ${namespace}:${key}`);
    },
  });
  if (isLanguageCode(language)) {
    await applyLanguage(language);
  } else {
    await loadPseudoLanguage();
    await i18next.changeLanguage(language);
  }
  return i18next;
}

/** The strings a PDF in `language` needs, for a renderer that has no i18next of its own (the PDF worker). */
export async function pdfResources(
  language: LanguageCode,
  namespaces: readonly string[] = ['pdf', 'fields', 'options', 'steps', 'common'],
): Promise<Record<string, ResourceLanguage[string]>> {
  await loadLanguage(language);
  return Object.fromEntries(namespaces.map((namespace) => [namespace, i18next.getResourceBundle(language, namespace)]));
}

/** A `t` in `language`, its strings loaded first: for words that follow a PDF's language, such as its file name. */
export async function translatorIn(language: LanguageCode): Promise<TFunction> {
  await loadLanguage(language);
  return i18next.getFixedT(language);
}
