import type { Plan } from '../domain';
import { RevisionConflictError } from './plans-repository';

export type SaveState =
  | { status: 'saved' }
  | { status: 'pending' }
  | { status: 'saving' }
  | { status: 'conflict' }
  | { status: 'failed'; reason: string };

export const AUTOSAVE_DELAY_MS = 400;

interface AutosaveOptions {
  save: (plan: Plan) => Promise<Plan>;
  onSaved: (plan: Plan) => void;
  onStateChange: (state: SaveState) => void;
  delayMs?: number;
}

/**
 * Debounced saving of one plan: a change is written at most `delayMs` after the last edit,
 * `flush()` writes at once (page hide, leaving the editor). Saves never overlap; the latest
 * edit always wins over an older one waiting in line. A revision conflict stops autosave
 * until the user decides what to do.
 */
export class Autosave {
  private pending: Plan | null = null;
  private inFlight: Plan | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> = Promise.resolve();
  private revision: number | null = null;
  private stopped = false;
  private status: SaveState['status'] = 'saved';
  private readonly delayMs: number;

  constructor(private readonly options: AutosaveOptions) {
    this.delayMs = options.delayMs ?? AUTOSAVE_DELAY_MS;
  }

  /** Reports a new state; a keystroke while a change is already waiting reports nothing (no re-render per key). */
  private report(state: SaveState): void {
    if (state.status === 'pending' && this.status === 'pending') return;
    this.status = state.status;
    this.options.onStateChange(state);
  }

  schedule(plan: Plan): void {
    if (this.stopped) return;
    this.pending = plan;
    this.report({ status: 'pending' });
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  /** Writes the waiting change now; resolves when everything scheduled so far is stored (or failed). */
  flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    this.running = this.running.then(() => this.writePending());
    return this.running;
  }

  /** After a conflict: write the waiting change on top of the stored `revision` (the user keeps their version). */
  rebase(revision: number): Promise<void> {
    this.revision = revision;
    this.stopped = false;
    return this.flush();
  }

  /** After a conflict: drop the waiting change (the user takes the stored version) and follow `revision`. */
  discard(revision: number): void {
    this.pending = null;
    this.revision = revision;
    this.stopped = false;
    this.report({ status: 'saved' });
  }

  get hasUnsavedChanges(): boolean {
    return this.pending !== null;
  }

  /** The newest change not yet confirmed as stored: waiting, or being written right now. */
  get unsavedPlan(): Plan | null {
    return this.pending ?? this.inFlight;
  }

  /** The stored revision that the next save is based on. */
  baseRevision(plan: Plan): number {
    return this.revision ?? plan.revision;
  }

  private async writePending(): Promise<void> {
    const plan = this.pending;
    if (!plan || this.stopped) return;
    this.pending = null;
    this.inFlight = plan;
    this.report({ status: 'saving' });
    try {
      const saved = await this.options.save({ ...plan, revision: this.baseRevision(plan) });
      this.revision = saved.revision;
      this.options.onSaved(saved);
      if (this.pending === null) this.report({ status: 'saved' });
    } catch (error) {
      this.pending ??= plan;
      if (error instanceof RevisionConflictError) {
        this.stopped = true;
        this.report({ status: 'conflict' });
      } else {
        this.report({ status: 'failed', reason: error instanceof Error ? error.name : 'unknown' });
      }
    } finally {
      this.inFlight = null;
    }
  }
}
