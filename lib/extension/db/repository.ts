import type { Selectors } from '../../shared/selectors';
import type { Detection, Profile } from '../../shared/profile';
import { newId } from '../../shared/ids';
import { DEMO_ROLE } from '../roles/demo';
import { ReadOnlyError, whyReadOnly, type SkillmarkDB } from './db';
import { Annotation, Candidate, Corrections, DEFAULT_SETTINGS, Note, Role, Settings, Snapshot } from '../../shared/records';
import { gapOfCandidate } from '../skills/gap';
import { correctedProfile } from './corrections';
import { searchTextOf, summaryOf } from './summary';
import { normaliseProfileUrl } from './url';
import { candidateById, candidateByUrl, candidatesByIds, live, liveRoles, notesOf, notesOfMany, roleById, snapshotOf } from './reads';
import { putNotes, readSet, readSets } from './note-sets';
import { forgetTheServer } from './sync-state';

/** Storage failures keep their cause but say what was being done, for the recruiter to read. */
export class StorageError extends Error {
  constructor(action: string, cause: unknown) {
    const reason = cause instanceof Error ? (cause.name === 'QuotaExceededError' ? 'the browser storage is full' : cause.message) : String(cause);
    super(`Could not ${action}: ${reason}`);
    this.name = 'StorageError';
  }
}

/** When and by whom a change is made: every record it touches carries both. */
export interface Stamp {
  updatedAt: string;
  author: string;
}

/**
 * Runs a write: refused while the database is read-only, stamped with the time and the recruiter's
 * display name, and any failure named for the recruiter ("Could not save the note: …").
 */
export async function writing<T>(db: SkillmarkDB, action: string, now: Date, work: (stamp: Stamp) => Promise<T>): Promise<T> {
  try {
    const readOnly = await whyReadOnly(db);
    if (readOnly) throw new ReadOnlyError(readOnly);
    const author = (await readSettings(db)).settings.displayName;
    return await work({ updatedAt: now.toISOString(), author });
  } catch (err) {
    throw new StorageError(action, err);
  }
}

/**
 * The settings, and what is wrong with the stored ones if they cannot be read: then the defaults
 * are used for reading, the stored record is left as it is, and the problem is shown to the recruiter.
 */
export async function readSettings(db: SkillmarkDB): Promise<{ settings: Settings; problem: string | null }> {
  const raw: unknown = await db.settings.get('app');
  if (raw === undefined) return { settings: DEFAULT_SETTINGS, problem: null };
  const stored = Settings.safeParse(raw);
  if (stored.success) return { settings: stored.data, problem: null };
  const where = stored.error.issues.map((i) => `${i.path.join('.') || 'settings'}: ${i.message}`).join('; ');
  return { settings: DEFAULT_SETTINGS, problem: `Skillmark's stored settings cannot be read (${where}). Defaults are in use and nothing was overwritten; reset them under Settings.` };
}

export async function getSettings(db: SkillmarkDB): Promise<Settings> {
  return (await readSettings(db)).settings;
}

/** Changes the settings; refused while the stored ones cannot be read, so they are never silently replaced. */
export async function updateSettings(db: SkillmarkDB, patch: Partial<Omit<Settings, 'key'>>): Promise<Settings> {
  return writing(db, 'save the settings', new Date(), () =>
    db.transaction('rw', db.settings, async () => {
      const { settings, problem } = await readSettings(db);
      if (problem) throw new Error(problem);
      const next = Settings.parse({ ...settings, ...patch, key: 'app' });
      await db.settings.put(next);
      return next;
    }),
  );
}

/** Replaces the stored settings with the defaults: the recruiter's explicit answer to unreadable settings. */
export async function resetSettings(db: SkillmarkDB): Promise<void> {
  await writing(db, 'reset the settings', new Date(), () => db.settings.put(DEFAULT_SETTINGS));
}

/** The roles, with the demo role added the first time so a new install works out of the box (shown, not stored, while read-only). */
export async function listRoles(db: SkillmarkDB): Promise<Role[]> {
  const roles = await liveRoles(db);
  if (roles.length || (await whyReadOnly(db))) return roles.length ? roles : [DEMO_ROLE];
  await writing(db, 'add the demo role', new Date(), () => db.roles.put(DEMO_ROLE));
  return [DEMO_ROLE];
}

