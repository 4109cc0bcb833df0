import type { DBCore, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Dexie, Middleware, Transaction } from 'dexie';
import { docId, type FieldConflict, type RecordType, type SyncRecord } from '../sync/documents';
import type { SyncState } from '../sync/local-store';
import { same } from '../sync/merge';

/**
 * Team sync's bookkeeping on this replica (schema version 4), beside the records it is about:
 * `syncState` holds one row per record that can travel, keyed by its document id `<type>:<id>`
 * (notes too, although locally they live inside their candidate's note set), and `syncMeta` the
 * store-wide change counter and the sync engine's own values (its pull checkpoint).
 *
 * Every write of a record, the recruiter's or sync's, takes the next value of the counter as the
 * record's `seq` in the same transaction as the write; a record is pending (to be pushed) while
 * `seq > syncedSeq`. Sync's own writes (dexie-store.ts) set their rows themselves, in transactions
 * marked with `markSyncWrite`; every other write is tracked here.
 *
 * Why a DBCore middleware rather than calls in the repository's transactions: the repository, the
 * backup import, corrections and any write added later go through it without being able to forget,
 * and a record changed twice in one transaction still gets one consistent row. It sees the IndexedDB
 * transaction, so it widens every read-write transaction over a record table to these two tables
 * (Dexie's own scope checks are above this layer), and it sees each value before it is written, so it
 * can tell a real change from a derived one: a candidate whose note count, search text or match
 * score alone changed (they are computed per replica and do not travel) does not become pending, and
 * a note set put whole marks only the notes in it that changed.
 */

export const SYNC_STATE = 'syncState';
export const SYNC_META = 'syncMeta';

/** The local tables of records that travel, and the document type of their records. */
export const SYNCED_TABLES = { roles: 'role', candidates: 'candidate', snapshots: 'snapshot', noteSets: 'note', annotations: 'annotation' } as const satisfies Record<string, RecordType>;
export type SyncedTable = keyof typeof SYNCED_TABLES;
const isSynced = (name: string): name is SyncedTable => Object.hasOwn(SYNCED_TABLES, name);

/** Candidate fields each replica computes for itself: they never travel, and never make a record pending. */
export const DERIVED_FIELDS = ['notesCount', 'searchText', 'matchScore'] as const;

export interface SyncStateRow {
  key: string;
  seq: number;
  /** The `seq` at which the record last agreed with the server; 0 if it never did. */
  syncedSeq: number;
  /** `seq` while the record is pending, absent otherwise: the index on it lists pending records only. */
  pendingSeq?: number;
  sync: SyncState | null;
  /** Notes only: the candidate whose note set holds the note. */
  set?: string;
  /** Fields a newer Skillmark wrote that this one does not know: kept, and sent back with the record. */
  extra?: Record<string, unknown>;
  /** Candidates only: field conflicts found by sync, waiting for a person to choose (this replica's own). */
  conflicts?: FieldConflict[];
  /**
   * A record kept only here, in no local table: a candidate merged into another one of the same
   * page (`into`), or a second snapshot of one candidate. Its tombstone still travels.
   */
  away?: { into: string | null; record: SyncRecord };
}

export interface SyncMetaRow {
  name: string;
  value: unknown;
}

export const COUNTER = 'seq';
/**
 * Whether writes are tracked: only while the team shares. Without a team nothing needs to know
 * what changed, and tracking would more than triple what an import writes (a row per note); when
 * sharing starts, `startTracking` marks every record pending once.
 */
export const TRACKING = 'tracking';
/** The prefix of the sync engine's own values in `syncMeta` (its pull checkpoint). */
export const ENGINE_META = 'engine:';

/**
 * After "Delete everything": what this browser knew of the team's server (each record's rev and
 * state, the pull checkpoint) goes with the records, so a team that still shares sends its records
 * again at the next sync. Whether sharing is on, and the seq counter, stay.
 */
export async function forgetTheServer(db: Dexie): Promise<void> {
  await db.table(SYNC_STATE).clear();
  await db.table(SYNC_META).where('name').startsWith(ENGINE_META).delete();
}

