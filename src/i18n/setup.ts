import i18next, { type ResourceLanguage } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguageCode, matchLanguage, NAMESPACES, PSEUDO_LANGUAGE, type LanguageCode } from './languages';
import { pseudoLocalizeResource } from './pseudo';

type Namespace = Parameters<typeof pseudoLocalizeResource>[0];

const STORAGE_KEY = 'bcp-builder.language';

/** English is bundled (it is the fallback); every other language is its own chunk, loaded when chosen. */
const englishFiles = import.meta.glob<Namespace>('../../locales/en/*.json', { eager: true, import: 'default' });
const otherFiles = import.meta.glob<Namespace>(['../../locales/*/*.json', '!../../locales/en/*.json'], {
  import: 'default',
});

function namespaceOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1, -'.json'.length);
}

const english: ResourceLanguage = Object.fromEntries(
  Object.entries(englishFiles).map(([path, content]) => [namespaceOf(path), content]),
);

async function loadLanguage(language: LanguageCode): Promise<void> {
  if (i18next.hasResourceBundle(language, 'common')) return;
  const files = Object.entries(otherFiles).filter(([path]) => path.includes(`/locales/${language}/`));
  const namespaces = await Promise.all(files.map(async ([path, load]) => [namespaceOf(path), await load()] as const));
  for (const [namespace, content] of namespaces) i18next.addResourceBundle(language, namespace, content);
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
    resources: {
      en: english,
      [PSEUDO_LANGUAGE]: Object.fromEntries(
        Object.entries(english).map(([namespace, content]) => [namespace, pseudoLocalizeResource(content as Namespace)]),
      ),
    },
    lng: DEFAULT_LANGUAGE,
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
  if (isLanguageCode(language)) await applyLanguage(language);
  else await i18next.changeLanguage(language);
  return i18next;
}
