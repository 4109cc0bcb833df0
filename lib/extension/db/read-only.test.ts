import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SEEDS } from '../../../test/golden';
import { emptyProfile } from '../../shared/empty-profile';
import { DB_VERSION, SkillmarkDB, whyReadOnly } from './db';
import { addNote, deleteCandidates, listRoles, saveCandidate, updateSettings } from './repository';
import { listCandidates } from './reads';
import { applyImport, checkBackup } from '../backup/import';
import { buildBackup } from '../backup/format';
import { readPageState } from '../messaging/page-state';

const v3 = () => JSON.parse(readFileSync(join(SEEDS, 'db', 'v3.json'), 'utf8')).tables as Record<string, object[]>;
const STORES = { candidates: 'id, &url, updatedAt, roleId, *emails, nameKey', snapshots: 'id, &candidateId', noteSets: 'candidateId', annotations: 'id, candidateId', roles: 'id, updatedAt', settings: 'key', meta: 'key', syncState: 'key, pendingSeq', syncMeta: 'name' };

/** A database as a future Skillmark might leave it: this version's tables, at `version`, with a `meta` record. */
async function writtenByNewer(name: string, version: number, meta: object | null) {
  const future = new Dexie(name);
  future.version(version).stores({ ...STORES, sequences: 'id' });
  await future.open();
  const tables = v3();
  await future.transaction('rw', future.tables, async () => {
    for (const [t, rows] of Object.entries(tables)) if (t !== 'meta') await future.table(t).bulkAdd(rows);
    if (meta) await future.table('meta').put(meta);
  });
  future.close();
  return tables;
}

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});
const url = 'https://talent.example.com/p/000-vetted-talent';
const detection = { isProfile: true, kind: 'resume' as const, confidence: 1 };

describe('a database written by a newer Skillmark', () => {
  it('opens read-only, says who wrote it, refuses every write with that message, and changes nothing', async () => {
    names.push('newer-meta');
    const tables = await writtenByNewer('newer-meta', 5, { key: 'writer', schemaVersion: 5, appVersion: '0.4.0' });
    const db = new SkillmarkDB('newer-meta', '0.1.0');
    const message = 'This data was written by Skillmark 0.4.0; update Skillmark to edit it. Until then it can be read and exported, not changed.';
    expect(await whyReadOnly(db)).toBe(message);
    // Everything reads as before.
    expect((await listCandidates(db)).map((c) => c.name).sort()).toEqual(tables.candidates!.map((c) => (c as { name: string | null }).name).sort());
    expect((await readPageState(db, url)).readOnly).toBe(message);
    expect((await listRoles(db)).length).toBe(2);
    // Every write is refused, with the message.
    const id = (await listCandidates(db))[0]!.id;
    for (const write of [
      () => saveCandidate(db, { url: 'https://example.com/new', profile: emptyProfile(), detection, roleId: null }),
      () => addNote(db, url, 'hello'),
      () => deleteCandidates(db, [id]),
      () => updateSettings(db, { displayName: 'Me' }),
      () => db.candidates.clear(),
    ]) {
      await expect(write()).rejects.toThrow(message);
    }
    const backup = checkBackup(buildBackup({ candidates: [], snapshots: [], notes: [], annotations: [], roles: [], settings: [] }, { now: new Date(), appVersion: '0.1.0' }));
    if (!backup.ok) throw new Error(backup.error);
    await expect(applyImport(db, backup.backup, 'replace')).rejects.toThrow(message);
    db.close();

    // Nothing was dropped or rewritten: the newer version's table and version are as it left them.
    const raw = new Dexie('newer-meta');
    await raw.open();
    expect(raw.verno).toBe(5);
    expect(raw.tables.map((t) => t.name)).toContain('sequences');
    for (const [t, rows] of Object.entries(tables)) if (t !== 'meta') expect(await raw.table(t).toArray()).toEqual(rows);
    expect(await raw.table('meta').toArray()).toEqual([{ key: 'writer', schemaVersion: 5, appVersion: '0.4.0' }]);
    expect(await raw.table('syncState').count()).toBe(0);
    raw.close();
  });

  it('is known by its IndexedDB version alone when no meta record names the writer', async () => {
    names.push('newer-version');
    await writtenByNewer('newer-version', 6, null);
    const db = new SkillmarkDB('newer-version', '0.1.0');
    expect(await whyReadOnly(db)).toBe('This data was written by a newer Skillmark (schema version 6); update Skillmark to edit it. Until then it can be read and exported, not changed.');
    db.close();
  });

  it('a meta record of a newer schema makes even a database of this version read-only; our own version is writable and names us', async () => {
    names.push('newer-record', 'ours');
    const db = new SkillmarkDB('newer-record', '0.1.0');
    await db.open();
    await db.meta.put({ key: 'writer', schemaVersion: 5, appVersion: '0.5.2' });
    db.close();
    const again = new SkillmarkDB('newer-record', '0.1.0');
    expect(await whyReadOnly(again)).toMatch(/^This data was written by Skillmark 0\.5\.2; update Skillmark to edit it\./);
    again.close();

    const ours = new SkillmarkDB('ours', '0.1.0');
    await saveCandidate(ours, { url, profile: emptyProfile(), detection, roleId: null });
    expect(await whyReadOnly(ours)).toBeNull();
    expect(await ours.meta.get('writer')).toEqual({ key: 'writer', schemaVersion: DB_VERSION, appVersion: '0.1.0' });
    ours.close();
  });
});
