import { z } from 'zod';
import { Seq, type ChangeRow, type CouchClient } from './couch';
import { fromDoc, recordKey, toDoc, type SyncRecord } from './documents';
import { SyncError, isAbort } from './errors';
import { linkedSignal } from './signals';
import { isPending, type LocalEntry, type LocalStore, type SyncWrite } from './local-store';
import { mergeRecords, sameContent, withoutConflicts } from './merge';

/**
 * Replication between a LocalStore and one CouchDB database, on CouchDB's protocol: pull
 * `_changes` since a checkpoint (kept in the database as `_local/skillmark-<replica>` and here),
 * merge each document into the store, then push what changed here with `_bulk_docs` and the known
 * `_rev`; a 409 fetches the server's version, merges and pushes again. Sync never deletes or
 * overwrites a local change it has not merged: a failed cycle leaves the store as it was, to be
 * caught up by the next.
 */

export interface SyncProgress {
  done: number;
  total: number;
}

export interface SyncStatus {
  lastSyncedAt: string | null;
  /** Local changes not yet on the server. */
  pending: number;
  error: SyncError | null;
  inProgress: boolean;
  /** While pulling: documents read so far, of the database's count (for the first sync of a large team). */
  progress: SyncProgress | null;
  /** Documents from the server refused by their schema (kept off this computer), since this replicator started. */
  refusedIncoming: number;
  /** Local records the server refused in the last cycle (its validation rules). */
  refusedOutgoing: number;
}

export interface Refusal {
  id: string;
  reason: string;
  direction: 'incoming' | 'outgoing';
}

export interface ReplicatorOptions {
  client: CouchClient;
  store: LocalStore;
  /** This replica's own id (one per browser profile and database), naming its checkpoint. */
  replicaId: string;
  pullBatch?: number;
  pushBatch?: number;
  /** How long a live long poll waits for news. */
  longpollMs?: number;
  /** First and longest wait between failed attempts in live mode. */
  backoffMs?: { first: number; max: number };
  now?: () => string;
  onStatus?: (status: SyncStatus) => void;
  /** After each page of a pull that knows its total (the first sync of a replica, above all). */
  onProgress?: (progress: SyncProgress) => void;
  onRefused?: (refusal: Refusal) => void;
}

const Checkpoint = z.object({ _rev: z.string().optional(), last_seq: Seq }).passthrough();
const PULL_SINCE = 'pull-since';
/** Merge-and-retry rounds for one record in one cycle before it waits for the next cycle. */
const MAX_PUSH_ATTEMPTS = 5;

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

const asSyncError = (error: unknown): SyncError =>
  error instanceof SyncError ? error : new SyncError('local', error instanceof Error ? error.message.slice(0, 200) : 'unknown');

export class Replicator {
  private readonly client: CouchClient;
  private readonly store: LocalStore;
  private readonly checkpointId: string;
  private readonly pullBatch: number;
  private readonly pushBatch: number;
  private readonly longpollMs: number;
  private readonly backoff: { first: number; max: number };
  private readonly now: () => string;
  private readonly options: ReplicatorOptions;
  private state: SyncStatus = { lastSyncedAt: null, pending: 0, error: null, inProgress: false, progress: null, refusedIncoming: 0, refusedOutgoing: 0 };
  /** Where the last pull ended, once this replicator has agreed it with the server's checkpoint. */
  private since: Seq | null = null;
  private checkpointRev: string | undefined;
  private running: Promise<SyncStatus> | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private catchingUp: SyncProgress | null = null;
  /** Set by a local change; wakes the live loop's long poll. */
  private wake: AbortController | null = null;
  private dirty = false;

  constructor(options: ReplicatorOptions) {
    if (!/^[0-9A-Za-z_-]{1,100}$/.test(options.replicaId)) throw new Error('replicaId: letters, digits, - and _ only');
    this.options = options;
    this.client = options.client;
    this.store = options.store;
    this.checkpointId = `skillmark-${options.replicaId}`;
    this.pullBatch = options.pullBatch ?? 1000;
    this.pushBatch = options.pushBatch ?? 500;
    this.longpollMs = options.longpollMs ?? 25_000;
    this.backoff = options.backoffMs ?? { first: 1000, max: 5 * 60_000 };
    this.now = options.now ?? (() => new Date().toISOString());
  }

