import type { Table, Transaction } from 'dexie';
import type { SkillmarkDB } from '../db/db';
import { bumped, COUNTER, keyOf, type SyncStateRow } from '../db/sync-state';
import { live, oldestFirst } from '../db/reads';
import { searchTextOf } from '../db/summary';
import { gapOfCandidate } from '../skills/gap';
import type { Annotation, Candidate, Note, Role, Snapshot } from '../../shared/records';
import { parseDocId, type RecordType } from './documents';
import type { LocalEntry } from './local-store';
import { toSyncRecord, type LocalRecord } from './local-records';

type TableName = 'candidates' | 'snapshots' | 'annotations' | 'roles';
interface Tables {
  candidates: Candidate;
  snapshots: Snapshot;
  annotations: Annotation;
  roles: Role;
}
const TABLE_OF = { candidate: 'candidates', snapshot: 'snapshots', annotation: 'annotations', role: 'roles' } as const satisfies Record<Exclude<RecordType, 'note'>, TableName>;

/**
 * One sync write (or read) over the local tables, inside the caller's transaction: records are read
 * once and kept, changes are kept in memory and written together by `flush` (deletes before puts, so
 * that a candidate taking over another's page never meets it in the unique index). Reads see the
 * batch's own changes. Candidates whose notes, snapshot, role or own fields changed are `touched`,
 * and their derived fields are computed again before the flush.
 */
export class Batch {
  private readonly rows = new Map<string, SyncStateRow | undefined>();
  private readonly dirtyRows = new Set<string>();
  private readonly records: { [T in TableName]: Map<string, Tables[T] | null> } = { candidates: new Map(), snapshots: new Map(), annotations: new Map(), roles: new Map() };
  private readonly dirty: { [T in TableName]: Set<string> } = { candidates: new Set(), snapshots: new Set(), annotations: new Set(), roles: new Set() };
  private readonly sets = new Map<string, Note[]>();
  private readonly dirtySets = new Set<string>();
  private counter: number | undefined;
  readonly touched = new Set<string>();

  /**
   * Every request goes through `tx` itself rather than Dexie's zone: a long run of awaits on what
   * the batch already holds can outlast Dexie's tracking of the zone, and a request made outside
   * the transaction would let it commit early.
   */
  constructor(private readonly tx: Transaction) {}

  private table<K extends keyof SkillmarkDB & string>(name: K): SkillmarkDB[K] {
    return this.tx.table(name) as unknown as SkillmarkDB[K];
  }

  private records_<T extends TableName>(name: T): Table<Tables[T], string> {
    return this.tx.table(name) as unknown as Table<Tables[T], string>;
  }

  /** Reads the rows and records of these keys in a few bulk reads. */
  async load(keys: readonly string[]): Promise<void> {
    const missing = keys.filter((key) => !this.rows.has(key));
    const rows = await this.table('syncState').bulkGet(missing);
    missing.forEach((key, i) => this.rows.set(key, rows[i]));
    const ids: { [T in TableName]: string[] } = { candidates: [], snapshots: [], annotations: [], roles: [] };
    const sets = new Set<string>();
    for (const key of missing) {
      const parsed = parseDocId(key);
      if (!parsed) continue;
      if (parsed.type === 'note') {
        const set = this.rows.get(key)?.set;
        if (set && !this.sets.has(set)) sets.add(set);
      } else if (!this.records[TABLE_OF[parsed.type]].has(parsed.id)) ids[TABLE_OF[parsed.type]].push(parsed.id);
    }
    await Promise.all([
      ...(Object.keys(ids) as TableName[]).filter((table) => ids[table].length > 0).map(async (table) => {
        const found = await this.records_(table).bulkGet(ids[table]);
        ids[table].forEach((id, i) => this.records[table].set(id, (found[i] as never) ?? null));
      }),
      this.loadSets([...sets]),
    ]);
  }

  private async loadSets(ids: string[]): Promise<void> {
    const wanted = ids.filter((id) => !this.sets.has(id));
    if (wanted.length === 0) return;
    const found = await this.table('noteSets').bulkGet(wanted);
    wanted.forEach((id, i) => this.sets.set(id, found[i]?.notes ?? []));
  }

