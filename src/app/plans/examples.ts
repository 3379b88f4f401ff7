import type { Plan } from '../../domain';
import type { ExampleTexts } from '../../domain/samples';

/** The examples' texts per locale, each file its own small chunk, loaded only when asked for. */
const foodManufacturerFiles = import.meta.glob<ExampleTexts>('../../../locales/*/examples/food-manufacturer.json', {
  import: 'default',
});
const restaurantFiles = import.meta.glob<ExampleTexts>('../../../locales/*/examples/restaurant.json', { import: 'default' });
const serviceFirmFiles = import.meta.glob<ExampleTexts>('../../../locales/*/examples/service-firm.json', { import: 'default' });

const FALLBACK_LANGUAGE = 'en';

/**
 * The texts of one example in `language` (a BCP 47 tag such as "vi", "es-MX" or "zh-Hant-TW"):
 * the locale's own file, else the file of a shorter form of the tag ("es-MX" → "es"), else English.
 */
async function loadTexts<T>(files: Record<string, () => Promise<T>>, example: string, language: string): Promise<T> {
  // The glob's keys are paths as written from this file; only their end names the locale.
  const fileOf = (locale: string) => Object.entries(files).find(([path]) => path.endsWith(`/locales/${locale}/examples/${example}.json`))?.[1];
  const subtags = language.split('-');
  for (let length = subtags.length; length > 0; length -= 1) {
    const load = fileOf(subtags.slice(0, length).join('-'));
    if (load) return load();
  }
  const fallback = fileOf(FALLBACK_LANGUAGE);
  if (!fallback) throw new Error(`The English texts of the ${example} example are missing.`);
  return fallback();
}

/** The texts of the food manufacturer example in `language`. */
function loadExampleTexts(language: string): Promise<ExampleTexts> {
  return loadTexts(foodManufacturerFiles, 'food-manufacturer', language);
}

/** The example businesses a user can start a plan from, in the order the picker offers them. */
export const EXAMPLES = ['food-manufacturer', 'restaurant', 'service-firm'] as const;
export type ExampleId = (typeof EXAMPLES)[number];

/**
 * A new plan copied from one example (its builder loads with it, outside the first download), in `language`, dated `now`: fresh ids every time, so the
 * example itself is never stored or changed.
 */
export async function examplePlan(example: ExampleId, language: string, now: Date): Promise<Plan> {
  switch (example) {
    case 'food-manufacturer': {
      const [{ foodManufacturerSample }, texts] = await Promise.all([import('../../domain/samples/food-manufacturer'), loadExampleTexts(language)]);
      return foodManufacturerSample(now, texts);
    }
    case 'restaurant': {
      const [{ restaurantSample }, texts] = await Promise.all([import('../../domain/samples/restaurant'), loadTexts(restaurantFiles, example, language)]);
      return restaurantSample(now, texts);
    }
    case 'service-firm': {
      const [{ serviceFirmSample }, texts] = await Promise.all([import('../../domain/samples/service-firm'), loadTexts(serviceFirmFiles, example, language)]);
      return serviceFirmSample(now, texts);
    }
  }
}
