import { DataReply, type DataRequest, type ExportFormat, type ImportPreview } from './protocol';

type Progress = (done: number, total: number) => void;
type Call = { resolve(reply: DataReply): void; reject(err: Error): void; progress: Progress };
type Request = DataRequest extends infer R ? (R extends DataRequest ? Omit<R, 'id'> : never) : never;

/** The workspace's side of the data worker: each request a promise, its progress heard on the way. */
export class DataWorkerClient {
  private next = 1;
  private readonly calls = new Map<number, Call>();

  constructor(private readonly worker: Pick<Worker, 'postMessage' | 'addEventListener'>) {
    worker.addEventListener('message', (e) => this.heard((e as MessageEvent).data));
    worker.addEventListener('error', (e) => this.stopped((e as ErrorEvent).message || 'it stopped'));
  }

  exportText(format: ExportFormat, ids: string[] | null, progress: Progress = () => {}): Promise<string> {
    return this.call({ type: 'export', format, ids }, progress).then((r) => (r.type === 'exported' ? r.text : unexpected(r)));
  }

  /** Reads and checks the backup; resolves with what merging it would do, rejects with why it cannot be imported. */
  readBackup(file: Blob): Promise<{ exportedAt: string; preview: ImportPreview }> {
    return this.call({ type: 'read', file }).then((r) => (r.type === 'read' ? { exportedAt: r.exportedAt, preview: r.preview } : unexpected(r)));
  }

  applyBackup(mode: 'merge' | 'replace', progress: Progress = () => {}): Promise<void> {
    return this.call({ type: 'apply', mode }, progress).then((r) => void (r.type === 'applied' || unexpected(r)));
  }

  discardBackup(): Promise<void> {
    return this.call({ type: 'discard' }).then(() => undefined);
  }

  private call(request: Request, progress: Progress = () => {}): Promise<DataReply> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.calls.set(id, { resolve, reject, progress });
      this.worker.postMessage({ ...request, id });
    });
  }

  private heard(data: unknown): void {
    const parsed = DataReply.safeParse(data);
    if (!parsed.success) return;
    const reply = parsed.data;
    const call = this.calls.get(reply.id);
    if (!call) return;
    if (reply.type === 'progress') return call.progress(reply.done, reply.total);
    this.calls.delete(reply.id);
    if (reply.type === 'failed') call.reject(new Error(reply.message));
    else call.resolve(reply);
  }

  private stopped(why: string): void {
    for (const call of this.calls.values()) call.reject(new Error(`The data worker failed (${why}); nothing was changed by this step.`));
    this.calls.clear();
  }
}

function unexpected(reply: DataReply): never {
  throw new Error(`The data worker answered "${reply.type}" out of turn.`);
}

let instance: DataWorkerClient | undefined;

/** The workspace's one data worker, started on first use. */
export function dataWorker(): DataWorkerClient {
  instance ??= new DataWorkerClient(new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }));
  return instance;
}
