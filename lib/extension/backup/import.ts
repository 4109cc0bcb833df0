import { Backup, BackupV1, SCHEMA_VERSION, type BackupTables } from './format';
import { splitV1Candidates } from '../db/migrations';
import type { SkillmarkDB } from '../db/db';
import { StorageError } from '../db/repository';

/** The largest backup Skillmark reads: far above 10,000 candidates with 50,000 notes. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

const POISON_KEY = /(?<!\\)"(__proto__|constructor|prototype)"\s*:/;

export type ImportCheck = { ok: true; backup: Backup } | { ok: false; error: string };

/**
 * Reads a backup file whole and validates every record before anything is written. An invalid file
 * is refused with the record and field at fault; keys that could pollute prototypes are refused
 * outright.
 */
export function checkBackup(text: string, maxBytes = MAX_IMPORT_BYTES): ImportCheck {
  // UTF-8 needs at most three bytes per UTF-16 unit: count exactly only near the limit.
  const bytes = text.length * 3 <= maxBytes ? text.length : new TextEncoder().encode(text).length;
  if (bytes > maxBytes) return { ok: false, error: `The file is too large (${(bytes / 1048576).toFixed(1)} MB; the limit is ${(maxBytes / 1048576).toFixed(0)} MB).` };
  // A key that could pollute prototypes, anywhere in the file. In JSON text a key is a quoted string
  // followed by a colon; inside string values quotes are escaped, so they cannot match.
  const poisoned = POISON_KEY.exec(text);
  if (poisoned) return { ok: false, error: `The file contains a forbidden key "${poisoned[1]}".` };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { ok: false, error: `The file is not valid JSON: ${err instanceof Error ? err.message : String(err)}` };
  }
  // A backup from schema version 1 is read as such and brought to the current version.
  if (typeof data === 'object' && data !== null && (data as { schemaVersion?: unknown }).schemaVersion === 1) {
    const v1 = BackupV1.safeParse(data);
    if (!v1.success) return { ok: false, error: describeIssue(v1.error.issues[0]!) };
    const { candidates, snapshots } = splitV1Candidates(v1.data.tables.candidates, (id) => v1.data.tables.notes.filter((n) => n.candidateId === id).map((n) => n.body));
    return { ok: true, backup: { ...v1.data, schemaVersion: SCHEMA_VERSION, tables: { ...v1.data.tables, candidates, snapshots } } };
  }
  const parsed = Backup.safeParse(data);
  if (!parsed.success) {
    return { ok: false, error: describeIssue(parsed.error.issues[0]!) };
  }
  return { ok: true, backup: parsed.data };
}

/** "candidates record 3, field rating: Number must be less than or equal to 5." */
function describeIssue(issue: { path: (string | number)[]; message: string }): string {
  const path = issue.path;
  const where = path[0] === 'tables' && path.length >= 3 ? `${String(path[1])} record ${Number(path[2]) + 1}, field ${path.slice(3).join('.') || '(the record)'}` : path.join('.') || 'the file';
  return `Not a valid Skillmark backup: ${where}: ${issue.message}.`;
}

export interface ImportPreview {
  /**
   * Per table: records not in the database, records that would change, and those identical. Notes
   * and snapshots follow their candidate and are many: one already in the database counts as
   * updated, without comparing.
   */
  counts: Record<keyof BackupTables, { new: number; updated: number; unchanged: number }>;
  /** Candidates that differ on both sides: changed in the database after the backup was made. */
  conflicting: number;
}

const KEYS = { candidates: 'id', snapshots: 'id', notes: 'id', annotations: 'id', roles: 'id', settings: 'key' } as const;
/** The tables compared record by record; the others are only looked up by key (cheap at 50,000 notes). */
const COMPARED = new Set<keyof BackupTables>(['candidates', 'annotations', 'roles', 'settings']);

/** The same record whatever the order of its keys (Zod and Dexie may order them differently). */
const canonical = (value: unknown): string => JSON.stringify(value, (_, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v));

