import type { SkillmarkDB } from '../db/db';
import { ENGINE_META, keyOf, markSyncWrite, startTracking, stopTracking, SYNC_META, SYNC_STATE, type SyncStateRow } from '../db/sync-state';
import type { Candidate, Note, Snapshot } from '../../shared/records';
import type { SyncRecord } from './documents';
import type { LocalEntry, LocalStore, SyncWrite } from './local-store';
import { sameContent } from './merge';
import { fromSyncRecord, toSyncRecord, type LocalRecord } from './local-records';
import { Batch } from './dexie-batch';
import { mergedInto, mergeSamePage, preferredSnapshot, sendAway, snapshotTombstone } from './same-page';

export interface DexieStoreOptions {
  now?: () => string;
  /** A pulled record that the local schema refuses: kept only in its sync row, not in the tables. */
  onRefused?: (key: string, reason: string) => void;
}

const TABLES = ['candidates', 'snapshots', 'noteSets', 'annotations', 'roles', SYNC_STATE, SYNC_META] as const;
const ENGINE = (name: string) => `${ENGINE_META}${name}`;

/**
 * The LocalStore over Skillmark's database (schema version 4), with the semantics of memory-store.ts.
 * The bookkeeping (seq, syncedSeq, rev and base per record; the store-wide counter) is in `syncState`
 * and `syncMeta`, kept by db/sync-state.ts for every write that is not sync's own. Sync's `merged`
 * writes go into the real tables, converted by local-records.ts and checked by the local schemas;
 * a candidate's derived fields are computed again; a pulled candidate with the page of another one
 * here is merged with it (same-page.ts). Sync's writes are not announced to `subscribe`.
 */
export class DexieStore implements LocalStore {
  private readonly now: () => string;

  constructor(
    private readonly db: SkillmarkDB,
    private readonly options: DexieStoreOptions = {},
  ) {
    this.now = options.now ?? (() => new Date().toISOString());
  }

  async pending(after: number, limit: number): Promise<LocalEntry[]> {
    return this.db.transaction('r', TABLES, async (tx) => {
      const batch = new Batch(tx);
      const found: LocalEntry[] = [];
      let from = after;
      while (found.length < limit) {
        const rows = await tx.table<SyncStateRow, string>(SYNC_STATE).where('pendingSeq').above(from).limit(limit - found.length).toArray();
        if (rows.length === 0) break;
        await batch.load(rows.map((r) => r.key));
        for (const row of rows) {
          const entry = await batch.entry(row.key);
          if (entry) found.push(entry);
        }
        from = rows[rows.length - 1]!.pendingSeq!;
      }
      return found;
    });
  }

  begin(): Promise<void> {
    return startTracking(this.db);
  }

  end(): Promise<void> {
    return stopTracking(this.db);
  }

  async pendingCount(): Promise<number> {
    return this.db.syncState.where('pendingSeq').above(0).count();
  }

  async read(keys: readonly string[]): Promise<Map<string, LocalEntry>> {
    return this.db.transaction('r', TABLES, async (tx) => {
      const batch = new Batch(tx);
      await batch.load(keys);
      const found = new Map<string, LocalEntry>();
      for (const key of keys) {
        const entry = await batch.entry(key);
        if (entry) found.set(key, entry);
      }
      return found;
    });
  }

  async write(writes: readonly SyncWrite[]): Promise<{ skipped: string[] }> {
    const refused: [string, string][] = [];
    const result = await this.db.transaction('rw', TABLES, async (tx) => {
      markSyncWrite(tx);
      const batch = new Batch(tx);
      await batch.load(writes.map((w) => w.key));
      const skipped: string[] = [];
      for (const write of writes) {
        const row = await batch.row(write.key);
        if (write.kind === 'pushed') {
          if (row) batch.setRow(withPending({ ...row, syncedSeq: Math.max(row.syncedSeq, write.seq), sync: write.sync }));
          continue;
        }
        const entry = await batch.entry(write.key);
        if ((entry?.seq ?? null) !== write.seq) {
          skipped.push(write.key);
          continue;
        }
        const reason = await this.merge(batch, write, row);
        if (reason) refused.push([write.key, reason]);
      }
      await batch.recompute();
      await batch.flush();
      return { skipped };
    });
    for (const [key, reason] of refused) this.options.onRefused?.(key, reason);
    return result;
  }

