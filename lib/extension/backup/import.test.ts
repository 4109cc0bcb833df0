import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SEEDS } from '../../../test/golden';
import { buildBackup, type Backup } from './format';
import { emptyProfile } from '../../shared/empty-profile';
import { SkillmarkDB, V1_STORES, V2_STORES } from '../db/db';
import { applyImport, checkBackup, checkImportSize, describePreview, previewImport } from './import';
import { addAnnotation, addNote, deleteCandidates, deleteNote, getCandidate, listNotes, mergeCandidates, saveCandidate, saveRole, updateCandidates, updateSettings } from '../db/repository';
import { listCandidates } from '../db/reads';
import { describe as describeQuote } from '../../page/anchoring/selectors';
import { role } from '../db/test-records';
import { readSets } from '../db/note-sets';

let db: SkillmarkDB;
let n = 0;
beforeEach(() => {
  db = new SkillmarkDB(`import-${n++}`);
});
afterEach(() => db.delete());

const JAN = new Date('2026-01-01T00:00:00Z');
const detection = { isProfile: true, kind: 'resume' as const, confidence: 1 };
const urlOf = (name: string) => `https://example.com/${name}`;
async function seedDb(target: SkillmarkDB, names: string[], at = JAN) {
  for (const name of names) {
    await saveCandidate(target, { url: urlOf(name), profile: { ...emptyProfile(), name }, detection, roleId: null }, at);
    await addNote(target, urlOf(name), `note on ${name}`, at);
  }
}
async function tablesOf(target: SkillmarkDB) {
  return { candidates: await target.candidates.toArray(), snapshots: await target.snapshots.toArray(), notes: (await readSets(target, null)).sort((a, b) => (a.id < b.id ? -1 : 1)), annotations: await target.annotations.toArray(), roles: await target.roles.toArray(), settings: await target.settings.toArray() };
}
async function exportOf(target: SkillmarkDB) {
  return buildBackup(await tablesOf(target), { now: new Date('2026-03-01T00:00:00Z'), appVersion: '0.1.0' });
}
async function snapshot(target: SkillmarkDB) {
  return JSON.stringify([await target.candidates.toArray(), (await readSets(target, null)).sort((a, b) => (a.id < b.id ? -1 : 1)), await target.roles.toArray()]);
}
function checked(text: string): Backup {
  const r = checkBackup(text);
  if (!r.ok) throw new Error(r.error);
  return r.backup;
}
/** A backup as parsed JSON, for a test to break one field of it. */
const edited = async (edit: (b: Backup) => void) => {
  const backup = JSON.parse(await exportOf(db)) as Backup;
  edit(backup);
  return checkBackup(JSON.stringify(backup));
};

