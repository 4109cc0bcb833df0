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
  /** Per table: records not in the database, records that would change, and those identical. */
  counts: Record<keyof BackupTables, { new: number; updated: number; unchanged: number }>;
  /** Candidates that differ on both sides: changed in the database after the backup was made. */
  conflicting: number;
}

const KEYS = { candidates: 'id', snapshots: 'id', notes: 'id', annotations: 'id', roles: 'id', settings: 'key' } as const;

export async function previewImport(db: SkillmarkDB, backup: Backup): Promise<ImportPreview> {
  const counts = {} as ImportPreview['counts'];
  let conflicting = 0;
  for (const name of Object.keys(KEYS) as (keyof BackupTables)[]) {
    const rows = backup.tables[name] as Record<string, unknown>[];
    const keys = rows.map((r) => r[KEYS[name]] as string | number);
    const c = { new: 0, updated: 0, unchanged: 0 };
    if (name === 'candidates') {
      // Candidates are compared whole, to tell updated from unchanged and spot conflicts.
      const existing = await db.candidates.bulkGet(keys as string[]);
      rows.forEach((r, i) => {
        const have = existing[i];
        if (!have) c.new++;
        else if (JSON.stringify(have) === JSON.stringify(r)) c.unchanged++;
        else {
          c.updated++;
          if (have.updatedAt > backup.exportedAt) conflicting++;
        }
      });
    } else {
      // The rest follow their candidate; knowing which keys exist is enough (and cheap at 50,000 notes).
      const present = new Set(await (db.table(name) as { where(k: string): { anyOf(k: (string | number)[]): { primaryKeys(): Promise<(string | number)[]> } } }).where(KEYS[name] === 'key' ? 'key' : ':id').anyOf(keys).primaryKeys());
      for (const k of keys) if (present.has(k)) c.updated++;
      else c.new++;
    }
    counts[name] = c;
  }
  return { counts, conflicting };
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
