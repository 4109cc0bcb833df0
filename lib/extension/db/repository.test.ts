import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Profile } from '../../shared/profile';
import { emptyProfile } from '../../shared/empty-profile';
import { describe as describeQuote } from '../../page/anchoring/selectors';
import { SkillmarkDB } from './db';
import { activeRole, addAnnotation, addNote, correctCandidate, readSettings, resetSettings, deleteCandidates, updateCandidates, deleteNote, getCandidate, getSettings, listAnnotations, listNotes, listRoles, restoreCandidates, restoreNote, saveCandidate, saveNoteDraft, saveRole, StorageError, updateNote, updateSettings } from './repository';
import { normaliseProfileUrl } from './url';
import { role, roleId } from './test-records';
import { ULID_PATTERN } from '../../shared/ids';
import { readSets } from './note-sets';
import { DEMO_ROLE } from '../roles/demo';
import { listCandidates } from './reads';

let db: SkillmarkDB;
let n = 0;
beforeEach(() => {
  db = new SkillmarkDB(`test-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

const jane: Profile = {
  ...emptyProfile(),
  name: 'Jane Doe',
  headline: 'SRE',
  emails: ['jane@example.com'],
  experience: [{ title: 'SRE', company: 'Acme', start: '2020-01', end: 'present', location: null, description: null }],
};
const detection = { isProfile: true, kind: 'resume' as const, confidence: 0.9 };

describe('repository', () => {
  it('saves a candidate found by the normalised URL, and a second save refreshes it but keeps the rest', async () => {
    await updateSettings(db, { displayName: 'Priya' });
    const first = await saveCandidate(db, { url: 'https://WWW.example.com/p/jane/?utm_source=x#top', profile: jane, detection, roleId: null }, new Date('2026-01-01T00:00:00Z'));
    expect(first).toMatchObject({ id: expect.stringMatching(ULID_PATTERN), url: 'https://example.com/p/jane', pageUrl: 'https://WWW.example.com/p/jane/?utm_source=x#top', name: 'Jane Doe', company: 'Acme', stage: 'sourced', nameKey: 'jane doe|acme', author: 'Priya', updatedAt: '2026-01-01T00:00:00.000Z', deletedAt: null });
    expect((await db.snapshots.where('candidateId').equals(first.id).first())).toMatchObject({ id: expect.stringMatching(ULID_PATTERN), author: 'Priya', profile: { name: 'Jane Doe' } });
    await db.candidates.update(first.id, { tags: ['k8s'], rating: 4, stage: 'screening' });
    await addNote(db, 'https://example.com/p/jane', 'Strong on incident response.');
    // The score is the repository's own, against the stored role (one Go requirement of two is met).
    await saveRole(db, role('SRE', { required: [{ name: 'Go', minYears: null }, { name: 'Figma', minYears: null }] }));
    const again = await saveCandidate(db, { url: 'https://example.com/p/jane', profile: { ...jane, headline: 'Staff SRE', skills: [{ name: 'Go', raw: 'Go', years: null, source: 'skills' }] }, detection, roleId: roleId('SRE') }, new Date('2026-02-01T00:00:00Z'));
    expect(again).toMatchObject({ id: first.id, headline: 'Staff SRE', tags: ['k8s'], rating: 4, stage: 'screening', roleId: roleId('SRE'), matchScore: 50, firstSeen: '2026-01-01T00:00:00.000Z', lastSeen: '2026-02-01T00:00:00.000Z' });
    expect((await listNotes(db, 'https://example.com/p/jane')).map((x) => x.body)).toEqual(['Strong on incident response.']);
  });

  it('refuses a note or annotation for a candidate not saved, and writes nothing', async () => {
    await expect(addNote(db, 'https://example.com/x', 'hi')).rejects.toThrow(StorageError);
    await expect(addNote(db, 'https://example.com/x', 'hi')).rejects.toThrow(/save the candidate first/);
    expect(await db.noteSets.count()).toBe(0);
  });

  it('stores annotations with their selectors', async () => {
    await saveCandidate(db, { url: 'https://example.com/p/jane', profile: jane, detection, roleId: null });
    const selectors = describeQuote('Jane runs Kubernetes at scale.', 10, 20);
    await addAnnotation(db, { url: 'https://example.com/p/jane', selectors, note: 'ask about scale' });
    expect(await listAnnotations(db, 'https://example.com/p/jane#x')).toMatchObject([{ id: expect.stringMatching(ULID_PATTERN), note: 'ask about scale', selectors: { quote: { exact: 'Kubernetes' } } }]);
  });

  it('ships the demo role and remembers the active one', async () => {
    const roles = await listRoles(db);
    expect(roles.map((r) => r.id)).toEqual([DEMO_ROLE.id]);
    expect((await activeRole(db))?.id).toBe(DEMO_ROLE.id);
    await updateSettings(db, { activeRoleId: DEMO_ROLE.id, highlightsOn: false });
    expect(await getSettings(db)).toMatchObject({ activeRoleId: DEMO_ROLE.id, highlightsOn: false });
  });

  it('rejects invalid records with a clear error and keeps the database unchanged', async () => {
    // The snapshot is refused after the summary was written: the transaction takes both back.
    await expect(saveCandidate(db, { url: 'https://example.com/p', profile: { ...jane, yearsOfExperience: -5 }, detection, roleId: null })).rejects.toThrow(/Could not save the candidate/);
    expect(await db.snapshots.count()).toBe(0);
    expect(await getCandidate(db, 'https://example.com/p')).toBeNull();
  });

  it('reports a full disk as such', () => {
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    expect(new StorageError('save the note', quota).message).toBe('Could not save the note: the browser storage is full');
  });
});

describe('normaliseProfileUrl', () => {
  it.each([
    ['https://www.Example.com/in/jane/', 'https://example.com/in/jane'],
    ['https://example.com/in/jane?utm_source=li&b=2&a=1#about', 'https://example.com/in/jane?a=1&b=2'],
    ['http://localhost:8080/profiles/x.html', 'http://localhost:8080/profiles/x.html'],
  ])('%s', (raw, want) => expect(normaliseProfileUrl(raw)).toBe(want));
});

describe('deleteRole', () => {
  it('removes the role (a tombstone), and candidates and settings forget it', async () => {
    const db2 = new SkillmarkDB('delete-role');
    const { saveRole, deleteRole, listRoles } = await import('./repository');
    await saveRole(db2, role('SRE', { required: [{ name: 'Go', minYears: null }] }));
    await saveRole(db2, role('Data'));
    await saveCandidate(db2, { url: 'https://example.com/p', profile: jane, detection, roleId: roleId('SRE') });
    await updateSettings(db2, { activeRoleId: roleId('SRE') });
    await deleteRole(db2, roleId('SRE'), new Date('2026-03-01T00:00:00Z'));
    expect(await db2.roles.get(roleId('SRE'))).toMatchObject({ deletedAt: '2026-03-01T00:00:00.000Z', updatedAt: '2026-03-01T00:00:00.000Z' });
    expect((await listRoles(db2)).map((r) => r.title)).toEqual(['Data']);
    expect((await getCandidate(db2, 'https://example.com/p'))?.roleId).toBeNull();
    expect((await getSettings(db2)).activeRoleId).toBeNull();
    await db2.delete();
  });
});

describe('duplicates and merging', () => {
  it('proposes a merge for a shared email or the same name at the same company, and merges', async () => {
    const db3 = new SkillmarkDB('dupes');
    const { findDuplicates, mergeCandidates, listNotes: notesOf, updateNote } = await import('./repository');
    const a = await saveCandidate(db3, { url: 'https://site-a.example/jane', profile: jane, detection, roleId: null });
    const b = await saveCandidate(db3, { url: 'https://site-b.example/jd', profile: { ...jane, emails: ['other@example.com'] }, detection, roleId: null });
    await saveCandidate(db3, { url: 'https://site-c.example/x', profile: { ...emptyProfile(), name: 'Someone Else' }, detection, roleId: null });
    await db3.candidates.update(b.id, { tags: ['k8s'], rating: 5, stage: 'interview' });
    const note = await addNote(db3, b.url, 'met at meetup');
    expect((await findDuplicates(db3, a)).map((d) => d.id)).toEqual([b.id]);
    await mergeCandidates(db3, a.id, b.id);
    const kept = (await getCandidate(db3, a.url))!;
    expect(kept).toMatchObject({ tags: ['k8s'], rating: 5, stage: 'interview', notesCount: 1 });
    expect((await notesOf(db3, a.url)).map((x) => x.body)).toEqual(['met at meetup']);
    expect(await getCandidate(db3, b.url)).toBeNull();
    expect(await db3.candidates.get(b.id)).toMatchObject({ deletedAt: expect.any(String) });
    expect(await db3.snapshots.where('candidateId').equals(b.id).first()).toMatchObject({ deletedAt: expect.any(String) });
    expect(await findDuplicates(db3, kept)).toEqual([]);
    await updateNote(db3, { ...note, candidateId: a.id }, 'met at the k8s meetup in Berlin');
    await expect(updateNote(db3, note, 'under the old candidate')).rejects.toThrow(/no longer exists/);
    expect((await getCandidate(db3, a.url))!.searchText).toContain('berlin');
    await db3.delete();
  });
});

describe('notes that can be corrected, and deletes that can be undone', () => {
  const url = 'https://example.com/p/jane';
  const save = () => saveCandidate(db, { url, profile: jane, detection, roleId: null });

  it('a note typed as a draft is one note, updated by each change and gone when emptied', async () => {
    await save();
    for (const body of ['C', 'Ca', 'Call back Monday']) await saveNoteDraft(db, url, 'draft-1', body);
    expect((await listNotes(db, url)).map((x) => x.body)).toEqual(['Call back Monday']);
    expect(await getCandidate(db, url)).toMatchObject({ notesCount: 1, searchText: expect.stringContaining('call back monday') });
    await saveNoteDraft(db, url, 'draft-2', 'Second thought');
    expect((await listNotes(db, url)).map((x) => x.body)).toEqual(['Call back Monday', 'Second thought']);
    expect(await saveNoteDraft(db, url, 'draft-1', '   ')).toBeNull();
    expect((await listNotes(db, url)).map((x) => x.body)).toEqual(['Second thought']);
    expect((await getCandidate(db, url))!.notesCount).toBe(1);
  });

  it('edits a note, deletes it and puts it back as it was', async () => {
    await save();
    const note = await addNote(db, url, 'Lowball at 90k');
    expect(note.id).toMatch(ULID_PATTERN);
    await updateNote(db, note, 'Asked 95k, flexible');
    expect(await getCandidate(db, url)).toMatchObject({ searchText: expect.stringContaining('asked 95k') });
    const gone = await deleteNote(db, note, new Date('2026-03-01T00:00:00Z'));
    expect(gone).toMatchObject({ id: note.id, body: 'Asked 95k, flexible', deletedAt: null });
    expect(await listNotes(db, url)).toEqual([]);
    expect(await getCandidate(db, url)).toMatchObject({ notesCount: 0, searchText: expect.not.stringContaining('asked 95k') });
    // The note stays as a tombstone, so the delete can travel; Undo clears it.
    expect((await readSets(db, null)).find((x) => x.id === note.id)).toMatchObject({ body: 'Asked 95k, flexible', deletedAt: '2026-03-01T00:00:00.000Z' });
    await restoreNote(db, gone, new Date('2026-03-02T00:00:00Z'));
    expect(await listNotes(db, url)).toEqual([{ ...gone, updatedAt: '2026-03-02T00:00:00.000Z' }]);
    expect((await getCandidate(db, url))!.notesCount).toBe(1);
  });

  it('deletes candidates with everything they had, and an Undo brings all of it back', async () => {
    await save();
    await addNote(db, url, 'Strong on incident response.');
    await addAnnotation(db, { url, selectors: describeQuote('Jane knows Kafka', 11, 16), note: 'depth?' });
    // An older delete stays deleted when the candidate's delete is undone.
    const older = await addNote(db, url, 'Deleted before');
    await deleteNote(db, older);
    const all = async () => ({ c: await db.candidates.toArray(), s: await db.snapshots.toArray(), n: (await readSets(db, null)).sort((x, y) => (x.id < y.id ? -1 : 1)), a: await db.annotations.toArray() });
    const withoutTime = (x: Awaited<ReturnType<typeof all>>) => Object.values(x).flatMap((rows: { updatedAt: string }[]) => rows.map(({ updatedAt: _, ...r }) => r));
    const before = await all();
    const id = (await getCandidate(db, url))!.id;
    const gone = await deleteCandidates(db, [id], new Date('2026-03-01T00:00:00Z'));
    expect([gone.candidates.length, gone.snapshots.length, gone.notes.length, gone.annotations.length]).toEqual([1, 1, 1, 1]);
    expect(await getCandidate(db, url)).toBeNull();
    expect(await listCandidates(db)).toEqual([]);
    expect(await listNotes(db, url)).toEqual([]);
    expect(await listAnnotations(db, url)).toEqual([]);
    for (const rows of Object.values(await all())) for (const r of rows) expect(r.deletedAt).not.toBeNull();
    await restoreCandidates(db, gone);
    expect(withoutTime(await all())).toEqual(withoutTime(before));
    expect((await listNotes(db, url)).map((x) => x.body)).toEqual(['Strong on incident response.']);
  });

  it('a page whose candidate was deleted is saved afresh under the same record, without what was deleted', async () => {
    const first = await save();
    await updateCandidates(db, [first.id], { addTag: 'k8s', rating: 2 });
    await addNote(db, url, 'old note');
    await deleteCandidates(db, [first.id]);
    const again = await save();
    expect(again).toMatchObject({ id: first.id, tags: [], rating: null, notesCount: 0, deletedAt: null });
    expect(await listNotes(db, url)).toEqual([]);
  });
});

describe('correcting a candidate\'s facts', () => {
  const url = 'https://example.com/p/jane';
  it('wins over the page, is kept when the page is saved again, and can be cleared', async () => {
    await saveRole(db, role('SRE', { required: [{ name: 'Go', minYears: 5 }] }));
    const page = { ...jane, skills: [{ name: 'Go', raw: 'Go', years: 2, source: 'skills' as const }] };
    const saved = await saveCandidate(db, { url, profile: page, detection, roleId: roleId('SRE') });
    expect((await getCandidate(db, url))!.matchScore).toBe(50);
    const fixed = await correctCandidate(db, saved.id, { name: 'Jane Q. Doe', company: 'Acme Labs', skills: { Go: 6 } }, new Date('2026-03-01T00:00:00Z'));
    expect(fixed).toMatchObject({ name: 'Jane Q. Doe', company: 'Acme Labs', nameKey: 'jane q. doe|acme labs', matchScore: 100, corrections: { name: 'Jane Q. Doe', at: '2026-03-01T00:00:00.000Z' } });
    expect(fixed.searchText).toContain('jane q. doe');
    // The page is read and saved again: the page's name and years come back in the snapshot, the corrections stay on top.
    const again = await saveCandidate(db, { url, profile: page, detection, roleId: null });
    expect(again).toMatchObject({ name: 'Jane Q. Doe', company: 'Acme Labs', matchScore: 100, corrections: { skills: { Go: 6 } } });
    expect((await db.snapshots.where('candidateId').equals(again.id).first())!.profile.name).toBe('Jane Doe');
    const cleared = await correctCandidate(db, again.id, null);
    expect(cleared).toMatchObject({ name: 'Jane Doe', company: 'Acme', matchScore: 50 });
    expect(cleared.corrections).toBeUndefined();
  });

  it('refuses a correction that breaks the schema, and changes nothing', async () => {
    const saved = await saveCandidate(db, { url, profile: jane, detection, roleId: null });
    await expect(correctCandidate(db, saved.id, { yearsOfExperience: -3 })).rejects.toThrow();
    expect(await getCandidate(db, url)).toEqual(saved);
  });
});

describe('settings that cannot be read', () => {
  it('are reported, used as defaults for reading, never overwritten by a change, and reset only when asked', async () => {
    const broken = { key: 'app', activeRoleId: null, highlightColors: { matched: 'green' }, highlightsOn: true, autoSites: [] };
    await db.settings.put(broken as never);
    const read = await readSettings(db);
    expect(read.settings).toEqual(await getSettings(db));
    expect(read.problem).toMatch(/stored settings cannot be read \(highlightColors\.matched: .*nothing was overwritten/);
    await expect(updateSettings(db, { highlightsOn: false })).rejects.toThrow(/cannot be read/);
    expect(await db.settings.get('app')).toEqual(broken);
    await resetSettings(db);
    expect(await readSettings(db)).toMatchObject({ problem: null, settings: { highlightsOn: true } });
  });
});
