import { docId, recordKey, type RecordType, type SyncRecord } from './documents';
import { isPending, type LocalEntry, type LocalStore, type SyncWrite } from './local-store';

/** A LocalStore in memory: for tests and the sync benchmark, and as the reference for the Dexie one. */
export class MemoryStore implements LocalStore {
  private readonly entries = new Map<string, LocalEntry>();
  private readonly meta = new Map<string, string>();
  private readonly listeners = new Set<() => void>();
  /** Keys by their entry's seq: a Map iterates in insertion order, which is seq order. */
  private readonly bySeq = new Map<number, string>();
  private counter = 0;

  private put(key: string, entry: LocalEntry): void {
    const old = this.entries.get(key);
    if (old) this.bySeq.delete(old.seq);
    this.entries.set(key, entry);
    this.bySeq.set(entry.seq, key);
  }

  /** The recruiter's own change: a new version of a record (a delete is a record with `deleted: true`). */
  save(record: SyncRecord): void {
    this.saveAll([record]);
  }

  /** Many records at once, as an import would (one notification). */
  saveAll(records: readonly SyncRecord[]): void {
    for (const record of records) {
      const key = recordKey(record);
      const old = this.entries.get(key);
      this.put(key, { record: structuredClone(record), seq: ++this.counter, syncedSeq: old?.syncedSeq ?? 0, sync: old?.sync ?? null });
    }
    for (const listener of this.listeners) listener();
  }

  get(type: RecordType, id: string): SyncRecord | undefined {
    const entry = this.entries.get(docId(type, id));
    return entry ? structuredClone(entry.record) : undefined;
  }

  all(type?: RecordType): SyncRecord[] {
    return [...this.entries.values()].filter((entry) => !type || entry.record.type === type).map((entry) => structuredClone(entry.record));
  }

  get size(): number {
    return this.entries.size;
  }

  async pending(after: number, limit: number): Promise<LocalEntry[]> {
    const found: LocalEntry[] = [];
    for (const [seq, key] of this.bySeq) {
      if (found.length >= limit) break;
      const entry = this.entries.get(key);
      if (seq > after && entry && isPending(entry)) found.push(structuredClone(entry));
    }
    return found;
  }

  async pendingCount(): Promise<number> {
    let count = 0;
    for (const entry of this.entries.values()) if (isPending(entry)) count++;
    return count;
  }

  async read(keys: readonly string[]): Promise<Map<string, LocalEntry>> {
    const found = new Map<string, LocalEntry>();
    for (const key of keys) {
      const entry = this.entries.get(key);
      if (entry) found.set(key, structuredClone(entry));
    }
    return found;
  }

  async write(writes: readonly SyncWrite[]): Promise<{ skipped: string[] }> {
    const skipped: string[] = [];
    for (const write of writes) {
      const old = this.entries.get(write.key);
      if (write.kind === 'pushed') {
        if (old) this.entries.set(write.key, { ...old, syncedSeq: Math.max(old.syncedSeq, write.seq), sync: structuredClone(write.sync) });
        continue;
      }
      if ((old?.seq ?? null) !== write.seq) {
        skipped.push(write.key);
        continue;
      }
      const seq = ++this.counter;
      this.put(write.key, {
        record: structuredClone(write.record),
        seq,
        syncedSeq: write.pending ? (old?.syncedSeq ?? 0) : seq,
        sync: structuredClone(write.sync),
      });
    }
    return { skipped };
  }

  async getMeta(name: string): Promise<string | null> {
    return this.meta.get(name) ?? null;
  }

  async setMeta(name: string, value: string | null): Promise<void> {
    if (value === null) this.meta.delete(name);
    else this.meta.set(name, value);
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
