import type { Transaction } from 'dexie';
import { CandidateV1, type Candidate, type Snapshot } from '../../shared/records';
import { searchTextOf, summaryOf } from './summary';

/** Version 1 candidates as version 2 summaries and snapshots. Pure: shared by the upgrade and old backups. */
export function splitV1Candidates(old: CandidateV1[], notesOf: (id: string) => string[]): { candidates: Candidate[]; snapshots: Snapshot[] } {
  const candidates = old.map(({ profile, ...c }) => {
    const summary = summaryOf(profile);
    const bodies = notesOf(c.id);
    return { ...c, ...summary, rating: c.rating, notesCount: bodies.length, searchText: searchTextOf({ ...summary, tags: c.tags }, bodies) };
  });
  return { candidates, snapshots: old.map((c) => ({ id: c.id, profile: c.profile, savedAt: c.updatedAt })) };
}

/**
 * Version 2: candidates become small summaries (for a fast table and search at 10,000 candidates)
 * and the full profile moves to `snapshots`; notes are counted and searchable from the candidate.
 */
export async function moveProfilesToSnapshots(tx: Transaction): Promise<void> {
  const notesBy = new Map<string, string[]>();
  await tx.table<{ candidateId: string; body: string }, number>('notes').each((n) => {
    if (!notesBy.has(n.candidateId)) notesBy.set(n.candidateId, []);
    notesBy.get(n.candidateId)!.push(n.body);
  });
  const old = CandidateV1.array().parse(await tx.table('candidates').toArray());
  const { candidates, snapshots } = splitV1Candidates(old, (id) => notesBy.get(id) ?? []);
  await tx.table<Snapshot, string>('snapshots').bulkPut(snapshots);
  await tx.table<Candidate, string>('candidates').bulkPut(candidates);
}
