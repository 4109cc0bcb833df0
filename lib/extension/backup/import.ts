import type { Backup } from './format';
import type { SkillmarkDB } from '../db/db';
import { StorageError, writing } from '../db/repository';
import { notesOf } from '../db/reads';
import { searchTextOf } from '../db/summary';
import { groupByCandidate, putNotes, readSet } from '../db/note-sets';
import { planImport, type ImportPlan, type TableCounts } from './plan';

export { checkBackup, checkImportSize, MAX_IMPORT_BYTES, type ImportCheck } from './check';

export type ImportPreview = Pick<ImportPlan, 'counts' | 'conflicting'>;

/** What merging the backup would do, for the recruiter to confirm (nothing is written). */
export async function previewImport(db: SkillmarkDB, backup: Backup): Promise<ImportPreview> {
  const { counts, conflicting } = await planImport(db, backup.tables, 'merge', { countOnly: true });
  return { counts, conflicting };
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
const sentence = (parts: string[]) => (parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? ''));

/** "3 added, 1 updated (1 of them deleted) and 2 kept": the parts that are not zero. */
function outcome(c: TableCounts): string {
  return sentence([c.added && `${c.added} added`, c.updated && `${c.updated} updated${c.deleted ? ` (${c.deleted} of them deleted)` : ''}`, c.kept && `${c.kept} kept`].filter((p): p is string => !!p));
}

/**
 * What a merge would do, table by table: "candidates: 2 added, 1 kept; notes: 3 added;
 * roles: 1 updated; settings: this browser's kept". Added: not here yet; updated: the backup's
 * version is newer; kept: this browser's is the same or newer. Tables the backup has no records of
 * are left out; snapshots go with their candidates.
 */
export function describePreview({ counts }: ImportPreview): string {
  const out: string[] = [];
  for (const [table, noun] of [['candidates', 'candidate'], ['notes', 'note'], ['annotations', 'annotation'], ['roles', 'role']] as const) {
    const c = counts[table];
    const total = c.added + c.updated + c.kept;
    if (total || table === 'candidates') out.push(`${plural(total, noun)}: ${outcome(c) || 'none'}`);
  }
  const s = counts.settings;
  if (s.added) out.push('its settings (none here yet)');
  else if (s.updated) out.push('its settings, which differ from these (your name stays)');
  else if (s.kept) out.push('the same settings as here');
  return out.join('; ');
}

export type ImportProgress = (done: number, total: number) => void;

/** Records written per request: large enough to keep IndexedDB busy, small enough for the progress bar to move. */
const CHUNK = 2000;
const ORDER = ['roles', 'candidates', 'snapshots', 'notes', 'annotations', 'settings'] as const;

/**
 * Writes a checked backup in one transaction over every table: all of it or none of it. "replace"
 * empties the tables first; "merge" keeps what the backup does not mention and, for a record on
 * both sides, the later version (planImport). `progress` hears how many records are written.
 */
export async function applyImport(db: SkillmarkDB, backup: Backup, mode: 'merge' | 'replace', progress: ImportProgress = () => {}): Promise<ImportPlan['counts']> {
  try {
    return await writing(db, 'import the backup (nothing was changed)', new Date(), () =>
      db.transaction('rw', [db.candidates, db.snapshots, db.noteSets, db.annotations, db.roles, db.settings], async () => {
        if (mode === 'replace') await Promise.all([db.candidates.clear(), db.snapshots.clear(), db.noteSets.clear(), db.annotations.clear(), db.roles.clear(), db.settings.clear()]);
        const plan = await planImport(db, backup.tables, mode);
        const total = ORDER.reduce((n, t) => n + plan.writes[t].length, 0);
        let done = 0;
        progress(0, total);
        for (const [id, from] of plan.moved) await db.noteSets.put({ candidateId: from, notes: (await readSet(db, from)).filter((x) => x.id !== id) });
        // Every chunk is asked for at once: IndexedDB writes one while this thread clones the next.
        const writes: Promise<unknown>[] = [];
        const written = (request: Promise<unknown>, records: number) =>
          writes.push(
            request.then(() => {
              done += records;
              progress(done, total);
            }),
          );
        for (const table of ORDER) {
          if (table === 'notes') {
            // A candidate's notes go into its set: written whole when replacing, merged by id otherwise.
            const sets = [...groupByCandidate(plan.writes.notes)];
            for (let i = 0; i < sets.length; i += CHUNK / 5) {
              const chunk = sets.slice(i, i + CHUNK / 5);
              const records = chunk.reduce((k, [, notes]) => k + notes.length, 0);
              if (mode === 'replace') written(db.noteSets.bulkAdd(chunk.map(([candidateId, notes]) => ({ candidateId, notes }))), records);
              else {
                // Merging reads each set before writing it: one chunk at a time.
                const request = putNotes(db, chunk.flatMap(([, notes]) => notes));
                written(request, records);
                await request;
              }
            }
            continue;
          }
          const rows: object[] = plan.writes[table];
          for (let i = 0; i < rows.length; i += CHUNK) {
            const chunk = rows.slice(i, i + CHUNK);
            // bulkAdd into emptied tables: no record to look up first, and the same result.
            written(mode === 'replace' ? db.table(table).bulkAdd(chunk) : db.table(table).bulkPut(chunk), chunk.length);
          }
        }
        await Promise.all(writes);
        for (const id of plan.recount) {
          const candidate = await db.candidates.get(id);
          if (!candidate) continue;
          const bodies = (await notesOf(db, id)).map((n) => n.body);
          await db.candidates.put({ ...candidate, notesCount: bodies.length, searchText: searchTextOf(candidate, bodies) });
        }
        return plan.counts;
      }),
    );
  } catch (err) {
    throw err instanceof StorageError ? err : new StorageError('import the backup (nothing was changed)', err);
  }
}