/** Saves a role; the candidates matched against it are scored again. */
export async function saveRole(db: SkillmarkDB, role: Role, now = new Date()): Promise<Role> {
  return writing(db, 'save the role', now, (stamp) =>
    db.transaction('rw', [db.roles, db.candidates, db.snapshots], async () => {
      const checked = Role.parse({ ...role, ...stamp, deletedAt: null });
      await db.roles.put(checked);
      const matched = (await db.candidates.where('roleId').equals(checked.id).toArray()).filter(live);
      const rescored = [];
      for (const c of matched) {
        const snapshot = await snapshotOf(db, c.id);
        // The score is computed per replica (it does not travel): the candidates are not changed otherwise.
        if (snapshot) rescored.push({ ...c, matchScore: gapOfCandidate(snapshot.profile, c.corrections, checked).score });
      }
      await db.candidates.bulkPut(rescored);
      return checked;
    }),
  );
}

/** Deletes a role (a tombstone); candidates matched against it keep their score and forget the role. */
export async function deleteRole(db: SkillmarkDB, roleId: string, now = new Date()): Promise<void> {
  await writing(db, 'delete the role', now, (stamp) =>
    db.transaction('rw', [db.roles, db.candidates, db.settings], async () => {
      const role = await db.roles.get(roleId);
      if (live(role)) await db.roles.put({ ...role, ...stamp, deletedAt: stamp.updatedAt });
      await db.candidates.where('roleId').equals(roleId).modify({ roleId: null, ...stamp });
      const settings = await getSettings(db);
      if (settings.activeRoleId === roleId) await db.settings.put({ ...settings, activeRoleId: null });
    }),
  );
}

export async function activeRole(db: SkillmarkDB): Promise<Role | null> {
  const [roles, settings] = await Promise.all([listRoles(db), getSettings(db)]);
  return roles.find((r) => r.id === settings.activeRoleId) ?? roles[0] ?? null;
}

export interface SaveCandidateInput {
  url: string;
  profile: Profile;
  detection: Detection;
  roleId: string | null;
}

/** The candidate's facts as the workspace lists them: the page's, with the recruiter's corrections. */
function correctedSummary(profile: Profile, corrections: Corrections | undefined) {
  const summary = summaryOf(correctedProfile(profile, corrections));
  const company = corrections?.company ?? summary.company;
  return { ...summary, company, nameKey: summary.name ? `${summary.name}|${company ?? ''}`.toLowerCase().slice(0, 400) : null };
}

/** The stored match score: against the role, on the corrected profile (see gapOfCandidate). */
async function scoreAgainst(db: SkillmarkDB, roleId: string | null, profile: Profile, corrections: Corrections | undefined): Promise<number | null> {
  const role = roleId ? await roleById(db, roleId) : null;
  return role ? gapOfCandidate(profile, corrections, role).score : null;
}

/**
 * Saves or refreshes a candidate: a new snapshot, the same notes, tags, rating and stage. A page
 * whose candidate was deleted is saved afresh under the same record (its URL is unique), with
 * nothing of what was deleted.
 */
export async function saveCandidate(db: SkillmarkDB, input: SaveCandidateInput, now = new Date()): Promise<Candidate> {
  const url = normaliseProfileUrl(input.url);
  return writing(db, 'save the candidate', now, (stamp) =>
    db.transaction('rw', [db.candidates, db.snapshots, db.noteSets, db.roles], async () => {
      const stored = await db.candidates.where('url').equals(url).first();
      const existing = live(stored) ? stored : undefined;
      const corrections = existing?.corrections;
      const summary = correctedSummary(input.profile, corrections);
      const roleId = input.roleId ?? existing?.roleId ?? null;
      const tags = existing?.tags ?? [];
      const id = stored?.id ?? newId();
      const notes = existing ? (await notesOf(db, id)).map((n) => n.body) : [];
      const record = Candidate.parse({
        id,
        url,
        pageUrl: input.url,
        ...summary,
        kind: input.detection.kind,
        tags,
        rating: existing?.rating ?? null,
        stage: existing?.stage ?? 'sourced',
        roleId,
        matchScore: await scoreAgainst(db, roleId, input.profile, corrections),
        notesCount: notes.length,
        ...(corrections ? { corrections } : {}),
        searchText: searchTextOf({ ...summary, tags }, notes),
        firstSeen: existing?.firstSeen ?? stamp.updatedAt,
        lastSeen: stamp.updatedAt,
        ...stamp,
        deletedAt: null,
      });
      const snapshotId = (await db.snapshots.where('candidateId').equals(id).first())?.id ?? newId();
      await db.candidates.put(record);
      await db.snapshots.put(Snapshot.parse({ id: snapshotId, candidateId: id, profile: input.profile, savedAt: stamp.updatedAt, ...stamp, deletedAt: null }));
      return record;
    }),
  );
}

