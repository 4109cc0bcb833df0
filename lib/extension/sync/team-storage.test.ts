import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { SkillmarkDB } from '../db/db';
import { exportBackup } from '../export/run';
import { teamStorage } from './team-storage';

let db: SkillmarkDB;
afterEach(() => db?.delete());

const record = { settings: { url: 'https://couch.example.com', db: 'recruiting', auth: { kind: 'basic' as const, username: 'ann', password: 's3cret-pw' } }, enabled: true, replicaId: 'r1' };

describe('team settings in the extension database', () => {
  it('are kept and read back, and never part of a backup', async () => {
    db = new SkillmarkDB('team-storage-1');
    const team = teamStorage(db);
    expect(await team.load()).toBeNull();
    await team.save(record);
    expect(await team.load()).toEqual(record);
    expect(await exportBackup(db, '0.1.0')).not.toContain('s3cret-pw');
    await team.save(null);
    expect(await team.load()).toBeNull();
  });

  it('refuses to keep a record that fails its schema, and says so when a kept one cannot be read', async () => {
    db = new SkillmarkDB('team-storage-2');
    const team = teamStorage(db);
    await expect(team.save({ ...record, settings: { ...record.settings, url: 'javascript:alert(1)' } })).rejects.toThrow();
    await db.table('meta').put({ key: 'team', value: { settings: 'garbled' } });
    await expect(team.load()).rejects.toThrow(/enter them again/);
  });
});