  get status(): SyncStatus {
    return { ...this.state };
  }

  private update(patch: Partial<SyncStatus>): void {
    this.state = { ...this.state, ...patch };
    this.options.onStatus?.(this.status);
  }

  /** One cycle: pull, then push. Calls made while one runs share it. Throws the cycle's SyncError. */
  syncOnce(signal?: AbortSignal): Promise<SyncStatus> {
    this.running ??= this.exclusive(() => this.cycle(signal)).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** One writer at a time: a cycle and a live loop's news never interleave their reads and writes. */
  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  /** A local change was saved: a live loop pushes it now rather than after its long poll; the count of pending changes follows. */
  nudge(): void {
    this.dirty = true;
    this.wake?.abort();
    void this.store.pendingCount().then(
      (pending) => this.update({ pending }),
      () => undefined,
    );
  }

  /**
   * Syncs until `signal` aborts: a cycle, then a long poll on `_changes` (woken early by a local
   * change), again and again; after an error, waits longer each time (up to backoffMs.max) and tries
   * again. Resolves once stopped; the local data stays as it is.
   */
  async live(signal: AbortSignal): Promise<void> {
    const unsubscribe = this.store.subscribe?.(() => this.nudge());
    let delay = 0;
    try {
      while (!signal.aborted) {
        try {
          this.dirty = false;
          await this.syncOnce(signal);
          delay = 0;
          while (!signal.aborted && !this.dirty) {
            const news = await this.waitForNews(signal);
            if (news.seq !== null) await this.exclusive(() => this.takeNews(news.rows, news.seq!, signal));
          }
        } catch (error) {
          if (signal.aborted) break;
          const failure = asSyncError(error);
          this.update({ inProgress: false, error: failure });
          // A wrong password or a missing database will not mend by itself soon: wait the longest.
          delay = !failure.transient ? this.backoff.max : delay === 0 ? this.backoff.first : Math.min(this.backoff.max, delay * 2);
          await sleep(delay * (0.75 + Math.random() * 0.5), signal);
        }
      }
    } finally {
      unsubscribe?.();
      this.wake = null;
      this.update({ inProgress: false, progress: null });
    }
  }

  /** The next changes after `since`, or none (seq null) when the wait ended without news. */
  private async waitForNews(signal: AbortSignal): Promise<{ rows: ChangeRow[]; seq: Seq | null }> {
    const wake = new AbortController();
    this.wake = wake;
    const linked = linkedSignal([signal, wake.signal]);
    try {
      const since = this.since ?? 0;
      const answer = await this.client.changes({
        since,
        feed: 'longpoll',
        timeoutMs: this.longpollMs,
        includeDocs: true,
        limit: this.pullBatch,
        signal: linked.signal,
      });
      const moved = JSON.stringify(answer.last_seq) !== JSON.stringify(since);
      return { rows: answer.results, seq: moved ? answer.last_seq : null };
    } catch (error) {
      if (wake.signal.aborted && isAbort(error)) return { rows: [], seq: null };
      throw error;
    } finally {
      linked.dispose();
      this.wake = null;
    }
  }

  /** What a long poll brought: merged in, the checkpoint moved on, and anything pending pushed. */
  private async takeNews(rows: readonly ChangeRow[], seq: Seq, signal: AbortSignal): Promise<void> {
    this.update({ inProgress: true });
    try {
      await this.apply(rows);
      await this.saveCheckpoint(seq, signal);
      await this.push(signal);
      this.update({ lastSyncedAt: this.now(), error: this.state.refusedOutgoing > 0 ? this.state.error : null });
    } finally {
      this.update({ inProgress: false, pending: await this.store.pendingCount().catch(() => this.state.pending) });
    }
  }

  private async cycle(signal?: AbortSignal): Promise<SyncStatus> {
    this.update({ inProgress: true, progress: null });
    try {
      await this.pull(signal);
      await this.push(signal);
      const refused = this.state.refusedOutgoing;
      this.update({ lastSyncedAt: this.now(), error: refused > 0 ? new SyncError('refused', `${refused} record(s)`) : null });
    } catch (error) {
      if (signal?.aborted && isAbort(error)) throw error;
      this.update({ error: asSyncError(error) });
      throw this.state.error;
    } finally {
      let pending = this.state.pending;
      try {
        pending = await this.store.pendingCount();
      } catch {
        // The count is for display; the cycle's own outcome is what matters.
      }
      this.update({ inProgress: false, progress: null, pending });
    }
    return this.status;
  }

  /** Where to pull from: our local checkpoint if the server's copy agrees with it, else the start (merging is idempotent). */
  private async startingSeq(signal?: AbortSignal): Promise<Seq> {
    const stored = await this.store.getMeta(PULL_SINCE);
    // A checkpoint gone from the store ("Delete everything" forgot the server): pull from the start again.
    if (this.since !== null && stored !== null) return this.since;
    this.since = null;
    const remote = await this.client.getLocal(this.checkpointId, Checkpoint, signal);
    this.checkpointRev = remote?._rev;
    if (stored !== null && remote && JSON.stringify(remote.last_seq) === stored) return remote.last_seq;
    return 0;
  }

  private async saveCheckpoint(seq: Seq, signal?: AbortSignal): Promise<void> {
    this.since = seq;
    await this.store.setMeta(PULL_SINCE, JSON.stringify(seq));
    const body = { last_seq: seq, updatedAt: this.now(), ...(this.checkpointRev ? { _rev: this.checkpointRev } : {}) };
    try {
      this.checkpointRev = await this.client.putLocal(this.checkpointId, body, signal);
    } catch (error) {
      if (!(error instanceof SyncError && error.status === 409)) throw error;
      // Written meanwhile by another run of this replica: take its revision and write ours over it.
      this.checkpointRev = (await this.client.getLocal(this.checkpointId, Checkpoint, signal))?._rev;
      this.checkpointRev = await this.client.putLocal(this.checkpointId, { ...body, _rev: this.checkpointRev }, signal);
    }
  }

  private async pull(signal?: AbortSignal): Promise<void> {
    let since = await this.startingSeq(signal);
    // A first sync counts against the database's size, across cycles until it is done.
    if (since === 0) {
      const info = await this.client.dbInfo(signal);
      this.catchingUp = { done: 0, total: info.doc_count + (info.doc_del_count ?? 0) };
    }
    for (;;) {
      const answer = await this.client.changes({ since, limit: this.pullBatch, includeDocs: true, signal });
      await this.apply(answer.results);
      if (this.catchingUp) {
        const done = this.catchingUp.done + answer.results.length;
        this.catchingUp = { done, total: Math.max(this.catchingUp.total, done) };
        this.update({ progress: this.catchingUp });
        this.options.onProgress?.(this.catchingUp);
      }
      const moved = JSON.stringify(answer.last_seq) !== JSON.stringify(since);
      since = answer.last_seq;
      if (moved || this.since === null) await this.saveCheckpoint(since, signal);
      if (answer.results.length < this.pullBatch) break;
    }
    this.catchingUp = null;
  }

  /** Merges a batch of changes into the store, in one write. */
  private async apply(rows: readonly ChangeRow[]): Promise<void> {
    const incoming: Array<{ record: SyncRecord; rev: string }> = [];
    for (const row of rows) {
      // Design documents are the server's; CouchDB-deleted documents are not how Skillmark deletes, and sync never deletes here.
      if (row.id.startsWith('_design/') || row.deleted || row.doc === undefined || row.doc === null) continue;
      const parsed = fromDoc(row.doc);
      if (parsed.ok) incoming.push(parsed);
      else this.refuse({ id: parsed.id, reason: parsed.reason, direction: 'incoming' });
    }
    if (incoming.length === 0) return;
    const local = await this.store.read(incoming.map(({ record }) => recordKey(record)));
    const at = this.now();
    const writes: SyncWrite[] = [];
    for (const { record: remote, rev } of incoming) {
      const key = recordKey(remote);
      const entry = local.get(key);
      const sync = { rev, base: remote };
      if (!entry) {
        writes.push({ kind: 'merged', key, seq: null, record: remote, sync, pending: false });
        continue;
      }
      if (entry.sync?.rev === rev) continue;
      // Not changed here since it last agreed with the server: the server's version is the news.
      const merged = isPending(entry) ? mergeRecords(entry.sync?.base ?? null, entry.record, remote, at) : { ...remote, ...(entry.record.conflicts ? { conflicts: entry.record.conflicts } : {}) };
      writes.push({ kind: 'merged', key, seq: entry.seq, record: merged, sync, pending: !sameContent(merged, remote) });
    }
    await this.store.write(writes);
  }

  private refuse(refusal: Refusal): void {
    if (refusal.direction === 'incoming') this.update({ refusedIncoming: this.state.refusedIncoming + 1 });
    this.options.onRefused?.(refusal);
  }

  private async push(signal?: AbortSignal): Promise<void> {
    let after = 0;
    let refused = 0;
    const attempts = new Map<string, number>();
    for (;;) {
      const entries = await this.store.pending(after, this.pushBatch);
      if (entries.length === 0) break;
      after = entries[entries.length - 1]!.seq;
      const sendable = entries.filter((entry) => (attempts.get(recordKey(entry.record)) ?? 0) < MAX_PUSH_ATTEMPTS);
      if (sendable.length === 0) continue;
      const rows = await this.client.bulkDocs(
        sendable.map((entry) => toDoc(entry.record, entry.sync?.rev)),
        signal,
      );
      const byId = new Map(rows.map((row) => [row.id, row]));
      const writes: SyncWrite[] = [];
      const conflicted: LocalEntry[] = [];
      for (const entry of sendable) {
        const key = recordKey(entry.record);
        const row = byId.get(key);
        if (row?.rev && !row.error) {
          writes.push({ kind: 'pushed', key, seq: entry.seq, sync: { rev: row.rev, base: withoutConflicts(entry.record) } });
        } else if (row?.error === 'conflict') {
          attempts.set(key, (attempts.get(key) ?? 0) + 1);
          conflicted.push(entry);
        } else {
          refused++;
          this.refuse({ id: key, reason: row ? `${row.error ?? 'error'}: ${row.reason ?? ''}` : 'no answer for this document', direction: 'outgoing' });
        }
      }
      if (conflicted.length > 0) writes.push(...(await this.mergeConflicts(conflicted, signal)));
      await this.store.write(writes);
    }
    this.update({ refusedOutgoing: refused });
  }

  /** For records the server has a newer revision of: merge with it; the result, pending, goes out again in this push. */
  private async mergeConflicts(entries: readonly LocalEntry[], signal?: AbortSignal): Promise<SyncWrite[]> {
    const rows = await this.client.allDocs(entries.map((entry) => recordKey(entry.record)), signal);
    const byKey = new Map(rows.map((row) => [row.key, row]));
    const at = this.now();
    const writes: SyncWrite[] = [];
    for (const entry of entries) {
      const key = recordKey(entry.record);
      const row = byKey.get(key);
      const rev = row?.value?.rev;
      if (!row || !rev) continue;
      const parsed = row.doc ? fromDoc(row.doc) : null;
      if (parsed && !parsed.ok) this.refuse({ id: key, reason: parsed.reason, direction: 'incoming' });
      if (!parsed || !parsed.ok) {
        // Deleted on the server, or not a document we can read: ours goes on top of it.
        writes.push({ kind: 'merged', key, seq: entry.seq, record: entry.record, sync: { rev, base: null }, pending: true });
        continue;
      }
      const remote = parsed.record;
      const merged = mergeRecords(entry.sync?.base ?? null, entry.record, remote, at);
      writes.push({ kind: 'merged', key, seq: entry.seq, record: merged, sync: { rev: parsed.rev, base: remote }, pending: !sameContent(merged, remote) });
    }
    return writes;
  }
}
