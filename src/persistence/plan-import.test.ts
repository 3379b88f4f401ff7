import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPlan, type Plan } from '../domain';
import { openPlansDatabase, type PlansDb } from './database';
import { PlanFileError, serializePlanFile } from './plan-file';
import { PlansRepository } from './plans-repository';
import { importCandidates, readImportFile, storeImport, type ImportFile } from './plan-import';

const fileOf = (name: string, content: string) => new File([content], name, { type: 'application/json' });
const planNamed = (name: string) => createPlan(name, 'full', new Date('2026-01-05T00:00:00Z'));

describe('reading files for import', () => {
  it('reads the plans of a plan file and when it was written', async () => {
    const plans = [planNamed('Toko Maju'), planNamed('Warung Sari Rasa')];
    const read = await readImportFile(fileOf('two.bcp.json', serializePlanFile(plans, new Date('2026-02-01T00:00:00Z'))));
    expect(read).toEqual({ status: 'read', fileName: 'two.bcp.json', exportedAt: '2026-02-01T00:00:00.000Z', plans });
  });

  it('refuses a file that is not a plan file, and one over 10 MB without reading it, naming the problem', async () => {
    const problemOf = async (file: File) => {
      const read = await readImportFile(file);
      return read.status === 'rejected' && read.error instanceof PlanFileError ? read.error.problem : read.status;
    };
    expect(await problemOf(fileOf('notes.txt', 'just notes'))).toBe('not_json');
    const tooLarge = new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'big.bcp.json');
    tooLarge.text = () => Promise.reject(new Error('a file over the limit is never read'));
    expect(await problemOf(tooLarge)).toBe('too_large');
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
