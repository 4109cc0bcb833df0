import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildBackup } from './format';
import { emptyProfile } from '../../shared/empty-profile';
import { SkillmarkDB } from '../db/db';
import { applyImport, checkBackup, describePreview, previewImport } from './import';
import { addAnnotation, addNote, saveCandidate, saveRole, updateSettings } from '../db/repository';
import { describe as describeQuote } from '../../page/anchoring/selectors';
import type { Role } from '../../shared/records';

let db: SkillmarkDB;
let n = 0;
beforeEach(() => {
  db = new SkillmarkDB(`import-${n++}`);
});
afterEach(() => db.delete());

const detection = { isProfile: true, kind: 'resume' as const, confidence: 1 };
async function seedDb(target: SkillmarkDB, names: string[]) {
  for (const name of names) {
    await saveCandidate(target, { url: `https://example.com/${name}`, profile: { ...emptyProfile(), name }, detection, roleId: null }, new Date('2026-01-01T00:00:00Z'));
    await addNote(target, `https://example.com/${name}`, `note on ${name}`, new Date('2026-01-01T00:00:00Z'));
  }
}
async function exportOf(target: SkillmarkDB) {
  const tables = { candidates: await target.candidates.toArray(), snapshots: await target.snapshots.toArray(), notes: await target.notes.toArray(), annotations: await target.annotations.toArray(), roles: await target.roles.toArray(), settings: await target.settings.toArray() };
  return buildBackup(tables, { now: new Date('2026-03-01T00:00:00Z'), appVersion: '0.1.0' });
}
async function snapshot(target: SkillmarkDB) {
  return JSON.stringify([await target.candidates.toArray(), await target.notes.toArray(), await target.roles.toArray()]);
}

describe('import', () => {
  it('restores a backup whole: replace gives back exactly what was exported', async () => {
    await seedDb(db, ['ana', 'bo']);
    const text = await exportOf(db);
    const before = await snapshot(db);
    const other = new SkillmarkDB(`import-other-${n++}`);
    await seedDb(other, ['zed']);
    const checked = checkBackup(text);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect((await previewImport(other, checked.backup)).counts.candidates).toEqual({ new: 2, updated: 0, unchanged: 0 });
    await applyImport(other, checked.backup, 'replace');
    expect(JSON.parse(await snapshot(other))).toEqual(JSON.parse(before));
    await other.delete();
  });

  it('merges: keeps records the backup does not have, and a newer local version', async () => {
    await seedDb(db, ['ana']);
    const text = await exportOf(db);
    await seedDb(db, ['cy']);
    await db.candidates.update('https://example.com/ana', { tags: ['changed'], updatedAt: '2026-04-01T00:00:00.000Z' });
    const checked = checkBackup(text);
    if (!checked.ok) throw new Error(checked.error);
    const preview = await previewImport(db, checked.backup);
    expect(preview.counts.candidates).toEqual({ new: 0, updated: 1, unchanged: 0 });
    expect(preview.conflicting).toBe(1);
    await applyImport(db, checked.backup, 'merge');
    expect(await db.candidates.count()).toBe(2);
    expect((await db.candidates.get('https://example.com/ana'))?.tags).toEqual(['changed']);
  });

  it.each([
    ['malformed JSON', '{"format": "skillmark-backup", ', /not valid JSON/],
    ['a file that is not a backup', '{"hello": "world"}', /Not a valid Skillmark backup/],
    ['a poisoned key', '{"format":"skillmark-backup","__proto__":{"polluted":true}}', /forbidden key "__proto__"/],
    ['a newer schema', JSON.stringify({ format: 'skillmark-backup', schemaVersion: 99, exportedAt: '', appVersion: '', tables: { candidates: [], snapshots: [], notes: [], annotations: [], roles: [], settings: [] } }), /schemaVersion/],
    ['an unknown key', JSON.stringify({ format: 'skillmark-backup', schemaVersion: 2, exportedAt: '', appVersion: '', tables: { candidates: [], snapshots: [], notes: [], annotations: [], roles: [], settings: [] }, extra: 1 }), /Unrecognized key/],
  ])('refuses %s with a clear error', (_, text, error) => {
    const r = checkBackup(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(error);
  });

  it('names the record and field at fault in a partly invalid file, and changes nothing', async () => {
    await seedDb(db, ['ana', 'bo', 'cy']);
    const backup = JSON.parse(await exportOf(db));
    backup.tables.candidates[2].rating = 9;
    const before = await snapshot(db);
    const r = checkBackup(JSON.stringify(backup));
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/candidates record 3, field rating/) });
    expect(await snapshot(db)).toBe(before);
  });

  it('refuses an oversized file before parsing it', () => {
    expect(checkBackup('x'.repeat(2000), 1000)).toEqual({ ok: false, error: expect.stringMatching(/too large/) });
  });

  it('writes all or nothing: a failing write leaves the database unchanged', async () => {
    await seedDb(db, ['ana']);
    const checked = checkBackup(await exportOf(db));
    if (!checked.ok) throw new Error(checked.error);
    const before = await snapshot(db);
    // The notes table fails mid-import (as a full disk would), after the candidates were cleared.
    db.notes.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(applyImport(db, checked.backup, 'replace')).rejects.toThrow(/nothing was changed/);
    expect(await snapshot(db)).toBe(before);
  });
});

