import Dexie, { type EntityTable } from 'dexie';
import type { Annotation, Candidate, Note, Role, Settings } from './records';

/**
 * Skillmark's database. It lives in the extension origin only (background, popup, options);
 * content scripts reach it through messages. Only queried fields are indexed; long text never is.
 */
export class SkillmarkDB extends Dexie {
  candidates!: EntityTable<Candidate, 'id'>;
  notes!: EntityTable<Note, 'id'>;
  annotations!: EntityTable<Annotation, 'id'>;
  roles!: EntityTable<Role, 'id'>;
  settings!: EntityTable<Settings, 'key'>;

  constructor(name = 'skillmark') {
    super(name);
    // Version 1: candidates by URL, with what the workspace filters and sorts on and what finds duplicates.
    this.version(1).stores({
      candidates: 'id, updatedAt, stage, roleId, rating, matchScore, *tags, *emails, nameKey',
      notes: '++id, candidateId, updated',
      annotations: 'id, candidateId',
      roles: 'id, updatedAt',
      settings: 'key',
    });
  }
}

let instance: SkillmarkDB | undefined;

/** The one database of this extension context, opened on first use (a cold service worker too). */
export function database(): SkillmarkDB {
  instance ??= new SkillmarkDB();
  return instance;
}
