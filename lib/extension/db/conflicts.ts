import type { SkillmarkDB } from './db';
import { Candidate } from '../../shared/records';
import { gapOfCandidate } from '../skills/gap';
import { writing } from './repository';
import { candidateById, notesOf, roleById, snapshotOf } from './reads';
import { DERIVED_FIELDS, keyOf } from './sync-state';
import { searchTextOf } from './summary';

/** Which side of a field conflict a person keeps: this browser's value, or the one that came from the team. */
export type ConflictChoice = 'local' | 'remote';

/** What a conflict can never be about: the record's own metadata, and what each replica computes for itself. */
const NOT_CHOOSABLE = new Set<string>(['id', 'updatedAt', 'author', 'deletedAt', ...DERIVED_FIELDS]);

/**
 * A person settles a field conflict that team sync recorded on a candidate (conflictsOf): the value
 * chosen is written as an ordinary edit, stamped with the time and the recruiter's name, its derived
 * fields computed again, and the conflict leaves the candidate's sync row, all in one transaction.
 * The tracking middleware gives the edit a new seq, so it is pushed like any other.
 *
 * Keeping the value already in place is an edit too, and travels: the record then says who settled
 * it and when, and is newer than either side's write, so a replica that still holds the losing value
 * from before (an older push that crosses this one) merges against a deliberate choice rather than
 * against whichever write happened to be later. The cost is one document.
 *
 * Refused, writing nothing: a field with no conflict waiting (already settled, here or by a pull that
 * replaced it), a deleted candidate, and a value the local schema does not accept.
 */
export async function resolveConflict(db: SkillmarkDB, candidateId: string, field: string, choice: ConflictChoice, now = new Date()): Promise<Candidate> {
  return writing(db, 'settle the conflict', now, (stamp) =>
    db.transaction('rw', [db.candidates, db.snapshots, db.noteSets, db.roles, db.syncState], async () => {
      const candidate = await candidateById(db, candidateId);
      if (!candidate) throw new Error('the candidate no longer exists');
      const key = keyOf('candidate', candidateId);
      const row = await db.syncState.get(key);
      const conflict = row?.conflicts?.find((c) => c.field === field);
      if (!row || !conflict) throw new Error(`there is no conflict on "${field}" to settle any more`);
      if (NOT_CHOOSABLE.has(field)) throw new Error(`"${field}" is not a field a person chooses`);

      const value = choice === 'local' ? conflict.local : conflict.remote;
      const next: Record<string, unknown> = { ...candidate };
      let extra = row.extra;
      if (Object.hasOwn(Candidate.shape, field)) {
        // The merge records an absent value as null; an optional field (corrections) is then left out.
        const shape = Candidate.shape[field as keyof typeof Candidate.shape];
        if (value === null && !shape.safeParse(null).success) delete next[field];
        else next[field] = value;
      } else {
        // A field a newer Skillmark wrote: it lives in the sync row and travels from there.
        extra = { ...extra, [field]: value };
      }

      const parsed = Candidate.safeParse({ ...next, ...stamp });
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new Error(`the value for "${field}" does not fit here (${issue ? `${issue.path.join('.') || field}: ${issue.message}` : 'invalid'})`);
      }

      const conflicts = row.conflicts!.filter((c) => c.field !== field);
      const rest = { ...row, ...(extra ? { extra } : {}) };
      delete rest.conflicts;
      // The row first: the candidate's write below bumps this same row (sync-state.ts) and keeps what it holds.
      await db.syncState.put(conflicts.length ? { ...rest, conflicts } : rest);

      const edited = parsed.data;
      const [snapshot, role, notes] = await Promise.all([snapshotOf(db, candidateId), edited.roleId ? roleById(db, edited.roleId) : null, notesOf(db, candidateId)]);
      const bodies = notes.map((n) => n.body);
      const record: Candidate = {
        ...edited,
        notesCount: bodies.length,
        searchText: searchTextOf(edited, bodies),
        matchScore: role && snapshot ? gapOfCandidate(snapshot.profile, edited.corrections, role).score : null,
      };
      await db.candidates.put(record);
      return record;
    }),
  );
}