export async function previewImport(db: SkillmarkDB, backup: Backup): Promise<ImportPreview> {
  const counts = {} as ImportPreview['counts'];
  let conflicting = 0;
  for (const name of Object.keys(KEYS) as (keyof BackupTables)[]) {
    const rows = backup.tables[name] as Record<string, unknown>[];
    const keys = rows.map((r) => r[KEYS[name]] as string | number);
    const table = db.table<Record<string, unknown>, string | number>(name);
    const c = { new: 0, updated: 0, unchanged: 0 };
    if (COMPARED.has(name)) {
      const existing = await table.bulkGet(keys);
      rows.forEach((r, i) => {
        const have = existing[i];
        if (!have) c.new++;
        else if (canonical(have) === canonical(r)) c.unchanged++;
        else {
          c.updated++;
          if (name === 'candidates' && (have.updatedAt as string) > backup.exportedAt) conflicting++;
        }
      });
    } else {
      const present = new Set(await table.where(':id').anyOf(keys).primaryKeys());
      for (const k of keys) if (present.has(k)) c.updated++;
      else c.new++;
    }
    counts[name] = c;
  }
  return { counts, conflicting };
}

const plural = (n: number, noun: string) => `${noun}${n === 1 ? '' : 's'}`;
const sentence = (parts: string[]) => (parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? ''));

/**
 * What an import would do, table by table, for the recruiter to confirm: "2 new, 0 updated and 0
 * unchanged candidates; 3 new notes; 1 new role; the same settings as here". Tables the backup
 * has no records of are left out; snapshots go with their candidates.
 */
export function describePreview({ counts }: ImportPreview): string {
  const { candidates, notes, annotations, roles, settings } = counts;
  const out = [`${candidates.new} new, ${candidates.updated} updated and ${candidates.unchanged} unchanged candidates`];
  const total = (c: { new: number; updated: number; unchanged: number }) => c.new + c.updated + c.unchanged;
  if (notes.new && notes.updated) out.push(`${notes.new} new notes, ${notes.updated} already here`);
  else if (notes.new) out.push(`${notes.new} new ${plural(notes.new, 'note')}`);
  else if (notes.updated) out.push(`${notes.updated} ${plural(notes.updated, 'note')} already here`);
  for (const [c, noun] of [[annotations, 'annotation'], [roles, 'role']] as const) {
    if (!total(c)) continue;
    const parts = [c.new && `${c.new} new`, c.updated && `${c.updated} updated`, c.unchanged && `${c.unchanged} unchanged`].filter((p): p is string => !!p);
    out.push(`${sentence(parts)} ${plural(total(c), noun)}`);
  }
  if (settings.new) out.push('its settings (none here yet)');
  else if (settings.updated) out.push('its settings, which differ from these');
  else if (settings.unchanged) out.push('the same settings as here');
  return out.join('; ');
}

/**
 * Writes a checked backup in one transaction over every table: all of it or none of it. "replace"
 * empties the tables first; "merge" keeps what the backup does not mention and, for a record on
 * both sides, the backup's version unless the database's was updated later.
 */
export async function applyImport(db: SkillmarkDB, backup: Backup, mode: 'merge' | 'replace'): Promise<void> {
  const t = backup.tables;
  try {
    await db.transaction('rw', [db.candidates, db.snapshots, db.notes, db.annotations, db.roles, db.settings], async () => {
      if (mode === 'replace') await Promise.all([db.candidates.clear(), db.snapshots.clear(), db.notes.clear(), db.annotations.clear(), db.roles.clear(), db.settings.clear()]);
      let candidates = t.candidates;
      if (mode === 'merge') {
        const have = await db.candidates.bulkGet(candidates.map((c) => c.id));
        candidates = candidates.filter((c, i) => !have[i] || have[i]!.updatedAt <= c.updatedAt);
      }
      const kept = new Set(candidates.map((c) => c.id));
      await db.candidates.bulkPut(candidates);
      await db.snapshots.bulkPut(t.snapshots.filter((s) => kept.has(s.id)));
      await db.notes.bulkPut(t.notes);
      await db.annotations.bulkPut(t.annotations);
      await db.roles.bulkPut(t.roles);
      await db.settings.bulkPut(t.settings);
    });
  } catch (err) {
    throw new StorageError('import the backup (nothing was changed)', err);
  }
}
