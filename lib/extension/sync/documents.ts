import { z } from 'zod';
import { Corrections, Stage } from '../../shared/records';
import { Profile, ProfileKind } from '../../shared/profile';
import { RoleSkill } from '../../shared/role';
import { Selectors } from '../../shared/selectors';

/**
 * How a local record travels as a CouchDB document, and back. One document per record, `_id`
 * `<type>:<id>`: notes and annotations are documents of their own, so two recruiters' notes never
 * touch the same document. A delete travels as `deleted: true` (a tombstone that Undo can lift), never
 * as CouchDB's `_deleted`. What a replica computes for itself (notesCount, searchText, matchScore) does
 * not travel: the LocalStore leaves it out of `fields` and computes it again.
 */

export const RECORD_TYPES = ['candidate', 'snapshot', 'note', 'annotation', 'role'] as const;
export const RecordType = z.enum(RECORD_TYPES);
export type RecordType = z.infer<typeof RecordType>;

/** A ULID or UUIDv7 (or any short id of letters, digits, `-` and `_`). */
export const RecordId = z.string().regex(/^[0-9A-Za-z][0-9A-Za-z_-]{0,127}$/, 'not a record id');
/** ISO 8601 with a time and an offset: a free-text date must not win every comparison. */
export const IsoDate = z.string().datetime({ offset: true });

const HttpUrl = z
  .string()
  .max(2048)
  .refine((text) => URL.canParse(text) && /^https?:$/.test(new URL(text).protocol), 'only http(s) addresses');

/**
 * A field both sides changed since the last sync, to different values: `at` is when that was seen,
 * `remoteAuthor` who last wrote the other side's version (absent in conflicts recorded before it was kept).
 */
export const FieldConflict = z.object({ field: z.string().min(1).max(100), local: z.unknown(), remote: z.unknown(), at: IsoDate, remoteAuthor: z.string().max(200).optional() }).strict();
export type FieldConflict = z.infer<typeof FieldConflict>;

/** A record as the sync engine sees it: the metadata every record type has, and the record's own fields. */
export const SyncRecord = z
  .object({
    type: RecordType,
    id: RecordId,
    updatedAt: IsoDate,
    /** The recruiter's display name, as their settings give it. */
    author: z.string().max(200),
    deleted: z.boolean(),
    deletedAt: IsoDate.nullable(),
    fields: z.record(z.string(), z.unknown()),
    /** Candidates only, and only on this replica: field conflicts waiting for a person to choose. */
    conflicts: z.array(FieldConflict).max(200).optional(),
  })
  .strict();
export type SyncRecord = z.infer<typeof SyncRecord>;

const Text = (max: number) => z.string().max(max);
const NullableText = (max: number) => z.string().max(max).nullable();

/**
 * The shared fields of each type. Unknown fields pass through untouched so that a replica running an
 * older Skillmark does not strip what a newer one wrote when it sends the document back.
 */
export const FIELDS = {
  candidate: z
    .object({
      url: HttpUrl,
      name: NullableText(200),
      headline: NullableText(500),
      company: NullableText(200),
      location: NullableText(200),
      emails: z.array(Text(320)).max(20),
      phone: NullableText(40),
      nameKey: NullableText(400),
      kind: ProfileKind,
      skills: z.array(Text(80)).max(80),
      yearsOfExperience: z.number().min(0).max(80).nullable(),
      tags: z.array(z.string().min(1).max(60)).max(50),
      rating: z.number().int().min(1).max(5).nullable(),
      stage: Stage,
      roleId: RecordId.nullable(),
      corrections: Corrections.optional(),
      firstSeen: IsoDate,
      lastSeen: IsoDate,
    })
    .passthrough(),
  snapshot: z.object({ candidateId: RecordId, profile: Profile, savedAt: IsoDate }).passthrough(),
  note: z.object({ candidateId: RecordId, body: z.string().min(1).max(20_000), created: IsoDate }).passthrough(),
  annotation: z.object({ candidateId: RecordId, url: HttpUrl, selectors: Selectors, note: Text(5000), created: IsoDate }).passthrough(),
  role: z
    .object({
      title: z.string().min(1).max(200),
      required: z.array(RoleSkill).max(100),
      niceToHave: z.array(RoleSkill).max(100),
      minYearsExperience: z.number().min(0).max(60).nullable().optional(),
      createdAt: IsoDate,
    })
    .passthrough(),
} satisfies Record<RecordType, z.ZodTypeAny>;

