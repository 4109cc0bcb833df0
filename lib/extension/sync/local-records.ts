import { z } from 'zod';
import { Annotation, Candidate, Note, Role, Snapshot } from '../../shared/records';
import { DERIVED_FIELDS } from '../db/sync-state';
import type { FieldConflict, RecordType, SyncRecord } from './documents';

/**
 * A local record (as the tables hold it) as the sync engine sees it, and back. The local record's
 * own fields become `fields`, except what each replica computes for itself (a candidate's note
 * count, search text and match score) and the metadata every record has; a tombstone is
 * `deletedAt` locally, `deleted` and `deletedAt` in sync. Fields a newer Skillmark sent that the
 * local schemas do not know are kept apart (`extra`, in the record's sync row) and sent back.
 */

export type LocalRecord = Candidate | Snapshot | Note | Annotation | Role;

const SCHEMAS = {
  candidate: Candidate,
  snapshot: Snapshot,
  note: Note,
  annotation: Annotation,
  role: Role.strict(),
} satisfies Record<RecordType, z.AnyZodObject>;

const META = new Set(['id', 'updatedAt', 'author', 'deletedAt']);
const LOCAL_ONLY = new Set<string>(DERIVED_FIELDS);
const KNOWN: Record<RecordType, Set<string>> = {
  candidate: new Set(Object.keys(Candidate.shape)),
  snapshot: new Set(Object.keys(Snapshot.shape)),
  note: new Set(Object.keys(Note.shape)),
  annotation: new Set(Object.keys(Annotation.shape)),
  role: new Set(Object.keys(Role.shape)),
};

export interface Kept {
  extra?: Record<string, unknown>;
  conflicts?: FieldConflict[];
}

export function toSyncRecord(type: RecordType, local: LocalRecord, kept: Kept = {}): SyncRecord {
  const fields: Record<string, unknown> = { ...kept.extra };
  for (const [key, value] of Object.entries(local)) {
    if (META.has(key) || value === undefined || (type === 'candidate' && LOCAL_ONLY.has(key))) continue;
    fields[key] = value;
  }
  return {
    type,
    id: local.id,
    updatedAt: local.updatedAt,
    author: local.author,
    deleted: local.deletedAt !== null,
    deletedAt: local.deletedAt,
    fields,
    ...(kept.conflicts?.length ? { conflicts: kept.conflicts } : {}),
  };
}

export type FromSync = { ok: true; local: LocalRecord; extra: Record<string, unknown> | undefined } | { ok: false; reason: string };

/**
 * A record from sync as the local table would hold it, checked by the local schema (Zod): the
 * boundary where what another replica wrote enters this browser's tables. A candidate's derived
 * fields are placeholders here, computed by the caller once its notes, snapshot and role are known.
 */
export function fromSyncRecord(record: SyncRecord): FromSync {
  const own: Record<string, unknown> = {};
  let extra: Record<string, unknown> | undefined;
  for (const [key, value] of Object.entries(record.fields)) {
    if (META.has(key) || (record.type === 'candidate' && LOCAL_ONLY.has(key))) continue;
    if (KNOWN[record.type].has(key)) own[key] = value;
    else (extra ??= {})[key] = value;
  }
  const draft: Record<string, unknown> = {
    ...own,
    id: record.id,
    updatedAt: record.updatedAt,
    author: record.author,
    deletedAt: record.deleted ? (record.deletedAt ?? record.updatedAt) : null,
  };
  if (record.type === 'candidate') Object.assign(draft, { pageUrl: own.pageUrl ?? own.url, notesCount: 0, searchText: '', matchScore: null });
  const parsed = SCHEMAS[record.type].safeParse(draft);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: issue ? `${issue.path.join('.') || record.type}: ${issue.message}` : 'invalid' };
  }
  return { ok: true, local: parsed.data as LocalRecord, extra };
}
