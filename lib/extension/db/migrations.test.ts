import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { SEEDS } from '../../../test/golden';
import { DB_VERSION, SkillmarkDB, V1_STORES } from './db';
import { Candidate, CandidateV1, Snapshot } from '../../shared/records';
import { summaryOf } from './summary';

/** seeds/db/vN.json: a database as version N of Skillmark wrote it, committed for every version. */
const fixture = (v: number) => JSON.parse(readFileSync(join(SEEDS, 'db', `v${v}.json`), 'utf8')) as { version: number; tables: Record<string, unknown[]> };

async function writeVersion1(name: string) {
  const old = new Dexie(name);
  old.version(1).stores(V1_STORES);
  const { tables } = fixture(1);
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(tables)) await old.table(table).bulkAdd(rows);
  });
  old.close();
  return tables;
}

describe('schema migrations', () => {
  it('has a fixture for every version', () => {
    for (let v = 1; v <= DB_VERSION; v++) expect(fixture(v).version).toBe(v);
  });

  it('a database of the latest version opens as it is, nothing changed', async () => {
    const { tables } = fixture(DB_VERSION);
    const db = new SkillmarkDB('latest-fixture');
    await db.transaction('rw', db.tables, async () => {
      for (const [table, rows] of Object.entries(tables)) await db.table(table).bulkAdd(rows);
    });
    db.close();
    const again = new SkillmarkDB('latest-fixture');
    for (const [table, rows] of Object.entries(tables)) expect(await again.table(table).toArray()).toEqual(rows);
    expect(Candidate.array().parse(await again.candidates.toArray())).toHaveLength(tables.candidates!.length);
    await again.delete();
  });

  it('version 1 upgrades to the latest with nothing lost', async () => {
    const before = await writeVersion1('migrate-v1');
    const db = new SkillmarkDB('migrate-v1');
    await db.open();
    expect(db.verno).toBe(DB_VERSION);

    const old = CandidateV1.array().parse(before.candidates);
    const candidates = Candidate.array().parse(await db.candidates.toArray());
    const snapshots = Snapshot.array().parse(await db.snapshots.toArray());
    expect(candidates.map((c) => c.id).sort()).toEqual(old.map((c) => c.id).sort());
    for (const o of old) {
      const c = candidates.find((x) => x.id === o.id)!;
      // Everything the recruiter set is kept; the summary is the profile's; the profile is in its snapshot.
      expect(c).toMatchObject({ url: o.url, tags: o.tags, rating: o.rating, stage: o.stage, roleId: o.roleId, matchScore: o.matchScore, firstSeen: o.firstSeen, lastSeen: o.lastSeen, updatedAt: o.updatedAt, kind: o.kind, ...summaryOf(o.profile) });
      expect(snapshots.find((s) => s.id === o.id)?.profile).toEqual(o.profile);
    }
    const sudeep = candidates.find((c) => c.name === 'Sudeep Gupta')!;
    expect(sudeep.notesCount).toBe(2);
    expect(sudeep.searchText).toContain('ask about the cost savings');
    expect(await db.notes.toArray()).toEqual(before.notes);
    expect(await db.annotations.toArray()).toEqual(before.annotations);
    expect(await db.roles.toArray()).toEqual(before.roles);
    expect(await db.settings.toArray()).toEqual(before.settings);
    await db.delete();
  });
});
