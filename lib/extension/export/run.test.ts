import 'fake-indexeddb/auto';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyProfile } from '../../shared/empty-profile';
import type { Candidate, Note, Snapshot } from '../../shared/records';
import { SkillmarkDB } from '../db/db';
import { summaryOf } from '../db/summary';
import { legacyId } from '../../shared/ids';
import { exportBackup, exportCsv, exportMarkdown } from './run';
import { addNote, deleteCandidates, deleteNote, getCandidate, saveCandidate } from '../db/repository';

let db: SkillmarkDB;
let n = 0;
beforeEach(() => {
  db = new SkillmarkDB(`export-run-${n++}`);
});
afterEach(() => db.delete());

const AT = '2026-05-01T00:00:00.000Z';
/** Names Excel garbles when it reads a file as Windows-1252: accents, CJK, en and em dashes. */
const NAMES = ['José Müller–Ortiz', '王小明', 'Zoë O’Brien — Staff SRE', 'Łukasz Żółw'];

async function seed(count: number) {
  const snapshots: Snapshot[] = [];
  const candidates: Candidate[] = [];
  for (let i = 0; i < count; i++) {
    const url = `https://example.com/p/${i}`;
    const id = legacyId(AT, `candidate:${url}`);
    const profile = { ...emptyProfile(), name: NAMES[i % NAMES.length]! };
    const stamp = { updatedAt: AT, author: '', deletedAt: null };
    snapshots.push({ id: legacyId(AT, `snapshot:${url}`), candidateId: id, profile, savedAt: AT, ...stamp });
    candidates.push({ id, url, pageUrl: url, ...summaryOf(profile), kind: 'resume', tags: [], rating: null, stage: 'sourced', roleId: null, matchScore: null, notesCount: 0, searchText: '', firstSeen: AT, lastSeen: AT, ...stamp });
  }
  await db.candidates.bulkPut(candidates);
  await db.snapshots.bulkPut(snapshots);
}

const BOM = '\uFEFF';
const boms = (text: string) => text.split(BOM).length - 1;

