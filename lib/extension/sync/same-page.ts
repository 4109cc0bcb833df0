import { keyOf, type SyncStateRow } from '../db/sync-state';
import type { Candidate, Snapshot } from '../../shared/records';
import type { SyncRecord } from './documents';
import type { SyncState } from './local-store';
import { newer, sameContent, withoutConflicts } from './merge';
import { fromSyncRecord, toSyncRecord } from './local-records';
import type { Batch } from './dexie-batch';

/**
 * Two recruiters who saved the same page have two candidates for it (two ids: each browser made
 * its own). As a backup import does (backup/plan.ts: a candidate is the same as one here when it has
 * its page), sync makes them one when a pulled candidate has the page of a different one here:
 * - the earlier-created id is kept (ULIDs sort by creation), the same choice on every replica;
 * - its fields are those of the later version (`updatedAt`), as the import keeps the later version;
 * - the other's notes and annotations are pointed at it, and its snapshot deleted (a candidate has
 *   one); these are changes like any other, pending, so the server and every replica follow;
 * - the other becomes a tombstone with `mergedInto`, kept only in its sync row (`away`: the page's
 *   URL is unique among local candidates) and pushed, so that every replica learns of the merge and
 *   points whatever still arrives for it at the candidate kept.
 */

export const MERGED_INTO = 'mergedInto';

export const mergedInto = (record: SyncRecord): string | null => (typeof record.fields[MERGED_INTO] === 'string' ? (record.fields[MERGED_INTO] as string) : null);

/** The tombstone of a candidate merged into another. */
function tombstone(record: SyncRecord, into: string | null, now: string): SyncRecord {
  return { ...withoutConflicts(record), deleted: true, deletedAt: now, updatedAt: now, fields: { ...record.fields, ...(into ? { [MERGED_INTO]: into } : {}) } };
}

/**
 * Takes candidate `loser` out of the tables: its tombstone (`record`) is kept in its sync row and
 * pending, with `sync` if the server's version just arrived; what pointed at it points at `into`.
 */
export async function sendAway(batch: Batch, loser: string, into: string, record: SyncRecord, now: string, sync?: SyncState): Promise<void> {
  const key = keyOf('candidate', loser);
  const row = await batch.row(key);
  const away = mergedInto(record) ? record : tombstone(record, into, now);
  if (await batch.get('candidates', loser)) batch.remove('candidates', loser);
  await batch.bump(key, { away: { into, record: away }, sync: sync ?? row?.sync ?? null });
  for (const note of await batch.set(loser)) {
    await batch.putNote({ ...note, candidateId: into }, loser);
    await batch.bump(keyOf('note', note.id), { set: into });
  }
  for (const a of await batch.annotationsOf(loser)) {
    batch.put('annotations', { ...a, candidateId: into });
    await batch.bump(keyOf('annotation', a.id));
  }
  const snapshot = await batch.snapshotAt(loser, null);
  if (snapshot && snapshot.deletedAt === null) {
    batch.put('snapshots', { ...snapshot, updatedAt: now, deletedAt: now });
    await batch.bump(keyOf('snapshot', snapshot.id));
  }
  batch.touched.add(into);
}

/**
 * A pulled candidate (`incoming`, the merged result for its key, the server's version in `sync`)
 * whose page is `holder`'s here: the two become one. Returns what is reported as refused, if the
 * merged record does not fit the local schema.
 */
export async function mergeSamePage(batch: Batch, holder: Candidate, incoming: SyncRecord, sync: SyncState, now: string): Promise<string | null> {
  const holderRow = await batch.row(keyOf('candidate', holder.id));
  const held = toSyncRecord('candidate', holder, { extra: holderRow?.extra, conflicts: holderRow?.conflicts });
  const content = newer(withoutConflicts(held), withoutConflicts(incoming));
  const keep = holder.id < incoming.id ? holder.id : incoming.id;
  const fields = { ...content.fields };
  delete fields[MERGED_INTO];
  const merged: SyncRecord = { ...content, id: keep, fields, ...(holderRow?.conflicts?.length ? { conflicts: holderRow.conflicts } : {}) };
  const converted = fromSyncRecord(merged);
  if (!converted.ok) return converted.reason;
  const candidate = converted.local as Candidate;
  if (keep === holder.id) {
    batch.put('candidates', candidate);
    if (!sameContent(merged, held)) await batch.bump(keyOf('candidate', keep), { extra: converted.extra });
    await sendAway(batch, incoming.id, keep, incoming, now, sync);
    return null;
  }
  await sendAway(batch, holder.id, keep, held, now);
  batch.put('candidates', candidate);
  const key = keyOf('candidate', keep);
  const row = await batch.row(key);
  const pending = !sameContent(merged, incoming);
  const seq = await batch.nextSeq();
  const next: SyncStateRow = { ...(row ?? { key, syncedSeq: 0 }), key, seq, syncedSeq: pending ? (row?.syncedSeq ?? 0) : seq, sync, ...(converted.extra ? { extra: converted.extra } : {}) };
  delete next.away;
  if (pending) next.pendingSeq = seq;
  else delete next.pendingSeq;
  batch.setRow(next);
  return null;
}

/**
 * Two snapshots of one candidate (each browser saved the page before it had the other's): one
 * stays, the same on every replica: a live one before a deleted one, then the later. The other
 * is kept only in its sync row, as a tombstone, and pushed.
 */
export function preferredSnapshot(a: Snapshot, b: Snapshot): Snapshot {
  if ((a.deletedAt === null) !== (b.deletedAt === null)) return a.deletedAt === null ? a : b;
  return newer(toSyncRecord('snapshot', a), toSyncRecord('snapshot', b)).id === a.id ? a : b;
}

export const snapshotTombstone = (record: SyncRecord, now: string): SyncRecord => tombstone(record, null, now);