/** Sync's own transactions: their rows are written by the sync store, not by this middleware. */
const syncWrites = new WeakSet<object>();
export function markSyncWrite(tx: Transaction): void {
  syncWrites.add(tx.idbtrans);
}

/** A record's key here: its document id on the team's server. */
export const keyOf = docId;

/** A row for a record changed here: the next `seq`, pending; what it knew of the server stays. */
export function bumped(old: SyncStateRow | undefined, key: string, seq: number): SyncStateRow {
  const row: SyncStateRow = { ...(old ?? { key, syncedSeq: 0, sync: null }), key, seq, pendingSeq: seq };
  delete row.away;
  return row;
}

/** Not pending any more (the record is gone from this browser for good): what it knew of the server stays. */
function unpended(row: SyncStateRow): SyncStateRow {
  const copy = { ...row, syncedSeq: row.seq };
  delete copy.pendingSeq;
  return copy;
}

type Change = { key: string; set?: string };
type Row = Record<string, unknown>;

const withoutDerived = (c: Row): Row => {
  const copy = { ...c };
  for (const field of DERIVED_FIELDS) delete copy[field];
  return copy;
};

/** The records a put or add changes, each once: compared with what is stored where a value may hold no real change. */
async function changesOf(table: DBCoreTable, name: SyncedTable, req: DBCoreMutateRequest & { type: 'add' | 'put' }): Promise<Change[]> {
  const type = SYNCED_TABLES[name];
  const values = req.values as Row[];
  if (name !== 'candidates' && name !== 'noteSets') return values.map((v) => ({ key: keyOf(type, String(v.id)) }));
  const olds: (Row | undefined)[] = req.type === 'put' ? await table.getMany({ trans: req.trans, keys: values.map((v) => (name === 'noteSets' ? v.candidateId : v.id)) }) : [];
  if (name === 'candidates') return values.filter((v, i) => !olds[i] || !same(withoutDerived(olds[i]), withoutDerived(v))).map((v) => ({ key: keyOf(type, String(v.id)) }));
  const changes: Change[] = [];
  values.forEach((set, i) => {
    const before = new Map(((olds[i]?.notes ?? []) as Row[]).map((n) => [n.id, n]));
    for (const note of set.notes as Row[]) {
      const old = before.get(note.id);
      if (!old || !same(old, note)) changes.push({ key: keyOf('note', String(note.id)), set: String(set.candidateId) });
    }
  });
  return changes;
}

/** The keys of the records a delete removes, for good (a wipe, an import that replaces everything). */
async function removedBy(table: DBCoreTable, name: SyncedTable, req: DBCoreMutateRequest & { type: 'delete' | 'deleteRange' }, state: DBCoreTable): Promise<string[]> {
  const trans = req.trans;
  const keys: unknown[] =
    req.type === 'delete' ? req.keys : (await table.query({ trans, values: false, query: { index: table.schema.primaryKey, range: req.range } })).result;
  if (name !== 'noteSets') return keys.map((k) => keyOf(SYNCED_TABLES[name], String(k)));
  // A set is deleted after its notes moved to another candidate's set (a merge of duplicates): those stay pending.
  const sets = (await table.getMany({ trans, keys })) as ({ candidateId: string; notes: { id: string }[] } | undefined)[];
  const noteKeys = sets.flatMap((s) => (s ? s.notes.map((n) => ({ key: keyOf('note', n.id), set: s.candidateId })) : []));
  const rows = (await state.getMany({ trans, keys: noteKeys.map((n) => n.key) })) as (SyncStateRow | undefined)[];
  return noteKeys.filter((n, i) => !rows[i] || rows[i]!.set === n.set).map((n) => n.key);
}

/**
 * The middleware (see above). `changed` is called once a read-write transaction that changed a
 * record here (not sync's) has committed.
 */
