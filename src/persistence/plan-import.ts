import { newId, type Plan } from '../domain';
import { checkPlanFileSize, PlanFileError, readPlanFile } from './plan-file';
import type { PlanListEntry, PlansRepository } from './plans-repository';

/** One file chosen for import, once read: its plans, or why it was refused. Nothing is stored from a refused file. */
export type ImportFile =
  | { status: 'read'; fileName: string; exportedAt: string | null; plans: Plan[] }
  | { status: 'rejected'; fileName: string; error: PlanFileError | 'unreadable' };

/** Reads one chosen or dropped file, refusing one over the size limit before reading its text. */
export async function readImportFile(file: File): Promise<ImportFile> {
  let text: string;
  try {
    checkPlanFileSize(file.size);
    text = await file.text();
  } catch (error) {
    return { status: 'rejected', fileName: file.name, error: error instanceof PlanFileError ? error : 'unreadable' };
  }
  try {
    const { exportedAt, plans } = readPlanFile(text);
    return { status: 'read', fileName: file.name, exportedAt, plans };
  } catch (error) {
    return { status: 'rejected', fileName: file.name, error: error instanceof PlanFileError ? error : 'unreadable' };
  }
}

/** The plan on this device that an imported plan has the same id as (damaged records have no name). */
export interface PlanOnDevice {
  name: string | null;
  updatedAt: string;
}

/** One plan to import, and the plan it would meet on this device, if any. */
export interface ImportCandidate {
  key: string;
  plan: Plan;
  fileName: string;
  fileWrittenAt: string | null;
  onDevice: PlanOnDevice | null;
  /** The same plan came earlier in this import: it is added as a copy, never over the earlier one. */
  repeated: boolean;
}

export type ConflictChoice = 'replace' | 'keepBoth' | 'skip';

/** Every plan of the readable files in order, each matched against the plans on this device by id. */
export function importCandidates(files: readonly ImportFile[], entries: readonly PlanListEntry[]): ImportCandidate[] {
  const onDevice = new Map<string, PlanOnDevice>(
    entries.map((entry) =>
      entry.status === 'ok'
        ? [entry.plan.id, { name: entry.plan.company.name, updatedAt: entry.plan.updatedAt }]
        : [entry.id, { name: null, updatedAt: entry.updatedAt }],
    ),
  );
  const seen = new Set<string>();
  return files.flatMap((file, fileIndex) =>
    file.status === 'read'
      ? file.plans.map((plan, planIndex) => {
          const repeated = seen.has(plan.id);
          seen.add(plan.id);
          return {
            key: `${fileIndex}-${planIndex}`,
            plan,
            fileName: file.fileName,
            fileWrittenAt: file.exportedAt,
            onDevice: repeated ? null : (onDevice.get(plan.id) ?? null),
            repeated,
          };
        })
      : [],
  );
}

export interface StoreFailure {
  fileName: string;
  planName: string;
}

/** What an import did, for the report the user sees afterwards. */
export interface ImportReport {
  added: number;
  replaced: number;
  keptBoth: number;
  skipped: number;
  rejected: Extract<ImportFile, { status: 'rejected' }>[];
  failed: StoreFailure[];
}

/**
 * Stores the candidates: a plan new to this device is added as it is; one that meets a plan on this
 * device follows the user's choice (the default keeps both, so nothing is ever overwritten unasked).
 */
export async function storeImport(
  repository: PlansRepository,
  files: readonly ImportFile[],
  candidates: readonly ImportCandidate[],
  choices: ReadonlyMap<string, ConflictChoice>,
  copyName: (name: string) => string,
): Promise<ImportReport> {
  const report: ImportReport = {
    added: 0,
    replaced: 0,
    keptBoth: 0,
    skipped: 0,
    rejected: files.filter((file) => file.status === 'rejected'),
    failed: [],
  };
  for (const candidate of candidates) {
    const choice = candidate.repeated ? 'keepBoth' : candidate.onDevice ? (choices.get(candidate.key) ?? 'keepBoth') : 'add';
    const { plan, fileWrittenAt } = candidate;
    try {
      if (choice === 'add') {
        await repository.addImported(plan, fileWrittenAt);
        report.added += 1;
      } else if (choice === 'replace') {
        await repository.replaceWithImported(plan, fileWrittenAt);
        report.replaced += 1;
      } else if (choice === 'keepBoth') {
        const copy = { ...plan, id: newId(), company: { ...plan.company, name: copyName(plan.company.name) } };
        await repository.addImported(copy, fileWrittenAt);
        report.keptBoth += 1;
      } else {
        report.skipped += 1;
      }
    } catch {
      report.failed.push({ fileName: candidate.fileName, planName: plan.company.name });
    }
  }
  return report;
}
