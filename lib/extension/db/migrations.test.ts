import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Dexie from 'dexie';
import { decodeTime } from 'ulid';
import { describe, expect, it } from 'vitest';
import { SEEDS } from '../../../test/golden';
import { DB_VERSION, SkillmarkDB, V1_STORES, V2_STORES, V3_STORES } from './db';
import { DexieStore } from '../sync/dexie-store';
import { Annotation, Candidate, Meta, Note, Role, Settings, Snapshot, type Candidate as CandidateT } from '../../shared/records';
import { CandidateV1, type TablesV2 } from '../../shared/legacy-records';
import { ULID_PATTERN } from '../../shared/ids';
import { DEMO_ROLE } from '../roles/demo';
import { summaryOf } from './summary';
import { listCandidates, notesOf } from './reads';
import { readSets } from './note-sets';
import { PANEL_WIDTH } from '../../shared/panel-size';

/** seeds/db/vN.json: a database as version N of Skillmark wrote it, committed for every version. */
const fixture = (v: number) => JSON.parse(readFileSync(join(SEEDS, 'db', `v${v}.json`), 'utf8')) as { version: number; tables: Record<string, unknown[]> };

/** A database as version `v` of Skillmark left it, with the rows given. */
async function writeVersion(name: string, v: 1 | 2 | 3, tables: Record<string, unknown[]>) {
  const old = new Dexie(name);
  old.version(1).stores(V1_STORES);
  if (v >= 2) old.version(2).stores(V2_STORES);
  if (v >= 3) old.version(3).stores(V3_STORES);
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(tables)) await old.table(table).bulkAdd(rows);
  });
  old.close();
}

/** Everything of a version 3 database, each table checked against its schema. */
async function read(db: SkillmarkDB) {
  return {
    candidates: Candidate.array().parse(await db.candidates.toArray()),
    snapshots: Snapshot.array().parse(await db.snapshots.toArray()),
    notes: Note.array().parse(await readSets(db, null)),
    annotations: Annotation.array().parse(await db.annotations.toArray()),
    roles: Role.strict().array().parse(await db.roles.toArray()),
    settings: Settings.array().parse(await db.settings.toArray()),
  };
}

const untouched = { author: '', deletedAt: null };
const stamp = (id: string) => new Date(decodeTime(id)).toISOString();
/** The record without the fields named. */
function without<T extends object, K extends keyof T>(o: T, ...keys: K[]): Omit<T, K> {
  return Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k as K))) as Omit<T, K>;
}

