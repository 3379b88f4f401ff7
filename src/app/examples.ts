import type { FoodManufacturerTexts } from '../domain';

/** The example's texts per locale, each file its own small chunk, loaded only when asked for. */
const exampleFiles = import.meta.glob<FoodManufacturerTexts>('../../locales/*/examples/food-manufacturer.json', {
  import: 'default',
});

const FALLBACK_LANGUAGE = 'en';

const fileOf = (language: string): string => `../../locales/${language}/examples/food-manufacturer.json`;

/**
 * The texts of the example plan in `language` (a BCP 47 tag such as "vi", "es-MX" or "zh-Hant-TW"):
 * the locale's own file, else the file of a shorter form of the tag ("es-MX" → "es"), else English.
 */
export async function loadExampleTexts(language: string): Promise<FoodManufacturerTexts> {
  const subtags = language.split('-');
  for (let length = subtags.length; length > 0; length -= 1) {
    const load = exampleFiles[fileOf(subtags.slice(0, length).join('-'))];
    if (load) return load();
  }
  const fallback = exampleFiles[fileOf(FALLBACK_LANGUAGE)];
  if (!fallback) throw new Error('The English texts of the example plan are missing.');
  return fallback();
}
