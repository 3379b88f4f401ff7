/**
 * The translations and example texts of every language, read from locales/ for PDF tests (Vite's
 * import.meta.glob: vitest only).
 */
import type { ExampleTexts } from '../../domain/samples';
import type { LanguageCode } from '../../i18n/languages';

type Json = Record<string, unknown>;
const localeOf = (path: string): string => /locales\/([^/]+)\//.exec(path)?.[1] ?? path;
const byLocale = <T>(files: Record<string, T>): Map<string, T> =>
  new Map(Object.entries(files).map(([path, content]) => [localeOf(path), content]));

const namespaceFiles: Readonly<Record<string, Map<string, Json>>> = {
  pdf: byLocale(import.meta.glob<Json>('../../../locales/*/pdf.json', { eager: true, import: 'default' })),
  fields: byLocale(import.meta.glob<Json>('../../../locales/*/fields.json', { eager: true, import: 'default' })),
  options: byLocale(import.meta.glob<Json>('../../../locales/*/options.json', { eager: true, import: 'default' })),
  steps: byLocale(import.meta.glob<Json>('../../../locales/*/steps.json', { eager: true, import: 'default' })),
  common: byLocale(import.meta.glob<Json>('../../../locales/*/common.json', { eager: true, import: 'default' })),
  summary: byLocale(import.meta.glob<Json>('../../../locales/*/summary.json', { eager: true, import: 'default' })),
  'incident-report': byLocale(import.meta.glob<Json>('../../../locales/*/incident-report.json', { eager: true, import: 'default' })),
};
const foodManufacturerFiles = byLocale(
  import.meta.glob<ExampleTexts>('../../../locales/*/examples/food-manufacturer.json', { eager: true, import: 'default' }),
);

/** The content of locales/<language>/<namespace>.json for each namespace. */
export function localeResources(language: LanguageCode, namespaces: readonly string[]): Record<string, Json> {
  return Object.fromEntries(
    namespaces.map((namespace) => {
      const content = namespaceFiles[namespace]?.get(language);
      if (content === undefined) throw new Error(`locales/${language}/${namespace}.json is missing`);
      return [namespace, content];
    }),
  );
}

/** The texts of the food manufacturer example in `language`. */
export function foodManufacturerTexts(language: LanguageCode): ExampleTexts {
  const texts = foodManufacturerFiles.get(language);
  if (texts === undefined) throw new Error(`locales/${language}/examples/food-manufacturer.json is missing`);
  return texts;
}
