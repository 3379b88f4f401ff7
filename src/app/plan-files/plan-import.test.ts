import 'fake-indexeddb/auto';
import i18next from 'i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import commonEn from '../../../locales/en/common.json';
import fieldsEn from '../../../locales/en/fields.json';
import filesEn from '../../../locales/en/files.json';
import sectionsEn from '../../../locales/en/sections.json';
import { createPlan, type Plan } from '../../domain';
import { openPlansDatabase, PlanFileError, PlansRepository, serializePlanFile, type PlansDb } from '../../persistence';
import { planFileProblemText } from './plan-file-messages';
import { importCandidates, readImportFile, storeImport, type ImportFile } from './plan-import';

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

describe('reading files for import', () => {
  it('reads the plans of a plan file and when it was written', async () => {
    const plans = [planNamed('Toko Maju'), planNamed('Warung Sari Rasa')];
    const read = await readImportFile(fileOf('two.bcp.json', serializePlanFile(plans, new Date('2026-02-01T00:00:00Z'))));
    expect(read).toEqual({ status: 'read', fileName: 'two.bcp.json', exportedAt: '2026-02-01T00:00:00.000Z', plans });
  });

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

let db: PlansDb;
let repository: PlansRepository;

beforeEach(async () => {
  db = await openPlansDatabase(`import-${crypto.randomUUID()}`);
  repository = new PlansRepository(db);
});

afterEach(() => db.close());

const readFile = (fileName: string, plans: Plan[]): ImportFile => ({ status: 'read', fileName, exportedAt: '2026-02-01T00:00:00.000Z', plans });
const copyName = (name: string) => `${name} (imported)`;

describe('storing an import', () => {
  it('adds new plans, and follows the choice made for each plan already on this device', async () => {
    const replaceMe = await repository.add(planNamed('Replace me'));
    const keepMe = await repository.add(planNamed('Keep me'));
    const skipMe = await repository.add(planNamed('Skip me'));
    const fresh = planNamed('New');
    const files: ImportFile[] = [
      readFile('bundle.bcp.json', [
        { ...replaceMe, company: { ...replaceMe.company, name: 'Replaced' } },
        { ...keepMe, company: { ...keepMe.company, name: 'Other Keep me' } },
        { ...skipMe, company: { ...skipMe.company, name: 'Skipped' } },
        fresh,
      ]),
      { status: 'rejected', fileName: 'notes.txt', error: new PlanFileError('not_json') },
    ];
    const candidates = importCandidates(files, await repository.list());
    expect(candidates.map((candidate) => candidate.onDevice?.name ?? null)).toEqual(['Replace me', 'Keep me', 'Skip me', null]);
    const [replaceKey, keepKey, skipKey] = candidates.map((candidate) => candidate.key);
    const choices = new Map([
      [replaceKey ?? '', 'replace' as const],
      [keepKey ?? '', 'keepBoth' as const],
      [skipKey ?? '', 'skip' as const],
    ]);

    const report = await storeImport(repository, files, candidates, choices, copyName);

    expect(report).toMatchObject({ added: 1, replaced: 1, keptBoth: 1, skipped: 1, failed: [] });
    expect(report.rejected.map((file) => file.fileName)).toEqual(['notes.txt']);
    const names = (await repository.list()).map((entry) => (entry.status === 'ok' ? entry.plan.company.name : '')).sort();
    expect(names).toEqual(['Keep me', 'New', 'Other Keep me (imported)', 'Replaced', 'Skip me']);
    expect(await repository.get(fresh.id)).toEqual(fresh);
    expect((await repository.get(replaceMe.id)).revision).toBe(replaceMe.revision + 1);
    expect((await repository.lastExports()).get(fresh.id)).toBe('2026-02-01T00:00:00.000Z');
  });

  it('keeps both when no choice was made, and adds a plan repeated within one import as a copy', async () => {
    const onDevice = await repository.add(planNamed('Toko Maju'));
    const twice = planNamed('Twice');
    const files = [readFile('a.bcp.json', [onDevice, twice]), readFile('b.bcp.json', [twice])];
    const candidates = importCandidates(files, await repository.list());
    expect(candidates.map((candidate) => candidate.repeated)).toEqual([false, false, true]);

    const report = await storeImport(repository, files, candidates, new Map(), copyName);

    expect(report).toMatchObject({ added: 1, replaced: 0, keptBoth: 2, skipped: 0 });
    expect(await repository.get(onDevice.id)).toEqual(onDevice);
    const names = (await repository.list()).map((entry) => (entry.status === 'ok' ? entry.plan.company.name : '')).sort();
    expect(names).toEqual(['Toko Maju', 'Toko Maju (imported)', 'Twice', 'Twice (imported)']);
  });
});
