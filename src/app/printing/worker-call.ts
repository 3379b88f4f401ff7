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
export function callWorker<Message extends WorkerMessage>(
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