describe('exported files', () => {
  it('the CSV file starts with one UTF-8 byte order mark, however many chunks it was built in', async () => {
    await seed(501);
    const csv = await exportCsv(db, null);
    expect(boms(csv)).toBe(1);
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(501);
    expect(new Set(rows.map((r) => r.name))).toEqual(new Set(NAMES));
  });

  it('lists every candidate across chunks, most recently updated first, each with its own snapshot and notes, oldest note first', async () => {
    const count = 1201;
    const candidates: Candidate[] = [];
    const snapshots: Snapshot[] = [];
    const sets: { candidateId: string; notes: Note[] }[] = [];
    const stamp = { author: '', deletedAt: null };
    for (let i = 0; i < count; i++) {
      const url = `https://example.com/p/${i}`;
      // Ids in one order, times in another: the file follows the times.
      const id = legacyId(AT, `candidate:${(i * 7919) % count}`);
      const at = new Date(Date.parse(AT) + ((i * 31) % count) * 60_000).toISOString();
      const profile = { ...emptyProfile(), name: `Person ${i}`, skills: [{ name: `Skill${i}`, raw: `Skill${i}`, years: 1, source: 'skills' as const }] };
      candidates.push({ id, url, pageUrl: url, ...summaryOf(profile), kind: 'resume', tags: [], rating: null, stage: 'sourced', roleId: null, matchScore: null, notesCount: 2, searchText: '', firstSeen: at, lastSeen: at, updatedAt: at, ...stamp });
      // Every 100th candidate has no snapshot: its row comes from the candidate record alone.
      if (i % 100) snapshots.push({ id: legacyId(AT, `snapshot:${i}`), candidateId: id, profile, savedAt: at, updatedAt: at, ...stamp });
      const note = (k: number, minutes: number, deletedAt: string | null = null) => ({ id: legacyId(AT, `note:${i}:${k}`), candidateId: id, body: `note ${k} of ${i}`, created: new Date(Date.parse(AT) + minutes * 60_000).toISOString(), updatedAt: at, author: '', deletedAt });
      sets.push({ candidateId: id, notes: [note(2, 20), note(1, 10), note(3, 30, AT)] });
    }
    await db.candidates.bulkPut(candidates);
    await db.snapshots.bulkPut(snapshots);
    await db.noteSets.bulkPut(sets);

    const progress: number[] = [];
    const rows = Papa.parse<Record<string, string>>((await exportCsv(db, null, (done) => progress.push(done))).slice(1), { header: true, skipEmptyLines: true }).data;
    const expected = candidates.map((c, i) => ({ c, i })).sort((a, b) => (a.c.updatedAt < b.c.updatedAt ? 1 : a.c.updatedAt > b.c.updatedAt ? -1 : a.c.id < b.c.id ? -1 : 1));
    expect(rows.map((r) => r.name)).toEqual(expected.map(({ i }) => `Person ${i}`));
    for (const [k, { i }] of expected.entries()) {
      expect(rows[k]!.notes).toBe(`note 1 of ${i}\n---\nnote 2 of ${i}`);
      // With the snapshot, the skill carries its years; without it, the candidate's own list.
      expect(rows[k]!.top_skills).toBe(i % 100 ? `Skill${i} (1y)` : `Skill${i}`);
    }
    expect(progress.at(-1)).toBe(count);
    expect(progress.length).toBeGreaterThan(2);
  });

  it('an empty CSV export is the header alone, with its one byte order mark', async () => {
    const csv = await exportCsv(db, []);
    expect(csv.startsWith(`${BOM}name,`)).toBe(true);
    expect(boms(csv)).toBe(1);
  });

  it('JSON and Markdown exports carry no byte order mark', async () => {
    await seed(3);
    expect(boms(await exportBackup(db, '0.1.0'))).toBe(0);
    const md = await exportMarkdown(db, null);
    expect(md).toContain('# 王小明');
    expect(boms(md)).toBe(0);
  });

  it('leave deleted candidates and notes out of CSV and Markdown; the JSON backup carries them as tombstones', async () => {
    const detection = { isProfile: true, kind: 'resume' as const, confidence: 1 };
    for (const name of ['Kept Person', 'Gone Person']) await saveCandidate(db, { url: `https://example.com/${name.split(' ')[0]}`, profile: { ...emptyProfile(), name }, detection, roleId: null });
    await addNote(db, 'https://example.com/Kept', 'a note that stays');
    const deleted = await addNote(db, 'https://example.com/Kept', 'a note deleted');
    await deleteNote(db, deleted);
    await deleteCandidates(db, [(await getCandidate(db, 'https://example.com/Gone'))!.id]);

    const rows = Papa.parse<Record<string, string>>((await exportCsv(db, null)).slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => [r.name, r.notes])).toEqual([['Kept Person', 'a note that stays']]);
    const md = await exportMarkdown(db, null);
    expect(md).toContain('# Kept Person');
    expect(md).not.toContain('Gone Person');
    expect(md).not.toContain('a note deleted');
    // Selected by id, a deleted candidate is not exported either.
    const all = await db.candidates.toArray();
    expect(Papa.parse((await exportCsv(db, all.map((c) => c.id))).slice(1), { header: true, skipEmptyLines: true }).data).toHaveLength(1);

    const backup = JSON.parse(await exportBackup(db, '0.1.0')) as { tables: Record<string, { deletedAt: string | null }[]> };
    expect(backup.tables.candidates!.map((c) => c.deletedAt === null)).toEqual(expect.arrayContaining([true, false]));
    expect(backup.tables.notes!.filter((x) => x.deletedAt !== null)).toHaveLength(1);
    expect(backup.tables.snapshots).toHaveLength(2);
  });
});
