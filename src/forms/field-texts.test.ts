import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { INDUSTRIES } from '../domain/company';
import { ALL_FIELDS } from '../questionnaire/paths';
import { fieldTextKey } from '../questionnaire';
import { fieldTexts } from './field-texts';

type Json = string | { [key: string]: Json };
const locales = import.meta.glob<Record<string, Json>>('../../locales/*/{fields,industry-examples}.json', { eager: true, import: 'default' });
const bundle = (language: string, namespace: string) => locales[`../../locales/${language}/${namespace}.json`] ?? {};

async function translator(language: string) {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    fallbackLng: false,
    resources: { [language]: { fields: bundle(language, 'fields'), 'industry-examples': bundle(language, 'industry-examples') } },
  });
  return instance;
}

describe('field examples', () => {
  it("follow the plan's industry, in the app's language", async () => {
    const th = await translator('th');
    expect(fieldTexts(th, 'keyProducts.name', 'restaurant_hospitality')).toMatchObject({
      example: 'ข้าวกล่องส่งสำนักงาน',
      exampleSource: 'industry',
    });
    const en = await translator('en');
    expect(fieldTexts(en, 'purpose.statement', 'professional_services').example).toMatch(/pay run/);
  });

  it('fall back to the general example without an industry, or for an industry or question without its own', async () => {
    const en = await translator('en');
    const general = { example: 'Fresh bread for hotel customers', exampleSource: 'general' };
    expect(fieldTexts(en, 'keyProducts.name')).toMatchObject(general);
    expect(fieldTexts(en, 'keyProducts.name', 'construction')).toMatchObject(general);
    expect(fieldTexts(en, 'contacts.employees.name', 'restaurant_hospitality')).toMatchObject({ example: 'Ms. Nguyen Thi Lan', exampleSource: 'general' });
  });

  it('exist for the three example industries, each for a real question', () => {
    const questions = new Set(ALL_FIELDS.map(({ key }) => fieldTextKey(key)));
    const english = bundle('en', 'industry-examples');
    expect(Object.keys(english).sort()).toEqual(['food_manufacturing', 'professional_services', 'restaurant_hospitality']);
    for (const [industry, examples] of Object.entries(english)) {
      expect(INDUSTRIES as readonly string[]).toContain(industry);
      for (const question of Object.keys(examples)) expect(questions, question).toContain(question);
    }
  });
});
