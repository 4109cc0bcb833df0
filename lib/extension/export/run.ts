import type { SkillmarkDB } from '../db/db';
import type { Candidate, Note, Snapshot } from '../../shared/records';
import { gapOfCandidate } from '../skills/gap';
import { correctedProfile } from '../db/corrections';
import { buildBackup } from '../backup/format';
import { candidateRows, csvFile, rowsToCsv, type CsvRow } from './csv';
import { candidateMarkdown } from './markdown';
import { readSets } from '../db/note-sets';
import { annotationsOf, candidatePage, candidatesByIds, listCandidates, liveRoles, newestFirst, notesOfMany, snapshotKeys, snapshotsOf } from '../db/reads';

const CHUNK = 500;
export type Progress = (done: number, total: number) => void;

/** Deleted records (tombstones) are never exported here: the readers leave them out. */
async function notesBy(db: SkillmarkDB, ids: string[] | null): Promise<Map<string, Note[]>> {
  const notes = await notesOfMany(db, ids);
  const by = new Map<string, Note[]>();
  for (const n of notes) {
    if (!by.has(n.candidateId)) by.set(n.candidateId, []);
    by.get(n.candidateId)!.push(n);
  }
  return by;
}

async function candidatesOf(db: SkillmarkDB, ids: string[] | null) {
  if (ids) return candidatesByIds(db, ids);
  return (await listCandidates(db)).sort(newestFirst);
}

/**
 * The whole database as a JSON backup, read table by table, snapshots in chunks. Deleted records
 * go too, as tombstones: merged elsewhere, a delete made here travels (README, "Backups").
 */
export async function exportBackup(db: SkillmarkDB, appVersion: string, progress: Progress = () => {}, now = new Date()): Promise<string> {
  const candidates = await db.candidates.toArray();
  const total = await db.snapshots.count();
  const snapshots: Snapshot[] = [];
  // Page by key, not by offset: each chunk starts where the last ended, without counting past it.
  for (let last = ''; ; ) {
    const chunk = await (last ? db.snapshots.where(':id').above(last) : db.snapshots.toCollection()).limit(CHUNK).toArray();
    if (!chunk.length) break;
    snapshots.push(...chunk);
    last = chunk.at(-1)!.id;
    progress(Math.min(snapshots.length, total), total);
  }
  const [notes, annotations, roles, settings] = await Promise.all([readSets(db, null), db.annotations.toArray(), db.roles.toArray(), db.settings.toArray()]);
  return buildBackup({ candidates, snapshots, notes, annotations, roles, settings }, { now, appVersion });
}

/**
 * The CSV file of the given candidates (or all), built in chunks so a progress bar can follow. All
 * candidates are read a chunk at a time in key order, each chunk's snapshots and notes by one key
 * range, so only one chunk's records are held at once; the rows are put in the list's order at the
 * end. A selection is read by id.
 */
export async function exportCsv(db: SkillmarkDB, ids: string[] | null, progress: Progress = () => {}): Promise<string> {
  const roles = await liveRoles(db);
  // Each row keeps only its candidate's sort key, so the records read can be collected page by page.
  const rows: { updatedAt: string; id: string; row: CsvRow }[] = [];
  const add = (candidates: Candidate[], snapshots: Map<string, Snapshot>, notes: Map<string, Note[]>) =>
    candidateRows(candidates, (id) => notes.get(id) ?? [], roles, (id) => snapshots.get(id)).forEach((row, k) => rows.push({ updatedAt: candidates[k]!.updatedAt, id: candidates[k]!.id, row }));
  if (ids) {
    const [candidates, notes, keys] = await Promise.all([candidatesByIds(db, ids), notesBy(db, ids), snapshotKeys(db)]);
    for (let i = 0; i < candidates.length; i += CHUNK) {
      const chunk = candidates.slice(i, i + CHUNK);
      add(chunk, await snapshotsOf(db, chunk.map((c) => c.id), keys), notes);
      progress(Math.min(i + CHUNK, candidates.length), candidates.length);
    }
  } else {
    const total = await db.candidates.count();
    let done = 0;
    for (let page = await candidatePage(db, '', CHUNK); page.read; ) {
      // The next page is read while this one is turned into rows.
      const next = candidatePage(db, page.last, CHUNK);
      add(page.candidates, page.snapshots, page.notes);
      done += page.read;
      progress(Math.min(done, total), total);
      page = await next;
    }
    // All of them in the list's order (a selection keeps its own).
    rows.sort(newestFirst);
  }
  const parts: string[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) parts.push(rowsToCsv(rows.slice(i, i + CHUNK).map((r) => r.row), i === 0));
  return csvFile(parts.join('\r\n') || rowsToCsv([], true));
}

/** A Markdown dossier per candidate, one after another. */
export async function exportMarkdown(db: SkillmarkDB, ids: string[] | null, progress: Progress = () => {}): Promise<string> {
  const [candidates, notes, roles, keys] = await Promise.all([candidatesOf(db, ids), notesBy(db, ids), liveRoles(db), snapshotKeys(db)]);
  const out: string[] = [];
  for (let i = 0; i < candidates.length; i += CHUNK) {
    const chunk = candidates.slice(i, i + CHUNK);
    const snaps = await snapshotsOf(db, chunk.map((c) => c.id), keys);
    const annotations = await annotationsOf(db, chunk.map((c) => c.id));
    chunk.forEach((c) => {
      const profile = snaps.get(c.id)?.profile;
      if (!profile) return;
      const role = roles.find((r) => r.id === c.roleId) ?? null;
      out.push(candidateMarkdown(c, correctedProfile(profile, c.corrections), notes.get(c.id) ?? [], annotations.filter((a) => a.candidateId === c.id), role, role ? gapOfCandidate(profile, c.corrections, role) : null));
    });
    progress(Math.min(i + CHUNK, candidates.length), candidates.length);
  }
  return out.join('\n---\n\n');
}
