import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../../shared/ids';
import { SkillmarkDB } from '../db/db';
import { describe as describeQuote } from '../../page/anchoring/selectors';
import {
  addAnnotation,
  addNote,
  correctCandidate,
  deleteCandidates,
  deleteNote,
  deleteRole,
  listRoles,
  mergeCandidates,
  restoreCandidates,
  restoreNote,
  saveCandidate,
  saveNoteDraft,
  saveRole,
  setCandidateRole,
  updateCandidates,
  updateNote,
} from '../db/repository';
import { candidateByUrl, conflictsOf, listCandidates, notesOf } from '../db/reads';
import { readSets } from '../db/note-sets';
import { role, roleId, jane, resumeDetection } from '../db/test-records';
import { applyImport, checkBackup } from '../backup/import';
import { buildBackup } from '../backup/format';
import type { SyncRecord } from './documents';
import { DexieStore } from './dexie-store';
import { toSyncRecord } from './local-records';
import type { LocalEntry } from './local-store';
import { canonical } from './merge';
import type { Candidate } from '../../shared/records';

const dbs: SkillmarkDB[] = [];
let n = 0;
/** A database whose team shares: its writes are tracked (db/sync-state.ts, startTracking). */
async function open(): Promise<{ db: SkillmarkDB; store: DexieStore }> {
  const db = new SkillmarkDB(`dexie-store-${n++}`, '0.1.0');
  dbs.push(db);
  const store = new DexieStore(db, { now: () => '2026-03-01T00:00:00.000Z' });
  await store.begin();
  return { db, store };
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const detection = resumeDetection;
const URL_A = 'https://talent.example.com/in/jane';
const save = (db: SkillmarkDB, url = URL_A, when = new Date('2026-01-01T00:00:00Z')) => saveCandidate(db, { url, profile: jane, detection, roleId: null }, when);
const keys = (entries: LocalEntry[]) => entries.map((e) => `${e.record.type}:${e.record.id}`);
const rev = (k: number) => `${k}-${'a'.repeat(32)}`;

/** Every record that travels, as it travels, by key: what a write changed is what differs. */
async function travelling(db: SkillmarkDB): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const add = (type: SyncRecord['type'], r: Parameters<typeof toSyncRecord>[1]) => out.set(`${type}:${r.id}`, canonical(toSyncRecord(type, r)));
  for (const c of await db.candidates.toArray()) add('candidate', c);
  for (const s of await db.snapshots.toArray()) add('snapshot', s);
  for (const x of await readSets(db, null)) add('note', x);
  for (const a of await db.annotations.toArray()) add('annotation', a);
  for (const r of await db.roles.toArray()) add('role', r);
  return out;
}

async function seqs(db: SkillmarkDB): Promise<Map<string, number>> {
  return new Map((await db.syncState.toArray()).map((r) => [r.key, r.seq]));
}

