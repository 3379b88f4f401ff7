import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from './languages';

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Values that may read the same as English, reviewed: dates that Indonesian writes as English does. */
const SAME_AS_ENGLISH: Record<string, readonly string[]> = {
  'fields:exercises_date.example': ['id'],
  'fields:exercises_actions_due.example': ['id'],
};

type Json = string | { [key: string]: Json };

const files = import.meta.glob<Json>('../../locales/**/*.json', { eager: true, import: 'default' });
const glossaries = import.meta.glob<string>('../../locales/*/glossary.md', { eager: true, query: '?raw', import: 'default' });
const folderOf = (path: string) => path.split('/')[3] ?? '';

function flatten(value: Json, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  return Object.entries(value).flatMap(([key, child]) => flatten(child, prefix ? `${prefix}.${key}` : key));
}

/** Every string of a language as "namespace:key.path" (examples/food-manufacturer is a namespace too). */
function read(language: string): Map<string, string> {
  const prefix = `../../locales/${language}/`;
  const entries = Object.entries(files)
    .filter(([path]) => path.startsWith(prefix))
    .flatMap(([path, content]) => {
      const namespace = path.slice(prefix.length, -'.json'.length);
      return flatten(content).map(([key, value]) => [`${namespace}:${key}`, value] as const);
    });
  return new Map(entries);
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([^},\s]+)[^}]*\}\}|\$t\(([^)]*)\)/g)].map((match) => match[0]).sort();
const baseKey = (key: string) => key.replace(PLURAL_SUFFIX, '');
const wordCount = (text: string) => text.trim().split(/\s+/).length;

const english = read('en');
const englishBaseKeys = new Set([...english.keys()].map(baseKey));
const englishPlurals = new Set([...english.keys()].filter((key) => PLURAL_SUFFIX.test(key)).map(baseKey));

describe('translations', () => {
  it('has a folder and a glossary for every app language', () => {
    const folders = new Set(Object.keys(files).map(folderOf));
    const withGlossary = new Set(Object.keys(glossaries).map(folderOf));
    for (const language of LANGUAGE_CODES) {
      expect(folders.has(language), language).toBe(true);
      if (language !== 'en') expect(withGlossary.has(language), `${language}/glossary.md`).toBe(true);
    }
  });

  describe.each(LANGUAGE_CODES.filter((language) => language !== 'en'))('%s', (language) => {
    const translated = read(language);
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;

    it('has every key English has, and no other', () => {
      const translatedBaseKeys = new Set([...translated.keys()].map(baseKey));
      expect([...englishBaseKeys].filter((key) => !translatedBaseKeys.has(key)), 'missing').toEqual([]);
      expect([...translatedBaseKeys].filter((key) => !englishBaseKeys.has(key)), 'not in English').toEqual([]);
    });

    it("has exactly the language's plural forms", () => {
      for (const key of englishPlurals) {
        const forms = [...translated.keys()].filter((candidate) => baseKey(candidate) === key && candidate !== key);
        expect(forms.map((form) => form.slice(key.length + 1)).sort(), key).toEqual([...categories].sort());
      }
    });

    it('has no empty value', () => {
      expect([...translated].filter(([, value]) => value.trim() === '').map(([key]) => key)).toEqual([]);
    });

    it('uses the same placeholders as English', () => {
      const mismatched = [...translated]
        .filter(([key, value]) => {
          const source = english.get(key) ?? english.get(`${baseKey(key)}_other`) ?? '';
          return JSON.stringify(placeholders(source)) !== JSON.stringify(placeholders(value));
        })
        .map(([key]) => key);
      expect(mismatched).toEqual([]);
    });

    it('leaves nothing longer than a couple of words in English', () => {
      const untranslated = [...translated]
        .filter(([key, value]) => english.get(key) === value && wordCount(value) > 2 && !SAME_AS_ENGLISH[key]?.includes(language))
        .map(([key]) => key);
      expect(untranslated).toEqual([]);
    });
  });
});
