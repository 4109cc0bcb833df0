import type { Selectors } from '../../shared/selectors';
import type { Detection, Profile } from '../../shared/profile';
import { DEMO_ROLE } from '../roles/demo';
import type { SkillmarkDB } from './db';
import { Annotation, Candidate, Corrections, DEFAULT_SETTINGS, Note, Role, Settings, Snapshot } from '../../shared/records';
import { gapOfCandidate } from '../skills/gap';
import { correctedProfile } from './corrections';
import { searchTextOf, summaryOf } from './summary';
import { normaliseProfileUrl } from './url';

/** Storage failures keep their cause but say what was being done, for the recruiter to read. */
export class StorageError extends Error {
  constructor(action: string, cause: unknown) {
    const reason = cause instanceof Error ? (cause.name === 'QuotaExceededError' ? 'the browser storage is full' : cause.message) : String(cause);
    super(`Could not ${action}: ${reason}`);
    this.name = 'StorageError';
  }
}

async function guarded<T>(action: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
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
  return guarded('save the settings', () =>
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
  await guarded('reset the settings', () => db.settings.put(DEFAULT_SETTINGS));
}

/** The roles, with the demo role added the first time so a new install works out of the box. */
export async function listRoles(db: SkillmarkDB): Promise<Role[]> {
  const roles = await db.roles.orderBy('updatedAt').reverse().toArray();
  if (roles.length) return roles;
  await guarded('add the demo role', () => db.roles.put(DEMO_ROLE));
  return [DEMO_ROLE];
}

/** Saves a role; the candidates matched against it are scored again. */
export async function saveRole(db: SkillmarkDB, role: Role): Promise<Role> {
  const checked = Role.parse(role);
  await guarded('save the role', () =>
    db.transaction('rw', db.roles, db.candidates, db.snapshots, async () => {
      await db.roles.put(checked);
      const matched = await db.candidates.where('roleId').equals(checked.id).toArray();
      const snapshots = await db.snapshots.bulkGet(matched.map((c) => c.id));
      await db.candidates.bulkPut(matched.map((c, i) => ({ ...c, matchScore: snapshots[i] ? gapOfCandidate(snapshots[i]!.profile, c.corrections, checked).score : c.matchScore })));
    }),
  );
  return checked;
}

/** Deletes a role; candidates matched against it keep their score and forget the role. */
export async function deleteRole(db: SkillmarkDB, roleId: string): Promise<void> {
  await guarded('delete the role', () =>
    db.transaction('rw', db.roles, db.candidates, db.settings, async () => {
      await db.roles.delete(roleId);
      await db.candidates.where('roleId').equals(roleId).modify({ roleId: null });
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
  const role = roleId ? await db.roles.get(roleId) : undefined;
  return role ? gapOfCandidate(profile, corrections, role).score : null;
}

/** Saves or refreshes a candidate: a new snapshot, the same notes, tags, rating and stage. */
export async function saveCandidate(db: SkillmarkDB, input: SaveCandidateInput, now = new Date()): Promise<Candidate> {
  const id = normaliseProfileUrl(input.url);
  const at = now.toISOString();
  return guarded('save the candidate', () =>
    db.transaction('rw', [db.candidates, db.snapshots, db.notes, db.roles], async () => {
      const existing = await db.candidates.get(id);
      const corrections = existing?.corrections;
      const summary = correctedSummary(input.profile, corrections);
      const roleId = input.roleId ?? existing?.roleId ?? null;
      const tags = existing?.tags ?? [];
      const notes = existing ? (await db.notes.where('candidateId').equals(id).toArray()).map((n) => n.body) : [];
      const record = Candidate.parse({
        id,
        url: input.url,
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
        firstSeen: existing?.firstSeen ?? at,
        lastSeen: at,
        updatedAt: at,
      });
      await db.candidates.put(record);
      await db.snapshots.put(Snapshot.parse({ id, profile: input.profile, savedAt: at }));
      return record;
    }),
  );
}

export async function getCandidate(db: SkillmarkDB, url: string): Promise<Candidate | null> {
  return (await db.candidates.get(normaliseProfileUrl(url))) ?? null;
}

export async function addNote(db: SkillmarkDB, url: string, body: string, now = new Date()): Promise<Note> {
  const candidateId = normaliseProfileUrl(url);
  const at = now.toISOString();
  return guarded('save the note', () =>
    db.transaction('rw', db.candidates, db.notes, async () => {
      if (!(await db.candidates.get(candidateId))) throw new Error('save the candidate first');
      const note = Note.parse({ candidateId, body, created: at, updated: at });
      const id = await db.notes.add(note);
      await refreshNotesSummary(db, candidateId, at);
      return { ...note, id: id as number };
    }),
  );
}

/**
 * The note being typed under `key`, saved as it stands: created by the first keystroke, updated by
 * the next, deleted when emptied. Sent to the background on every change, so closing the editor at
 * any moment keeps what was typed. Returns the note, or null once it is empty.
 */
export async function saveNoteDraft(db: SkillmarkDB, url: string, key: string, body: string, now = new Date()): Promise<Note | null> {
  const candidateId = normaliseProfileUrl(url);
  const at = now.toISOString();
  return guarded('save the note', () =>
    db.transaction('rw', db.candidates, db.notes, async () => {
      if (!(await db.candidates.get(candidateId))) throw new Error('save the candidate first');
      const existing = (await db.notes.where('candidateId').equals(candidateId).toArray()).find((n) => n.draftKey === key);
      const text = body.trim();
      let saved: Note | null = null;
      if (!text) {
        if (existing?.id !== undefined) await db.notes.delete(existing.id);
      } else if (existing) {
        saved = Note.parse({ ...existing, body: text, updated: at });
        await db.notes.put(saved);
      } else {
        const note = Note.parse({ candidateId, body: text, created: at, updated: at, draftKey: key });
        saved = { ...note, id: (await db.notes.add(note)) as number };
      }
      await refreshNotesSummary(db, candidateId, at);
      return saved;
    }),
  );
}

/** Deletes a note and returns it, for an Undo. */
export async function deleteNote(db: SkillmarkDB, id: number, now = new Date()): Promise<Note> {
  return guarded('delete the note', () =>
    db.transaction('rw', db.candidates, db.notes, async () => {
      const note = await db.notes.get(id);
      if (!note) throw new Error('the note no longer exists');
      await db.notes.delete(id);
      await refreshNotesSummary(db, note.candidateId, now.toISOString());
      return note;
    }),
  );
}

/** Puts a deleted note back as it was (Undo). */
export async function restoreNote(db: SkillmarkDB, note: Note, now = new Date()): Promise<void> {
  const record = Note.parse(note);
  await guarded('restore the note', () =>
    db.transaction('rw', db.candidates, db.notes, async () => {
      if (!(await db.candidates.get(record.candidateId))) throw new Error('its candidate was deleted');
      await db.notes.put(record);
      await refreshNotesSummary(db, record.candidateId, now.toISOString());
    }),
  );
}

/** Keeps a candidate's note count and search text in step with its notes (inside the caller's transaction). */
async function refreshNotesSummary(db: SkillmarkDB, candidateId: string, at: string): Promise<void> {
  const candidate = await db.candidates.get(candidateId);
  if (!candidate) return;
  const bodies = (await db.notes.where('candidateId').equals(candidateId).sortBy('created')).map((n) => n.body);
  await db.candidates.put({ ...candidate, notesCount: bodies.length, searchText: searchTextOf(candidate, bodies), updatedAt: at });
}

export async function listNotes(db: SkillmarkDB, url: string): Promise<Note[]> {
  return db.notes.where('candidateId').equals(normaliseProfileUrl(url)).sortBy('created');
}

export async function addAnnotation(db: SkillmarkDB, input: { url: string; selectors: Selectors; note: string; id: string }, now = new Date()): Promise<Annotation> {
  const candidateId = normaliseProfileUrl(input.url);
  const at = now.toISOString();
  return guarded('save the annotation', () =>
    db.transaction('rw', db.candidates, db.annotations, async () => {
      if (!(await db.candidates.get(candidateId))) throw new Error('save the candidate first');
      const record = Annotation.parse({ id: input.id, candidateId, url: input.url, selectors: input.selectors, note: input.note, created: at, updated: at });
      await db.annotations.put(record);
      await db.candidates.update(candidateId, { updatedAt: at });
      return record;
    }),
  );
}

export async function listAnnotations(db: SkillmarkDB, url: string): Promise<Annotation[]> {
  return db.annotations.where('candidateId').equals(normaliseProfileUrl(url)).toArray();
}

export interface CandidatePatch {
  addTag?: string;
  removeTag?: string;
  stage?: Candidate['stage'];
  rating?: number | null;
}

/** Applies one change to many candidates (bulk actions), keeping their search text current. */
export async function updateCandidates(db: SkillmarkDB, ids: string[], patch: CandidatePatch, now = new Date()): Promise<number> {
  const at = now.toISOString();
  return guarded('update the candidates', () =>
    db.transaction('rw', db.candidates, db.notes, async () => {
      const found = (await db.candidates.bulkGet(ids)).filter((c): c is Candidate => c !== undefined);
      const tagChange = patch.addTag !== undefined || patch.removeTag !== undefined;
      const notes = tagChange ? await db.notes.where('candidateId').anyOf(found.map((c) => c.id)).toArray() : [];
      const next = found.map((c) => {
        let tags = c.tags;
        if (patch.addTag && !tags.includes(patch.addTag)) tags = [...tags, patch.addTag];
        if (patch.removeTag) tags = tags.filter((t) => t !== patch.removeTag);
        const updated: Candidate = { ...c, tags, stage: patch.stage ?? c.stage, rating: patch.rating !== undefined ? patch.rating : c.rating, updatedAt: at };
        if (tagChange) updated.searchText = searchTextOf(updated, notes.filter((n) => n.candidateId === c.id).map((n) => n.body));
        return Candidate.parse(updated);
      });
      await db.candidates.bulkPut(next);
      return next.length;
    }),
  );
}

/** What deleteCandidates removed, kept by the caller for an Undo. */
export interface DeletedCandidates {
  candidates: Candidate[];
  snapshots: Snapshot[];
  notes: Note[];
  annotations: Annotation[];
}

/** Deletes candidates with their snapshots, notes and annotations, all in one transaction; returns what went. */
export async function deleteCandidates(db: SkillmarkDB, ids: string[]): Promise<DeletedCandidates> {
  return guarded('delete the candidates', () =>
    db.transaction('rw', [db.candidates, db.snapshots, db.notes, db.annotations], async () => {
      const gone: DeletedCandidates = {
        candidates: (await db.candidates.bulkGet(ids)).filter((c): c is Candidate => c !== undefined),
        snapshots: (await db.snapshots.bulkGet(ids)).filter((x): x is Snapshot => x !== undefined),
        notes: await db.notes.where('candidateId').anyOf(ids).toArray(),
        annotations: await db.annotations.where('candidateId').anyOf(ids).toArray(),
      };
      await db.candidates.bulkDelete(ids);
      await db.snapshots.bulkDelete(ids);
      await db.notes.where('candidateId').anyOf(ids).delete();
      await db.annotations.where('candidateId').anyOf(ids).delete();
      return gone;
    }),
  );
}

/**
 * Puts deleted candidates back with everything they had (Undo). A candidate saved again meanwhile
 * (the same page) keeps its newer record; its old notes and annotations still come back.
 */
export async function restoreCandidates(db: SkillmarkDB, gone: DeletedCandidates): Promise<void> {
  await guarded('restore the candidates', () =>
    db.transaction('rw', [db.candidates, db.snapshots, db.notes, db.annotations], async () => {
      const present = new Set((await db.candidates.bulkGet(gone.candidates.map((c) => c.id))).filter((c) => c !== undefined).map((c) => c!.id));
      await db.candidates.bulkPut(gone.candidates.filter((c) => !present.has(c.id)));
      await db.snapshots.bulkPut(gone.snapshots.filter((x) => !present.has(x.id)));
      await db.notes.bulkPut(gone.notes);
      await db.annotations.bulkPut(gone.annotations);
      const at = new Date().toISOString();
      for (const id of present) await refreshNotesSummary(db, id, at);
    }),
  );
}

/** Deletes every candidate, note, annotation and role, and resets the settings. */
export async function deleteEverything(db: SkillmarkDB): Promise<void> {
  await guarded('delete everything', () =>
    db.transaction('rw', [db.candidates, db.snapshots, db.notes, db.annotations, db.roles, db.settings], () =>
      Promise.all([db.candidates.clear(), db.snapshots.clear(), db.notes.clear(), db.annotations.clear(), db.roles.clear(), db.settings.clear()]).then(() => undefined),
    ),
  );
}

/** Replaces a note's text (an edit), keeping the candidate's search text current. */
export async function updateNote(db: SkillmarkDB, id: number, body: string, now = new Date()): Promise<Note> {
  return guarded('save the note', () =>
    db.transaction('rw', db.candidates, db.notes, async () => {
      const note = await db.notes.get(id);
      if (!note) throw new Error('the note no longer exists');
      const at = now.toISOString();
      const updated = Note.parse({ ...note, body: body.trim(), updated: at });
      await db.notes.put(updated);
      await refreshNotesSummary(db, note.candidateId, at);
      return updated;
    }),
  );
}

/** Sets the role a candidate is matched against, and scores them against it. */
export async function setCandidateRole(db: SkillmarkDB, id: string, roleId: string | null, now = new Date()): Promise<void> {
  await guarded('change the role', () =>
    db.transaction('rw', [db.candidates, db.snapshots, db.roles], async () => {
      const [candidate, snapshot] = await Promise.all([db.candidates.get(id), db.snapshots.get(id)]);
      if (!candidate) throw new Error('the candidate no longer exists');
      const matchScore = snapshot ? await scoreAgainst(db, roleId, snapshot.profile, candidate.corrections) : null;
      await db.candidates.put({ ...candidate, roleId, matchScore, updatedAt: now.toISOString() });
    }),
  );
}

/**
 * Sets the recruiter's corrections of a candidate's facts (null clears them). They are applied over
 * the snapshot for the listed facts, the search text and the score, and kept when the page is saved again.
 */
export async function correctCandidate(db: SkillmarkDB, id: string, fix: Omit<Corrections, 'at'> | null, now = new Date()): Promise<Candidate> {
  const at = now.toISOString();
  const corrections = fix ? Corrections.parse({ ...fix, at }) : undefined;
  return guarded('save the correction', () =>
    db.transaction('rw', [db.candidates, db.snapshots, db.notes, db.roles], async () => {
      const [candidate, snapshot] = await Promise.all([db.candidates.get(id), db.snapshots.get(id)]);
      if (!candidate || !snapshot) throw new Error('the candidate no longer exists');
      const summary = correctedSummary(snapshot.profile, corrections);
      const notes = (await db.notes.where('candidateId').equals(id).sortBy('created')).map((n) => n.body);
      const rest: Candidate = { ...candidate };
      delete rest.corrections;
      const record = Candidate.parse({
        ...rest,
        ...summary,
        ...(corrections ? { corrections } : {}),
        matchScore: await scoreAgainst(db, candidate.roleId, snapshot.profile, corrections),
        searchText: searchTextOf({ ...summary, tags: candidate.tags }, notes),
        updatedAt: at,
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
  for (const x of [...byEmail, ...byName]) if (x.id !== c.id) seen.set(x.id, x);
  return [...seen.values()];
}

/**
 * Merges a duplicate into the candidate kept: its notes and annotations move over, tags are joined,
 * the better rating and the further stage are kept; the duplicate's record and snapshot go.
 */
export async function mergeCandidates(db: SkillmarkDB, keepId: string, dropId: string, now = new Date()): Promise<void> {
  await guarded('merge the candidates', () =>
    db.transaction('rw', [db.candidates, db.snapshots, db.notes, db.annotations], async () => {
      const [keep, drop] = await db.candidates.bulkGet([keepId, dropId]);
      if (!keep || !drop) throw new Error('one of the candidates no longer exists');
      await db.notes.where('candidateId').equals(dropId).modify({ candidateId: keepId });
      await db.annotations.where('candidateId').equals(dropId).modify({ candidateId: keepId });
      const bodies = (await db.notes.where('candidateId').equals(keepId).toArray()).map((n) => n.body);
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
        updatedAt: now.toISOString(),
      });
      await db.candidates.put(merged);
      await db.candidates.delete(dropId);
      await db.snapshots.delete(dropId);
    }),
  );
}
