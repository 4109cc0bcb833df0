import type { z } from 'zod';
import { Backup, BackupTables, BackupV1, BackupV2, SCHEMA_VERSION } from './format';
import { convertV2, splitV1Candidates } from '../db/migrations';

/**
 * The largest backup Skillmark reads: 200 MB, over four times a backup of 10,000 candidates with
 * 50,000 notes (about 47 MB). Checked on the file's size before a byte of it is read.
 */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

const POISON_KEY = /(?<!\\)"(__proto__|constructor|prototype)"\s*:/;

export type ImportCheck = { ok: true; backup: Backup } | { ok: false; error: string };

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;

/** Why a file of this size is not read, or null: asked before reading it (File.size). */
export function checkImportSize(bytes: number, maxBytes = MAX_IMPORT_BYTES): string | null {
  return bytes > maxBytes ? `The file is too large (${mb(bytes)}; the limit is ${(maxBytes / 1048576).toFixed(0)} MB). Nothing was read.` : null;
}

/**
 * Reads a backup file whole and validates every record before anything is written: its schema
 * (ISO 8601 dates, ULID ids, http(s) addresses only), then the file as a whole (no id twice, one
 * candidate per page, nothing pointing at a candidate the file does not have). An invalid file is
 * refused with the record and field at fault; keys that could pollute prototypes are refused
 * outright. Backups of schema versions 1 and 2 are converted, then held to the same rules.
 */
export function checkBackup(text: string, maxBytes = MAX_IMPORT_BYTES): ImportCheck {
  // UTF-8 needs at most three bytes per UTF-16 unit: count exactly only near the limit.
  const tooLarge = checkImportSize(text.length * 3 <= maxBytes ? text.length : new TextEncoder().encode(text).length, maxBytes);
  if (tooLarge) return { ok: false, error: tooLarge };
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
  const head = (typeof data === 'object' && data !== null ? data : {}) as { schemaVersion?: unknown; appVersion?: unknown };
  if (typeof head.schemaVersion === 'number' && head.schemaVersion > SCHEMA_VERSION) {
    return { ok: false, error: `This backup was written by Skillmark ${typeof head.appVersion === 'string' ? head.appVersion.slice(0, 40) : 'of a newer version'} (schema version ${head.schemaVersion}); update Skillmark to import it.` };
  }
  const parsed = head.schemaVersion === 1 ? fromV1(data) : head.schemaVersion === 2 ? fromV2(data) : validate(Backup, data);
  if (!parsed.ok) return parsed;
  const whole = checkWhole(parsed.backup.tables);
  return whole ? { ok: false, error: `Not a valid Skillmark backup: ${whole}.` } : parsed;
}

function validate(schema: typeof Backup, data: unknown): ImportCheck {
  const r = schema.safeParse(data);
  return r.success ? { ok: true, backup: r.data } : { ok: false, error: describeIssue(r.error.issues[0]!) };
}

/** A converted old backup, held to the rules of version 3 (its dates and addresses are not repaired). */
function converted(envelope: { exportedAt: string; appVersion: string }, tables: Parameters<typeof convertV2>[0]): ImportCheck {
  const next = convertV2(tables, { now: envelope.exportedAt, repair: false });
  const r = BackupTables.safeParse(next);
  if (!r.success) return { ok: false, error: describeIssue({ ...r.error.issues[0]!, path: ['tables', ...r.error.issues[0]!.path] }) };
  // The envelope's own date was free text in version 2; it only labels the preview.
  const exportedAt = Number.isFinite(Date.parse(envelope.exportedAt)) ? new Date(envelope.exportedAt).toISOString() : new Date(0).toISOString();
  return { ok: true, backup: { format: 'skillmark-backup', schemaVersion: SCHEMA_VERSION, exportedAt, appVersion: envelope.appVersion, tables: r.data } };
}

function fromV2(data: unknown): ImportCheck {
  const v2 = BackupV2.safeParse(data);
  return v2.success ? converted(v2.data, v2.data.tables) : { ok: false, error: describeIssue(v2.error.issues[0]!) };
}

function fromV1(data: unknown): ImportCheck {
  const v1 = BackupV1.safeParse(data);
  if (!v1.success) return { ok: false, error: describeIssue(v1.error.issues[0]!) };
  const t = v1.data.tables;
  const bodies = new Map<string, string[]>();
  for (const n of t.notes) bodies.set(n.candidateId, [...(bodies.get(n.candidateId) ?? []), n.body]);
  const { candidates, snapshots } = splitV1Candidates(t.candidates, (id) => bodies.get(id) ?? []);
  return converted(v1.data, { ...t, candidates, snapshots });
}

const where = (table: string, i: number) => `${table} record ${i + 1}`;

/**
 * What no record shows alone: an id used twice (in any table: ids are global), two candidates for
 * one page, two snapshots for one candidate, a note, annotation or snapshot of a candidate the file
 * does not have. The problem, naming both records, or null.
 */
export function checkWhole(t: BackupTables): string | null {
  const ids = new Map<string, string>();
  for (const table of ['candidates', 'snapshots', 'notes', 'annotations', 'roles'] as const) {
    const rows: { id: string }[] = t[table];
    for (let i = 0; i < rows.length; i++) {
      const id = rows[i]!.id;
      const first = ids.get(id);
      if (first) return `the id ${id} is used twice, by ${first} and ${where(table, i)}`;
      ids.set(id, where(table, i));
    }
  }
  const urls = new Map<string, number>();
  const candidates = new Set<string>();
  for (const c of t.candidates) candidates.add(c.id);
  for (let i = 0; i < t.candidates.length; i++) {
    const first = urls.get(t.candidates[i]!.url);
    if (first !== undefined) return `${where('candidates', first)} and ${where('candidates', i)} are the same page (${t.candidates[i]!.url})`;
    urls.set(t.candidates[i]!.url, i);
  }
  const snapshotOf = new Map<string, number>();
  for (let i = 0; i < t.snapshots.length; i++) {
    const s = t.snapshots[i]!;
    const first = snapshotOf.get(s.candidateId);
    if (first !== undefined) return `${where('snapshots', first)} and ${where('snapshots', i)} are snapshots of the same candidate`;
    snapshotOf.set(s.candidateId, i);
  }
  for (const table of ['snapshots', 'notes', 'annotations'] as const) {
    const rows: { candidateId: string }[] = t[table];
    const i = rows.findIndex((r) => !candidates.has(r.candidateId));
    if (i >= 0) return `${where(table, i)} belongs to candidate ${rows[i]!.candidateId}, which the file does not have`;
  }
  return null;
}

/** "candidates record 3, field rating: Number must be less than or equal to 5." */
export function describeIssue(issue: Pick<z.ZodIssue, 'path' | 'message'>): string {
  const path = issue.path;
  const at = path[0] === 'tables' && path.length >= 3 ? `${String(path[1])} record ${Number(path[2]) + 1}, field ${path.slice(3).join('.') || '(the record)'}` : path.join('.') || 'the file';
  return `Not a valid Skillmark backup: ${at}: ${issue.message}.`;
}
