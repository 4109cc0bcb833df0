import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { FieldConflict } from '../sync/documents';
import { DexieStore } from '../sync/dexie-store';
import { SkillmarkDB } from './db';
import { resolveConflict } from './conflicts';
import { conflictedCandidates, conflictsOf } from './reads';
import { saveCandidate, saveRole, StorageError, updateSettings } from './repository';
import { role, roleId, jane, resumeDetection } from './test-records';
import { gapOfCandidate } from '../skills/gap';
import type { Candidate } from '../../shared/records';

const dbs: SkillmarkDB[] = [];
let n = 0;
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const detection = resumeDetection;
const AT = '2026-02-01T00:00:00.000Z';
const LATER = new Date('2026-03-01T00:00:00Z');
const key = (id: string) => `candidate:${id}`;

/**
 * Ann's browser with Jane saved and in agreement with the server (nothing pending), then these
 * conflicts recorded on her as a pull would leave them (the row's `conflicts`, the newer value in place).
 */
async function withConflicts(conflicts: FieldConflict[], patch: Partial<Candidate> = {}) {
  const db = new SkillmarkDB(`conflicts-${n++}`, '0.1.0');
  dbs.push(db);
  await updateSettings(db, { displayName: 'Ann' });
  const store = new DexieStore(db);
  // Conflicts come from a team's sync: the team shares, so writes are tracked.
  await store.begin();
  const saved = await saveCandidate(db, { url: 'https://talent.example.com/in/jane', profile: jane, detection, roleId: null }, new Date('2026-01-01T00:00:00Z'));
  await db.candidates.update(saved.id, patch);
  const entry = (await store.read([key(saved.id)])).get(key(saved.id))!;
  await store.write([{ kind: 'pushed', key: key(saved.id), seq: entry.seq, sync: { rev: '1-a', base: entry.record } }]);
  await db.syncState.update(key(saved.id), { conflicts });
  // Everything else pending (the snapshot) is pushed too: only what the choice changes is pending after it.
  for (const e of await store.pending(0, 100)) await store.write([{ kind: 'pushed', key: `${e.record.type}:${e.record.id}`, seq: e.seq, sync: { rev: '1-a', base: e.record } }]);
  expect(await store.pendingCount()).toBe(0);
  return { db, store, id: saved.id };
}

const stage: FieldConflict = { field: 'stage', local: 'offer', remote: 'rejected', at: AT, remoteAuthor: 'Bob' };
const rating: FieldConflict = { field: 'rating', local: 2, remote: 5, at: AT, remoteAuthor: 'Bob' };

