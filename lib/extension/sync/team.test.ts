import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryStore } from './memory-store';
import { TeamSync, type TeamRecord, type TeamSettings, type TeamView } from './team';
import { candidate, newId, note } from './test-records';
import { startCouch, type TestCouch } from './test-server';

let couch: TestCouch;
let dbCount = 0;

beforeAll(async () => {
  couch = await startCouch({ users: ['ann', 'bob'] });
}, 30_000);

afterAll(() => couch?.stop());

async function teamDb(members = ['ann', 'bob']): Promise<string> {
  const db = `team-sync-${++dbCount}`;
  await couch.createDb(db, members);
  return db;
}

/** A recruiter's Skillmark: its store, its kept team record, and which origins the browser granted. */
function recruiter(granted = true) {
  const store = new MemoryStore();
  const kept: { record: TeamRecord | null } = { record: null };
  const team = new TeamSync({
    store,
    load: async () => kept.record,
    save: async (record) => void (kept.record = record),
    hasPermission: async () => granted,
    newReplicaId: () => `replica-${newId()}`,
    online: () => true,
    replicator: { longpollMs: 1000, backoffMs: { first: 50, max: 200 } },
  });
  return { store, kept, team };
}

const settings = (db: string, user = 'ann', password = `${user}-pw`): TeamSettings => ({ url: couch.url, db, auth: { kind: 'basic', username: user, password } });

async function until(view: () => Promise<TeamView>, check: (v: TeamView) => boolean): Promise<TeamView> {
  const end = Date.now() + 8000;
  for (;;) {
    const v = await view();
    if (check(v) || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('team sharing: check, start, stop', { timeout: 20_000 }, () => {
  it('checks a members-only database the user belongs to, and writes nothing', async () => {
    const db = await teamDb();
    const { team, kept } = recruiter();
    expect(await team.check(settings(db))).toMatchObject({ ok: true, user: 'ann', documents: 0 });
    expect(kept.record).toBeNull();
    expect((await team.view()).configured).toBe(false);
  });

  it('refuses a database anyone can read, a wrong password, a non-member, a missing database, and an origin not granted, each in words', async () => {
    const open = `team-sync-open-${++dbCount}`;
    await couch.admin('PUT', `/${open}`);
    const db = await teamDb(['bob']);
    const { team } = recruiter();
    const kinds = async (s: TeamSettings) => {
      const r = await team.check(s);
      return r.ok ? 'ok' : r.error.kind;
    };
    expect(await kinds({ ...settings(open), auth: { kind: 'basic', username: 'admin', password: 'admin-secret' } })).toBe('not-members-only');
    expect(await kinds(settings(db, 'ann', 'wrong'))).toBe('unauthorized');
    expect(await kinds(settings(db, 'ann'))).toMatch(/forbidden|unauthorized/);
    expect(await kinds(settings('no-such-db'))).toMatch(/not-found|unauthorized/);
    const { team: ungranted } = recruiter(false);
    const refused = await ungranted.check(settings(db, 'bob'));
    expect(refused).toMatchObject({ ok: false, error: { kind: 'no-permission' } });
    expect(refused.ok ? '' : refused.error.message).toMatch(/allow it/);
    // No message carries the password.
    const wrong = await team.check(settings(db, 'ann', 'wrong'));
    expect(JSON.stringify(wrong)).not.toContain('wrong');
  });

  it('two recruiters start sharing: what A saved reaches B, and the status says when it last synced', async () => {
    const db = await teamDb();
    const a = recruiter();
    const b = recruiter();
    const id = newId();
    a.store.save(candidate(id));
    a.store.save(note(newId(), id, 'Strong on Go'));
    expect(await a.team.start(settings(db, 'ann'))).toMatchObject({ ok: true });
    const aView = await until(() => a.team.view(), (v) => v.lastSyncedAt !== null && v.pending === 0);
    expect(aView).toMatchObject({ configured: true, enabled: true, db, username: 'ann', authKind: 'basic', pending: 0, error: null });
    expect(JSON.stringify(aView)).not.toContain('ann-pw');
    expect(a.kept.record).toMatchObject({ enabled: true, settings: { db } });

    await b.team.start(settings(db, 'bob'));
    await until(() => b.team.view(), (v) => v.lastSyncedAt !== null);
    expect(b.store.get('candidate', id)).toEqual(a.store.get('candidate', id));
  });

  it('live while a page is open: a note saved on A reaches B without a sync by hand', async () => {
    const db = await teamDb();
    const a = recruiter();
    const b = recruiter();
    await a.team.start(settings(db, 'ann'));
    await b.team.start(settings(db, 'bob'));
    await Promise.all([a.team.setLive(true), b.team.setLive(true)]);
    try {
      const id = newId();
      a.store.save(candidate(id));
      a.team.nudge();
      const end = Date.now() + 8000;
      while (!b.store.get('candidate', id) && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
      expect(b.store.get('candidate', id)).toBeDefined();
    } finally {
      await Promise.all([a.team.setLive(false), b.team.setLive(false)]);
    }
  });

  it('stopping keeps every local record and the settings but not the password; a sync then sends nothing', async () => {
    const db = await teamDb();
    const a = recruiter();
    await a.team.start(settings(db, 'ann'));
    await until(() => a.team.view(), (v) => v.lastSyncedAt !== null);
    const id = newId();
    a.store.save(candidate(id));
    await a.team.stop();
    expect(a.store.get('candidate', id)).toBeDefined();
    expect(a.kept.record).toMatchObject({ enabled: false, settings: { db, auth: { username: 'ann', password: '' } } });
    expect(await a.team.view()).toMatchObject({ configured: true, enabled: false });
    await a.team.syncNow();
    const onServer = await couch.admin('GET', `/${db}/candidate:${id}`);
    expect(onServer.status).toBe(404);
  });

  it('sharing that was on carries on after the background restarts; a permission taken away is said, not retried blindly', async () => {
    const db = await teamDb();
    const a = recruiter();
    await a.team.start(settings(db, 'ann'));
    await until(() => a.team.view(), (v) => v.lastSyncedAt !== null);
    // A new background (the service worker woke up) with the same kept record.
    const again = new TeamSync({ store: a.store, load: async () => a.kept.record, save: async () => undefined, hasPermission: async () => false, newReplicaId: () => 'unused', online: () => true });
    const view = await again.syncNow();
    expect(view).toMatchObject({ enabled: true, error: { kind: 'no-permission' } });
  });

  it('kept settings that cannot be read are reported, and starting again replaces them', async () => {
    const db = await teamDb();
    const store = new MemoryStore();
    let kept: TeamRecord | null = null;
    const team = new TeamSync({
      store,
      load: async () => {
        throw new Error('The team settings kept on this computer cannot be read: enter them again in Settings → Team.');
      },
      save: async (record) => void (kept = record),
      hasPermission: async () => true,
      newReplicaId: () => `replica-${newId()}`,
      online: () => true,
    });
    expect(await team.view()).toMatchObject({ configured: false, error: { kind: 'local', message: expect.stringMatching(/enter them again/) } });
    expect(await team.syncNow()).toMatchObject({ enabled: false });
    expect(await team.start(settings(db))).toMatchObject({ ok: true });
    expect(kept).toMatchObject({ enabled: true, settings: { db } });
    expect((await team.view()).error).toBeNull();
  });
});
