import type { SkillmarkDB } from '../db/db';
import { later } from '../../shared/record-fields';
import type { Candidate, Settings } from '../../shared/records';
import { searchTextOf } from '../db/summary';
import { readSets } from '../db/note-sets';
import { oldestFirst, snapshotKeys } from '../db/reads';
import type { BackupTables } from './format';

/** Per table: records the import adds, updates (its version is newer; `deleted` of them are deletes) and keeps (this browser's is the same or newer). */
export interface TableCounts {
  added: number;
  updated: number;
  deleted: number;
  kept: number;
}

export interface ImportPlan {
  counts: Record<keyof BackupTables, TableCounts>;
  /** Candidates changed here after the backup's version of them: this browser's is kept. */
  conflicting: number;
  /** What to write, its candidate ids pointing at this browser's candidates. */
  writes: BackupTables;
  /** Candidates already here that gain or lose notes: their count and search text are taken again after the writes. */
  recount: string[];
  /** Notes here that the backup moves to another candidate (a merge of duplicates), by id: the candidate they leave. */
  moved: Map<string, string>;
}

const zero = (): TableCounts => ({ added: 0, updated: 0, deleted: 0, kept: 0 });

/** The candidates' [index key, id] pairs, read from the index alone (no record is read). */
async function candidateIndex(db: SkillmarkDB, index: 'url' | 'updatedAt'): Promise<[string, string][]> {
  const [keys, ids] = await Promise.all([db.candidates.orderBy(index).keys(), db.candidates.orderBy(index).primaryKeys()]);
  return keys.map((k, i) => [String(k), ids[i]!]);
}

const canonical = (value: unknown): string => JSON.stringify(value, (_, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v));

/**
 * What importing `t` would do, decided record by record and never by position: a candidate is the
 * same as one here when it has its id or, failing that, its page (url: a candidate saved in two
 * browsers has two ids); every other record only when it has the same id. Of two versions the
 * later `updatedAt` wins, and a tie keeps this browser's. So importing a backup twice adds nothing,
 * and a backup from another browser adds its notes beside this browser's own. "replace" plans
 * onto an empty database. Reads indexes and primary keys, and only the records the backup also has.
 * `countOnly` (a preview) skips preparing the candidates' note counts.
 */