  async row(key: string): Promise<SyncStateRow | undefined> {
    if (!this.rows.has(key)) await this.load([key]);
    return this.rows.get(key);
  }

  setRow(row: SyncStateRow): void {
    this.rows.set(row.key, row);
    this.dirtyRows.add(row.key);
  }

  async nextSeq(): Promise<number> {
    this.counter ??= Number((await this.table('syncMeta').get(COUNTER))?.value ?? 0);
    return ++this.counter;
  }

  /** A change made here by sync itself (a re-pointed note, a tombstone): it takes the next seq and is pending. */
  async bump(key: string, patch: Partial<SyncStateRow> = {}): Promise<void> {
    const row = bumped(await this.row(key), key, await this.nextSeq());
    this.setRow({ ...row, ...patch });
  }

  async get<T extends TableName>(table: T, id: string): Promise<Tables[T] | undefined> {
    const records = this.records[table];
    if (!records.has(id)) records.set(id, ((await this.records_(table).get(id)) as Tables[T] | undefined) ?? null);
    return records.get(id) ?? undefined;
  }

  put<T extends TableName>(table: T, record: Tables[T]): void {
    this.records[table].set(record.id, record);
    this.dirty[table].add(record.id);
    if (table === 'candidates') this.touched.add(record.id);
  }

  remove(table: TableName, id: string): void {
    this.records[table].set(id, null);
    this.dirty[table].add(id);
  }

  async set(candidateId: string): Promise<Note[]> {
    await this.loadSets([candidateId]);
    return this.sets.get(candidateId)!;
  }

  /** Puts a note into its candidate's set, taking it out of the set it was in (`from`) if that is another. */
  async putNote(note: Note, from: string | undefined): Promise<void> {
    if (from && from !== note.candidateId) {
      this.sets.set(
        from,
        (await this.set(from)).filter((n) => n.id !== note.id),
      );
      this.dirtySets.add(from);
      this.touched.add(from);
    }
    const set = await this.set(note.candidateId);
    const at = set.findIndex((n) => n.id === note.id);
    this.sets.set(note.candidateId, at < 0 ? [...set, note] : set.map((n, i) => (i === at ? note : n)));
    this.dirtySets.add(note.candidateId);
    this.touched.add(note.candidateId);
  }

  /** The record of a key as the tables hold it (a note from its set), or undefined. */
  async local(key: string): Promise<LocalRecord | undefined> {
    const parsed = parseDocId(key);
    if (!parsed) return undefined;
    if (parsed.type !== 'note') return this.get(TABLE_OF[parsed.type], parsed.id);
    const set = (await this.row(key))?.set;
    return set ? (await this.set(set)).find((n) => n.id === parsed.id) : undefined;
  }

  /** The key's entry as the LocalStore gives it: the record (or, kept only in sync state, its tombstone) and its bookkeeping. */
  async entry(key: string): Promise<LocalEntry | undefined> {
    const parsed = parseDocId(key);
    const row = await this.row(key);
    const local = await this.local(key);
    const state = { seq: row?.seq ?? 0, syncedSeq: row?.syncedSeq ?? 0, sync: row?.sync ?? null };
    if (parsed && local) return { record: toSyncRecord(parsed.type, local, { extra: row?.extra, conflicts: row?.conflicts }), ...state };
    return row?.away ? { record: row.away.record, ...state } : undefined;
  }

  /** The candidate (tombstones included) saved for this page, other than `except`. */
  async candidateAt(url: string, except: string): Promise<Candidate | undefined> {
    for (const [id, c] of this.records.candidates) if (id !== except && c?.url === url) return c;
    const stored = await this.table('candidates').where('url').equals(url).first();
    if (!stored || stored.id === except) return undefined;
    // What this batch changed of it wins over what is stored.
    const mine = await this.get('candidates', stored.id);
    return mine?.url === url ? mine : undefined;
  }

