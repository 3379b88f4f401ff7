import 'fake-indexeddb/auto';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import commonEn from '../../../locales/en/common.json';
import fieldsEn from '../../../locales/en/fields.json';
import filesEn from '../../../locales/en/files.json';
import sectionsEn from '../../../locales/en/sections.json';
import { createPlan } from '../../domain';
import { PlanFileError } from '../../persistence';
import { readImportFile } from '../../persistence/plan-import';
import { planFileProblemText } from './plan-file-messages';

const i18n = i18next.createInstance();
await i18n.init({
  lng: 'en',
  resources: { en: { common: commonEn, fields: fieldsEn, files: filesEn, sections: sectionsEn } },
  defaultNS: 'common',
  fallbackLng: false,
  interpolation: { escapeValue: false },
});

const fileOf = (name: string, content: string) => new File([content], name, { type: 'application/json' });
const planNamed = (name: string) => createPlan(name, 'full', new Date('2026-01-05T00:00:00Z'));

async function reasonFor(name: string, content: string | File): Promise<string> {
  const read = await readImportFile(typeof content === 'string' ? fileOf(name, content) : content);
  if (read.status !== 'rejected') throw new Error(`${name} was accepted`);
  return planFileProblemText(i18n, read.error);
}

describe('why a file chosen for import was refused, in the words of the app', () => {
  it('tells in plain words what is wrong with each kind of broken file', async () => {
    const plan = planNamed('Toko Maju');
    const envelope = (extra: object) => JSON.stringify({ format: 'bcp-builder-plans', version: 1, plans: [plan], ...extra });
    expect(await reasonFor('a', '%PDF-1.7')).toBe('This is not a plan file: its content is not in the form BCP Builder saves plans in.');
    expect(await reasonFor('b', envelope({ format: 'excalidraw' }))).toBe('This file holds other data, not plans from BCP Builder.');
    expect(await reasonFor('c', envelope({ version: 2 }))).toMatch(/^This file was saved by a newer version of BCP Builder\./);
    expect(await reasonFor('d', envelope({ plans: [] }))).toBe('This plan file holds no plans.');
    expect(await reasonFor('many', envelope({ plans: Array.from({ length: 1001 }, () => plan) }))).toBe(
      'This file holds more than 1,000 plans, more than can be imported at once. Import it in smaller parts.',
    );
    expect(await reasonFor('e', envelope({ plans: [plan, 'text'] }))).toBe('Plan 2 in this file is damaged and cannot be read.');
    expect(await reasonFor('f', envelope({ plans: [{ ...plan, schemaVersion: 1000 }] }))).toMatch(
      /^Plan 1 “Toko Maju” was made with a newer version of BCP Builder\./,
    );
    const tooLarge = new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'big.bcp.json');
    expect(await reasonFor('big.bcp.json', tooLarge)).toBe('The file is larger than 10 MB, so it cannot be a plan file. It was not read.');
  });

  it('names the missing or wrong fields in the words of the form', async () => {
    const plan = planNamed('Toko Maju');
    const broken = {
      ...plan,
      id: undefined,
      company: { ...plan.company, name: 42, sites: [{ id: 'a', name: 'Shop' }, { name: 'Store' }] },
    };
    expect(await reasonFor('x', JSON.stringify({ format: 'bcp-builder-plans', version: 1, plans: [broken] }))).toBe(
      'Plan 1 in this file cannot be read. “Identifier” is missing. “Business name” has a value the app cannot read. ' +
        '“Identifier” of entry 2 in “Other sites” is missing.',
    );
  });

  it('says so when a file cannot be opened at all', () => {
    expect(planFileProblemText(i18n, 'unreadable')).toMatch(/^The file could not be opened\./);
    expect(planFileProblemText(i18n, new PlanFileError('invalid_plan', 0))).toBe('Plan 1 in this file is damaged and cannot be read.');
  });
});