describe('resolveConflict', () => {
  it('keeps the other side: an edit stamped with the time and the recruiter, pending in the DexieStore, and the conflict gone (the others stay)', async () => {
    const { db, store, id } = await withConflicts([stage, rating], { stage: 'offer', rating: 2 });
    const kept = await resolveConflict(db, id, 'stage', 'remote', LATER);
    expect(kept).toMatchObject({ stage: 'rejected', rating: 2, updatedAt: LATER.toISOString(), author: 'Ann' });
    expect(await db.candidates.get(id)).toMatchObject({ stage: 'rejected', updatedAt: LATER.toISOString(), author: 'Ann' });
    expect(await conflictsOf(db, id)).toEqual([rating]);

    // It will be pushed: the record as it travels has the chosen value, and never the conflicts.
    const pending = await store.pending(0, 10);
    expect(pending.map((e) => e.record.id)).toEqual([id]);
    expect(pending[0]!.record).toMatchObject({ updatedAt: LATER.toISOString(), author: 'Ann', fields: { stage: 'rejected', rating: 2 } });
    expect(pending[0]!.record.conflicts).toEqual([rating]);
    expect(await store.pendingCount()).toBe(1);

    await resolveConflict(db, id, 'rating', 'local', LATER);
    expect(await conflictsOf(db, id)).toEqual([]);
    expect((await store.pending(0, 10))[0]!.record.conflicts).toBeUndefined();
  });

  it('keeping the value already in place still settles the conflict, and travels as an edit', async () => {
    const { db, store, id } = await withConflicts([stage], { stage: 'offer' });
    const kept = await resolveConflict(db, id, 'stage', 'local', LATER);
    expect(kept).toMatchObject({ stage: 'offer', updatedAt: LATER.toISOString(), author: 'Ann' });
    expect(await conflictsOf(db, id)).toEqual([]);
    expect(await store.pendingCount()).toBe(1);
  });

  it('refuses a field with no conflict waiting (settled already, or never), clearly, and writes nothing', async () => {
    const { db, store, id } = await withConflicts([stage], { stage: 'offer' });
    const before = await db.candidates.get(id);
    await expect(resolveConflict(db, id, 'rating', 'remote', LATER)).rejects.toThrow(StorageError);
    await expect(resolveConflict(db, id, 'rating', 'remote', LATER)).rejects.toThrow('Could not settle the conflict: there is no conflict on "rating" to settle any more');
    await resolveConflict(db, id, 'stage', 'remote', LATER);
    // The same choice twice (a second click, another tab): the second is refused.
    await expect(resolveConflict(db, id, 'stage', 'local', LATER)).rejects.toThrow(/no conflict on "stage"/);
    expect(await db.candidates.get(id)).toEqual({ ...before, stage: 'rejected', updatedAt: LATER.toISOString(), author: 'Ann' });
    expect(await store.pendingCount()).toBe(1);
  });

  it('refuses a value the local schema does not accept, and keeps the conflict', async () => {
    const bad: FieldConflict = { field: 'rating', local: 2, remote: 9, at: AT };
    const { db, store, id } = await withConflicts([bad], { rating: 2 });
    await expect(resolveConflict(db, id, 'rating', 'remote', LATER)).rejects.toThrow(/value for "rating" does not fit here/);
    expect(await conflictsOf(db, id)).toEqual([bad]);
    expect((await db.candidates.get(id))?.rating).toBe(2);
    expect(await store.pendingCount()).toBe(0);
  });

  it('refuses on a deleted candidate', async () => {
    const { db, id } = await withConflicts([stage]);
    await db.candidates.update(id, { deletedAt: AT });
    await expect(resolveConflict(db, id, 'stage', 'remote', LATER)).rejects.toThrow(/the candidate no longer exists/);
  });

  it('computes the derived fields again: the search text of a chosen name, the score against a chosen role', async () => {
    const { db, id } = await withConflicts([
      { field: 'name', local: 'Jane Doe', remote: 'Jane Q. Doe', at: AT },
      { field: 'roleId', local: null, remote: roleId('SRE'), at: AT },
    ]);
    const sre = await saveRole(db, role('SRE', { required: [{ name: 'Go', minYears: null }, { name: 'Rust', minYears: null }] }));
    expect((await resolveConflict(db, id, 'name', 'remote', LATER)).searchText).toContain('jane q. doe');
    expect(await resolveConflict(db, id, 'roleId', 'remote', LATER)).toMatchObject({ roleId: roleId('SRE'), matchScore: gapOfCandidate(jane, undefined, sre).score });
    expect(gapOfCandidate(jane, undefined, sre).score).toBeGreaterThan(0);
  });

  it('an optional field chosen absent (null in the conflict) is left out; a field only a newer Skillmark knows travels from the sync row', async () => {
    const corrections = { name: 'Jane Q. Doe', at: AT };
    const { db, store, id } = await withConflicts(
      [
        { field: 'corrections', local: corrections, remote: null, at: AT },
        { field: 'pronouns', local: 'she/her', remote: 'they/them', at: AT },
      ],
      { corrections },
    );
    expect(await resolveConflict(db, id, 'corrections', 'remote', LATER)).not.toHaveProperty('corrections');
    await resolveConflict(db, id, 'pronouns', 'remote', LATER);
    expect((await db.syncState.get(key(id)))?.extra).toEqual({ pronouns: 'they/them' });
    expect((await store.pending(0, 10))[0]!.record.fields).toMatchObject({ pronouns: 'they/them' });
    expect((await store.pending(0, 10))[0]!.record.fields).not.toHaveProperty('corrections');
  });

  it('the workspace finds the candidates with a conflict waiting, until it is settled', async () => {
    const { db, id } = await withConflicts([stage]);
    expect(await conflictedCandidates(db)).toEqual(new Set([id]));
    await resolveConflict(db, id, 'stage', 'remote', LATER);
    expect(await conflictedCandidates(db)).toEqual(new Set());
  });
});