export async function getCandidate(db: SkillmarkDB, url: string): Promise<Candidate | null> {
  return candidateByUrl(db, url);
}

/** The live candidate of a page, inside a write: "save the candidate first" when there is none. */
async function savedCandidate(db: SkillmarkDB, url: string): Promise<Candidate> {
  const c = await candidateByUrl(db, url);
  if (!c) throw new Error('save the candidate first');
  return c;
}

export async function addNote(db: SkillmarkDB, url: string, body: string, now = new Date()): Promise<Note> {
  return writing(db, 'save the note', now, (stamp) =>
    db.transaction('rw', db.candidates, db.noteSets, async () => {
      const candidate = await savedCandidate(db, url);
      const note = Note.parse({ id: newId(), candidateId: candidate.id, body, created: stamp.updatedAt, ...stamp, deletedAt: null });
      await putNotes(db, [note]);
      await refreshNotesSummary(db, candidate.id);
      return note;
    }),
  );
}

/**
 * The note being typed under `key`, saved as it stands: created by the first keystroke, updated by
 * the next, deleted when emptied. Sent to the background on every change, so closing the editor at
 * any moment keeps what was typed. Returns the note, or null once it is empty.
 */
export async function saveNoteDraft(db: SkillmarkDB, url: string, key: string, body: string, now = new Date()): Promise<Note | null> {
  return writing(db, 'save the note', now, (stamp) =>
    db.transaction('rw', db.candidates, db.noteSets, async () => {
      const candidate = await savedCandidate(db, url);
      const existing = (await readSet(db, candidate.id)).find((n) => n.draftKey === key);
      const text = body.trim();
      let saved: Note | null = null;
      if (!text) {
        if (live(existing)) await putNotes(db, [{ ...existing, ...stamp, deletedAt: stamp.updatedAt }]);
      } else if (existing) {
        saved = Note.parse({ ...existing, body: text, ...stamp, deletedAt: null });
        await putNotes(db, [saved]);
      } else {
        saved = Note.parse({ id: newId(), candidateId: candidate.id, body: text, created: stamp.updatedAt, ...stamp, deletedAt: null, draftKey: key });
        await putNotes(db, [saved]);
      }
      await refreshNotesSummary(db, candidate.id);
      return saved;
    }),
  );
}

/** The note of this candidate with this id, if it is not deleted (inside the caller's transaction). */
export async function liveNote(db: SkillmarkDB, candidateId: string, id: string): Promise<Note | null> {
  const note = (await readSet(db, candidateId)).find((n) => n.id === id);
  return live(note) ? note : null;
}

/** Deletes a note (a tombstone) and returns it as it was, for an Undo. */
export async function deleteNote(db: SkillmarkDB, which: Pick<Note, 'id' | 'candidateId'>, now = new Date()): Promise<Note> {
  return writing(db, 'delete the note', now, (stamp) =>
    db.transaction('rw', db.candidates, db.noteSets, async () => {
      const note = await liveNote(db, which.candidateId, which.id);
      if (!note) throw new Error('the note no longer exists');
      await putNotes(db, [{ ...note, ...stamp, deletedAt: stamp.updatedAt }]);
      await refreshNotesSummary(db, note.candidateId);
      return note;
    }),
  );
}

