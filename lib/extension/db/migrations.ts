import type { Transaction } from 'dexie';
import { PANEL_WIDTH } from '../../shared/panel-size';
import { legacyId, ULID_PATTERN } from '../../shared/ids';
import { AnnotationV2, CandidateV1, CandidateV2, NoteV2, RoleV2, SettingsV2, SnapshotV2, type ProfileV2, type TablesV2 } from '../../shared/legacy-records';
import type { Annotation, Candidate, Meta, Note, Role, Settings, Snapshot } from '../../shared/records';
import { searchTextOf, summaryOf } from './summary';
import { setsOf } from './note-sets';

/** Version 1 candidates as version 2 summaries and snapshots. Pure: shared by the upgrade and old backups. */
export function splitV1Candidates(old: CandidateV1[], notesOf: (id: string) => string[]): { candidates: CandidateV2[]; snapshots: SnapshotV2[] } {
  const candidates = old.map(({ profile, ...c }) => {
    const summary = summaryOf(profile);
    const bodies = notesOf(c.id);
    return { ...c, ...summary, rating: c.rating, notesCount: bodies.length, searchText: searchTextOf({ ...summary, tags: c.tags }, bodies) };
  });
  return { candidates, snapshots: old.map((c) => ({ id: c.id, profile: c.profile, savedAt: c.updatedAt })) };
}

/**
 * Version 2: candidates become small summaries (for a fast table and search at 10,000 candidates)
 * and the full profile moves to `snapshots`; notes are counted and searchable from the candidate.
 */
export async function moveProfilesToSnapshots(tx: Transaction): Promise<void> {
  const notesBy = new Map<string, string[]>();
  await tx.table<{ candidateId: string; body: string }, number>('notes').each((n) => {
    if (!notesBy.has(n.candidateId)) notesBy.set(n.candidateId, []);
    notesBy.get(n.candidateId)!.push(n.body);
  });
  const old = CandidateV1.array().parse(await tx.table('candidates').toArray());
  const { candidates, snapshots } = splitV1Candidates(old, (id) => notesBy.get(id) ?? []);
  await tx.table<SnapshotV2, string>('snapshots').bulkPut(snapshots);
  await tx.table<CandidateV2, string>('candidates').bulkPut(candidates);
}

/** A whole version 3 database (or backup), table by table. */
export interface TablesV3 {
  candidates: Candidate[];
  snapshots: Snapshot[];
  notes: Note[];
  annotations: Annotation[];
  roles: Role[];
  settings: Settings[];
}

/** A version 2 date as ISO 8601: as it was when it already is one, read as a date when it can be, else `fallback`. */
function isoOr(value: string, fallback: string): string {
  if (/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/.test(value)) return value;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : fallback;
}

const isHttp = (url: string) => /^https?:\/\//i.test(url);

/** Links and project addresses that are not http(s) are dropped: they could never be opened safely. */
function safeProfile(p: ProfileV2): ProfileV2 {
  return { ...p, links: p.links.filter((l) => isHttp(l.url)), projects: p.projects.map((x) => (x.url === null || isHttp(x.url) ? x : { ...x, url: null })) };
}

export interface ConvertOptions {
  /** Used for a date that cannot be read as one (version 2 accepted any text), when repairing. */
  now: string;
  /**
   * The upgrade repairs what version 3 refuses (a database must open): dates that are not ISO 8601
   * are read as dates (or become `now`), non-http(s) profile links are dropped. An import does not:
   * it leaves them as they are, for the file to be refused with the record at fault.
   */
  repair: boolean;
}

/**
 * Version 2 records as version 3 ones, with nothing lost: every record gets a ULID (legacyId: the
 * same old record always gets the same one), and everything that pointed at an old id (notes,
 * annotations and snapshots at their candidate, candidates and the settings at their role) points
 * at the new one. The candidate's normalised URL, its old id, becomes `url`; the address it was
 * saved from, its old `url`, becomes `pageUrl`. Nobody is named as author: version 2 had no names.
 * Pure: shared by the upgrade and the import of old backups.
 */