describe('import', () => {
  it('restores a backup whole: replace gives back exactly what was exported', async () => {
    await seedDb(db, ['ana', 'bo']);
    const text = await exportOf(db);
    const before = await snapshot(db);
    const other = new SkillmarkDB(`import-other-${n++}`);
    await seedDb(other, ['zed']);
    const backup = checked(text);
    expect((await previewImport(other, backup)).counts.candidates).toEqual({ added: 2, updated: 0, deleted: 0, kept: 0 });
    await applyImport(other, backup, 'replace');
    expect(JSON.parse(await snapshot(other))).toEqual(JSON.parse(before));
    await other.delete();
  });

  it('merges: keeps records the backup does not have, and a version changed here later', async () => {
    await seedDb(db, ['ana']);
    const text = await exportOf(db);
    await seedDb(db, ['cy']);
    const ana = (await getCandidate(db, urlOf('ana')))!;
    await updateCandidates(db, [ana.id], { addTag: 'changed' }, new Date('2026-04-01T00:00:00Z'));
    const backup = checked(text);
    const preview = await previewImport(db, backup);
    expect(preview.counts.candidates).toEqual({ added: 0, updated: 0, deleted: 0, kept: 1 });
    expect(preview.conflicting).toBe(1);
    await applyImport(db, backup, 'merge');
    expect(await listCandidates(db)).toHaveLength(2);
    expect((await getCandidate(db, urlOf('ana')))?.tags).toEqual(['changed']);
  });

  it('importing the same backup twice adds nothing: notes are matched by id, never by position', async () => {
    await seedDb(db, ['ana', 'bo']);
    await addNote(db, urlOf('ana'), 'second note on ana', JAN);
    const backup = checked(await exportOf(db));
    const other = new SkillmarkDB(`import-twice-${n++}`);
    await applyImport(other, backup, 'merge');
    const once = await snapshot(other);
    const again = await previewImport(other, backup);
    expect(again.counts.notes).toEqual({ added: 0, updated: 0, deleted: 0, kept: 3 });
    expect(describePreview(again)).toBe('2 candidates: 2 kept; 3 notes: 3 kept');
    await applyImport(other, backup, 'merge');
    expect(await snapshot(other)).toBe(once);
    expect((await listNotes(other, urlOf('ana'))).map((x) => x.body)).toEqual(['note on ana', 'second note on ana']);
    await other.delete();
  });

  it("merging another browser's backup keeps this browser's own notes, and counts them all", async () => {
    // Browser A saved the page and wrote a note; browser B saved the same page on its own (another id) and wrote two quick notes.
    await seedDb(db, ['ana'], JAN);
    const fromA = checked(await exportOf(db));
    const b = new SkillmarkDB(`browser-b-${n++}`);
    await saveCandidate(b, { url: `${urlOf('ana')}?utm_source=mail`, profile: { ...emptyProfile(), name: 'ana' }, detection, roleId: null }, new Date('2026-02-01T00:00:00Z'));
    await addNote(b, urlOf('ana'), 'quick note one', new Date('2026-02-01T00:01:00Z'));
    await addNote(b, urlOf('ana'), 'quick note two', new Date('2026-02-01T00:02:00Z'));
    const mine = (await getCandidate(b, urlOf('ana')))!;
    expect(mine.id).not.toBe(fromA.tables.candidates[0]!.id);

    const preview = await previewImport(b, fromA);
    expect(preview.counts.candidates).toEqual({ added: 0, updated: 0, deleted: 0, kept: 1 });
    expect(preview.counts.notes).toEqual({ added: 1, updated: 0, deleted: 0, kept: 0 });
    expect(describePreview(preview)).toBe('1 candidate: 1 kept; 1 note: 1 added');
    await applyImport(b, fromA, 'merge');
    // One candidate (matched by its page), three notes on it, and the count says so.
    expect(await listCandidates(b)).toHaveLength(1);
    expect((await listNotes(b, urlOf('ana'))).map((x) => x.body)).toEqual(['note on ana', 'quick note one', 'quick note two']);
    expect(await getCandidate(b, urlOf('ana'))).toMatchObject({ id: mine.id, notesCount: 3, searchText: expect.stringContaining('note on ana') });
    await b.delete();
  });

  it('a note moved to another candidate (a merge of duplicates) moves here too, and is nowhere twice', async () => {
    await seedDb(db, ['ana', 'bo']);
    const other = new SkillmarkDB(`import-move-${n++}`);
    await applyImport(other, checked(await exportOf(db)), 'merge');
    const [ana, bo] = await Promise.all([getCandidate(db, urlOf('ana')), getCandidate(db, urlOf('bo'))]);
    await mergeCandidates(db, ana!.id, bo!.id, new Date('2026-02-01T00:00:00Z'));
    await applyImport(other, checked(await exportOf(db)), 'merge');
    expect((await listNotes(other, urlOf('ana'))).map((x) => x.body)).toEqual(['note on ana', 'note on bo']);
    expect(await getCandidate(other, urlOf('ana'))).toMatchObject({ notesCount: 2 });
    expect(await getCandidate(other, urlOf('bo'))).toBeNull();
    const ids = (await readSets(other, null)).map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    await other.delete();
  });

  it('a delete travels: a newer tombstone in the backup deletes the record here, an older one does not', async () => {
    await seedDb(db, ['ana', 'bo']);
    const other = new SkillmarkDB(`import-delete-${n++}`);
    await applyImport(other, checked(await exportOf(db)), 'merge');
    const [ana, bo] = await Promise.all([getCandidate(db, urlOf('ana')), getCandidate(db, urlOf('bo'))]);
    await deleteCandidates(db, [ana!.id], new Date('2026-02-01T00:00:00Z'));
    await deleteCandidates(db, [bo!.id], new Date('2026-02-01T00:00:00Z'));
    // Bo was changed in the other browser after this one deleted him: that change wins.
    await updateCandidates(other, [bo!.id], { stage: 'offer' }, new Date('2026-02-02T00:00:00Z'));
    const backup = checked(await exportOf(db));
    expect(backup.tables.candidates.every((c) => c.deletedAt !== null)).toBe(true);
    const preview = await previewImport(other, backup);
    expect(preview.counts.candidates).toEqual({ added: 0, updated: 1, deleted: 1, kept: 1 });
    await applyImport(other, backup, 'merge');
    expect((await listCandidates(other)).map((c) => [c.name, c.stage])).toEqual([['bo', 'offer']]);
    await other.delete();
  });

  it.each([
    ['malformed JSON', '{"format": "skillmark-backup", ', /not valid JSON/],
    ['a file that is not a backup', '{"hello": "world"}', /Not a valid Skillmark backup/],
    ['a poisoned key', '{"format":"skillmark-backup","__proto__":{"polluted":true}}', /forbidden key "__proto__"/],
    ['a newer schema', JSON.stringify({ format: 'skillmark-backup', schemaVersion: 99, exportedAt: '', appVersion: '7.0.0', tables: {} }), /^This backup was written by Skillmark 7\.0\.0 \(schema version 99\); update Skillmark to import it\.$/],
    ['an unknown key', JSON.stringify({ format: 'skillmark-backup', schemaVersion: 3, exportedAt: '2026-01-01T00:00:00.000Z', appVersion: '', tables: { candidates: [], snapshots: [], notes: [], annotations: [], roles: [], settings: [] }, extra: 1 }), /Unrecognized key/],
  ])('refuses %s with a clear error', (_, text, error) => {
    const r = checkBackup(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(error);
  });

  it('names the record and field at fault in a partly invalid file, and changes nothing', async () => {
    await seedDb(db, ['ana', 'bo', 'cy']);
    const before = await snapshot(db);
    const r = await edited((b) => void (b.tables.candidates[2]!.rating = 9));
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/candidates record 3, field rating/) });
    expect(await snapshot(db)).toBe(before);
  });

  it('refuses a free-text date: it would win or lose every comparison', async () => {
    await seedDb(db, ['ana']);
    const r = await edited((b) => void (b.tables.notes[0]!.updatedAt = 'yesterday, around noon'));
    expect(r).toEqual({ ok: false, error: 'Not a valid Skillmark backup: notes record 1, field updatedAt: must be an ISO 8601 date and time, like 2026-05-02T10:05:00.000Z.' });
    expect(await edited((b) => void (b.tables.candidates[0]!.updatedAt = '2026-13-45'))).toMatchObject({ ok: false, error: expect.stringMatching(/candidates record 1, field updatedAt: must be an ISO 8601/) });
    expect((await edited((b) => void (b.tables.candidates[0]!.updatedAt = '2026-05-02T12:05:00+02:00'))).ok).toBe(true);
  });

  it('refuses an id used twice in one file, naming both records', async () => {
    await seedDb(db, ['ana', 'bo']);
    const r = await edited((b) => void (b.tables.notes[1]!.id = b.tables.notes[0]!.id));
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/^Not a valid Skillmark backup: the id \w{26} is used twice, by notes record 1 and notes record 2\.$/) });
    const across = await edited((b) => void (b.tables.notes[0]!.id = b.tables.candidates[1]!.id));
    expect(across).toEqual({ ok: false, error: expect.stringMatching(/by candidates record 2 and notes record 1/) });
  });

  it('refuses two candidates for one page, and a note of a candidate the file does not have', async () => {
    await seedDb(db, ['ana', 'bo']);
    expect(await edited((b) => void (b.tables.candidates[1]!.url = b.tables.candidates[0]!.url))).toEqual({ ok: false, error: 'Not a valid Skillmark backup: candidates record 1 and candidates record 2 are the same page (https://example.com/ana).' });
    expect(await edited((b) => void (b.tables.notes[0]!.candidateId = '01KQM2C2704T4FBNT6FEMY9D77'))).toEqual({ ok: false, error: 'Not a valid Skillmark backup: notes record 1 belongs to candidate 01KQM2C2704T4FBNT6FEMY9D77, which the file does not have.' });
  });

  it.each([
    ["a candidate's url", (b: Backup) => void (b.tables.candidates[0]!.url = 'javascript:alert(document.domain)'), /candidates record 1, field url: must be an http\(s\) address/],
    ["a candidate's page address", (b: Backup) => void (b.tables.candidates[0]!.pageUrl = 'data:text/html,<script>alert(1)</script>'), /candidates record 1, field pageUrl: must be an http\(s\) address/],
    ['a profile link', (b: Backup) => void b.tables.snapshots[0]!.profile.links.push({ label: 'site', url: 'javascript:alert(1)' }), /snapshots record 1, field profile\.links\.0\.url: must be an http\(s\) address/],
    ["a project's address", (b: Backup) => void b.tables.snapshots[0]!.profile.projects.push({ name: 'x', description: null, url: 'vbscript:msgbox' }), /snapshots record 1, field profile\.projects\.0\.url: /],
    ["an annotation's page", (b: Backup) => void (b.tables.annotations[0]!.url = 'JavaScript:void(0)'), /annotations record 1, field url: must be an http\(s\) address/],
  ])('refuses a non-http(s) address in %s', async (_, edit, error) => {
    await seedDb(db, ['ana']);
    await addAnnotation(db, { url: urlOf('ana'), selectors: describeQuote('Jane runs Kubernetes at scale.', 10, 20), note: 'scale?' }, JAN);
    const r = await edited(edit);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(error);
  });

  it('refuses a file over the limit by its size, before reading it', () => {
    expect(checkImportSize(201 * 1024 * 1024)).toBe('The file is too large (201.0 MB; the limit is 200 MB). Nothing was read.');
    expect(checkImportSize(46 * 1024 * 1024)).toBeNull();
    expect(checkBackup('x'.repeat(2000), 1000)).toEqual({ ok: false, error: expect.stringMatching(/too large/) });
  });

  it('writes all or nothing: a failing write leaves the database unchanged', async () => {
    await seedDb(db, ['ana']);
    const backup = checked(await exportOf(db));
    const before = await snapshot(db);
    // The notes table fails mid-import (as a full disk would), after the candidates were cleared.
    db.noteSets.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(applyImport(db, backup, 'replace')).rejects.toThrow(/nothing was changed/);
    expect(await snapshot(db)).toBe(before);
  });

  it('reports its progress, record by record written, up to the whole', async () => {
    await seedDb(db, ['ana', 'bo', 'cy']);
    const backup = checked(await exportOf(db));
    const other = new SkillmarkDB(`import-progress-${n++}`);
    const seen: [number, number][] = [];
    await applyImport(other, backup, 'replace', (done, total) => seen.push([done, total]));
    const total = 3 + 3 + 3;
    expect(seen[0]).toEqual([0, total]);
    expect(seen.at(-1)).toEqual([total, total]);
    expect(seen.every(([d], i) => i === 0 || d >= seen[i - 1]![0])).toBe(true);
    await other.delete();
  });
});

