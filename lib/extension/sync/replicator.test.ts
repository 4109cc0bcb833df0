import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CouchClient } from './couch';
import { toDoc, type SyncRecord } from './documents';
import { MemoryStore } from './memory-store';
import { resolveConflict } from './merge';
import { Replicator, type SyncProgress } from './replicator';
import { at, candidate, deleted, edited, newId, note, undeleted } from './test-records';
import { startCouch, startProxy, type TestCouch } from './test-server';

let couch: TestCouch;
let dbCount = 0;

beforeAll(async () => {
  couch = await startCouch({ users: ['ann', 'bob', 'eve'] });
}, 30_000);

afterAll(() => couch?.stop());

const PASSWORDS: Record<string, string> = { ann: 'ann-pw', bob: 'bob-pw', eve: 'eve-pw' };

interface Side {
  store: MemoryStore;
  replicator: Replicator;
  progress: SyncProgress[];
}

function side(user: string, db: string, options: { url?: string; password?: string; fetch?: typeof fetch; pullBatch?: number; pushBatch?: number; store?: MemoryStore } = {}): Side {
  const store = options.store ?? new MemoryStore();
  const client = new CouchClient(
    { url: options.url ?? couch.url, db, auth: { kind: 'basic', username: user, password: options.password ?? PASSWORDS[user]! } },
    { fetch: options.fetch, online: () => true },
  );
  const progress: SyncProgress[] = [];
  const replicator = new Replicator({
    client,
    store,
    replicaId: `${user}-replica`,
    pullBatch: options.pullBatch,
    pushBatch: options.pushBatch,
    longpollMs: 2000,
    backoffMs: { first: 50, max: 200 },
    onProgress: (step) => progress.push(step),
  });
  return { store, replicator, progress };
}

/** A database of its own for each test, with ann and bob as members. */
async function team(): Promise<string> {
  const db = `team-${++dbCount}`;
  await couch.createDb(db, ['ann', 'bob']);
  return db;
}

const notesOf = (store: MemoryStore, candidateId: string) =>
  store
    .all('note')
    .filter((record) => record.fields.candidateId === candidateId && !record.deleted)
    .map((record) => record.fields.body)
    .sort();