/** Brings a deleted note back (Undo): its tombstone is cleared. */
export async function restoreNote(db: SkillmarkDB, note: Note, now = new Date()): Promise<void> {
  const given = Note.parse(note);
  await writing(db, 'restore the note', now, (stamp) =>
    db.transaction('rw', db.candidates, db.noteSets, async () => {
      if (!(await candidateById(db, given.candidateId))) throw new Error('its candidate was deleted');
      const stored = (await readSet(db, given.candidateId)).find((n) => n.id === given.id);
      await putNotes(db, [{ ...(stored ?? given), ...stamp, deletedAt: null }]);
      await refreshNotesSummary(db, given.candidateId);
    }),
  );
}

/**
 * Keeps a candidate's note count and search text in step with its notes (inside the caller's
 * transaction). Both are computed per replica and do not travel, so the candidate is not stamped: a
 * new note is a change of the note alone, and team sync sends the note, not the candidate.
 */
async function refreshNotesSummary(db: SkillmarkDB, candidateId: string): Promise<void> {
  const candidate = await db.candidates.get(candidateId);
  if (!live(candidate)) return;
  const bodies = (await notesOf(db, candidateId)).map((n) => n.body);
  await db.candidates.put({ ...candidate, notesCount: bodies.length, searchText: searchTextOf(candidate, bodies) });
}

/** The notes of a page's candidate, oldest first. */
export async function listNotes(db: SkillmarkDB, url: string): Promise<Note[]> {
  const c = await candidateByUrl(db, url);
  return c ? notesOf(db, c.id) : [];
}

export async function addAnnotation(db: SkillmarkDB, input: { url: string; selectors: Selectors; note: string }, now = new Date()): Promise<Annotation> {
  return writing(db, 'save the annotation', now, (stamp) =>
    db.transaction('rw', db.candidates, db.annotations, async () => {
      const candidate = await savedCandidate(db, input.url);
      const record = Annotation.parse({ id: newId(), candidateId: candidate.id, url: input.url, selectors: input.selectors, note: input.note, created: stamp.updatedAt, ...stamp, deletedAt: null });
      await db.annotations.add(record);
      await db.candidates.put({ ...candidate, ...stamp });
      return record;
    }),
  );
}

export async function listAnnotations(db: SkillmarkDB, url: string): Promise<Annotation[]> {
  const c = await candidateByUrl(db, url);
  return c ? (await db.annotations.where('candidateId').equals(c.id).toArray()).filter(live) : [];
}

export interface CandidatePatch {
  addTag?: string;
  removeTag?: string;
  stage?: Candidate['stage'];
  rating?: number | null;
}

/** Applies one change to many candidates (bulk actions), keeping their search text current. */
export async function updateCandidates(db: SkillmarkDB, ids: string[], patch: CandidatePatch, now = new Date()): Promise<number> {
  return writing(db, 'update the candidates', now, (stamp) =>
    db.transaction('rw', db.candidates, db.noteSets, async () => {
      const found = await candidatesByIds(db, ids);
      const tagChange = patch.addTag !== undefined || patch.removeTag !== undefined;
      const notes = tagChange ? await notesOfMany(db, found.map((c) => c.id)) : [];
      const next = found.map((c) => {
        let tags = c.tags;
        if (patch.addTag && !tags.includes(patch.addTag)) tags = [...tags, patch.addTag];
        if (patch.removeTag) tags = tags.filter((t) => t !== patch.removeTag);
        const updated: Candidate = { ...c, tags, stage: patch.stage ?? c.stage, rating: patch.rating !== undefined ? patch.rating : c.rating, ...stamp };
        if (tagChange) updated.searchText = searchTextOf(updated, notes.filter((n) => n.candidateId === c.id).map((n) => n.body));
        return Candidate.parse(updated);
      });
      await db.candidates.bulkPut(next);
      return next.length;
    }),
  );
}

/** What deleteCandidates removed, as it was, kept by the caller for an Undo. */
export interface DeletedCandidates {
  candidates: Candidate[];
  snapshots: Snapshot[];
  notes: Note[];
  annotations: Annotation[];
}

const TRAVELLING = ['candidates', 'snapshots', 'annotations'] as const;

/**
 * Deletes candidates with their snapshots, notes and annotations, all in one transaction: each
 * gets a tombstone. Returns what went, for the Undo.
 */