describe('DexieStore: the LocalStore contract over the database', () => {
  it('lists pending records lowest seq first, after a seq and up to a limit, and counts them', async () => {
    const { db, store } = await open();
    const c = await save(db);
    const first = await addNote(db, URL_A, 'First call');
    const second = await addNote(db, URL_A, 'Second call');
    const snapshot = (await db.snapshots.toArray())[0]!;
    const all = await store.pending(0, 100);
    expect(keys(all)).toEqual([`candidate:${c.id}`, `snapshot:${snapshot.id}`, `note:${first.id}`, `note:${second.id}`]);
    expect(all.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    expect(all.every((e) => e.syncedSeq === 0 && e.sync === null)).toBe(true);
    expect(keys(await store.pending(2, 1))).toEqual([`note:${first.id}`]);
    expect(keys(await store.pending(4, 10))).toEqual([]);
    expect(await store.pendingCount()).toBe(4);
    // Notes travel as records of their own, read out of the candidate's set; derived fields stay here.
    expect(all[2]!.record).toEqual({ type: 'note', id: first.id, updatedAt: first.updatedAt, author: '', deleted: false, deletedAt: null, fields: { candidateId: c.id, body: 'First call', created: first.created } });
    expect(Object.keys(all[0]!.record.fields)).not.toContain('notesCount');
    expect(Object.keys(all[0]!.record.fields)).not.toContain('searchText');
    expect(Object.keys(all[0]!.record.fields)).not.toContain('matchScore');
  });

  it('a note added is pending; its candidate, whose note count and search text changed, is not', async () => {
    const { db, store } = await open();
    const c = await save(db);
    const entries = await store.pending(0, 10);
    await store.write(entries.map((e) => ({ kind: 'pushed', key: `${e.record.type}:${e.record.id}`, seq: e.seq, sync: { rev: rev(1), base: e.record } })));
    expect(await store.pendingCount()).toBe(0);
    const note = await addNote(db, URL_A, 'Knows Go well');
    expect(keys(await store.pending(0, 10))).toEqual([`note:${note.id}`]);
    expect(await candidateByUrl(db, URL_A)).toMatchObject({ id: c.id, notesCount: 1, updatedAt: c.updatedAt });
  });

  it('pushed: syncedSeq becomes the seq pushed, and a record changed meanwhile stays pending', async () => {
    const { db, store } = await open();
    const c = await save(db);
    const [entry] = await store.pending(0, 1);
    await updateCandidates(db, [c.id], { stage: 'screening' });
    await store.write([{ kind: 'pushed', key: `candidate:${c.id}`, seq: entry!.seq, sync: { rev: rev(1), base: entry!.record } }]);
    const [after] = (await store.read([`candidate:${c.id}`])).values();
    expect(after).toMatchObject({ syncedSeq: entry!.seq, sync: { rev: rev(1) } });
    expect(after!.seq).toBeGreaterThan(entry!.seq);
    expect(keys(await store.pending(0, 10))[1]).toBe(`candidate:${c.id}`);
  });

  it('merged: written into the tables, read back as it was given; pending only when asked; skipped when the recruiter changed the record meanwhile', async () => {
    const { db, store } = await open();
    const c = await save(db);
    const key = `candidate:${c.id}`;
    const entry = (await store.read([key])).get(key)!;
    const remote: SyncRecord = { ...entry.record, updatedAt: '2026-02-01T00:00:00.000Z', author: 'Bob', fields: { ...entry.record.fields, stage: 'interview', tags: ['go'] } };
    expect(await store.write([{ kind: 'merged', key, seq: entry.seq, record: remote, sync: { rev: rev(2), base: remote }, pending: false }])).toEqual({ skipped: [] });
    const after = (await store.read([key])).get(key)!;
    expect(after.record).toEqual(remote);
    expect(after.seq).toBe(after.syncedSeq);
    expect(after.seq).toBeGreaterThan(entry.seq);
    // The recruiter's reads see it, its derived fields computed here (the tag is searchable).
    expect(await candidateByUrl(db, URL_A)).toMatchObject({ stage: 'interview', author: 'Bob', searchText: expect.stringContaining('go') });

    const pendingRemote = { ...remote, fields: { ...remote.fields, rating: 3 } };
    await store.write([{ kind: 'merged', key, seq: after.seq, record: pendingRemote, sync: { rev: rev(3), base: remote }, pending: true }]);
    expect(keys(await store.pending(after.seq, 10))).toContain(key);

    const stale = (await store.read([key])).get(key)!;
    await updateCandidates(db, [c.id], { rating: 5 });
    const result = await store.write([{ kind: 'merged', key, seq: stale.seq, record: { ...remote, fields: { ...remote.fields, rating: 1 } }, sync: { rev: rev(4), base: remote }, pending: false }]);
    expect(result.skipped).toEqual([key]);
    expect((await candidateByUrl(db, URL_A))?.rating).toBe(5);
  });

  it('merged records that did not exist are created: a candidate with its notes in its set, a tombstone hidden from reads, a conflict kept for a person', async () => {
    const { db, store } = await open();
    const id = newId();
    const url = 'https://talent.example.com/in/bob';
    const candidate = toSyncRecord('candidate', { ...((await save(db)) as Candidate), id, url, pageUrl: url, name: 'Bob Roe' });
    const conflict = { field: 'stage', local: 'offer', remote: 'rejected', at: '2026-02-01T00:00:00.000Z' };
    const notes = ['Met at a meetup', 'Gone'].map((body, i) => ({
      type: 'note' as const,
      id: newId(),
      updatedAt: '2026-01-02T00:00:00.000Z',
      author: 'Bob',
      deleted: i === 1,
      deletedAt: i === 1 ? '2026-01-03T00:00:00.000Z' : null,
      fields: { candidateId: id, body, created: '2026-01-02T00:00:00.000Z' },
    }));
    await store.write([
      { kind: 'merged', key: `candidate:${id}`, seq: null, record: { ...candidate, conflicts: [conflict] }, sync: { rev: rev(1), base: candidate }, pending: false },
      ...notes.map((note) => ({ kind: 'merged' as const, key: `note:${note.id}`, seq: null, record: note, sync: { rev: rev(1), base: note }, pending: false })),
    ]);
    expect(await candidateByUrl(db, url)).toMatchObject({ id, name: 'Bob Roe', notesCount: 1 });
    expect((await notesOf(db, id)).map((x) => x.body)).toEqual(['Met at a meetup']);
    expect(await conflictsOf(db, id)).toEqual([conflict]);
    expect((await store.read([`candidate:${id}`])).get(`candidate:${id}`)?.record.conflicts).toEqual([conflict]);
    expect(await store.pendingCount()).toBe(2);
  });

  it('a pulled record the local schema refuses is reported and kept only in its sync row', async () => {
    const refused: string[] = [];
    const db = new SkillmarkDB(`dexie-store-${n++}`, '0.1.0');
    dbs.push(db);
    const store = new DexieStore(db, { onRefused: (key, reason) => refused.push(`${key} ${reason}`) });
    await store.begin();
    const note: SyncRecord = { type: 'note', id: 'not-a-ulid', updatedAt: '2026-01-02T00:00:00.000Z', author: 'Bob', deleted: false, deletedAt: null, fields: { candidateId: newId(), body: 'x', created: '2026-01-02T00:00:00.000Z' } };
    await store.write([{ kind: 'merged', key: 'note:not-a-ulid', seq: null, record: note, sync: { rev: rev(1), base: note }, pending: false }]);
    expect(refused).toEqual([expect.stringMatching(/^note:not-a-ulid id: must be a ULID/)]);
    expect(await readSets(db, null)).toEqual([]);
    expect((await store.read(['note:not-a-ulid'])).get('note:not-a-ulid')?.record).toEqual(note);
    expect(await store.pendingCount()).toBe(0);
  });

  it('takes a batch as large as the engine sends (1,000 merged, then 1,000 pushed) in one transaction each', async () => {
    const { db, store } = await open();
    const template = toSyncRecord('candidate', await save(db));
    const records: SyncRecord[] = Array.from({ length: 1000 }, (_, i) => {
      const url = `https://talent.example.com/in/p-${i}`;
      return { ...template, id: newId(), fields: { ...template.fields, url, pageUrl: url, tags: [`t${i}`] } };
    });
    const merged = await store.write(records.map((record) => ({ kind: 'merged' as const, key: `candidate:${record.id}`, seq: null, record, sync: { rev: rev(1), base: record }, pending: true })));
    expect(merged.skipped).toEqual([]);
    const pending = await store.pending(0, 1000);
    expect(pending).toHaveLength(1000);
    await store.write(pending.map((e) => ({ kind: 'pushed' as const, key: `${e.record.type}:${e.record.id}`, seq: e.seq, sync: { rev: rev(2), base: e.record } })));
    expect(await store.pendingCount()).toBe(2);
    expect(await db.candidates.count()).toBe(1001);
  });

  it('keeps its own values', async () => {
    const { store } = await open();
    expect(await store.getMeta('pull-since')).toBeNull();
    await store.setMeta('pull-since', '"12-abc"');
    expect(await store.getMeta('pull-since')).toBe('"12-abc"');
    await store.setMeta('pull-since', null);
    expect(await store.getMeta('pull-since')).toBeNull();
  });

  it('subscribe hears the recruiter’s writes once committed, here and in another context of the same database, never sync’s writes', async () => {
    const { db, store } = await open();
    const other = new SkillmarkDB(db.name, '0.1.0');
    let here = 0;
    let there = 0;
    const stop = store.subscribe(() => here++);
    const stopThere = new DexieStore(other).subscribe(() => there++);
    try {
      const c = await save(db);
      expect(here).toBe(1);
      await addNote(db, URL_A, 'hello');
      expect(here).toBe(2);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(there).toBe(2);
      // A failed write (no candidate for the page) announces nothing.
      await expect(addNote(db, 'https://talent.example.com/in/nobody', 'x')).rejects.toThrow();
      const key = `candidate:${c.id}`;
      const entry = (await store.read([key])).get(key)!;
      await store.write([{ kind: 'merged', key, seq: entry.seq, record: { ...entry.record, updatedAt: '2026-02-01T00:00:00.000Z' }, sync: { rev: rev(1), base: entry.record }, pending: false }]);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect([here, there]).toEqual([2, 2]);
    } finally {
      stop();
      stopThere();
      other.close();
    }
  });
});

describe('every local write of a record takes the next seq in its own transaction', () => {
  it('each repository write and the backup import: every record whose travelling content changed has a new seq, no other', async () => {
    const { db } = await open();
    const steps: Array<[string, () => Promise<unknown>]> = [];
    let candidate: Candidate;
    let other: Candidate;
    let noteId = '';
    let gone: Awaited<ReturnType<typeof deleteCandidates>>;
    steps.push(
      ['listRoles (the demo role)', () => listRoles(db)],
      ['saveCandidate', async () => (candidate = await save(db))],
      ['saveCandidate again', () => save(db, URL_A, new Date('2026-01-05T00:00:00Z'))],
      ['addNote', async () => (noteId = (await addNote(db, URL_A, 'one')).id)],
      ['saveNoteDraft', () => saveNoteDraft(db, URL_A, 'draft-1', 'typing')],
      ['updateNote', () => updateNote(db, { id: noteId, candidateId: candidate.id }, 'one, edited')],
      ['deleteNote', () => deleteNote(db, { id: noteId, candidateId: candidate.id })],
      ['restoreNote', async () => restoreNote(db, (await readSets(db, [candidate.id])).find((x) => x.id === noteId)!)],
      ['addAnnotation', () => addAnnotation(db, { url: URL_A, selectors: describeQuote('Jane runs Go at scale.', 10, 12), note: 'Go' })],
      ['updateCandidates', () => updateCandidates(db, [candidate.id], { addTag: 'go', stage: 'contacted' })],
      ['saveRole', () => saveRole(db, role('SRE', { required: [{ name: 'Go', minYears: null }] }))],
      ['setCandidateRole', () => setCandidateRole(db, candidate.id, roleId('SRE'))],
      ['saveRole again (rescoring)', () => saveRole(db, role('SRE', { required: [{ name: 'Go', minYears: null }, { name: 'Rust', minYears: null }] }))],
      ['correctCandidate', () => correctCandidate(db, candidate.id, { company: 'Acme Labs' })],
      ['deleteRole', () => deleteRole(db, roleId('SRE'))],
      ['deleteCandidates', async () => (gone = await deleteCandidates(db, [candidate.id]))],
      ['restoreCandidates', () => restoreCandidates(db, gone)],
      ['a second candidate', async () => ((other = await save(db, 'https://talent.example.com/in/jane-doe')), addNote(db, 'https://talent.example.com/in/jane-doe', 'two'))],
      ['mergeCandidates', () => mergeCandidates(db, candidate.id, other.id)],
      [
        'applyImport (merge)',
        async () => {
          const c = { ...(await candidateByUrl(db, URL_A))!, stage: 'offer' as const, updatedAt: '2027-01-01T00:00:00.000Z' };
          const note = { id: newId(), candidateId: c.id, body: 'from the backup', created: '2027-01-01T00:00:00.000Z', updatedAt: '2027-01-01T00:00:00.000Z', author: '', deletedAt: null };
          const backup = checkBackup(buildBackup({ candidates: [c], snapshots: [], notes: [note], annotations: [], roles: [], settings: [] }, { now: new Date(), appVersion: '0.1.0' }));
          if (!backup.ok) throw new Error(backup.error);
          await applyImport(db, backup.backup, 'merge');
        },
      ],
    );
    for (const [name, step] of steps) {
      const [before, beforeSeqs] = [await travelling(db), await seqs(db)];
      await step();
      const [after, afterSeqs] = [await travelling(db), await seqs(db)];
      const changed = [...after.keys()].filter((k) => before.get(k) !== after.get(k)).sort();
      const bumped = [...afterSeqs.keys()].filter((k) => afterSeqs.get(k) !== beforeSeqs.get(k)).sort();
      expect(changed.length, `${name} changed nothing`).toBeGreaterThan(0);
      expect(bumped, name).toEqual(changed);
      const top = Math.max(0, ...beforeSeqs.values());
      for (const k of changed) expect(afterSeqs.get(k)!, `${name}: ${k}`).toBeGreaterThan(top);
    }
    // And the counter is the highest seq given.
    expect((await db.syncMeta.get('seq'))?.value).toBe(Math.max(...(await seqs(db)).values()));
    expect((await listCandidates(db)).length).toBe(1);
  });

  it('a write that bypasses the tracking is caught: the check above sees a changed record without a new seq', async () => {
    // The same comparison, on a write made in a transaction marked as sync's (which sets its own rows): it must differ.
    const { db } = await open();
    const c = await save(db);
    const before = await seqs(db);
    const { markSyncWrite } = await import('../db/sync-state');
    await db.transaction('rw', db.candidates, async (tx) => {
      markSyncWrite(tx);
      await db.candidates.put({ ...c, stage: 'hired' });
    });
    expect(await seqs(db)).toEqual(before);
  });
});

describe('same page saved by two recruiters', () => {
  async function pulledCandidate(store: DexieStore, db: SkillmarkDB, id: string, url: string, fields: Record<string, unknown>, updatedAt: string) {
    const template = toSyncRecord('candidate', (await db.candidates.toArray())[0]!);
    const record: SyncRecord = { ...template, id, updatedAt, author: 'Bob', fields: { ...template.fields, url, pageUrl: url, ...fields } };
    const note: SyncRecord = { type: 'note', id: newId(), updatedAt, author: 'Bob', deleted: false, deletedAt: null, fields: { candidateId: id, body: 'Bob’s note', created: updatedAt } };
    await store.write([
      { kind: 'merged', key: `candidate:${id}`, seq: null, record, sync: { rev: rev(1), base: record }, pending: false },
      { kind: 'merged', key: `note:${note.id}`, seq: null, record: note, sync: { rev: rev(1), base: note }, pending: false },
    ]);
    return { record, note };
  }

  it('a pulled candidate created later goes into the one here: its notes follow, its tombstone (merged into ours) is pending', async () => {
    const { db, store } = await open();
    const mine = await save(db);
    await addNote(db, URL_A, 'Ann’s note');
    const theirs = newId();
    const { note } = await pulledCandidate(store, db, theirs, mine.url, { stage: 'interview' }, '2026-02-01T00:00:00.000Z');
    const live = await listCandidates(db);
    expect(live.map((c) => c.id)).toEqual([mine.id]);
    // Their version is the later one: its fields win, under our id.
    expect(live[0]).toMatchObject({ stage: 'interview', notesCount: 2 });
    expect((await notesOf(db, mine.id)).map((x) => x.body).sort()).toEqual(['Ann’s note', 'Bob’s note']);
    const pending = new Map((await store.pending(0, 100)).map((e) => [`${e.record.type}:${e.record.id}`, e]));
    expect(pending.get(`candidate:${theirs}`)?.record).toMatchObject({ deleted: true, fields: { mergedInto: mine.id } });
    expect(pending.get(`candidate:${theirs}`)?.sync?.rev).toBe(rev(1));
    expect(pending.get(`note:${note.id}`)?.record.fields.candidateId).toBe(mine.id);
    expect(pending.get(`candidate:${mine.id}`)?.record.fields.stage).toBe('interview');
  });

  it('a pulled candidate created earlier takes ours over: our notes and annotations move to it, our snapshot and candidate become tombstones', async () => {
    const { db, store } = await open();
    const mine = await save(db);
    await addNote(db, URL_A, 'Ann’s note');
    await addAnnotation(db, { url: URL_A, selectors: describeQuote('Jane runs Go at scale.', 10, 12), note: 'Go' });
    const theirs = '01AAAAAAAAAAAAAAAAAAAAAAAA';
    await pulledCandidate(store, db, theirs, mine.url, { stage: 'offer' }, '2025-12-01T00:00:00.000Z');
    const live = await listCandidates(db);
    expect(live.map((c) => c.id)).toEqual([theirs]);
    // Ours is the later version: its fields win, under their id.
    expect(live[0]).toMatchObject({ stage: 'sourced', name: 'Jane Doe', notesCount: 2 });
    expect((await notesOf(db, theirs)).map((x) => x.body).sort()).toEqual(['Ann’s note', 'Bob’s note']);
    expect((await db.annotations.toArray()).map((a) => a.candidateId)).toEqual([theirs]);
    expect(await db.candidates.get(mine.id)).toBeUndefined();
    const entries = await store.read([`candidate:${mine.id}`, `candidate:${theirs}`]);
    expect(entries.get(`candidate:${mine.id}`)?.record).toMatchObject({ deleted: true, fields: { mergedInto: theirs } });
    expect(entries.get(`candidate:${theirs}`)!.seq).toBeGreaterThan(entries.get(`candidate:${theirs}`)!.syncedSeq);
    expect((await db.snapshots.toArray()).map((s) => [s.candidateId, s.deletedAt !== null])).toEqual([[mine.id, true]]);
    // Saving the page again finds the candidate kept.
    expect((await save(db, URL_A, new Date('2026-04-01T00:00:00Z'))).id).toBe(theirs);
  });

  it('what arrives later for the candidate merged away goes to the one kept', async () => {
    const { db, store } = await open();
    const mine = await save(db);
    const theirs = newId();
    await pulledCandidate(store, db, theirs, mine.url, {}, '2026-02-01T00:00:00.000Z');
    const late: SyncRecord = { type: 'note', id: newId(), updatedAt: '2026-02-02T00:00:00.000Z', author: 'Bob', deleted: false, deletedAt: null, fields: { candidateId: theirs, body: 'late', created: '2026-02-02T00:00:00.000Z' } };
    await store.write([{ kind: 'merged', key: `note:${late.id}`, seq: null, record: late, sync: { rev: rev(1), base: late }, pending: false }]);
    expect((await notesOf(db, mine.id)).map((x) => x.body)).toContain('late');
    expect(keys(await store.pending(0, 100))).toContain(`note:${late.id}`);
  });
});

describe('tracking only while the team shares', () => {
  it('writes issued together in one transaction (an import replacing everything) each take their own seq while sharing, and all land when not', async () => {
    const source = new SkillmarkDB(`dexie-store-${n++}`, '0.1.0');
    dbs.push(source);
    await save(source);
    await save(source, 'https://talent.example.com/in/ana');
    await addNote(source, URL_A, 'one');
    await addNote(source, URL_A, 'two');
    const tables = { candidates: await source.candidates.toArray(), snapshots: await source.snapshots.toArray(), notes: await notesOf(source, (await candidateByUrl(source, URL_A))!.id), annotations: [], roles: [], settings: [] };
    const backup = checkBackup(buildBackup(tables, { now: new Date(), appVersion: '0.1.0' }));
    if (!backup.ok) throw new Error(backup.error);

    const quiet = new SkillmarkDB(`dexie-store-${n++}`, '0.1.0');
    dbs.push(quiet);
    await applyImport(quiet, backup.backup, 'replace');
    expect([await quiet.candidates.count(), await quiet.snapshots.count(), (await notesOf(quiet, tables.notes[0]!.candidateId)).length, await quiet.syncState.count()]).toEqual([2, 2, 2, 0]);

    const { db } = await open();
    await applyImport(db, backup.backup, 'replace');
    const given = [...(await seqs(db)).values()];
    expect(given).toHaveLength(2 + 2 + 2);
    expect(new Set(given).size).toBe(given.length);
    expect((await db.syncMeta.get('seq'))?.value).toBe(Math.max(...given));
  });

  it('without sharing, writes leave no sync rows; starting marks every record pending once, keeping what a row knew of the server; stopping ends the tracking', async () => {
    const db = new SkillmarkDB(`dexie-store-${n++}`, '0.1.0');
    dbs.push(db);
    const store = new DexieStore(db);
    const c = await save(db);
    await addNote(db, URL_A, 'Strong on Go');
    expect(await db.syncState.count()).toBe(0);
    expect(await store.pendingCount()).toBe(0);

    await store.begin();
    expect((await store.pending(0, 10)).map((e) => e.record.type).sort()).toEqual(['candidate', 'note', 'snapshot']);
    const [candidateEntry] = (await store.pending(0, 10)).filter((e) => e.record.type === 'candidate');
    await store.write([{ kind: 'pushed', key: `candidate:${c.id}`, seq: candidateEntry!.seq, sync: { rev: '1-abc', base: candidateEntry!.record } }]);
    expect(await store.pendingCount()).toBe(2);

    // Stopped, a change is not tracked; started again, everything is pending once more, the rev kept.
    await store.end();
    await addNote(db, URL_A, 'Written while not sharing');
    expect(await store.pendingCount()).toBe(2);
    await store.begin();
    const again = await store.pending(0, 10);
    expect(again).toHaveLength(4);
    expect(again.find((e) => e.record.type === 'candidate')?.sync?.rev).toBe('1-abc');
    // A tracked write takes a seq at once.
    await addNote(db, URL_A, 'Tracked again');
    expect(await store.pendingCount()).toBe(5);
  });
});
