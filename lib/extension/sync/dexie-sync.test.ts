import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Profile } from '../../shared/profile';
import { emptyProfile } from '../../shared/empty-profile';
import { SkillmarkDB } from '../db/db';
import { addNote, deleteCandidates, deleteEverything, restoreCandidates, saveCandidate, updateCandidates, updateSettings } from '../db/repository';
import { resolveConflict } from '../db/conflicts';
import { candidateByUrl, conflictsOf, listCandidates, notesOf } from '../db/reads';
import { CouchClient } from './couch';
import { DexieStore } from './dexie-store';
import { Replicator } from './replicator';
import { startCouch, type TestCouch } from './test-server';

/** Two recruiters, each with Skillmark's own database (fake-indexeddb) and a DexieStore, sharing one team database. */

let couch: TestCouch;
let count = 0;

beforeAll(async () => {
  couch = await startCouch({ users: ['ann', 'bob'] });
}, 30_000);
afterAll(() => couch?.stop());

const opened: SkillmarkDB[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

interface Recruiter {
  db: SkillmarkDB;
  store: DexieStore;
  replicator: Replicator;
  sync: () => Promise<unknown>;
}

async function recruiter(user: 'ann' | 'bob', team: string, name: string): Promise<Recruiter> {
  const db = new SkillmarkDB(`sync-${user}-${++count}-${Math.random().toString(36).slice(2)}`, '0.1.0');
  opened.push(db);
  await updateSettings(db, { displayName: name });
  const store = new DexieStore(db);
  await store.begin();
  const client = new CouchClient({ url: couch.url, db: team, auth: { kind: 'basic', username: user, password: `${user}-pw` } }, { online: () => true });
  const replicator = new Replicator({ client, store, replicaId: `${user}-${count}`, longpollMs: 2000, backoffMs: { first: 50, max: 200 } });
  return { db, store, replicator, sync: () => replicator.syncOnce() };
}

async function team(): Promise<string> {
  const db = `dexie-team-${++count}`;
  await couch.createDb(db, ['ann', 'bob']);
  return db;
}

const detection = { isProfile: true, kind: 'resume' as const, confidence: 0.9 };
const jane: Profile = { ...emptyProfile(), name: 'Jane Doe', headline: 'Backend engineer', experience: [{ title: 'Engineer', company: 'Acme', start: '2020-01', end: 'present', location: null, description: null }] };
const URL = 'https://talent.example.com/in/jane-doe';
const bodies = async (r: Recruiter, candidateId: string) => (await notesOf(r.db, candidateId)).map((n) => n.body).sort();
const t = (minute: number) => new Date(Date.UTC(2026, 0, 1, 9, minute));

async function waitFor(check: () => Promise<boolean>, ms = 8000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('two browsers through the team database', { timeout: 30_000 }, () => {
  it('A saves a candidate and writes notes, B sees them; B moves the stage and adds a note, A sees both', async () => {
    const db = await team();
    const [a, b] = [await recruiter('ann', db, 'Ann'), await recruiter('bob', db, 'Bob')];
    const saved = await saveCandidate(a.db, { url: URL, profile: jane, detection, roleId: null }, t(0));
    await addNote(a.db, URL, 'Strong Go background', t(1));
    await addNote(a.db, URL, 'Open to relocation', t(2));
    await a.sync();
    expect(await a.store.pendingCount()).toBe(0);

    await b.sync();
    expect(await candidateByUrl(b.db, URL)).toMatchObject({ id: saved.id, name: 'Jane Doe', stage: 'sourced', notesCount: 2, author: 'Ann' });
    expect(await bodies(b, saved.id)).toEqual(['Open to relocation', 'Strong Go background']);
    // What B pulled is not pending there.
    expect(await b.store.pendingCount()).toBe(0);

    await updateCandidates(b.db, [saved.id], { stage: 'interview' }, t(10));
    await addNote(b.db, URL, 'Phone screen went well', t(11));
    expect(await b.store.pendingCount()).toBe(2);
    await b.sync();
    await a.sync();
    expect(await candidateByUrl(a.db, URL)).toMatchObject({ stage: 'interview', notesCount: 3, author: 'Bob' });
    expect(await bodies(a, saved.id)).toEqual(['Open to relocation', 'Phone screen went well', 'Strong Go background']);
    expect(await a.store.pendingCount()).toBe(0);
  });

  it('both edit the same candidate offline: different fields are both kept; the same field keeps the newer value and shows the conflict; the choice a person makes travels', async () => {
    const db = await team();
    const [a, b] = [await recruiter('ann', db, 'Ann'), await recruiter('bob', db, 'Bob')];
    const saved = await saveCandidate(a.db, { url: URL, profile: jane, detection, roleId: null }, t(0));
    await a.sync();
    await b.sync();

    await updateCandidates(a.db, [saved.id], { stage: 'screening' }, t(10));
    await updateCandidates(b.db, [saved.id], { rating: 4 }, t(11));
    await a.sync();
    await b.sync();
    await a.sync();
    for (const r of [a, b]) {
      expect(await candidateByUrl(r.db, URL)).toMatchObject({ stage: 'screening', rating: 4 });
      expect(await conflictsOf(r.db, saved.id)).toEqual([]);
    }

    await updateCandidates(a.db, [saved.id], { stage: 'offer' }, t(20));
    await addNote(a.db, URL, 'Ann: ready for an offer', t(20));
    await updateCandidates(b.db, [saved.id], { stage: 'rejected' }, t(21));
    await addNote(b.db, URL, 'Bob: failed the system design round', t(21));
    await a.sync();
    await b.sync();
    await a.sync();
    for (const r of [a, b]) {
      expect((await candidateByUrl(r.db, URL))?.stage).toBe('rejected');
      expect(await bodies(r, saved.id)).toEqual(['Ann: ready for an offer', 'Bob: failed the system design round']);
    }
    expect(await conflictsOf(b.db, saved.id)).toMatchObject([{ field: 'stage', local: 'rejected', remote: 'offer', remoteAuthor: 'Ann' }]);

    // Bob keeps Ann's value: an edit of his, pushed; Ann has it, and neither has a conflict left.
    await resolveConflict(b.db, saved.id, 'stage', 'remote', t(30));
    expect(await b.store.pendingCount()).toBe(1);
    await b.sync();
    await a.sync();
    for (const r of [a, b]) {
      expect(await candidateByUrl(r.db, URL)).toMatchObject({ stage: 'offer', author: 'Bob', notesCount: 2 });
      expect(await conflictsOf(r.db, saved.id)).toEqual([]);
      expect(await r.store.pendingCount()).toBe(0);
    }
  });

  it('A deletes a candidate, B sees it gone; A undoes, it is back on B with its notes', async () => {
    const db = await team();
    const [a, b] = [await recruiter('ann', db, 'Ann'), await recruiter('bob', db, 'Bob')];
    const saved = await saveCandidate(a.db, { url: URL, profile: jane, detection, roleId: null }, t(0));
    await addNote(a.db, URL, 'Keep in touch', t(1));
    await a.sync();
    await b.sync();
    expect(await listCandidates(b.db)).toHaveLength(1);

    const gone = await deleteCandidates(a.db, [saved.id], t(10));
    await a.sync();
    await b.sync();
    expect(await listCandidates(b.db)).toEqual([]);
    expect(await candidateByUrl(b.db, URL)).toBeNull();

    await restoreCandidates(a.db, gone, t(20));
    await a.sync();
    await b.sync();
    expect((await listCandidates(b.db)).map((c) => c.id)).toEqual([saved.id]);
    expect(await bodies(b, saved.id)).toEqual(['Keep in touch']);
    expect(await candidateByUrl(b.db, URL)).toMatchObject({ notesCount: 1 });
  });

  it('the same page saved in both browsers ends as one candidate, the same on both, with both sides’ notes', async () => {
    const db = await team();
    const [a, b] = [await recruiter('ann', db, 'Ann'), await recruiter('bob', db, 'Bob')];
    const onA = await saveCandidate(a.db, { url: URL, profile: jane, detection, roleId: null }, t(0));
    await addNote(a.db, URL, 'Ann: met at a conference', t(1));
    const onB = await saveCandidate(b.db, { url: URL, profile: jane, detection, roleId: null }, t(2));
    await addNote(b.db, URL, 'Bob: referred by Carol', t(3));
    await updateCandidates(b.db, [onB.id], { addTag: 'referral' }, t(4));
    expect(onA.id).not.toBe(onB.id);

    await a.sync();
    await b.sync();
    await a.sync();
    await b.sync();
    const kept = onA.id < onB.id ? onA.id : onB.id;
    for (const r of [a, b]) {
      const live = await listCandidates(r.db);
      expect(live.map((c) => c.id)).toEqual([kept]);
      expect(live[0]).toMatchObject({ tags: ['referral'], notesCount: 2 });
      expect(await bodies(r, kept)).toEqual(['Ann: met at a conference', 'Bob: referred by Carol']);
      expect(await r.store.pendingCount()).toBe(0);
    }
    // Nothing left to exchange: another round changes nothing.
    const before = await Promise.all([a, b].map(async (r) => [await r.db.candidates.toArray(), await r.db.noteSets.toArray()]));
    await a.sync();
    await b.sync();
    expect(await Promise.all([a, b].map(async (r) => [await r.db.candidates.toArray(), await r.db.noteSets.toArray()]))).toEqual(before);
  });

  it('"Delete everything" on B empties B, not the team: A keeps everything, and B’s next sync (live or not) brings the team’s records back', async () => {
    const db = await team();
    const [a, b] = [await recruiter('ann', db, 'Ann'), await recruiter('bob', db, 'Bob')];
    const saved = await saveCandidate(a.db, { url: URL, profile: jane, detection, roleId: null }, t(0));
    await addNote(a.db, URL, 'Strong Go background', t(1));
    await a.sync();
    await b.sync();
    expect(await bodies(b, saved.id)).toEqual(['Strong Go background']);

    await deleteEverything(b.db);
    expect([await b.db.candidates.count(), await b.db.syncState.count(), await b.store.pendingCount()]).toEqual([0, 0, 0]);
    await b.sync();
    await a.sync();
    expect(await candidateByUrl(a.db, URL)).toMatchObject({ id: saved.id, notesCount: 1 });
    expect(await candidateByUrl(b.db, URL)).toMatchObject({ id: saved.id, notesCount: 1 });
    expect(await bodies(b, saved.id)).toEqual(['Strong Go background']);

    // Live: the wipe wakes B's loop, which pulls everything again rather than waiting for news.
    const stop = new AbortController();
    const loop = b.replicator.live(stop.signal);
    try {
      await waitFor(async () => (await b.store.pendingCount()) === 0 && b.replicator.status.inProgress === false);
      await deleteEverything(b.db);
      await waitFor(async () => (await candidateByUrl(b.db, URL)) !== null);
      expect(await bodies(b, saved.id)).toEqual(['Strong Go background']);
    } finally {
      stop.abort();
      await loop;
    }
  });

  it('live: a note added on A through the repository reaches B’s reads without a manual sync', async () => {
    const db = await team();
    const [a, b] = [await recruiter('ann', db, 'Ann'), await recruiter('bob', db, 'Bob')];
    const saved = await saveCandidate(a.db, { url: URL, profile: jane, detection, roleId: null }, t(0));
    const stop = new AbortController();
    const loops = [a.replicator.live(stop.signal), b.replicator.live(stop.signal)];
    try {
      await waitFor(async () => (await candidateByUrl(b.db, URL)) !== null);
      await addNote(a.db, URL, 'Available from March');
      await waitFor(async () => (await bodies(b, saved.id)).includes('Available from March'));
    } finally {
      stop.abort();
      await Promise.all(loops);
    }
  });
});