  /** The snapshot of this candidate (tombstones included), other than `except`. */
  async snapshotAt(candidateId: string, except: string | null): Promise<Snapshot | undefined> {
    for (const [id, s] of this.records.snapshots) if (id !== except && s?.candidateId === candidateId) return s;
    const stored = await this.table('snapshots').where('candidateId').equals(candidateId).first();
    if (!stored || stored.id === except) return undefined;
    const mine = await this.get('snapshots', stored.id);
    return mine?.candidateId === candidateId ? mine : undefined;
  }

  async annotationsOf(candidateId: string): Promise<Annotation[]> {
    const stored = await this.table('annotations').where('candidateId').equals(candidateId).primaryKeys();
    const all = await Promise.all([...new Set([...stored, ...this.records.annotations.keys()])].map((id) => this.get('annotations', id)));
    return all.filter((a): a is Annotation => a?.candidateId === candidateId);
  }

  async candidatesOfRole(roleId: string): Promise<string[]> {
    return (await this.table('candidates').where('roleId').equals(roleId).primaryKeys()).map(String);
  }

  /** The candidate this id now is: itself, or the one it was merged into (same page), followed to the end. */
  async resolve(candidateId: string): Promise<string> {
    let id = candidateId;
    for (let hop = 0; hop < 20; hop++) {
      const into = (await this.row(keyOf('candidate', id)))?.away?.into;
      if (!into) return id;
      id = into;
    }
    return id;
  }

  /**
   * The touched candidates' note count, search text and match score, as the repository computes
   * them (live notes oldest first; the score against the candidate's role on its snapshot). They are
   * this replica's own: a change of them alone changes no sync row.
   */
  async recompute(): Promise<void> {
    const ids = [...this.touched];
    await this.loadSets(ids);
    const unread = ids.filter((id) => !this.records.candidates.has(id));
    if (unread.length) {
      const found = await this.table('candidates').bulkGet(unread);
      unread.forEach((id, i) => this.records.candidates.set(id, found[i] ?? null));
    }
    for (const id of ids) {
      const c = this.records.candidates.get(id);
      if (!c) continue;
      const bodies = this.sets.get(id)!.filter(live).sort(oldestFirst).map((n) => n.body);
      const role = c.roleId ? await this.get('roles', c.roleId) : undefined;
      const snapshot = live(role) ? await this.snapshotAt(id, null) : undefined;
      const derived = {
        notesCount: bodies.length,
        searchText: searchTextOf(c, bodies),
        matchScore: live(role) && live(snapshot) ? gapOfCandidate(snapshot.profile, c.corrections, role).score : null,
      };
      if (derived.notesCount !== c.notesCount || derived.searchText !== c.searchText || derived.matchScore !== c.matchScore) {
        this.records.candidates.set(id, { ...c, ...derived });
        this.dirty.candidates.add(id);
      }
    }
  }

  /**
   * Writes what changed, one request after another and none of them empty: an empty bulk call
   * makes no request, and a transaction with no request pending may commit under the next one.
   */
  async flush(): Promise<void> {
    const tables = Object.keys(this.dirty) as TableName[];
    const removed = (t: TableName) => [...this.dirty[t]].filter((id) => this.records[t].get(id) === null);
    const written = <T extends TableName>(t: T) => [...this.dirty[t]].map((id) => this.records[t].get(id)).filter((r): r is Tables[T] => !!r);
    for (const t of tables) {
      const ids = removed(t);
      if (ids.length) await this.records_(t).bulkDelete(ids);
    }
    for (const t of tables) {
      const rows = written(t);
      if (rows.length) await this.records_(t).bulkPut(rows);
    }
    const sets = [...this.dirtySets].map((candidateId) => ({ candidateId, notes: this.sets.get(candidateId)! }));
    const emptied = sets.filter((s) => s.notes.length === 0).map((s) => s.candidateId);
    const filled = sets.filter((s) => s.notes.length > 0);
    if (emptied.length) await this.table('noteSets').bulkDelete(emptied);
    if (filled.length) await this.table('noteSets').bulkPut(filled);
    const rows = [...this.dirtyRows].map((key) => this.rows.get(key)!);
    if (rows.length) await this.table('syncState').bulkPut(rows);
    if (this.counter !== undefined) await this.table('syncMeta').put({ name: COUNTER, value: this.counter });
  }
}
