import type { SkillmarkDB } from './db';
import { docId, type FieldConflict } from '../sync/documents';
import type { Annotation, Candidate, Note, Role, Snapshot } from '../../shared/records';
import { normaliseProfileUrl } from './url';
import { readSet, readSets } from './note-sets';

/**
 * What the recruiter sees: records not deleted. A delete leaves a tombstone (`deletedAt`) so it can
 * travel and be undone; every reader of candidates, snapshots, notes, annotations and roles goes
 * through here, so none of them shows a tombstone.
 */
export const live = <T extends { deletedAt: string | null }>(record: T | undefined | null): record is T => !!record && record.deletedAt === null;
const onlyLive = <T extends { deletedAt: string | null }>(records: (T | undefined)[]): T[] => records.filter(live);

/** The candidate saved for a page (any address of it), or null: one indexed read. */
export async function candidateByUrl(db: SkillmarkDB, url: string): Promise<Candidate | null> {
  const c = await db.candidates.where('url').equals(normaliseProfileUrl(url)).first();
  return live(c) ? c : null;
}

export async function candidateById(db: SkillmarkDB, id: string): Promise<Candidate | null> {
  const c = await db.candidates.get(id);
  return live(c) ? c : null;
}

export async function candidatesByIds(db: SkillmarkDB, ids: string[]): Promise<Candidate[]> {
  return onlyLive(await db.candidates.bulkGet(ids));
}

/** Most recently updated first; among equals, in the order of their ids. */
export function newestFirst(a: { updatedAt: string; id: string }, b: { updatedAt: string; id: string }): number {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt < b.updatedAt ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** One page of candidates in key order, with each one's snapshot and notes (oldest first); deleted records left out. */
export interface CandidatePage {
  /** How many candidate records the page read, deleted ones included; 0 past the last. */
  read: number;
  /** The key to read the next page after. */
  last: string;
  candidates: Candidate[];
  snapshots: Map<string, Snapshot>;
  notes: Map<string, Note[]>;
}

/**
 * Up to `limit` candidates after the key `after` ('' for the first), with their snapshots and notes,
 * each read by one key range (both are keyed by the candidate's id): three requests a page, where
 * reading them by candidate costs one per record.
 */
export async function candidatePage(db: SkillmarkDB, after: string, limit: number): Promise<CandidatePage> {
  const records = await (after ? db.candidates.where(':id').above(after) : db.candidates.toCollection()).limit(limit).toArray();
  if (!records.length) return { read: 0, last: after, candidates: [], snapshots: new Map(), notes: new Map() };
  const [first, last] = [records[0]!.id, records.at(-1)!.id];
  const [snapshots, sets] = await Promise.all([db.snapshots.where('candidateId').between(first, last, true, true).toArray(), db.noteSets.where(':id').between(first, last, true, true).toArray()]);
  return {
    read: records.length,
    last,
    candidates: records.filter(live),
    snapshots: new Map(snapshots.filter(live).map((snap) => [snap.candidateId, snap])),
    notes: new Map(sets.map((set) => [set.candidateId, byCreation(set.notes.filter(live))])),
  };
}

/** Every candidate, or the most recently updated first when `limit` is given. */
export async function listCandidates(db: SkillmarkDB, limit?: number): Promise<Candidate[]> {
  if (limit === undefined) return (await db.candidates.toArray()).filter(live);
  return db.candidates.orderBy('updatedAt').reverse().filter(live).limit(limit).toArray();
}

export async function snapshotOf(db: SkillmarkDB, candidateId: string): Promise<Snapshot | null> {
  const s = await db.snapshots.where('candidateId').equals(candidateId).first();
  return live(s) ? s : null;
}

/** Each candidate's snapshot id, read from the index alone (no snapshot is read). */
export async function snapshotKeys(db: SkillmarkDB): Promise<Map<string, string>> {
  const [candidateIds, ids] = await Promise.all([db.snapshots.orderBy('candidateId').keys(), db.snapshots.orderBy('candidateId').primaryKeys()]);
  return new Map(candidateIds.map((c, i) => [String(c), ids[i]!]));
}

/**
 * The snapshots of these candidates, by candidate id. Fetched by primary key (`keys`, from
 * snapshotKeys, when reading many in chunks): several times faster than walking the index for each.
 */
export async function snapshotsOf(db: SkillmarkDB, candidateIds: string[], keys?: Map<string, string>): Promise<Map<string, Snapshot>> {
  const index = keys ?? (await snapshotKeys(db));
  const found = await db.snapshots.bulkGet(candidateIds.flatMap((c) => index.get(c) ?? []));
  return new Map(found.filter(live).map((s) => [s.candidateId, s]));
}

/** A candidate's notes, oldest first. */
export async function notesOf(db: SkillmarkDB, candidateId: string): Promise<Note[]> {
  return byCreation((await readSet(db, candidateId)).filter(live));
}

/** Notes in the order they were written. */
export const oldestFirst = (a: Note, b: Note) => (a.created < b.created ? -1 : a.created > b.created ? 1 : 0);
const byCreation = (notes: Note[]) => notes.sort(oldestFirst);

/** The notes of these candidates (or of all), oldest first. */
export async function notesOfMany(db: SkillmarkDB, candidateIds: string[] | null): Promise<Note[]> {
  return byCreation((await readSets(db, candidateIds)).filter(live));
}

export async function annotationsOf(db: SkillmarkDB, candidateIds: string[]): Promise<Annotation[]> {
  return (await db.annotations.where('candidateId').anyOf(candidateIds).toArray()).filter(live);
}

/** The roles, most recently changed first. */
export async function liveRoles(db: SkillmarkDB): Promise<Role[]> {
  return db.roles.orderBy('updatedAt').reverse().filter(live).toArray();
}

export async function roleById(db: SkillmarkDB, id: string): Promise<Role | null> {
  const r = await db.roles.get(id);
  return live(r) ? r : null;
}

/**
 * The field conflicts team sync found on a candidate (both recruiters changed the same field): the
 * newer value is in the record, the other waits here for a person to choose. This replica's own.
 */
export async function conflictsOf(db: SkillmarkDB, candidateId: string): Promise<FieldConflict[]> {
  return (await db.syncState.get(docId('candidate', candidateId)))?.conflicts ?? [];
}

/**
 * The candidates with field conflicts waiting, for the workspace's list. The sync rows have no index
 * on conflicts, so this reads every candidate's row (not the notes'): about as costly as listing the
 * candidates, which the workspace also does on every change.
 */
export async function conflictedCandidates(db: SkillmarkDB): Promise<Set<string>> {
  const keys = await db.syncState
    .where('key')
    .between('candidate:', 'candidate:\uffff')
    .filter((row) => (row.conflicts?.length ?? 0) > 0)
    .primaryKeys();
  return new Set(keys.map((k) => k.slice('candidate:'.length)));
}