  /** One `merged` write into the tables; returns why the record was refused, if it was. */
  private async merge(batch: Batch, write: Extract<SyncWrite, { kind: 'merged' }>, row: SyncStateRow | undefined): Promise<string | null> {
    const { record, sync, key } = write;
    const now = this.now();
    // Another replica merged this candidate into one of the same page: so does this one.
    const into = record.type === 'candidate' ? mergedInto(record) : null;
    if (into) {
      await sendAway(batch, record.id, await batch.resolve(into), record, now, sync);
      return null;
    }
    const converted = fromSyncRecord(record);
    if (!converted.ok) {
      // Kept in its row, so that later versions merge with it, and tried again when they arrive.
      await this.keepAway(batch, key, row, record, sync, write.pending);
      return converted.reason;
    }
    let local = converted.local;
    const extra = converted.extra;

    if (record.type === 'candidate') {
      const candidate = local as Candidate;
      const merged = row?.away?.into ? await batch.get('candidates', await batch.resolve(row.away.into)) : undefined;
      const holder = merged ?? (await batch.candidateAt(candidate.url, candidate.id));
      if (holder) return mergeSamePage(batch, holder, record, sync, now);
    }
    if ('candidateId' in local) {
      // Whatever arrives for a candidate merged into another goes to that one; a snapshot stays a tombstone of the one merged away.
      const to = await batch.resolve(local.candidateId);
      if (to !== local.candidateId) {
        if (record.type === 'snapshot') local = local.deletedAt === null ? { ...local, updatedAt: now, deletedAt: now } : local;
        else local = { ...local, candidateId: to } as LocalRecord;
      }
    }
    if (record.type === 'snapshot') {
      const snapshot = local as Snapshot;
      const other = await batch.snapshotAt(snapshot.candidateId, snapshot.id);
      if (other) {
        const kept = preferredSnapshot(other, snapshot);
        const goes = kept === other ? snapshot : other;
        if (goes === snapshot) {
          await this.keepAway(batch, key, row, snapshotTombstone(toSyncRecord('snapshot', snapshot, { extra }), now), sync, true);
          return null;
        }
        batch.remove('snapshots', other.id);
        const otherKey = keyOf('snapshot', other.id);
        await batch.bump(otherKey, { away: { into: null, record: snapshotTombstone(toSyncRecord('snapshot', other, { extra: (await batch.row(otherKey))?.extra }), now) } });
      }
    }

    const stored = toSyncRecord(record.type, local, { extra, conflicts: record.conflicts });
    const pending = write.pending || !sameContent(stored, record);
    const seq = await batch.nextSeq();
    const next: SyncStateRow = { ...(row ?? { key, syncedSeq: 0 }), key, seq, syncedSeq: pending ? (row?.syncedSeq ?? 0) : seq, sync };
    delete next.away;
    delete next.extra;
    delete next.conflicts;
    if (extra) next.extra = extra;
    if (record.conflicts?.length) next.conflicts = record.conflicts;
    if (pending) next.pendingSeq = seq;
    else delete next.pendingSeq;
    if (record.type === 'note') {
      await batch.putNote(local as Note, row?.set);
      next.set = (local as Note).candidateId;
    } else {
      const table = ({ candidate: 'candidates', snapshot: 'snapshots', annotation: 'annotations', role: 'roles' } as const)[record.type];
      batch.put(table, local as never);
      if (record.type === 'snapshot' || record.type === 'annotation') batch.touched.add((local as Snapshot).candidateId);
      if (record.type === 'role') for (const id of await batch.candidatesOfRole(local.id)) batch.touched.add(id);
    }
    batch.setRow(next);
    return null;
  }

  /** A record kept only in its sync row (not in any table), with the server's version. */
  private async keepAway(batch: Batch, key: string, row: SyncStateRow | undefined, record: SyncRecord, sync: SyncRowSync, pending: boolean): Promise<void> {
    const seq = await batch.nextSeq();
    const next: SyncStateRow = { ...(row ?? { key, syncedSeq: 0 }), key, seq, syncedSeq: pending ? (row?.syncedSeq ?? 0) : seq, sync, away: { into: null, record } };
    if (pending) next.pendingSeq = seq;
    else delete next.pendingSeq;
    batch.setRow(next);
  }

  async getMeta(name: string): Promise<string | null> {
    const row = await this.db.syncMeta.get(ENGINE(name));
    return typeof row?.value === 'string' ? row.value : null;
  }

  async setMeta(name: string, value: string | null): Promise<void> {
    if (value === null) await this.db.syncMeta.delete(ENGINE(name));
    else await this.db.syncMeta.put({ name: ENGINE(name), value });
  }

  /** The recruiter's own changes, in this context and the extension's others (db/local-changes.ts). */
  subscribe(listener: () => void): () => void {
    return this.db.localChanges.subscribe(listener);
  }
}

type SyncRowSync = SyncStateRow['sync'];

function withPending(row: SyncStateRow): SyncStateRow {
  const next = { ...row };
  if (next.seq > next.syncedSeq) next.pendingSeq = next.seq;
  else delete next.pendingSeq;
  return next;
}
