/**
 * The `t` function of the PDF: its own i18next instance (no React, no global state), so it works the
 * same in the Web Worker, in Node (tests, command-line renderer) and next to the app's own instance.
 *
 * The printed plan uses five namespaces: `pdf` (headings, labels, page chrome), `fields` (the one label of
 * each question, as the form shows it), `options` (labels of stored codes), `steps` (step titles) and
 * `common` (self-check items, units and a few shared labels).
 */
import i18next, { type ResourceKey, type TFunction } from 'i18next';
import type { LanguageCode } from '../i18n/languages';
import { RecentlyUsed } from './recently-used';

export const PDF_NAMESPACES = ['pdf', 'fields', 'options', 'steps', 'common'] as const;
export type PdfNamespace = (typeof PDF_NAMESPACES)[number];

/**
 * The translations of one language, one JSON object per namespace (the content of locales/<lng>/<ns>.json):
 * at least pdf, fields, options, steps and common; other namespaces are ignored.
 */
export type PdfResources = Readonly<Record<string, unknown>>;

const isResourceObject = (value: unknown): value is ResourceKey & object =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export interface PdfTranslatorOptions {
  /**
   * What a missing key does. 'throw' fails the render (default in tests: vitest sets MODE to 'test'),
   * 'report' logs a console error and prints the key (default elsewhere, so a user still gets a PDF).
   */
  onMissingKey?: 'throw' | 'report';
  /** The namespaces to load from `resources`; default PDF_NAMESPACES. */
  namespaces?: readonly string[];
}

const inTests = (): boolean => import.meta.env?.MODE === 'test';

/** A `t` bound to `language` with the PDF namespaces; keys are written `namespace:key`, `pdf` is the default. */
export async function createPdfTranslator(
  language: LanguageCode,
  resources: PdfResources,
  { onMissingKey = inTests() ? 'throw' : 'report', namespaces = PDF_NAMESPACES }: PdfTranslatorOptions = {},
): Promise<TFunction> {
  const bundles = Object.fromEntries(
    namespaces.map((namespace) => {
      const bundle = resources[namespace];
      if (!isResourceObject(bundle)) throw new Error(`PDF translations for ${language}: namespace "${namespace}" is missing`);
      return [namespace, bundle];
    }),
  );
  const instance = i18next.createInstance();
  const t = await instance.init({
    lng: language,
    resources: { [language]: bundles },
    ns: [...namespaces],
    defaultNS: 'pdf',
    // No silent fallback to English: a key missing in the chosen language is reported.
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    saveMissing: true,
    missingKeyHandler: (languages, namespace, key) => {
      const message = `Missing PDF translation: ${languages.join(',')} ${namespace}:${key}`;
      if (onMissingKey === 'throw') throw new Error(message);
      console.error(message);
    },
  });
  return remembering(t);
}

type Translate = (key: string | string[], options?: Record<string, unknown>) => unknown;
const isPlainValue = (value: unknown): boolean => value === null || ['string', 'number', 'boolean', 'undefined'].includes(typeof value);

/**
 * `t` that remembers its answers: a printed plan asks for the same labels thousands of times (a column's label on
 * every row), and i18next works each one out again (a tenth of a re-print of the large plan). Only calls whose
 * options are plain values are remembered; the translations of an instance never change.
 */
function remembering(t: TFunction): TFunction {
  const translate = t as unknown as Translate;
  const known = new Map<string, unknown>();
  const remembered: Translate = (key, options) => {
    if (options !== undefined && !Object.values(options).every(isPlainValue)) return translate(key, options);
    const cacheKey = JSON.stringify([key, options ?? null]);
    if (known.has(cacheKey)) return known.get(cacheKey);
    const text = translate(key, options);
    known.set(cacheKey, text);
    return text;
  };
  return Object.assign(remembered, t) as unknown as TFunction;
}

const keptTranslators = new RecentlyUsed<Promise<TFunction>>(4);

/**
 * The translator of these translations, made once and kept while they stay the same (the PDF worker is asked
 * once per print, with the translations in the message): a re-print finds the labels it asked for before.
 */
export function keptPdfTranslator(language: LanguageCode, resources: PdfResources): Promise<TFunction> {
  const key = JSON.stringify([language, resources]);
  const kept = keptTranslators.get(key, () => createPdfTranslator(language, resources));
  kept.catch(() => keptTranslators.forget(key));
  return kept;
}
