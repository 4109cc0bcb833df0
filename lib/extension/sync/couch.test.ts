import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CouchClient, CouchConfig } from './couch';
import { SyncError } from './errors';
import { startCouch, startStub, type TestCouch } from './test-server';

let couch: TestCouch;

beforeAll(async () => {
  couch = await startCouch({ users: ['ann', 'bob'] });
  await couch.createDb('team', ['ann']);
}, 30_000);

afterAll(() => couch?.stop());

const ann = (auth: 'basic' | 'session' = 'basic', db = 'team') => new CouchClient({ url: couch.url, db, auth: { kind: auth, username: 'ann', password: 'ann-pw' } });

async function failure(promise: Promise<unknown>): Promise<SyncError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(SyncError);
  return error as SyncError;
}

describe('CouchClient against pouchdb-server', { timeout: 20_000 }, () => {
  it('reads the server and the database, and what _security means for a member', async () => {
    const client = ann();
    expect((await client.serverInfo()).version).toMatch(/\d/);
    expect((await client.dbInfo()).db_name).toBe('team');
    expect(await client.access()).toEqual({ user: 'ann', roles: [], membersOnly: true, isMember: true, isAdmin: false });
  });

  it('logs in with a cookie session and uses it', async () => {
    const client = ann('session');
    expect((await client.session()).name).toBe('ann');
    expect((await client.dbInfo()).db_name).toBe('team');
  });

  it('a database anyone can read is not members-only', async () => {
    await couch.admin('PUT', '/open');
    const access = await new CouchClient({ url: couch.url, db: 'open', auth: { kind: 'basic', username: 'bob', password: 'bob-pw' } }).access();
    expect(access.membersOnly).toBe(false);
    expect(access.isMember).toBe(false);
  });

  it('a wrong password is "unauthorized", in words that name neither the password nor the header', async () => {
    for (const kind of ['basic', 'session'] as const) {
      const client = new CouchClient({ url: couch.url, db: 'team', auth: { kind, username: 'ann', password: 'not-her-password' } });
      const error = await failure(client.dbInfo());
      expect(error.kind).toBe('unauthorized');
      expect(error.message).toMatch(/user name or password/);
      expect(`${error.message} ${error.detail}`).not.toMatch(/not-her-password|Basic|AuthSession/);
    }
  });

  it('a user who is not a member is "forbidden" (pouchdb-server says 401; the session shows the password was right)', async () => {
    const bob = new CouchClient({ url: couch.url, db: 'team', auth: { kind: 'basic', username: 'bob', password: 'bob-pw' } });
    const error = await failure(bob.dbInfo());
    expect(error.kind).toBe('forbidden');
    expect(error.message).toMatch(/not a member/);
  });

  it('a database that does not exist is "not-found"', async () => {
    expect((await failure(ann('basic', 'no-such-db').dbInfo())).kind).toBe('not-found');
    // A missing _local document is no error, a missing database is.
    expect(await ann().getLocal('nothing-here', z.object({}).passthrough())).toBeNull();
    expect((await failure(ann('basic', 'no-such-db').getLocal('x', z.object({}).passthrough()))).kind).toBe('not-found');
  });

  it('writes with _bulk_docs, reads back by key, and reports a conflict per document', async () => {
    const client = ann();
    const [written] = await client.bulkDocs([{ _id: 'note:01A', n: 1 }]);
    expect(written?.rev).toMatch(/^1-/);
    const [conflict] = await client.bulkDocs([{ _id: 'note:01A', n: 2 }]);
    expect(conflict?.error).toBe('conflict');
    const rows = await client.allDocs(['note:01A', 'note:missing']);
    expect(rows[0]?.doc).toMatchObject({ _id: 'note:01A', n: 1 });
    expect(rows[1]?.error).toBe('not_found');
  });

  it('keeps _local documents, revision after revision', async () => {
    const client = ann();
    const first = await client.putLocal('checkpoint-test', { last_seq: 1 });
    const second = await client.putLocal('checkpoint-test', { last_seq: 2, _rev: first });
    expect(second).not.toBe(first);
    expect(await client.getLocal('checkpoint-test', z.object({ last_seq: z.number() }).passthrough())).toMatchObject({ last_seq: 2 });
  });

  it('reads _changes in pages, and a long poll returns at the next change or when told to stop', async () => {
    const client = ann();
    const start = (await client.changes({ since: 0 })).last_seq;
    await client.bulkDocs([{ _id: 'a1' }, { _id: 'a2' }, { _id: 'a3' }]);
    const page = await client.changes({ since: start, limit: 2, includeDocs: true });
    expect(page.results.map((row) => row.id)).toEqual(['a1', 'a2']);
    expect(page.results[0]?.doc).toMatchObject({ _id: 'a1' });
    const rest = await client.changes({ since: page.last_seq, limit: 2 });
    expect(rest.results.map((row) => row.id)).toEqual(['a3']);

    const waiting = client.changes({ since: rest.last_seq, feed: 'longpoll', includeDocs: true, timeoutMs: 10_000 });
    setTimeout(() => void client.bulkDocs([{ _id: 'a4' }]), 150);
    expect((await waiting).results.map((row) => row.id)).toEqual(['a4']);

    const stop = new AbortController();
    const stopped = client.changes({ since: (await waiting).last_seq, feed: 'longpoll', timeoutMs: 10_000, signal: stop.signal });
    setTimeout(() => stop.abort(), 100);
    await expect(stopped).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('a long poll with no news ends by its own timeout, even where the server ignores `timeout`', async () => {
    const client = ann();
    const since = (await client.changes({ since: 0 })).last_seq;
    const started = Date.now();
    const answer = await client.changes({ since, feed: 'longpoll', timeoutMs: 200 });
    expect(answer.results).toEqual([]);
    expect(answer.last_seq).toEqual(since);
    expect(Date.now() - started).toBeLessThan(8000);
  });
});

describe('CouchClient error words, against a stub that answers as CouchDB 3 does', () => {
  it('maps statuses and bad answers to kinds, sends credentials only to its own origin and never follows a redirect', async () => {
    const answers: Record<string, { status: number; body: string; headers?: Record<string, string> }> = {
      '/forbidden': { status: 403, body: '{"error":"forbidden","reason":"You are not allowed to access this db."}' },
      '/down': { status: 503, body: '<html>Service Unavailable</html>' },
      '/html': { status: 200, body: '<html>a login page</html>' },
      '/shape': { status: 200, body: '{"db_name":"shape"}' },
      '/moved': { status: 302, body: '', headers: { Location: 'http://example.invalid/' } },
    };
    const stub = await startStub((_method, path) => answers[path] ?? { status: 404, body: '{"error":"not_found"}' });
    try {
      const client = (db: string) => new CouchClient({ url: stub.url, db, auth: { kind: 'basic', username: 'ann', password: 'ann-pw' } });
      expect((await failure(client('forbidden').dbInfo())).kind).toBe('forbidden');
      const down = await failure(client('down').dbInfo());
      expect([down.kind, down.status]).toEqual(['server', 503]);
      expect((await failure(client('html').dbInfo())).kind).toBe('invalid-response');
      expect((await failure(client('shape').dbInfo())).kind).toBe('invalid-response');
      expect((await failure(client('moved').dbInfo())).kind).toBe('redirected');
      expect(stub.seen.every((request) => request.authorization === `Basic ${btoa('ann:ann-pw')}`)).toBe(true);
      expect(stub.seen.map((request) => request.path)).toEqual(['/forbidden', '/down', '/html', '/shape', '/moved']);
    } finally {
      await stub.stop();
    }
  });

  it('no server: "unreachable" when online, "offline" when the browser says so', async () => {
    const stub = await startStub(() => ({ status: 200, body: '{}' }));
    await stub.stop();
    const config = { url: stub.url, db: 'team', auth: { kind: 'none' as const } };
    expect((await failure(new CouchClient(config, { online: () => true }).dbInfo())).kind).toBe('unreachable');
    expect((await failure(new CouchClient(config, { online: () => false }).dbInfo())).kind).toBe('offline');
  });

  it('refuses an address with credentials in it, a non-http(s) one, and a bad database name', () => {
    const auth = { kind: 'none' as const };
    expect(CouchConfig.safeParse({ url: 'https://ann:pw@couch.example.com', db: 'team', auth }).success).toBe(false);
    expect(CouchConfig.safeParse({ url: 'ftp://couch.example.com', db: 'team', auth }).success).toBe(false);
    expect(CouchConfig.safeParse({ url: 'https://couch.example.com', db: '_users', auth }).success).toBe(false);
    expect(CouchConfig.safeParse({ url: 'https://couch.example.com/couch', db: 'team-1', auth }).success).toBe(true);
  });
});