/** The keys a document uses for itself; a record's own fields may not take them. */
const META_KEYS = new Set(['_id', '_rev', 'type', 'id', 'updatedAt', 'author', 'deleted', 'deletedAt']);

const DocMeta = SyncRecord.pick({ type: true, id: true, updatedAt: true, author: true, deleted: true, deletedAt: true })
  .extend({ _id: z.string().max(200), _rev: z.string().max(200).optional() })
  .passthrough();

export const docId = (type: RecordType, id: string): string => `${type}:${id}`;
export const recordKey = (record: Pick<SyncRecord, 'type' | 'id'>): string => docId(record.type, record.id);

export function parseDocId(id: string): { type: RecordType; id: string } | null {
  const colon = id.indexOf(':');
  const type = RecordType.safeParse(id.slice(0, colon));
  const rest = RecordId.safeParse(id.slice(colon + 1));
  return colon > 0 && type.success && rest.success ? { type: type.data, id: rest.data } : null;
}

/** Every key that names an address, at any depth, must hold an http(s) one (the schemas check the known ones; this the unknown). */
function badUrl(value: unknown, depth = 0): string | null {
  if (depth > 20 || value === null || typeof value !== 'object') return null;
  for (const [key, inner] of Object.entries(value)) {
    if (/(^|[a-z])(url|href|link)$/i.test(key) && typeof inner === 'string' && inner !== '' && !(URL.canParse(inner) && /^https?:$/.test(new URL(inner).protocol))) {
      return key;
    }
    const found = badUrl(inner, depth + 1);
    if (found) return `${key}.${found}`;
  }
  return null;
}

export function toDoc(record: SyncRecord, rev?: string): Record<string, unknown> {
  const doc: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record.fields)) if (!META_KEYS.has(key) && !key.startsWith('_')) doc[key] = value;
  Object.assign(doc, {
    _id: recordKey(record),
    type: record.type,
    id: record.id,
    updatedAt: record.updatedAt,
    author: record.author,
    deleted: record.deleted,
    deletedAt: record.deletedAt,
  });
  if (rev) doc._rev = rev;
  return doc;
}

export type FromDoc = { ok: true; record: SyncRecord; rev: string } | { ok: false; id: string; reason: string };

/** A document from the server, checked: a record, or why it was refused. Never throws. */
export function fromDoc(doc: unknown): FromDoc {
  const id = typeof doc === 'object' && doc !== null && typeof (doc as { _id?: unknown })._id === 'string' ? (doc as { _id: string })._id : '?';
  const meta = DocMeta.safeParse(doc);
  if (!meta.success) return { ok: false, id, reason: describe(meta.error) };
  const { _id, _rev, type, id: recordId, updatedAt, author, deleted, deletedAt, ...rest } = meta.data;
  if (_id !== docId(type, recordId)) return { ok: false, id, reason: '_id does not match type and id' };
  if (!_rev) return { ok: false, id, reason: 'no _rev' };
  const fields = FIELDS[type].safeParse(rest);
  if (!fields.success) return { ok: false, id, reason: describe(fields.error) };
  const url = badUrl(rest);
  if (url) return { ok: false, id, reason: `${url}: only http(s) addresses` };
  const own: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields.data)) if (!key.startsWith('_')) own[key] = value;
  return { ok: true, rev: _rev, record: { type, id: recordId, updatedAt, author, deleted, deletedAt, fields: own } };
}

function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || 'document'}: ${issue.message}` : 'invalid';
}