describe('import preview', () => {
  const annotate = (name: string, note: string) => addAnnotation(db, { url: urlOf(name), selectors: describeQuote('Jane runs Kubernetes at scale.', 10, 20), note }, JAN);

  it('says what would be added, updated and kept, table by table', async () => {
    await seedDb(db, ['ana', 'bo']);
    for (const title of ['SRE', 'Data engineer', 'Platform lead']) await saveRole(db, role(title), JAN);
    await annotate('ana', 'ask about scale');
    await annotate('bo', 'check the dates');
    await updateSettings(db, { highlightsOn: false });
    const backup = checked(await exportOf(db));
    // Later, here: one role and one note changed before the backup is merged back; so it brings them back older.
    await saveRole(db, role('SRE', { title: 'Staff SRE' }), new Date('2026-04-01T00:00:00Z'));
    // And a backup that is newer than this browser for another role: its copy is changed after export.
    const newer = structuredClone(backup);
    const r2 = newer.tables.roles.find((r) => r.title === 'Data engineer')!;
    Object.assign(r2, { title: 'Senior data engineer', updatedAt: '2026-05-01T00:00:00.000Z' });
    const note = (await listNotes(db, urlOf('bo')))[0]!;
    await deleteNote(db, note, new Date('2026-04-01T00:00:00Z'));

    const preview = await previewImport(db, newer);
    expect(preview.counts.roles).toEqual({ added: 0, updated: 1, deleted: 0, kept: 2 });
    expect(preview.counts.notes).toEqual({ added: 0, updated: 0, deleted: 0, kept: 2 });
    expect(preview.counts.settings).toEqual({ added: 0, updated: 0, deleted: 0, kept: 1 });
    expect(describePreview(preview)).toBe('2 candidates: 2 kept; 2 notes: 2 kept; 2 annotations: 2 kept; 3 roles: 1 updated and 2 kept; the same settings as here');
  });

  it('into an empty database: everything added, and no line for tables the backup does not have', async () => {
    await seedDb(db, ['ana']);
    await saveRole(db, role('SRE'), JAN);
    const backup = checked(await exportOf(db));
    const empty = new SkillmarkDB(`import-empty-${n++}`);
    expect(describePreview(await previewImport(empty, backup))).toBe('1 candidate: 1 added; 1 note: 1 added; 1 role: 1 added');
    await updateSettings(db, { highlightsOn: false, displayName: 'Ana at A' });
    const withSettings = checked(await exportOf(db));
    expect(describePreview(await previewImport(empty, withSettings))).toMatch(/; its settings \(none here yet\)$/);
    await updateSettings(empty, { highlightsOn: true, displayName: 'Bo at B' });
    expect(describePreview(await previewImport(empty, withSettings))).toMatch(/; its settings, which differ from these \(your name stays\)$/);
    await applyImport(empty, withSettings, 'merge');
    expect((await empty.settings.get('app'))).toMatchObject({ highlightsOn: false, displayName: 'Bo at B' });
    await empty.delete();
  });
});