describe('schema migrations', () => {
  it('has a fixture for every version', () => {
    for (let v = 1; v <= DB_VERSION; v++) expect(fixture(v).version).toBe(v);
  });

  it('a database of the latest version opens as it is, nothing changed', async () => {
    const { tables } = fixture(DB_VERSION);
    const db = new SkillmarkDB('latest-fixture', '0.1.0');
    await db.transaction('rw', db.tables, async () => {
      for (const [table, rows] of Object.entries(tables)) await db.table(table).bulkPut(rows);
    });
    // Writing the records took sync rows of their own: the fixture's are put back over them.
    await db.transaction('rw', db.syncState, db.syncMeta, async () => {
      await Promise.all([db.syncState.clear(), db.syncMeta.clear()]);
      await Promise.all([db.syncState.bulkPut(tables.syncState as never[]), db.syncMeta.bulkPut(tables.syncMeta as never[])]);
    });
    db.close();
    const again = new SkillmarkDB('latest-fixture', '0.1.0');
    for (const [table, rows] of Object.entries(tables)) expect(await again.table(table).toArray()).toEqual(rows);
    expect((await read(again)).candidates).toHaveLength(tables.candidates!.length);
    await again.delete();
  });

  it('version 2 upgrades to 3 with nothing lost: every record a ULID, every reference re-pointed, field by field', async () => {
    const before = fixture(2).tables as unknown as TablesV2;
    await writeVersion('migrate-v2', 2, before as unknown as Record<string, unknown[]>);
    const db = new SkillmarkDB('migrate-v2', '9.9.9');
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    const after = await read(db);
    for (const table of ['candidates', 'snapshots', 'notes', 'annotations', 'roles', 'settings'] as const) expect(after[table]).toHaveLength(before[table].length);

    // Roles: new ids (the demo role's is the one shipped), everything else as it was.
    const roleIds = new Map<string, string>();
    for (const old of before.roles) {
      const r = after.roles.find((x) => x.title === old.title)!;
      expect(r.id).toMatch(ULID_PATTERN);
      expect(stamp(r.id)).toBe(old.createdAt);
      expect(r).toEqual({ ...without(old, 'id'), id: r.id, ...untouched });
      roleIds.set(old.id, r.id);
    }
    expect(roleIds.get('demo-staff-sre')).toBe(DEMO_ROLE.id);

    // Candidates: found by their normalised URL (their old id); the address they were saved from kept as pageUrl.
    const candidateIds = new Map<string, string>();
    for (const old of before.candidates) {
      const c = after.candidates.find((x) => x.url === old.id)!;
      expect(c.id).toMatch(ULID_PATTERN);
      expect(stamp(c.id)).toBe(old.firstSeen);
      expect(c).toEqual({ ...without(old, 'id', 'url', 'roleId'), id: c.id, url: old.id, pageUrl: old.url, roleId: old.roleId === null ? null : roleIds.get(old.roleId)!, ...untouched } satisfies CandidateT);
      candidateIds.set(old.id, c.id);
    }
    const ravi = after.candidates.find((c) => c.name === 'Ravi Prakash')!;
    expect(ravi).toMatchObject({ pageUrl: 'https://talent.example.com/p/002-resume?utm_source=linkedin#experience', corrections: { company: 'Acme Labs', skills: { Go: 6 } }, roleId: roleIds.get('5b0c3f6e-8a61-4d1e-9f3a-2c7d4e9b1a07') });
    expect(new Set(after.candidates.map((c) => c.id)).size).toBe(before.candidates.length);

    // Snapshots: one per candidate, the profile as it was.
    for (const old of before.snapshots) {
      const s = after.snapshots.find((x) => x.candidateId === candidateIds.get(old.id))!;
      expect(s).toEqual({ id: s.id, candidateId: candidateIds.get(old.id), profile: old.profile, savedAt: old.savedAt, updatedAt: old.savedAt, ...untouched });
      expect(s.id).toMatch(ULID_PATTERN);
    }

    // Notes: numbers become ULIDs of their creation time, on the candidate's new id; `updated` is `updatedAt`.
    for (const old of before.notes) {
      const n = after.notes.find((x) => x.body === old.body)!;
      expect(n).toEqual({ ...without(old, 'id', 'updated'), id: n.id, candidateId: candidateIds.get(old.candidateId), updatedAt: old.updated, ...untouched });
      expect(stamp(n.id)).toBe(old.created);
    }
    expect(after.notes.find((n) => n.draftKey)?.body).toBe('Call back Monday about the notice period.');
    expect(new Set(after.notes.map((n) => n.id)).size).toBe(before.notes.length);

    for (const old of before.annotations) {
      const a = after.annotations.find((x) => x.note === old.note)!;
      expect(a).toEqual({ ...without(old, 'id', 'updated'), id: a.id, candidateId: candidateIds.get(old.candidateId), updatedAt: old.updated, ...untouched });
      expect(a.id).toMatch(ULID_PATTERN);
    }

    // Settings: the active role re-pointed, the new display name empty, the rest as it was.
    expect(after.settings).toEqual([{ ...before.settings[0], activeRoleId: roleIds.get(before.settings[0]!.activeRoleId!), displayName: '', panelWidth: PANEL_WIDTH.initial }]);
    expect(Meta.parse(await db.meta.get('writer'))).toEqual({ key: 'writer', schemaVersion: DB_VERSION, appVersion: '9.9.9' });

    // And the readers see it: Sudeep's two notes, on his new id.
    const sudeep = (await listCandidates(db)).find((c) => c.name === 'Sudeep Gupta')!;
    expect((await notesOf(db, sudeep.id)).map((n) => n.body)).toEqual(['Built the Airflow platform at Farfetch; ask about the cost savings.', 'Second call booked for Thursday.']);
    await db.delete();
  });

  it('the version 4 fixture is the version 2 fixture upgraded, and the version 3 fixture with the writer named', async () => {
    await writeVersion('migrate-v2-fixture', 2, fixture(2).tables);
    const db = new SkillmarkDB('migrate-v2-fixture', '0.1.0');
    await read(db);
    for (const [table, rows] of Object.entries(fixture(4).tables)) expect(await db.table(table).toArray()).toEqual(rows);
    expect(db.tables.map((t) => t.name).sort()).toEqual(Object.keys(fixture(4).tables).sort());
    for (const [table, rows] of Object.entries(fixture(3).tables)) if (table !== 'meta') expect(fixture(4).tables[table]).toEqual(rows);
    await db.delete();
  });

  it('version 3 upgrades to 4: every record pending, once, in the order others point at them (roles, candidates, snapshots, notes, annotations)', async () => {
    const { tables } = fixture(3);
    await writeVersion('migrate-v3', 3, tables);
    const db = new SkillmarkDB('migrate-v3', '0.1.0');
    await db.open();
    expect(db.verno).toBe(4);
    // Nothing of the records changed.
    for (const [table, rows] of Object.entries(tables)) if (table !== 'meta') expect(await db.table(table).toArray()).toEqual(rows);
    const notes = (tables.noteSets as { candidateId: string; notes: { id: string }[] }[]).flatMap((s) => s.notes.map((n) => ({ key: `note:${n.id}`, set: s.candidateId })));
    const expected = [
      ...(tables.roles as { id: string }[]).map((r) => ({ key: `role:${r.id}` })),
      ...(tables.candidates as { id: string }[]).map((c) => ({ key: `candidate:${c.id}` })),
      ...(tables.snapshots as { id: string }[]).map((x) => ({ key: `snapshot:${x.id}` })),
      ...notes,
      ...(tables.annotations as { id: string }[]).map((a) => ({ key: `annotation:${a.id}` })),
    ];
    const rows = await db.syncState.orderBy('pendingSeq').toArray();
    expect(rows.map(({ key, set }) => (set ? { key, set } : { key }))).toEqual(expected);
    expect(rows.map((r) => r.seq)).toEqual(expected.map((_, i) => i + 1));
    expect(rows.every((r) => r.syncedSeq === 0 && r.pendingSeq === r.seq && r.sync === null)).toBe(true);
    expect(await db.syncMeta.get('seq')).toEqual({ name: 'seq', value: expected.length });
    // The sync store hands them out in that order, as they are.
    const store = new DexieStore(db);
    const pending = await store.pending(0, 1000);
    expect(pending.map((e) => `${e.record.type}:${e.record.id}`)).toEqual(expected.map((e) => e.key));
    expect(await store.pendingCount()).toBe(expected.length);
    await db.delete();
  });

  it('version 1 upgrades to 3 with nothing lost', async () => {
    const before = fixture(1).tables;
    await writeVersion('migrate-v1', 1, before);
    const db = new SkillmarkDB('migrate-v1');
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    const after = await read(db);

    const old = CandidateV1.array().parse(before.candidates);
    expect(after.candidates.map((c) => c.url).sort()).toEqual(old.map((c) => c.id).sort());
    for (const o of old) {
      const c = after.candidates.find((x) => x.url === o.id)!;
      // Everything the recruiter set is kept; the summary is the profile's; the profile is in its snapshot.
      expect(c).toMatchObject({ pageUrl: o.url, tags: o.tags, rating: o.rating, stage: o.stage, roleId: DEMO_ROLE.id, matchScore: o.matchScore, firstSeen: o.firstSeen, lastSeen: o.lastSeen, updatedAt: o.updatedAt, kind: o.kind, ...summaryOf(o.profile), ...untouched });
      expect(after.snapshots.find((s) => s.candidateId === c.id)?.profile).toEqual(o.profile);
    }
    const sudeep = after.candidates.find((c) => c.name === 'Sudeep Gupta')!;
    expect(sudeep.notesCount).toBe(2);
    expect(sudeep.searchText).toContain('ask about the cost savings');
    const notes = before.notes as { body: string; created: string; updated: string; candidateId: string }[];
    expect(after.notes.map((n) => ({ body: n.body, created: n.created, updatedAt: n.updatedAt, url: after.candidates.find((c) => c.id === n.candidateId)!.url }))).toEqual(notes.map((n) => ({ body: n.body, created: n.created, updatedAt: n.updated, url: n.candidateId })));
    expect(after.annotations.map((a) => a.note)).toEqual((before.annotations as { note: string }[]).map((a) => a.note));
    expect(after.roles.map((r) => r.id)).toEqual([DEMO_ROLE.id]);
    expect(after.settings[0]).toMatchObject({ activeRoleId: DEMO_ROLE.id, displayName: '' });
    await db.delete();
  });

  it('repairs what version 3 refuses rather than fail to open: a free-text date, a javascript: link', async () => {
    const { tables } = fixture(2);
    const [first] = tables.candidates as { id: string; updatedAt: string }[];
    const [snapshot] = tables.snapshots as { id: string; profile: { links: { label: string; url: string }[] } }[];
    const broken = {
      ...tables,
      candidates: [{ ...first!, updatedAt: 'last Tuesday' }, ...tables.candidates!.slice(1)],
      snapshots: [{ ...snapshot!, profile: { ...snapshot!.profile, links: [{ label: 'x', url: 'javascript:alert(1)' }, { label: 'site', url: 'https://jane.dev' }] } }, ...tables.snapshots!.slice(1)],
    };
    await writeVersion('migrate-repair', 2, broken);
    const db = new SkillmarkDB('migrate-repair');
    const after = await read(db);
    const c = after.candidates.find((x) => x.url === first!.id)!;
    expect(Number.isFinite(Date.parse(c.updatedAt))).toBe(true);
    expect(after.snapshots.find((s) => s.candidateId === c.id)!.profile.links).toEqual([{ label: 'site', url: 'https://jane.dev' }]);
    await db.delete();
  });
});