export function syncTracking(changed: () => void): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'sync-tracking',
    // Below Dexie's own middlewares (the lowest is -1): they read Dexie's zone (PSD), which this
    // one's awaits between reading and writing would lose. So Dexie's observability does not see
    // the rows written here (a liveQuery of syncState is not woken by them); the recruiter's record
    // writes themselves pass through it as usual.
    level: -2,
    create: (down) => {
      // One tracked write at a time per transaction: two bulkPuts in a Promise.all must not take the same seq.
      const queues = new WeakMap<DBCoreTransaction, Promise<unknown>>();
      const heard = new WeakSet<DBCoreTransaction>();
      const tracking = () => down.schema.tables.some((t) => t.name === SYNC_STATE);
      // Whether sharing is on, read once per transaction: only sync's own transactions change it.
      const flags = new WeakMap<DBCoreTransaction, Promise<boolean>>();
      const sharing = (trans: DBCoreTransaction): Promise<boolean> => {
        let flag = flags.get(trans);
        if (!flag) {
          flag = down
            .table(SYNC_META)
            .getMany({ trans, keys: [TRACKING] })
            .then(([row]) => (row as SyncMetaRow | undefined)?.value === true);
          flags.set(trans, flag);
        }
        return flag;
      };

      async function bump(trans: DBCoreTransaction, changes: Change[]): Promise<void> {
        if (changes.length === 0) return;
        const state = down.table(SYNC_STATE);
        const meta = down.table(SYNC_META);
        const [counter] = (await meta.getMany({ trans, keys: [COUNTER] })) as (SyncMetaRow | undefined)[];
        let seq = Number(counter?.value ?? 0);
        const olds = (await state.getMany({ trans, keys: changes.map((c) => c.key) })) as (SyncStateRow | undefined)[];
        const rows = changes.map((c, i) => ({ ...bumped(olds[i], c.key, ++seq), ...(c.set ? { set: c.set } : {}) }));
        await state.mutate({ trans, type: 'put', values: rows, keys: rows.map((r) => r.key) });
        await meta.mutate({ trans, type: 'put', values: [{ name: COUNTER, value: seq }], keys: [COUNTER] });
        announce(trans);
      }

      /** `changed` once the transaction commits. */
      function announce(trans: DBCoreTransaction): void {
        if (heard.has(trans)) return;
        heard.add(trans);
        (trans as unknown as IDBTransaction).addEventListener('complete', () => changed());
      }

      async function unpend(trans: DBCoreTransaction, keys: string[]): Promise<void> {
        if (keys.length === 0) return;
        const state = down.table(SYNC_STATE);
        const rows = ((await state.getMany({ trans, keys })) as (SyncStateRow | undefined)[]).filter((r): r is SyncStateRow => r?.pendingSeq !== undefined).map(unpended);
        if (rows.length) await state.mutate({ trans, type: 'put', values: rows, keys: rows.map((r) => r.key) });
      }

      return {
        ...down,
        transaction: (stores, mode, options) => {
          const missing = mode === 'readwrite' && tracking() && stores.some(isSynced) ? [SYNC_STATE, SYNC_META].filter((t) => !stores.includes(t)) : [];
          return down.transaction(missing.length ? [...stores, ...missing] : stores, mode, options);
        },
        table: (name) => {
          const table = down.table(name);
          if (!isSynced(name)) return table;
          const synced: SyncedTable = name;
          return {
            ...table,
            mutate: (req) => {
              const trans = req.trans;
              // An upgrade writes what it converts (version 4's upgrade marks it all pending); sync writes its own rows.
              if ((trans as unknown as IDBTransaction).mode === 'versionchange' || syncWrites.has(trans) || !tracking()) return table.mutate(req);
              // Not sharing: writes go straight down, so a transaction's requests can be in flight together.
              return sharing(trans).then((on) => (on ? tracked(req) : table.mutate(req)));
            },
          };
          function tracked(req: DBCoreMutateRequest) {
            const trans = req.trans;
            const run = (queues.get(trans) ?? Promise.resolve()).then(async () => {
              if (req.type === 'add' || req.type === 'put') {
                const changes = await changesOf(table, synced, req);
                const result = await table.mutate(req);
                const failed = new Set(Object.keys(result.failures).map(Number));
                await bump(trans, failed.size ? changes.filter((_, i) => synced === 'noteSets' || !failed.has(i)) : changes);
                return result;
              }
              const removed = await removedBy(table, synced, req, down.table(SYNC_STATE));
              const result = await table.mutate(req);
              await unpend(trans, removed);
              // A record gone for good (a wipe, an import replacing everything) is a change too: a live sync wakes to it.
              if (removed.length) announce(trans);
              return result;
            });
            queues.set(
              trans,
              run.catch(() => undefined),
            );
            return run;
          }
        },
      };
    },
  };
}

