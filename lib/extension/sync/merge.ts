import type { FieldConflict, SyncRecord } from './documents';

/**
 * How two versions of a record become one.
 *
 * Candidates merge three ways, field by field, against `base` (the version both sides last agreed
 * on, kept locally with its `_rev`): a field only one side changed takes that side's value; a field
 * both changed to different values is a conflict: the newer record (by `updatedAt`) wins for now, and
 * `{ field, local, remote, at }` is kept on the record for a person to choose (resolveConflict).
 * Tags merge as sets instead: each side's additions and removals since `base` are all applied (a tag
 * one side added and the other never had stays; one side's removal of a tag the other kept removes
 * it), so two recruiters tagging the same candidate never conflict; `firstSeen` and `lastSeen` take
 * the earlier and the later of the two sides. Deletion is a field like the others: an edit on one
 * side and a delete on the other give a deleted candidate that carries the edit, so Undo brings it
 * back with it.
 *
 * Notes, annotations, snapshots and roles are written by one person at a time: the newer `updatedAt`
 * wins whole, tombstones included (an Undo is a newer write, so it beats the older delete).
 */

const time = (iso: string): number => {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? 0 : ms;
};

/** JSON with sorted keys: equal values give equal text. */
export function canonical(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value)
    .filter(([, inner]) => inner !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonical(inner)}`).join(',')}}`;
}

export const same = (a: unknown, b: unknown): boolean => a === b || canonical(a) === canonical(b);

/** The content that travels (conflicts are this replica's own). */
export const sameContent = (a: SyncRecord, b: SyncRecord): boolean =>
  a.updatedAt === b.updatedAt && a.author === b.author && a.deleted === b.deleted && a.deletedAt === b.deletedAt && same(a.fields, b.fields);

/** Which version is newer: by `updatedAt`, then by author's name so every replica agrees; 0 when both match. */
function compareAge(a: SyncRecord, b: SyncRecord): number {
  const byTime = time(a.updatedAt) - time(b.updatedAt);
  if (byTime !== 0) return byTime;
  return a.author === b.author ? 0 : a.author > b.author ? 1 : -1;
}

/** The greater of two values in canonical JSON: a tie-break that depends on nothing but the values. */
const greater = <T>(a: T, b: T): T => (canonical(a) >= canonical(b) ? a : b);

/** The newer of two versions; a tie is broken the same way on every replica. */
export function newer(a: SyncRecord, b: SyncRecord): SyncRecord {
  const age = compareAge(a, b);
  if (age !== 0) return age > 0 ? a : b;
  return canonical(contentOf(a)) >= canonical(contentOf(b)) ? a : b;
}

const contentOf = (record: SyncRecord) => ({ ...record, conflicts: undefined });

/** The record as it travels: conflicts are this replica's own. */
export function withoutConflicts(record: SyncRecord): SyncRecord {
  const copy = { ...record };
  delete copy.conflicts;
  return copy;
}

/** Last writer wins (notes, annotations, snapshots, roles). */
export function mergeLatest(local: SyncRecord, remote: SyncRecord): SyncRecord {
  const winner = newer(local, remote);
  return winner === local ? local : { ...remote, conflicts: local.conflicts };
}

function mergeTags(base: unknown, local: unknown, remote: unknown): string[] | null {
  const strings = (value: unknown): string[] | null => (Array.isArray(value) && value.every((item) => typeof item === 'string') ? (value as string[]) : null);
  const l = strings(local);
  const r = strings(remote);
  const b = base === undefined ? [] : strings(base);
  if (!l || !r || !b) return null;
  const removed = new Set([...b.filter((tag) => !l.includes(tag)), ...b.filter((tag) => !r.includes(tag))]);
  return [...new Set([...b, ...l, ...r])].filter((tag) => !removed.has(tag)).sort();
}

/**
 * When the page was first and last saved, by anyone: the earlier and the later of the two sides.
 * Both recruiters saving the same page is not a choice a person should be asked to make.
 */
