import i18next, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, NAMESPACES, PSEUDO_LANGUAGE } from './languages';
import { pseudoLocalizeResource } from './pseudo';

type Namespace = Record<string, string | Record<string, unknown>>;

const englishFiles = import.meta.glob<Namespace>('../../locales/en/*.json', { eager: true, import: 'default' });

function namespaceOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1, -'.json'.length);
}

const english = Object.fromEntries(
  Object.entries(englishFiles).map(([path, content]) => [namespaceOf(path), content]),
);

const pseudo = Object.fromEntries(
  Object.entries(english).map(([namespace, content]) => [
    namespace,
    pseudoLocalizeResource(content as Parameters<typeof pseudoLocalizeResource>[0]),
  ]),
);

function requestedLanguage(): string {
  const fromUrl = new URLSearchParams(window.location.search).get('lng');
  return fromUrl === PSEUDO_LANGUAGE ? PSEUDO_LANGUAGE : DEFAULT_LANGUAGE;
}

/** Starts i18next. A missing key is reported as a console error, which the end-to-end tests fail on. */
export async function setUpI18n(): Promise<typeof i18next> {
  const resources: Resource = { en: english, [PSEUDO_LANGUAGE]: pseudo };
  const language = requestedLanguage();
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: false,
    ns: [...NAMESPACES],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    saveMissing: true,
    missingKeyHandler: (languages, namespace, key) => {
      console.error(`Missing translation: ${languages.join(',')} ${namespace}:${key}`);
    },
  });
  document.documentElement.lang = language;
  return i18next;
}