/**
 * Version 4: every record already here is pending (it has never been on a team's server), in an
 * order that sends what others point at first: roles, candidates, snapshots, notes, annotations.
 */
export async function markEverythingPending(tx: Transaction): Promise<void> {
  const rows: SyncStateRow[] = [];
  const add = (key: string, set?: string) => rows.push({ key, seq: rows.length + 1, syncedSeq: 0, pendingSeq: rows.length + 1, sync: null, ...(set ? { set } : {}) });
  for (const [table, type] of Object.entries(SYNCED_TABLES)) {
    if (table === 'noteSets') {
      await tx.table<{ candidateId: string; notes: { id: string }[] }>('noteSets').each((s) => s.notes.forEach((n) => add(keyOf('note', n.id), s.candidateId)));
    } else {
      for (const id of await tx.table(table).toCollection().primaryKeys()) add(keyOf(type, String(id)));
    }
  }
  await tx.table(SYNC_STATE).bulkAdd(rows);
  await tx.table(SYNC_META).put({ name: COUNTER, value: rows.length } satisfies SyncMetaRow);
}

/**
 * Sharing starts: from now on every write is tracked, and every record here is pending once (what
 * changed while nobody tracked is not known), keeping what each row knew of the server (its `_rev`);
 * rows of records no longer here stop being pending. In one transaction of sync's own.
 */
export async function startTracking(db: Dexie): Promise<void> {
  const tables = [...Object.keys(SYNCED_TABLES), SYNC_STATE, SYNC_META];
  await db.transaction('rw', tables, async (tx) => {
    markSyncWrite(tx);
    const keys: Change[] = [];
    for (const [table, type] of Object.entries(SYNCED_TABLES)) {
      if (table === 'noteSets') {
        await tx.table<{ candidateId: string; notes: { id: string }[] }>('noteSets').each((set) => set.notes.forEach((note) => keys.push({ key: keyOf('note', note.id), set: set.candidateId })));
      } else {
        for (const id of await tx.table(table).toCollection().primaryKeys()) keys.push({ key: keyOf(type, String(id)) });
      }
    }
    const state = tx.table<SyncStateRow, string>(SYNC_STATE);
    const meta = tx.table<SyncMetaRow, string>(SYNC_META);
    let seq = Number((await meta.get(COUNTER))?.value ?? 0);
    const olds = await state.bulkGet(keys.map((k) => k.key));
    const here = new Set(keys.map((k) => k.key));
    const rows = keys.map((k, i) => ({ ...bumped(olds[i], k.key, ++seq), ...(k.set ? { set: k.set } : {}) }));
    const gone = (await state.where('pendingSeq').above(0).toArray()).filter((r) => !here.has(r.key) && !r.away).map(unpended);
    await state.bulkPut([...rows, ...gone]);
    await meta.bulkPut([
      { name: COUNTER, value: seq },
      { name: TRACKING, value: true },
    ]);
  });
}

/** Sharing stops: writes are no longer tracked; what each row knows of the server is kept for a later start. */
export async function stopTracking(db: Dexie): Promise<void> {
  await db.transaction('rw', [SYNC_META], async (tx) => {
    markSyncWrite(tx);
    await tx.table<SyncMetaRow, string>(SYNC_META).put({ name: TRACKING, value: false });
  });
}
