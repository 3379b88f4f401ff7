/** How long a print worker may take to load its code (from the service worker's cache, or the network) and say
 * it is ready. */
export const WORKER_START_TIMEOUT_MS = 30_000;

/**
 * A print worker (PDF or Word document), started on first use. It is ready once it has loaded its code and said so
 * (a message of kind "ready", see pdf.worker.ts and docx.worker.ts): a module worker whose code fails to load (a
 * network blip as the device comes back online) fires no error and would never answer. A start that fails or does
 * not finish in time is tried once more with a fresh worker; a worker that crashes later is replaced on the next
 * request.
 */
export class PrintWorker {
  private started: Promise<Worker> | null = null;

  constructor(
    private readonly create: () => Worker,
    private readonly startTimeoutMs = WORKER_START_TIMEOUT_MS,
  ) {}

  /** The worker, once it is ready. */
  ready(): Promise<Worker> {
    if (this.started === null) {
      const started = startWorker(this.create(), this.startTimeoutMs);
      this.started = started;
      started.catch(() => {
        if (this.started === started) this.started = null;
      });
    }
    return this.started;
  }

  /** Posts one request and waits for its answer, passing its progress on. */
  async call<Message extends WorkerMessage>(request: { id: number }, onProgress: (progress: Progress<Message>) => void): Promise<Answer<Message>> {
    const target = await this.ready().catch(() => this.ready());
    return callWorker<Message>(target, request, onProgress, () => {
      this.started = null;
    });
  }
}

function startWorker(target: Worker, timeoutMs: number): Promise<Worker> {
  return new Promise<Worker>((resolve, reject) => {
    const stop = () => {
      clearTimeout(timer);
      target.removeEventListener('message', onMessage);
      target.removeEventListener('error', onError);
    };
    const fail = (reason: string) => {
      stop();
      target.terminate();
      reject(new Error(reason));
    };
    const onMessage = (event: MessageEvent<unknown>) => {
      const message = event.data;
      if (typeof message !== 'object' || message === null || !('kind' in message) || message.kind !== 'ready') return;
      stop();
      resolve(target);
    };
    const onError = (event: ErrorEvent) => fail(event.message || 'print worker failed to start');
    const timer = setTimeout(() => fail('print worker did not start in time'), timeoutMs);
    target.addEventListener('message', onMessage);
    target.addEventListener('error', onError);
  });
}

/** A worker's message about one request: its progress on the way (kind "progress"), then its one answer. */
export interface WorkerMessage {
  id: number;
  kind: string;
}

type Progress<Message> = Extract<Message, { kind: 'progress' }>;
type Answer<Message> = Exclude<Message, { kind: 'progress' }>;

function isProgress<Message extends WorkerMessage>(message: Message): message is Progress<Message> {
  return message.kind === 'progress';
}

/**
 * Posts one request to a print worker (PDF or Word document) and waits for its answer, passing its progress
 * on. A worker that fails to start rejects; `onCrash` lets its client start a fresh worker on the next request.
 */
function callWorker<Message extends WorkerMessage>(
  target: Worker,
  request: { id: number },
  onProgress: (progress: Progress<Message>) => void,
  onCrash: () => void,
): Promise<Answer<Message>> {
  return new Promise<Answer<Message>>((resolve, reject) => {
    const stop = () => {
      target.removeEventListener('message', onMessage);
      target.removeEventListener('error', onError);
    };
    const onMessage = (event: MessageEvent<Message>) => {
      const message = event.data;
      if (message.id !== request.id) return;
      if (isProgress(message)) {
        onProgress(message);
        return;
      }
      stop();
      resolve(message as Answer<Message>);
    };
    const onError = (event: ErrorEvent) => {
      stop();
      onCrash();
      reject(new Error(event.message || 'print worker failed to start'));
    };
    target.addEventListener('message', onMessage);
    target.addEventListener('error', onError);
    target.postMessage(request);
  });
}