export async function deleteCandidates(db: SkillmarkDB, ids: string[], now = new Date()): Promise<DeletedCandidates> {
  return writing(db, 'delete the candidates', now, (stamp) =>
    db.transaction('rw', [db.candidates, db.snapshots, db.noteSets, db.annotations], async () => {
      const candidates = await candidatesByIds(db, ids);
      const of = candidates.map((c) => c.id);
      const gone: DeletedCandidates = {
        candidates,
        snapshots: (await db.snapshots.where('candidateId').anyOf(of).toArray()).filter(live),
        notes: (await readSets(db, of)).filter(live),
        annotations: (await db.annotations.where('candidateId').anyOf(of).toArray()).filter(live),
      };
      const tombstone = { ...stamp, deletedAt: stamp.updatedAt };
      await Promise.all(TRAVELLING.map((t) => db.table(t).bulkPut(gone[t].map((r) => ({ ...r, ...tombstone })))));
      await putNotes(db, gone.notes.map((n) => ({ ...n, ...tombstone })));
      return gone;
    }),
  );
}

/**
 * Brings deleted candidates back with everything they had (Undo): the tombstones of exactly what
 * deleteCandidates removed are cleared. A candidate saved again meanwhile (the same page) keeps its
 * newer record and snapshot; its old notes and annotations still come back.
 */
export async function restoreCandidates(db: SkillmarkDB, gone: DeletedCandidates, now = new Date()): Promise<void> {
  await writing(db, 'restore the candidates', now, (stamp) =>
    db.transaction('rw', [db.candidates, db.snapshots, db.noteSets, db.annotations], async () => {
      const back = <T extends { deletedAt: string | null }>(rows: (T | undefined)[]) => rows.filter((r): r is T => !!r && r.deletedAt !== null).map((r) => ({ ...r, ...stamp, deletedAt: null }));
      for (const t of TRAVELLING) {
        const table = db.table<{ id: string; deletedAt: string | null }, string>(t);
        await table.bulkPut(back(await table.bulkGet(gone[t].map((r) => r.id))));
      }
      const ids = new Set(gone.notes.map((n) => n.id));
      await putNotes(db, back((await readSets(db, [...new Set(gone.notes.map((n) => n.candidateId))])).filter((n) => ids.has(n.id))));
      for (const c of gone.candidates) await refreshNotesSummary(db, c.id);
    }),
  );
}

/**
 * Deletes every candidate, note, annotation and role for good, and resets the settings: the one
 * hard delete, a wipe of this browser's data (nothing is left to travel or to undo).
 */
export async function deleteEverything(db: SkillmarkDB): Promise<void> {
  await writing(db, 'delete everything', new Date(), () =>
    db.transaction('rw', [db.candidates, db.snapshots, db.noteSets, db.annotations, db.roles, db.settings, db.syncState, db.syncMeta], async () => {
      await Promise.all([db.candidates.clear(), db.snapshots.clear(), db.noteSets.clear(), db.annotations.clear(), db.roles.clear(), db.settings.clear()]);
      await forgetTheServer(db);
    }),
  );
}

/** Replaces a note's text (an edit), keeping the candidate's search text current. */
export async function updateNote(db: SkillmarkDB, which: Pick<Note, 'id' | 'candidateId'>, body: string, now = new Date()): Promise<Note> {
  return writing(db, 'save the note', now, (stamp) =>
    db.transaction('rw', db.candidates, db.noteSets, async () => {
      const note = await liveNote(db, which.candidateId, which.id);
      if (!note) throw new Error('the note no longer exists');
      const updated = Note.parse({ ...note, body: body.trim(), ...stamp });
      await putNotes(db, [updated]);
      await refreshNotesSummary(db, note.candidateId);
      return updated;
    }),
  );
}

/** Sets the role a candidate is matched against, and scores them against it. */
export async function setCandidateRole(db: SkillmarkDB, id: string, roleId: string | null, now = new Date()): Promise<void> {
  await writing(db, 'change the role', now, (stamp) =>
    db.transaction('rw', [db.candidates, db.snapshots, db.roles], async () => {
      const [candidate, snapshot] = await Promise.all([candidateById(db, id), snapshotOf(db, id)]);
      if (!candidate) throw new Error('the candidate no longer exists');
      const matchScore = snapshot ? await scoreAgainst(db, roleId, snapshot.profile, candidate.corrections) : null;
      await db.candidates.put(Candidate.parse({ ...candidate, roleId, matchScore, ...stamp }));
    }),
  );
}

