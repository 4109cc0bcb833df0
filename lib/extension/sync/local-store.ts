import type { SyncRecord } from './documents';

/**
 * What the sync engine needs from the local database, and no more. dexie-store.ts implements it
 * over Skillmark's tables; memory-store.ts implements it for tests and the figures.
 *
 * Keys are document ids, `<type>:<id>` (documents.ts, recordKey). Every write to a record, the
 * recruiter's own or sync's, takes the next value of one store-wide counter as the record's `seq`,
 * in the same transaction as the write. A record is pending (changed here since it last agreed with
 * the server) while `seq > syncedSeq`.
 */
export interface LocalStore {
  /** Pending records with `seq > after`, lowest `seq` first, at most `limit`. */
  pending(after: number, limit: number): Promise<LocalEntry[]>;
  pendingCount(): Promise<number>;
  /** The records with these keys that exist here, tombstones included. */
  read(keys: readonly string[]): Promise<Map<string, LocalEntry>>;
  /** All in one transaction; see SyncWrite. Returns the keys of `merged` writes left undone. */
  write(writes: readonly SyncWrite[]): Promise<{ skipped: string[] }>;
  /** Small values the engine keeps for itself (the pull checkpoint). */
  getMeta(name: string): Promise<string | null>;
  setMeta(name: string, value: string | null): Promise<void>;
  /** Calls back after each of the recruiter's own changes (not sync's writes), so a live sync pushes at once. */
  subscribe?(listener: () => void): () => void;
  /** Sharing starts: track every change from now on, and take every record here as pending once. */
  begin?(): Promise<void>;
  /** Sharing stops: changes need no tracking any more. */
  end?(): Promise<void>;
}

/** What the server had when this replica last agreed with it: its `_rev`, and the record as it was (null: unknown). */
export interface SyncState {
  rev: string;
  base: SyncRecord | null;
}

export interface LocalEntry {
  record: SyncRecord;
  seq: number;
  /** The `seq` at which the record last agreed with the server; 0 if it never did. */
  syncedSeq: number;
  sync: SyncState | null;
}

export type SyncWrite =
  /**
   * The server took the record as it was at `seq`: keep `sync`; `syncedSeq` becomes `seq` (the record
   * stays pending if it changed since). The record itself is not written.
   */
  | { kind: 'pushed'; key: string; seq: number; sync: SyncState }
  /**
   * Replace the record by `record` and keep `sync`, only if the record's `seq` is still `seq` (null:
   * the record did not exist): otherwise write nothing and return the key in `skipped` (the recruiter
   * changed it meanwhile; the next cycle merges again). The record takes a new `seq`; unless `pending`
   * (the result still differs from the server's and must be pushed), `syncedSeq` becomes that `seq`.
   */
  | { kind: 'merged'; key: string; seq: number | null; record: SyncRecord; sync: SyncState; pending: boolean };

export const isPending = (entry: LocalEntry): boolean => entry.seq > entry.syncedSeq;
