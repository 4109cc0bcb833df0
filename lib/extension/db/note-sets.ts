import type { SkillmarkDB } from './db';
import type { Note, NoteSet } from '../../shared/records';

/**
 * Notes are documents of their own (each its id, updatedAt, author and tombstone, as they travel
 * in backups and will on a team's server), but each candidate's notes are stored together, in one
 * `noteSets` record: a backup of 10,000 candidates with 50,000 notes is 30,000 records to write,
 * not 70,000, and IndexedDB's cost is per record. A note is always changed with its set, inside the
 * caller's transaction.
 */

/** Every note of a candidate, tombstones included, in the order they were stored. */
export async function readSet(db: SkillmarkDB, candidateId: string): Promise<Note[]> {
  return (await db.noteSets.get(candidateId))?.notes ?? [];
}

/** Puts notes into their candidates' sets, replacing those with the same id. */
export async function putNotes(db: SkillmarkDB, notes: Note[]): Promise<void> {
  const by = groupByCandidate(notes);
  const sets = await db.noteSets.bulkGet([...by.keys()]);
  await db.noteSets.bulkPut(
    [...by].map(([candidateId, incoming], i) => {
      const ids = new Set(incoming.map((n) => n.id));
      return { candidateId, notes: [...(sets[i]?.notes ?? []).filter((n) => !ids.has(n.id)), ...incoming] };
    }),
  );
}

/** The notes of these candidates (or of every candidate), tombstones included. */
export async function readSets(db: SkillmarkDB, candidateIds: string[] | null): Promise<Note[]> {
  const sets = candidateIds ? await db.noteSets.bulkGet(candidateIds) : await db.noteSets.toArray();
  return sets.flatMap((s) => s?.notes ?? []);
}

export function groupByCandidate(notes: Note[]): Map<string, Note[]> {
  const by = new Map<string, Note[]>();
  for (const n of notes) {
    const list = by.get(n.candidateId);
    if (list) list.push(n);
    else by.set(n.candidateId, [n]);
  }
  return by;
}

/** Notes as sets, one per candidate. */
export const setsOf = (notes: Note[]): NoteSet[] => [...groupByCandidate(notes)].map(([candidateId, list]) => ({ candidateId, notes: list }));