/**
 * Sets the recruiter's corrections of a candidate's facts (null clears them). They are applied over
 * the snapshot for the listed facts, the search text and the score, and kept when the page is saved again.
 */
export async function correctCandidate(db: SkillmarkDB, id: string, fix: Omit<Corrections, 'at'> | null, now = new Date()): Promise<Candidate> {
  const corrections = fix ? Corrections.parse({ ...fix, at: now.toISOString() }) : undefined;
  return writing(db, 'save the correction', now, (stamp) =>
    db.transaction('rw', [db.candidates, db.snapshots, db.noteSets, db.roles], async () => {
      const [candidate, snapshot] = await Promise.all([candidateById(db, id), snapshotOf(db, id)]);
      if (!candidate || !snapshot) throw new Error('the candidate no longer exists');
      const summary = correctedSummary(snapshot.profile, corrections);
      const notes = (await notesOf(db, id)).map((n) => n.body);
      const rest: Candidate = { ...candidate };
      delete rest.corrections;
      const record = Candidate.parse({
        ...rest,
        ...summary,
        ...(corrections ? { corrections } : {}),
        matchScore: await scoreAgainst(db, candidate.roleId, snapshot.profile, corrections),
        searchText: searchTextOf({ ...summary, tags: candidate.tags }, notes),
        ...stamp,
      });
      await db.candidates.put(record);
      return record;
    }),
  );
}

/** Other saved candidates that look like the same person: a shared email, or the same name at the same company. */
export async function findDuplicates(db: SkillmarkDB, c: Candidate): Promise<Candidate[]> {
  const byEmail = c.emails.length ? await db.candidates.where('emails').anyOf(c.emails).toArray() : [];
  const byName = c.nameKey ? await db.candidates.where('nameKey').equals(c.nameKey).toArray() : [];
  const seen = new Map<string, Candidate>();
  for (const x of [...byEmail, ...byName]) if (x.id !== c.id && live(x)) seen.set(x.id, x);
  return [...seen.values()];
}

/**
 * Merges a duplicate into the candidate kept: its notes and annotations move over, tags are joined,
 * the better rating and the further stage are kept; the duplicate and its snapshot are deleted (tombstones).
 */
export async function mergeCandidates(db: SkillmarkDB, keepId: string, dropId: string, now = new Date()): Promise<void> {
  await writing(db, 'merge the candidates', now, (stamp) =>
    db.transaction('rw', [db.candidates, db.snapshots, db.noteSets, db.annotations], async () => {
      const [keep, drop] = await candidatesByIds(db, [keepId, dropId]).then((found) => [found.find((c) => c.id === keepId), found.find((c) => c.id === dropId)]);
      if (!keep || !drop) throw new Error('one of the candidates no longer exists');
      const moved = (await readSet(db, dropId)).map((n) => ({ ...n, candidateId: keepId, ...stamp }));
      await putNotes(db, moved);
      await db.noteSets.delete(dropId);
      await db.annotations.where('candidateId').equals(dropId).modify({ candidateId: keepId, ...stamp });
      const bodies = (await notesOf(db, keepId)).map((n) => n.body);
      const order = ['sourced', 'contacted', 'screening', 'interview', 'offer', 'hired', 'on-hold', 'rejected'];
      const tags = [...new Set([...keep.tags, ...drop.tags])].slice(0, 50);
      const merged = Candidate.parse({
        ...keep,
        tags,
        rating: Math.max(keep.rating ?? 0, drop.rating ?? 0) || null,
        stage: order.indexOf(drop.stage) > order.indexOf(keep.stage) ? drop.stage : keep.stage,
        notesCount: bodies.length,
        searchText: searchTextOf({ ...keep, tags }, bodies),
        firstSeen: keep.firstSeen < drop.firstSeen ? keep.firstSeen : drop.firstSeen,
        ...stamp,
      });
      const tombstone = { ...stamp, deletedAt: stamp.updatedAt };
      await db.candidates.bulkPut([merged, { ...drop, ...tombstone }]);
      const snapshot = await db.snapshots.where('candidateId').equals(dropId).first();
      if (live(snapshot)) await db.snapshots.put({ ...snapshot, ...tombstone });
    }),
  );
}
