import Dexie, { type EntityTable } from 'dexie';
import { moveProfilesToSnapshots } from './migrations';
import type { Annotation, Candidate, Note, Role, Settings, Snapshot } from './records';

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
    super(name);
    this.version(1).stores(V1_STORES);
    // Version 2: the profile snapshot leaves the candidate record for its own table.
    this.version(2)
      .stores({ snapshots: 'id' })
      .upgrade(moveProfilesToSnapshots);
  }
}

let instance: SkillmarkDB | undefined;

/** The one database of this extension context, opened on first use (a cold service worker too). */
export function database(): SkillmarkDB {
  instance ??= new SkillmarkDB();
  return instance;
}