async function waitFor(check: () => boolean, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('two recruiters, one team database', { timeout: 20_000 }, () => {
  it('A saves a candidate and notes, B sees them; B moves the stage and adds a note, A sees both notes and the new stage', async () => {
    const db = await team();
    const a = side('ann', db);
    const b = side('bob', db);
    const id = newId();
    a.store.save(candidate(id));
    a.store.save(note(newId(), id, 'Strong Go background'));
    const first = await a.replicator.syncOnce();
    expect([first.pending, first.error, first.inProgress]).toEqual([0, null, false]);
    expect(first.lastSyncedAt).not.toBeNull();

    await b.replicator.syncOnce();
    expect(b.store.get('candidate', id)).toEqual(a.store.get('candidate', id));
    expect(notesOf(b.store, id)).toEqual(['Strong Go background']);
    // B's first sync reported its progress against the database's count.
    expect(b.progress).toEqual([{ done: 2, total: 2 }]);

    b.store.save(edited(b.store.get('candidate', id)!, { stage: 'interview' }, at(30), 'Bob'));
    b.store.save(note(newId(), id, 'Phone screen went well', { author: 'Bob', updatedAt: at(31) }));
    await b.replicator.syncOnce();
    await a.replicator.syncOnce();
    expect(a.store.get('candidate', id)?.fields.stage).toBe('interview');
    expect(notesOf(a.store, id)).toEqual(['Phone screen went well', 'Strong Go background']);
    expect(a.replicator.status.pending).toBe(0);
  });

  it('both edit different fields of the same candidate offline: both changes are kept on both sides', async () => {
    const db = await team();
    const a = side('ann', db);
    const b = side('bob', db);
    const id = newId();
    a.store.save(candidate(id));
    await a.replicator.syncOnce();
    await b.replicator.syncOnce();

    a.store.save(edited(a.store.get('candidate', id)!, { stage: 'screening', tags: ['backend', 'go'] }, at(10)));
    b.store.save(edited(b.store.get('candidate', id)!, { rating: 4, tags: ['backend', 'berlin'] }, at(20), 'Bob'));
    await a.replicator.syncOnce();
    await b.replicator.syncOnce();
    await a.replicator.syncOnce();
    for (const store of [a.store, b.store]) {
      const record = store.get('candidate', id)!;
      expect(record.fields).toMatchObject({ stage: 'screening', rating: 4, tags: ['backend', 'berlin', 'go'] });
      expect(record.conflicts).toBeUndefined();
    }
  });

  it('both change the same field offline: the newer value, the conflict kept for a person, and no note lost', async () => {
    const db = await team();
    const a = side('ann', db);
    const b = side('bob', db);
    const id = newId();
    a.store.save(candidate(id));
    await a.replicator.syncOnce();
    await b.replicator.syncOnce();

    a.store.save(edited(a.store.get('candidate', id)!, { stage: 'offer' }, at(10)));
    a.store.save(note(newId(), id, 'Ann: ready for an offer', { updatedAt: at(10) }));
    b.store.save(edited(b.store.get('candidate', id)!, { stage: 'rejected' }, at(20), 'Bob'));
    b.store.save(note(newId(), id, 'Bob: failed the system design round', { author: 'Bob', updatedAt: at(20) }));
    await a.replicator.syncOnce();
    await b.replicator.syncOnce();
    await a.replicator.syncOnce();

    const both = ['Ann: ready for an offer', 'Bob: failed the system design round'];
    expect(notesOf(a.store, id)).toEqual(both);
    expect(notesOf(b.store, id)).toEqual(both);
    expect(a.store.get('candidate', id)?.fields.stage).toBe('rejected');
    const onB = b.store.get('candidate', id)!;
    expect(onB.fields.stage).toBe('rejected');
    expect(onB.conflicts).toMatchObject([{ field: 'stage', local: 'rejected', remote: 'offer' }]);

    // Bob chooses Ann's value: that choice travels like any edit.
    b.store.save(resolveConflict(onB, 'stage', 'remote', at(40), 'Bob'));
    await b.replicator.syncOnce();
    await a.replicator.syncOnce();
    expect(a.store.get('candidate', id)?.fields.stage).toBe('offer');
    expect(b.store.get('candidate', id)?.conflicts).toBeUndefined();
  });

  it('a push refused with 409 (A wrote between B’s pull and push): B fetches, merges and pushes again', async () => {
    const db = await team();
    const a = side('ann', db);
    const id = newId();
    a.store.save(candidate(id));
    await a.replicator.syncOnce();
    let raced = false;
    const racing: typeof fetch = async (input, init) => {
      if (!raced && String(input).includes('_bulk_docs')) {
        raced = true;
        await a.replicator.syncOnce();
      }
      return fetch(input, init);
    };
    const b = side('bob', db, { fetch: racing });
    await b.replicator.syncOnce();
    a.store.save(edited(a.store.get('candidate', id)!, { company: 'Globex' }, at(10)));
    b.store.save(edited(b.store.get('candidate', id)!, { location: 'Paris' }, at(20), 'Bob'));
    raced = false;
    await b.replicator.syncOnce();
    expect(raced).toBe(true);
    expect(b.replicator.status.pending).toBe(0);
    await a.replicator.syncOnce();
    for (const store of [a.store, b.store]) expect(store.get('candidate', id)?.fields).toMatchObject({ company: 'Globex', location: 'Paris' });
  });

  it('an edit saved while a pulled change is being merged is not overwritten: the two merge in the same cycle', async () => {
    class RacingStore extends MemoryStore {
      beforeWrite: (() => void) | null = null;
      override async write(writes: Parameters<MemoryStore['write']>[0]) {
        const hook = this.beforeWrite;
        this.beforeWrite = null;
        hook?.();
        return super.write(writes);
      }
    }
    const db = await team();
    const a = side('ann', db);
    const store = new RacingStore();
    const b = side('bob', db, { store });
    const id = newId();
    a.store.save(candidate(id));
    await a.replicator.syncOnce();
    await b.replicator.syncOnce();

    a.store.save(edited(a.store.get('candidate', id)!, { stage: 'offer' }, at(10)));
    await a.replicator.syncOnce();
    store.beforeWrite = () => store.save(edited(store.get('candidate', id)!, { rating: 5 }, at(20), 'Bob'));
    const status = await b.replicator.syncOnce();
    expect(status.pending).toBe(0);
    await a.replicator.syncOnce();
    for (const side of [a.store, b.store]) expect(side.get('candidate', id)?.fields).toMatchObject({ stage: 'offer', rating: 5 });
  });

  it('A deletes a candidate: B sees it deleted; A undoes: it is back on B', async () => {
    const db = await team();
    const a = side('ann', db);
    const b = side('bob', db);
    const id = newId();
    const saved = candidate(id);
    a.store.save(saved);
    await a.replicator.syncOnce();
    await b.replicator.syncOnce();

    a.store.save(deleted(saved, at(10)));
    await a.replicator.syncOnce();
    await b.replicator.syncOnce();
    expect(b.store.get('candidate', id)).toMatchObject({ deleted: true, deletedAt: at(10) });

    a.store.save(undeleted(a.store.get('candidate', id)!, at(20)));
    await a.replicator.syncOnce();
    await b.replicator.syncOnce();
    expect(b.store.get('candidate', id)).toMatchObject({ deleted: false, deletedAt: null, fields: saved.fields });
  });

  it('the server goes away mid-sync: "unreachable", nothing local lost, and the next cycle catches up both ways', async () => {
    const db = await team();
    const proxy = await startProxy(couch.url);
    try {
      const a = side('ann', db, { url: proxy.url, pushBatch: 20 });
      const id = newId();
      const records: SyncRecord[] = [candidate(id), ...Array.from({ length: 119 }, (_, n) => note(newId(), id, `note ${n}`))];
      a.store.saveAll(records);
      const before = a.store.all();

      // Checkpoint, database info, _changes, checkpoint, two batches of the push: then down. (How
      // many requests a cycle makes before its push may vary, so what counts is what reached the server.)
      proxy.downAfter(6);
      await expect(a.replicator.syncOnce()).rejects.toMatchObject({ kind: 'unreachable' });
      expect(a.replicator.status.error?.kind).toBe('unreachable');
      expect(a.replicator.status.inProgress).toBe(false);
      expect(a.store.all()).toEqual(before);
      const direct = new CouchClient({ url: couch.url, db, auth: { kind: 'basic', username: 'ann', password: PASSWORDS.ann! } }, { online: () => true });
      const onServer = (await direct.dbInfo()).doc_count;
      expect(onServer).toBeGreaterThan(0);
      expect(onServer).toBeLessThan(records.length);
      // What the server took and acknowledged is no longer pending; a batch it took whose answer was
      // lost with the connection stays pending and is merged as its own echo next time.
      expect(a.replicator.status.pending).toBeGreaterThanOrEqual(records.length - onServer);
      expect(a.replicator.status.pending).toBeLessThanOrEqual(records.length);

      await proxy.up();
      const after = await a.replicator.syncOnce();
      expect([after.pending, after.error]).toEqual([0, null]);
      expect(a.store.all()).toEqual(before);

      // B's first pull is cut in the middle too; what it got stays, and the next cycle gets the rest.
      const b = side('bob', db, { url: proxy.url, pullBatch: 25 });
      proxy.downAfter(5);
      await expect(b.replicator.syncOnce()).rejects.toMatchObject({ kind: 'unreachable' });
      const partly = b.store.size;
      expect(partly).toBeGreaterThan(0);
      expect(partly).toBeLessThan(records.length);
      await proxy.up();
      await b.replicator.syncOnce();
      expect(notesOf(b.store, id)).toHaveLength(119);
      // Progress page by page, the second cycle going on from where the first was cut.
      expect(b.progress.every((step) => step.total === 120 && (step.done % 25 === 0 || step.done === 120))).toBe(true);
      expect(b.progress.map((step) => step.done)).toEqual([...new Set(b.progress.map((step) => step.done))].sort((x, y) => x - y));
      expect(b.progress.at(-1)).toEqual({ done: 120, total: 120 });
      expect(b.progress.length).toBeGreaterThanOrEqual(2);
    } finally {
      await proxy.stop();
    }
  });

  it('a wrong password, a user who is not a member, a database that does not exist: each its own error, nothing local touched', async () => {
    const db = await team();
    const cases: Array<[Side, string]> = [
      [side('ann', db, { password: 'wrong' }), 'unauthorized'],
      [side('eve', db), 'forbidden'],
      [side('ann', 'no-such-team'), 'not-found'],
    ];
    for (const [{ store, replicator }, kind] of cases) {
      const mine = candidate(newId());
      store.save(mine);
      await expect(replicator.syncOnce()).rejects.toMatchObject({ kind });
      expect(replicator.status).toMatchObject({ error: { kind }, pending: 1, lastSyncedAt: null, inProgress: false });
      expect(store.all()).toEqual([mine]);
    }
  });

  it('documents that fail the schema are refused and counted; the rest arrive', async () => {
    const db = await team();
    const id = newId();
    const good = toDoc(candidate(id));
    const bad = [
      toDoc(candidate(newId(), { url: 'javascript:alert(1)' })),
      { _id: 'note:01JBAD', type: 'note', body: 'no metadata' },
      { _id: 'something-else', hello: 'world' },
    ];
    const written = await couch.admin('POST', `/${db}/_bulk_docs`, { docs: [good, ...bad] });
    expect(written.status).toBe(201);
    const b = side('bob', db);
    const status = await b.replicator.syncOnce();
    expect(status.refusedIncoming).toBe(3);
    expect(status.error).toBeNull();
    expect(b.store.all().map((record) => record.id)).toEqual([id]);
  });

  it('a validation rule on the server refuses a record: reported, kept locally, the others pushed', async () => {
    const db = await team();
    const rule = 'function (doc) { if (doc.body && doc.body.indexOf("secret") >= 0) throw({ forbidden: "no secrets in notes" }); }';
    expect((await couch.admin('PUT', `/${db}/_design/rules`, { validate_doc_update: rule })).status).toBe(201);
    const a = side('ann', db);
    const id = newId();
    a.store.saveAll([candidate(id), note(newId(), id, 'the secret salary'), note(newId(), id, 'fine')]);
    const status = await a.replicator.syncOnce();
    expect(status).toMatchObject({ refusedOutgoing: 1, pending: 1, error: { kind: 'refused' } });
    const b = side('bob', db);
    await b.replicator.syncOnce();
    expect(notesOf(b.store, id)).toEqual(['fine']);
    expect(notesOf(a.store, id)).toEqual(['fine', 'the secret salary']);
  });

  it('keeps its checkpoint in the database and here: a new run resumes where the last ended', async () => {
    const db = await team();
    const a = side('ann', db);
    const id = newId();
    a.store.saveAll([candidate(id), note(newId(), id, 'one')]);
    await a.replicator.syncOnce();
    const b = side('bob', db);
    await b.replicator.syncOnce();
    const checkpoint = await couch.admin('GET', `/${db}/_local/skillmark-bob-replica`);
    expect(checkpoint.json).toMatchObject({ last_seq: expect.anything() });

    const asked: string[] = [];
    const spying: typeof fetch = (input, init) => {
      if (String(input).includes('_changes')) asked.push(new URL(String(input)).searchParams.get('since') ?? '');
      return fetch(input, init);
    };
    const again = side('bob', db, { store: b.store, fetch: spying });
    await again.replicator.syncOnce();
    expect(asked[0]).toBe(JSON.stringify((checkpoint.json as { last_seq: unknown }).last_seq));
  });
});

describe('live sync', { timeout: 20_000 }, () => {
  it('one changed note on A is visible on B through the long poll; stopping keeps the local data', async () => {
    const db = await team();
    const a = side('ann', db);
    const b = side('bob', db);
    const id = newId();
    a.store.save(candidate(id));
    const stop = new AbortController();
    const loops = [a.replicator.live(stop.signal), b.replicator.live(stop.signal)];
    try {
      await waitFor(() => b.store.get('candidate', id) !== undefined);
      const words = note(newId(), id, 'Available from March', { updatedAt: at(5) });
      a.store.save(words);
      await waitFor(() => notesOf(b.store, id).length === 1);
      a.store.save(edited(words, { body: 'Available from April' }, at(6)));
      await waitFor(() => notesOf(b.store, id)[0] === 'Available from April');
    } finally {
      stop.abort();
      await Promise.all(loops);
    }
    expect(b.store.get('candidate', id)).toBeDefined();
    expect(b.replicator.status.inProgress).toBe(false);
  });

  it('backs off while the server is away and catches up when it is back', async () => {
    const db = await team();
    const proxy = await startProxy(couch.url);
    const a = side('ann', db, { url: proxy.url });
    const b = side('bob', db);
    const stop = new AbortController();
    const loop = a.replicator.live(stop.signal);
    try {
      proxy.downAfter(0);
      const id = newId();
      a.store.save(candidate(id));
      await waitFor(() => a.replicator.status.error?.kind === 'unreachable');
      await proxy.up();
      await waitFor(() => a.replicator.status.pending === 0 && a.replicator.status.error === null);
      await b.replicator.syncOnce();
      expect(b.store.get('candidate', id)).toEqual(a.store.get('candidate', id));
    } finally {
      stop.abort();
      await loop;
      await proxy.stop();
    }
  });
});