describe('old backups', () => {
  const v = (n: number) => JSON.parse(readFileSync(join(SEEDS, 'db', `v${n}.json`), 'utf8')).tables;
  const envelope = (schemaVersion: number, tables: unknown) => JSON.stringify({ format: 'skillmark-backup', schemaVersion, exportedAt: '2026-05-05T00:00:00.000Z', appVersion: '0.1.0', tables });

  it('a schema version 1 backup is read and brought to the current version', async () => {
    const backup = checked(envelope(1, v(1)));
    expect(backup.schemaVersion).toBe(3);
    expect(backup.tables.snapshots).toHaveLength(v(1).candidates.length);
    await applyImport(db, backup, 'replace');
    expect((await listCandidates(db)).find((c) => c.name === 'Sudeep Gupta')?.notesCount).toBe(2);
  });

  it('a schema version 2 backup converts as the upgrade does: into the database upgraded from the same data, it adds nothing', async () => {
    const old = new Dexie(`import-v2-${n}`);
    old.version(1).stores(V1_STORES);
    old.version(2).stores(V2_STORES);
    await old.transaction('rw', old.tables, async () => {
      for (const [table, rows] of Object.entries(v(2))) await old.table(table).bulkAdd(rows as object[]);
    });
    old.close();
    const upgraded = new SkillmarkDB(`import-v2-${n++}`);
    const before = await snapshot(upgraded);
    const backup = checked(envelope(2, v(2)));
    const preview = await previewImport(upgraded, backup);
    for (const table of ['candidates', 'notes', 'annotations', 'roles'] as const) expect(preview.counts[table]).toMatchObject({ added: 0, updated: 0 });
    await applyImport(upgraded, backup, 'merge');
    expect(await snapshot(upgraded)).toBe(before);
    await upgraded.delete();
  });

  it('an old backup is held to the same rules: a free-text date or a javascript: link is refused, not repaired', () => {
    const tables = v(2);
    tables.notes[0].updated = 'last week';
    expect(checkBackup(envelope(2, tables))).toEqual({ ok: false, error: expect.stringMatching(/notes record 1, field updatedAt: must be an ISO 8601/) });
    const links = v(2);
    links.snapshots[0].profile.links = [{ label: 'x', url: 'javascript:alert(1)' }];
    expect(checkBackup(envelope(2, links))).toEqual({ ok: false, error: expect.stringMatching(/snapshots record 1, field profile\.links\.0\.url: must be an http\(s\) address/) });
  });
});
