import Dexie, { type EntityTable } from 'dexie';
import { moveProfilesToSnapshots } from './migrations';
import type { Annotation, Candidate, Note, Role, Settings, Snapshot } from '../../shared/records';

/**
 * Skillmark's database. It lives in the extension origin only (background, popup, options);
 * content scripts reach it through messages. Only queried fields are indexed; long text never is.
 */
/** Version 1: candidates by URL, with what the workspace filters and sorts on and what finds duplicates. */
export const V1_STORES = {
  candidates: 'id, updatedAt, stage, roleId, rating, matchScore, *tags, *emails, nameKey',
  notes: '++id, candidateId, updated',
  annotations: 'id, candidateId',
  roles: 'id, updatedAt',
  settings: 'key',
};

/** The latest schema version, as backups record it. */
export const DB_VERSION = 2;

export class SkillmarkDB extends Dexie {
  candidates!: EntityTable<Candidate, 'id'>;
  snapshots!: EntityTable<Snapshot, 'id'>;
  notes!: EntityTable<Note, 'id'>;
  annotations!: EntityTable<Annotation, 'id'>;
  roles!: EntityTable<Role, 'id'>;
  settings!: EntityTable<Settings, 'key'>;

  constructor(name = 'skillmark') {
    // Chrome's "strict" durability flushes to disk before every commit; "relaxed" (Firefox's only
    // mode) commits once the data is written, several times faster for imports. A browser crash
    // loses nothing either way; only a power cut in the same instant could.
    super(name, { chromeTransactionDurability: 'relaxed' });
    this.version(1).stores(V1_STORES);
    // Version 2: the profile snapshot leaves the candidate record for its own table, and only the
    // indexes queries use remain (the workspace filters and sorts its summaries in memory).
    this.version(2)
      .stores({
        candidates: 'id, updatedAt, roleId, *emails, nameKey',
        snapshots: 'id',
        notes: '++id, candidateId',
      })
      .upgrade(moveProfilesToSnapshots);
  }
}

let instance: SkillmarkDB | undefined;

/** The one database of this extension context, opened on first use (a cold service worker too). */
export function database(): SkillmarkDB {
  instance ??= new SkillmarkDB();
  return instance;
}
