/**
 * A print worker is used once it says it is ready (worker-call.ts): one whose code never loads (a module worker
 * whose imports fail fires no error) is replaced after the start timeout, so a print never waits forever.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PrintWorker, WORKER_START_TIMEOUT_MS } from './worker-call';

type Answer = { id: number; kind: 'progress'; stage: string } | { id: number; kind: 'done'; value: string };

/** A stand-in for a Worker: says ready (or not), answers each request with one progress and its answer. */
class FakeWorker extends EventTarget {
  readonly received: unknown[] = [];
  terminated = false;

  constructor(private readonly behaviour: 'ready' | 'silent' | 'crashes') {
    super();
    if (behaviour !== 'silent') queueMicrotask(() => this.send({ kind: 'ready' }));
  }

  postMessage(request: { id: number }): void {
    this.received.push(request);
    queueMicrotask(() => {
      if (this.behaviour === 'crashes') {
        this.dispatchEvent(Object.assign(new Event('error'), { message: 'worker crashed' }));
        return;
      }
      this.send({ id: request.id, kind: 'progress', stage: 'layout' });
      this.send({ id: request.id, kind: 'done', value: `answer ${request.id}` });
    });
  }

  terminate(): void {
    this.terminated = true;
  }

  private send(data: unknown): void {
    this.dispatchEvent(new MessageEvent('message', { data }));
  }
}

function printWorker(behaviours: ('ready' | 'silent' | 'crashes')[]) {
  const started: FakeWorker[] = [];
  const worker = new PrintWorker(() => {
    const fake = new FakeWorker(behaviours[started.length] ?? 'ready');
    started.push(fake);
    return fake as unknown as Worker;
  });
  return { worker, started };
}

describe('a print worker', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('gets its request once it has said it is ready, and passes the progress on', async () => {
    const { worker, started } = printWorker(['ready']);
    const progress: string[] = [];
    const answer = await worker.call<Answer>({ id: 1 }, (message) => progress.push(message.stage));
    expect(answer).toEqual({ id: 1, kind: 'done', value: 'answer 1' });
    expect(progress).toEqual(['layout']);
    expect(started).toHaveLength(1);
    expect(started[0]?.received).toEqual([{ id: 1 }]);
  });

  it('whose code never loads is stopped after the start timeout and started afresh, and the print goes on', async () => {
    const { worker, started } = printWorker(['silent', 'ready']);
    const call = worker.call<Answer>({ id: 7 }, () => undefined);
    await vi.advanceTimersByTimeAsync(WORKER_START_TIMEOUT_MS);
    await expect(call).resolves.toEqual({ id: 7, kind: 'done', value: 'answer 7' });
    expect(started).toHaveLength(2);
    expect(started[0]?.terminated).toBe(true);
    expect(started[0]?.received).toEqual([]);
  });

  it('that does not start twice fails the print instead of waiting forever', async () => {
    const { worker } = printWorker(['silent', 'silent']);
    const call = worker.call<Answer>({ id: 2 }, () => undefined);
    const failed = expect(call).rejects.toThrow('print worker did not start in time');
    await vi.advanceTimersByTimeAsync(2 * WORKER_START_TIMEOUT_MS);
    await failed;
  });

  it('that crashes on a request is replaced for the next one', async () => {
    const { worker, started } = printWorker(['crashes', 'ready']);
    await expect(worker.call<Answer>({ id: 3 }, () => undefined)).rejects.toThrow('worker crashed');
    await expect(worker.call<Answer>({ id: 4 }, () => undefined)).resolves.toEqual({ id: 4, kind: 'done', value: 'answer 4' });
    expect(started).toHaveLength(2);
  });
});
