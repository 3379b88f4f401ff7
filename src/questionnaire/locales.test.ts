import { describe, expect, it } from 'vitest';
import fields from '../../locales/en/fields.json';
import options from '../../locales/en/options.json';
import sections from '../../locales/en/sections.json';
import steps from '../../locales/en/steps.json';
import { ALL_FIELDS, fieldTextKey } from './paths';
import { STEPS } from './steps';
import type { FieldDefinition } from './types';

type Texts = Record<string, string>;
type Group = Record<string, Texts | undefined>;

const fieldTexts: Group = fields;
const optionTexts: Group = options;
const sectionTexts: Group = sections;
const stepTexts: Group = steps;

/** The key of a field in fields.json: its field key with "." replaced by "_". */
const translationKey = fieldTextKey;

/** The texts each kind of field has in fields.json, and no others. */
function expectedTextKeys(definition: FieldDefinition): string[] {
  const base = ['label', 'help', 'example'];
  if (definition.kind === 'list') return [...base, 'add', 'item', 'empty'];
  if (definition.kind === 'reference') return [...base, 'none'];
  return base;
}

const isFilled = (text: string | undefined): boolean => typeof text === 'string' && text.trim().length > 0;

const placeholders = (text: string): string[] => text.match(/\{\{[^}]*\}\}/g) ?? [];

const withOptions = ALL_FIELDS.flatMap(({ key, definition }) =>
  definition.kind === 'select' || definition.kind === 'checkboxes'
    ? [{ key, options: definition.options, codes: definition.codes.map(String) }]
    : [],
);

describe('English texts of the questionnaire', () => {
  it('gives every field a label, help and example, and the extra texts of its kind', () => {
    for (const { key, definition } of ALL_FIELDS) {
      const texts = fieldTexts[translationKey(key)];
      expect(texts, `fields.json has no entry ${translationKey(key)}`).toBeDefined();
      for (const textKey of expectedTextKeys(definition)) {
        expect(isFilled(texts?.[textKey]), `${translationKey(key)}.${textKey} is empty`).toBe(true);
      }
      expect(Object.keys(texts ?? {}).sort(), `${translationKey(key)} has unexpected texts`).toEqual(
        expectedTextKeys(definition).sort(),
      );
    }
  });

  it('puts the item number into the card title of every list', () => {
    for (const { key, definition } of ALL_FIELDS.filter((field) => field.definition.kind === 'list')) {
      expect(fieldTexts[translationKey(key)]?.item, `${key} item`).toContain('{{number}}');
      expect(definition.kind).toBe('list');
    }
  });

  it('uses no placeholders other than {{number}} in list card titles', () => {
    for (const [key, texts] of Object.entries(fieldTexts)) {
      for (const [textKey, text] of Object.entries(texts ?? {})) {
        const expected = textKey === 'item' ? ['{{number}}'] : [];
        expect(placeholders(text), `${key}.${textKey}`).toEqual(expected);
      }
    }
  });

  it('labels every code that a select or checkbox group offers', () => {
    for (const { key, options: optionSet, codes } of withOptions) {
      const labels = optionTexts[optionSet];
      expect(labels, `options.json has no set ${optionSet} (used by ${key})`).toBeDefined();
      for (const code of codes) {
        expect(isFilled(labels?.[code]), `${optionSet}.${code} (used by ${key})`).toBe(true);
      }
    }
  });

  it('gives every section a title and intro', () => {
    for (const section of STEPS.flatMap((step) => step.sections)) {
      const texts = sectionTexts[section.id];
      expect(isFilled(texts?.title), `${section.id}.title`).toBe(true);
      expect(isFilled(texts?.intro), `${section.id}.intro`).toBe(true);
      expect(Object.keys(texts ?? {}).sort()).toEqual(['intro', 'title']);
    }
  });

  it('gives each of the ten steps its title, short title, reason and intro', () => {
    expect(Object.keys(stepTexts).sort((a, b) => Number(a) - Number(b))).toEqual(
      STEPS.map((step) => String(step.step)),
    );
    expect(STEPS.map((step) => step.step)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const step of STEPS) {
      const texts = stepTexts[String(step.step)];
      for (const textKey of ['title', 'shortTitle', 'why', 'intro']) {
        expect(isFilled(texts?.[textKey]), `step ${step.step}.${textKey}`).toBe(true);
      }
      expect(Object.keys(texts ?? {}).sort()).toEqual(['intro', 'shortTitle', 'title', 'why']);
      expect(texts?.shortTitle?.split(/\s+/).length, `step ${step.step} short title`).toBeLessThanOrEqual(3);
    }
  });

  it('has no texts for fields, sections or options the questionnaire does not use', () => {
    const usedFields = new Set(ALL_FIELDS.map(({ key }) => translationKey(key)));
    expect(Object.keys(fieldTexts).filter((key) => !usedFields.has(key))).toEqual([]);

    const usedSections = new Set(STEPS.flatMap((step) => step.sections.map((section) => section.id)));
    expect(Object.keys(sectionTexts).filter((id) => !usedSections.has(id))).toEqual([]);

    const usedCodes = new Map<string, Set<string>>();
    for (const { options: optionSet, codes } of withOptions) {
      const set = usedCodes.get(optionSet) ?? new Set<string>();
      codes.forEach((code) => set.add(code));
      usedCodes.set(optionSet, set);
    }
    const orphans = Object.entries(optionTexts).flatMap(([optionSet, labels]) => {
      const used = usedCodes.get(optionSet);
      if (!used) return [optionSet];
      return Object.keys(labels ?? {})
        .filter((code) => !used.has(code))
        .map((code) => `${optionSet}.${code}`);
    });
    expect(orphans).toEqual([]);
  });
});