export function convertV2(t: TablesV2, { now, repair }: ConvertOptions): TablesV3 {
  const iso: (value: string, fallback: string) => string = repair ? isoOr : (value) => value;
  const roleIds = new Map(t.roles.map((r) => [r.id, ULID_PATTERN.test(r.id) ? r.id : legacyId(r.createdAt, `role:${r.id}`)]));
  const candidateIds = new Map(t.candidates.map((c) => [c.id, legacyId(c.firstSeen, `candidate:${c.id}`)]));
  // A note or snapshot whose candidate is gone (none should be) keeps an id of its own, still pointing nowhere.
  const candidateId = (old: string) => candidateIds.get(old) ?? legacyId('', `candidate:${old}`);
  const roleId = (old: string | null) => (old === null ? null : (roleIds.get(old) ?? null));
  const fresh = { author: '', deletedAt: null };

  const candidates = t.candidates.map(({ id, url, corrections, roleId: role, ...c }): Candidate => {
    const updatedAt = iso(c.updatedAt, now);
    return {
      ...c,
      ...fresh,
      id: candidateId(id),
      url: id,
      pageUrl: url,
      roleId: roleId(role),
      ...(corrections ? { corrections: { ...corrections, at: iso(corrections.at, updatedAt) } } : {}),
      firstSeen: iso(c.firstSeen, updatedAt),
      lastSeen: iso(c.lastSeen, updatedAt),
      updatedAt,
    };
  });
  const snapshots = t.snapshots.map((s): Snapshot => {
    const savedAt = iso(s.savedAt, now);
    return { ...fresh, id: legacyId(savedAt, `snapshot:${s.id}`), candidateId: candidateId(s.id), profile: repair ? safeProfile(s.profile) : s.profile, savedAt, updatedAt: savedAt };
  });
  const notes = t.notes.map(({ id, updated, ...n }, i): Note => {
    const created = iso(n.created, now);
    // A note has a number once stored; one in an old backup without it is named by its place there.
    return { ...n, ...fresh, id: legacyId(created, `note:${n.candidateId}:${id ?? `#${i}`}`), candidateId: candidateId(n.candidateId), created, updatedAt: iso(updated, created) };
  });
  const annotations = t.annotations.map(({ id, updated, ...a }): Annotation => {
    const created = iso(a.created, now);
    return { ...a, ...fresh, id: ULID_PATTERN.test(id) ? id : legacyId(created, `annotation:${id}`), candidateId: candidateId(a.candidateId), created, updatedAt: iso(updated, created) };
  });
  const roles = t.roles.map((r): Role => {
    const createdAt = iso(r.createdAt, now);
    return { ...r, ...fresh, id: roleIds.get(r.id)!, createdAt, updatedAt: iso(r.updatedAt, createdAt) };
  });
  const settings = t.settings.map((s): Settings => ({ skillAliases: '', panelDocked: false, panelWidth: PANEL_WIDTH.initial, ...s, activeRoleId: roleId(s.activeRoleId), displayName: '' }));
  return { candidates, snapshots, notes, annotations, roles, settings };
}

/**
 * Version 3: records that can travel (global ids, updatedAt, author, tombstones), converted by
 * convertV2 in the upgrade's own transaction: all of it or, if anything fails, none of it.
 */
export function giveRecordsGlobalIds(appVersion: string) {
  return async (tx: Transaction): Promise<void> => {
    const read = async <T>(name: string, parse: (rows: unknown[]) => T[]) => parse(await tx.table(name).toArray());
    const tables: TablesV2 = {
      candidates: await read('candidates', (r) => CandidateV2.array().parse(r)),
      snapshots: await read('snapshots', (r) => SnapshotV2.array().parse(r)),
      notes: await read('notes', (r) => NoteV2.array().parse(r)),
      annotations: await read('annotations', (r) => AnnotationV2.array().parse(r)),
      roles: await read('roles', (r) => RoleV2.array().parse(r)),
      settings: [],
    };
    // Settings that cannot be read stay as they are (readSettings reports them), only pointed at the new role ids.
    const rawSettings = (await tx.table('settings').toArray()) as Record<string, unknown>[];
    const next = convertV2({ ...tables, settings: rawSettings.flatMap((s) => (SettingsV2.safeParse(s).success ? [s as SettingsV2] : [])) }, { now: new Date().toISOString(), repair: true });
    const roleIds = new Map(tables.roles.map((r, i) => [r.id, next.roles[i]!.id]));
    const unreadable = rawSettings.filter((s) => !SettingsV2.safeParse(s).success).map((s) => ({ ...s, activeRoleId: typeof s.activeRoleId === 'string' ? (roleIds.get(s.activeRoleId) ?? null) : s.activeRoleId }));
    next.settings.push(...(unreadable as Settings[]));
    for (const name of ['candidates', 'snapshots', 'annotations', 'roles', 'settings'] as const) {
      await tx.table(name).clear();
      await tx.table(name).bulkAdd(next[name]);
    }
    // The notes table goes once this upgrade is done (Dexie deletes it after).
    await tx.table('noteSets').bulkAdd(setsOf(next.notes));
    const meta: Meta = { key: 'writer', schemaVersion: 3, appVersion };
    await tx.table('meta').put(meta);
  };
}
