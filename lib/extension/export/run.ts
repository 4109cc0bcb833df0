import type { SkillmarkDB } from '../db/db';
import type { Candidate, Note, Snapshot } from '../../shared/records';
import { gapOfCandidate } from '../skills/gap';
import { correctedProfile } from '../db/corrections';
import { buildBackup } from '../backup/format';
import { candidateRows, csvFile, rowsToCsv } from './csv';
import { candidateMarkdown } from './markdown';

const CHUNK = 500;
export type Progress = (done: number, total: number) => void;

async function notesBy(db: SkillmarkDB, ids: string[] | null): Promise<Map<string, Note[]>> {
  const notes = ids ? await db.notes.where('candidateId').anyOf(ids).toArray() : await db.notes.toArray();
  const by = new Map<string, Note[]>();
  for (const n of notes) {
    if (!by.has(n.candidateId)) by.set(n.candidateId, []);
    by.get(n.candidateId)!.push(n);
  }
  return by;
}

async function candidatesOf(db: SkillmarkDB, ids: string[] | null): Promise<Candidate[]> {
  return ids ? (await db.candidates.bulkGet(ids)).filter((c): c is Candidate => c !== undefined) : db.candidates.orderBy('updatedAt').reverse().toArray();
}

/** The whole database as a JSON backup, read table by table, snapshots in chunks. */
export async function exportBackup(db: SkillmarkDB, appVersion: string, progress: Progress = () => {}, now = new Date()): Promise<string> {
  const candidates = await db.candidates.toArray();
  const snapshots: Snapshot[] = [];
  const keys = candidates.map((c) => c.id);
  for (let i = 0; i < keys.length; i += CHUNK) {
    snapshots.push(...(await db.snapshots.bulkGet(keys.slice(i, i + CHUNK))).filter((s): s is Snapshot => s !== undefined));
    progress(Math.min(i + CHUNK, keys.length), keys.length);
  }
  const [notes, annotations, roles, settings] = await Promise.all([db.notes.toArray(), db.annotations.toArray(), db.roles.toArray(), db.settings.toArray()]);
  return buildBackup({ candidates, snapshots, notes, annotations, roles, settings }, { now, appVersion });
}

/** The CSV file of the given candidates (or all), built in chunks so a progress bar can follow. */
export async function exportCsv(db: SkillmarkDB, ids: string[] | null, progress: Progress = () => {}): Promise<string> {
  const [candidates, notes, roles] = await Promise.all([candidatesOf(db, ids), notesBy(db, ids), db.roles.toArray()]);
  const parts: string[] = [];
  for (let i = 0; i < candidates.length; i += CHUNK) {
    const chunk = candidates.slice(i, i + CHUNK);
    const snaps = new Map((await db.snapshots.bulkGet(chunk.map((c) => c.id))).filter((s): s is Snapshot => s !== undefined).map((s) => [s.id, s]));
    parts.push(rowsToCsv(candidateRows(chunk, (id) => notes.get(id) ?? [], roles, (id) => snaps.get(id)), i === 0));
    progress(Math.min(i + CHUNK, candidates.length), candidates.length);
  }
  return csvFile(parts.join('\r\n') || rowsToCsv([], true));
}

/** A Markdown dossier per candidate, one after another. */
export async function exportMarkdown(db: SkillmarkDB, ids: string[] | null, progress: Progress = () => {}): Promise<string> {
  const [candidates, notes, roles] = await Promise.all([candidatesOf(db, ids), notesBy(db, ids), db.roles.toArray()]);
  const out: string[] = [];
  for (let i = 0; i < candidates.length; i += CHUNK) {
    const chunk = candidates.slice(i, i + CHUNK);
    const snaps = await db.snapshots.bulkGet(chunk.map((c) => c.id));
    const annotations = await db.annotations.where('candidateId').anyOf(chunk.map((c) => c.id)).toArray();
    chunk.forEach((c, k) => {
      const profile = snaps[k]?.profile;
      if (!profile) return;
      const role = roles.find((r) => r.id === c.roleId) ?? null;
      out.push(candidateMarkdown(c, correctedProfile(profile, c.corrections), notes.get(c.id) ?? [], annotations.filter((a) => a.candidateId === c.id), role, role ? gapOfCandidate(profile, c.corrections, role) : null));
    });
    progress(Math.min(i + CHUNK, candidates.length), candidates.length);
  }
  return out.join('\n---\n\n');
}