const SEEN = { firstSeen: -1, lastSeen: 1 } as const;
function seenBoth(key: keyof typeof SEEN, local: unknown, remote: unknown): string | null {
  if (typeof local !== 'string' || typeof remote !== 'string' || Number.isNaN(Date.parse(local)) || Number.isNaN(Date.parse(remote))) return null;
  const later = time(local) !== time(remote) ? (time(local) > time(remote) ? local : remote) : greater(local, remote);
  const earlier = later === local ? remote : local;
  return SEEN[key] > 0 ? later : earlier;
}

/** Three-way merge of a candidate; `at` dates any conflict found. */
export function mergeCandidate(base: SyncRecord | null, local: SyncRecord, remote: SyncRecord, at: string): SyncRecord {
  if (sameContent(local, remote)) return local;
  if (base && sameContent(base, local)) return { ...remote, conflicts: local.conflicts };
  if (base && sameContent(base, remote)) return local;

  const age = compareAge(local, remote);
  const winner = age >= 0 ? local : remote;
  // Same time and author on both sides: the values themselves decide, so that merging again changes nothing.
  const pick = <T>(l: T, r: T): T => (age > 0 ? l : age < 0 ? r : greater(l, r));
  const fields: Record<string, unknown> = {};
  const found: FieldConflict[] = [];
  const keys = new Set([...Object.keys(base?.fields ?? {}), ...Object.keys(local.fields), ...Object.keys(remote.fields)]);
  for (const key of keys) {
    const l = local.fields[key];
    const r = remote.fields[key];
    const b = base?.fields[key];
    let value: unknown;
    if (same(l, r)) value = l;
    else if (base && same(l, b)) value = r;
    else if (base && same(r, b)) value = l;
    else {
      const tags = key === 'tags' ? mergeTags(b, l, r) : null;
      const seen = key in SEEN ? seenBoth(key as keyof typeof SEEN, l, r) : null;
      if (tags) value = tags;
      else if (seen) value = seen;
      else {
        value = pick(l, r);
        found.push({ field: key, local: l ?? null, remote: r ?? null, at, remoteAuthor: remote.author });
      }
    }
    if (value !== undefined) fields[key] = value;
  }

  // Deletion: whichever side changed it since base; with no base, the newer side.
  let deleted = pick(local.deleted, remote.deleted);
  if (local.deleted === remote.deleted) deleted = local.deleted;
  else if (base && base.deleted === local.deleted) deleted = remote.deleted;
  else if (base && base.deleted === remote.deleted) deleted = local.deleted;
  const deletedAt = !deleted ? null : local.deleted && remote.deleted ? pick(local.deletedAt, remote.deletedAt) : local.deleted ? local.deletedAt : remote.deletedAt;

  const kept = (local.conflicts ?? []).filter((conflict) => !found.some((fresh) => fresh.field === conflict.field));
  const conflicts = [...kept, ...found];
  return {
    type: local.type,
    id: local.id,
    updatedAt: winner.updatedAt,
    author: winner.author,
    deleted,
    deletedAt,
    fields,
    ...(conflicts.length > 0 ? { conflicts } : {}),
  };
}

/** How two versions of any record merge. */
export function mergeRecords(base: SyncRecord | null, local: SyncRecord, remote: SyncRecord, at: string): SyncRecord {
  return local.type === 'candidate' ? mergeCandidate(base, local, remote, at) : mergeLatest(local, remote);
}

/**
 * A person chose a side of a conflict: the field takes that value and the choice becomes a local edit
 * (newer than both), which then travels like any other.
 */
export function resolveConflict(record: SyncRecord, field: string, choice: 'local' | 'remote', now: string, author: string): SyncRecord {
  const conflict = record.conflicts?.find((item) => item.field === field);
  if (!conflict) return record;
  const fields = { ...record.fields };
  const value = choice === 'local' ? conflict.local : conflict.remote;
  if (value === null && !(field in record.fields)) delete fields[field];
  else fields[field] = value;
  const conflicts = (record.conflicts ?? []).filter((item) => item.field !== field);
  return { ...withoutConflicts(record), fields, updatedAt: now, author, ...(conflicts.length > 0 ? { conflicts } : {}) };
}