export async function planImport(db: SkillmarkDB, t: BackupTables, mode: 'merge' | 'replace', { countOnly = false } = {}): Promise<ImportPlan> {
  const counts = { candidates: zero(), snapshots: zero(), notes: zero(), annotations: zero(), roles: zero(), settings: zero() };
  const merge = mode === 'merge';
  const [byUrl, byUpdated, snapshotIdByCandidate] = merge ? await Promise.all([candidateIndex(db, 'url'), candidateIndex(db, 'updatedAt'), snapshotKeys(db)]) : [[], [], new Map<string, string>()];
  const idByUrl = new Map(byUrl);
  const updatedById = new Map(byUpdated.map(([updatedAt, id]) => [id, updatedAt]));

  const tally = (c: TableCounts, outcome: 'added' | 'updated' | 'kept', deleted: boolean) => {
    c[outcome]++;
    if (outcome !== 'kept' && deleted) c.deleted++;
  };
  const decide = (theirs: string, ours: string | undefined) => (ours === undefined ? 'added' : later(theirs, ours) ? 'updated' : 'kept');

  // Candidates: by id, then by page.
  const remap = new Map<string, string>();
  const written = new Set<string>();
  const local = new Set<string>();
  let conflicting = 0;
  const candidates: Candidate[] = [];
  for (const c of t.candidates) {
    const here = updatedById.has(c.id) ? c.id : idByUrl.get(c.url);
    const id = here ?? c.id;
    if (id !== c.id) remap.set(c.id, id);
    const outcome = decide(c.updatedAt, here === undefined ? undefined : updatedById.get(here));
    tally(counts.candidates, outcome, c.deletedAt !== null);
    if (here !== undefined) local.add(id);
    if (outcome === 'kept') {
      if (later(updatedById.get(id)!, c.updatedAt)) conflicting++;
      continue;
    }
    written.add(id);
    candidates.push(id === c.id ? c : { ...c, id });
  }
  const candidateOf = (old: string) => remap.get(old) ?? old;

  // Snapshots follow their candidate, under the id of the snapshot already here (one per candidate).
  const snapshots = [];
  for (const s of t.snapshots) {
    const candidateId = candidateOf(s.candidateId);
    if (!written.has(candidateId)) {
      counts.snapshots.kept++;
      continue;
    }
    const id = snapshotIdByCandidate.get(candidateId) ?? s.id;
    tally(counts.snapshots, snapshotIdByCandidate.has(candidateId) ? 'updated' : 'added', s.deletedAt !== null);
    snapshots.push({ ...s, id, candidateId });
  }

  // Notes, annotations and roles: by id; the versions here are read only for the ids both sides have.
  async function byId<T extends { id: string; updatedAt: string; deletedAt: string | null }>(table: 'notes' | 'annotations' | 'roles', rows: T[], repoint: (r: T) => T, local?: Map<string, string>): Promise<T[]> {
    if (!merge) {
      for (const r of rows) tally(counts[table], 'added', r.deletedAt !== null);
      return rows.map(repoint);
    }
    let ours = local;
    if (!ours) {
      const present = new Set(await db.table(table).toCollection().primaryKeys());
      const shared = rows.filter((r) => present.has(r.id));
      ours = new Map((await db.table<{ id: string; updatedAt: string }, string>(table).bulkGet(shared.map((r) => r.id))).map((r) => [r!.id, r!.updatedAt]));
    }
    const out: T[] = [];
    for (const r of rows) {
      const outcome = decide(r.updatedAt, ours!.get(r.id));
      tally(counts[table], outcome, r.deletedAt !== null);
      if (outcome !== 'kept') out.push(repoint(r));
    }
    return out;
  }
  const repoint = <T extends { candidateId: string }>(r: T): T => (remap.has(r.candidateId) ? { ...r, candidateId: remap.get(r.candidateId)! } : r);
  // Notes live in their candidate's set: the ones here are read from the sets (none when replacing).
  const notesHere = merge ? await readSets(db, null) : [];
  const noteUpdated = new Map(notesHere.map((x) => [x.id, x.updatedAt]));
  const noteCandidate = new Map(notesHere.map((x) => [x.id, x.candidateId]));
  const notes = await byId('notes', t.notes, repoint, noteUpdated);
  const moved = new Map(notes.filter((x) => noteCandidate.has(x.id) && noteCandidate.get(x.id) !== x.candidateId).map((x) => [x.id, noteCandidate.get(x.id)!]));
  const annotations = await byId('annotations', t.annotations, repoint);
  const roles = await byId('roles', t.roles, (r) => r);

  // Settings: this browser's own name stays when merging (its records are written under it).
  const settings: Settings[] = [];
  const theirs = t.settings[0];
  if (theirs) {
    const mine = merge ? ((await db.settings.get('app')) as Settings | undefined) : undefined;
    const next = mine ? { ...theirs, displayName: mine.displayName ?? '' } : theirs;
    const outcome = !mine ? 'added' : canonical(mine) === canonical(next) ? 'kept' : 'updated';
    tally(counts.settings, outcome, false);
    if (outcome !== 'kept') settings.push(next);
  }

  if (countOnly) return { counts, conflicting, writes: { candidates, snapshots, notes, annotations, roles, settings }, recount: [], moved };
  // Note counts and search text: from the file for candidates new here, from the database after the writes for the others.
  const bodies = new Map<string, string[]>();
  for (const n of [...t.notes].sort(oldestFirst)) {
    if (n.deletedAt !== null) continue;
    const id = candidateOf(n.candidateId);
    if (!bodies.has(id)) bodies.set(id, []);
    bodies.get(id)!.push(n.body);
  }
  const counted = candidates.map((c) => (local.has(c.id) ? c : { ...c, notesCount: bodies.get(c.id)?.length ?? 0, searchText: searchTextOf(c, bodies.get(c.id) ?? []) }));
  const recount = [...new Set([...candidates.filter((c) => local.has(c.id)).map((c) => c.id), ...notes.map((n) => n.candidateId).filter((id) => local.has(id)), ...moved.values()])];
  return { counts, conflicting, writes: { candidates: counted, snapshots, notes, annotations, roles, settings }, recount, moved };
}