describe('import preview', () => {
  const role = (id: string, title: string): Role => ({ id, title, required: [{ name: 'Go', minYears: null }], niceToHave: [], createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' });
  const annotate = (name: string, id: string, note: string) => addAnnotation(db, { url: `https://example.com/${name}`, selectors: describeQuote('Jane runs Kubernetes at scale.', 10, 20), note, id }, new Date('2026-01-01T00:00:00Z'));

  it('counts annotations, roles and settings as new, updated or unchanged, and says so', async () => {
    await seedDb(db, ['ana', 'bo']);
    for (const [id, title] of [['r1', 'SRE'], ['r2', 'Data engineer'], ['r3', 'Platform lead']] as const) await saveRole(db, role(id, title));
    await annotate('ana', 'a1', 'ask about scale');
    await annotate('bo', 'a2', 'check the dates');
    await annotate('bo', 'a3', 'strong');
    await updateSettings(db, { highlightsOn: false });
    const checked = checkBackup(await exportOf(db));
    if (!checked.ok) throw new Error(checked.error);
    // Since the backup: one role and one annotation changed, one of each deleted, one of each left alone.
    await saveRole(db, role('r1', 'Staff SRE'));
    await db.roles.delete('r2');
    await db.annotations.update('a1', { note: 'ask about scale, and cost' });
    await db.annotations.delete('a2');

    const preview = await previewImport(db, checked.backup);
    expect(preview.counts.annotations).toEqual({ new: 1, updated: 1, unchanged: 1 });
    expect(preview.counts.roles).toEqual({ new: 1, updated: 1, unchanged: 1 });
    expect(preview.counts.settings).toEqual({ new: 0, updated: 0, unchanged: 1 });
    expect(describePreview(preview)).toBe('0 new, 0 updated and 2 unchanged candidates; 2 notes already here; 1 new, 1 updated and 1 unchanged annotations; 1 new, 1 updated and 1 unchanged roles; the same settings as here');
  });

  it('into an empty database: everything new, and no line for tables the backup does not have', async () => {
    await seedDb(db, ['ana']);
    await saveRole(db, role('r1', 'SRE'));
    const checked = checkBackup(await exportOf(db));
    if (!checked.ok) throw new Error(checked.error);
    const empty = new SkillmarkDB(`import-empty-${n++}`);
    const preview = await previewImport(empty, checked.backup);
    expect(describePreview(preview)).toBe('1 new, 0 updated and 0 unchanged candidates; 1 new note; 1 new role');
    await updateSettings(db, { highlightsOn: false });
    const withSettings = checkBackup(await exportOf(db));
    if (!withSettings.ok) throw new Error(withSettings.error);
    expect(describePreview(await previewImport(empty, withSettings.backup))).toMatch(/; its settings \(none here yet\)$/);
    await updateSettings(empty, { highlightsOn: true });
    expect(describePreview(await previewImport(empty, withSettings.backup))).toMatch(/; its settings, which differ from these$/);
    await empty.delete();
  });
});

describe('old backups', () => {
  it('a schema version 1 backup is read and brought to the current version', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { SEEDS } = await import('../../../test/golden');
    const { tables } = JSON.parse(readFileSync(join(SEEDS, 'db', 'v1.json'), 'utf8'));
    const r = checkBackup(JSON.stringify({ format: 'skillmark-backup', schemaVersion: 1, exportedAt: '2026-05-05T00:00:00.000Z', appVersion: '0.1.0', tables }));
    if (!r.ok) throw new Error(r.error);
    expect(r.backup.schemaVersion).toBe(2);
    expect(r.backup.tables.snapshots).toHaveLength(tables.candidates.length);
    await applyImport(db, r.backup, 'replace');
    expect((await db.candidates.toArray()).find((c) => c.name === 'Sudeep Gupta')?.notesCount).toBe(2);
  });
});
