import Dexie, { type EntityTable } from 'dexie';
import { giveRecordsGlobalIds, moveProfilesToSnapshots } from './migrations';
import { markEverythingPending, syncTracking, type SyncMetaRow, type SyncStateRow } from './sync-state';
import { LocalChanges } from './local-changes';
import { Meta, type Annotation, type Candidate, type NoteSet, type Role, type Settings, type Snapshot } from '../../shared/records';
import { version as packageVersion } from '../../../package.json';

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

/** Version 2: the profile snapshot in a table of its own, and only the indexes queries use. */
export const V2_STORES = {
  candidates: 'id, updatedAt, roleId, *emails, nameKey',
  snapshots: 'id',
  notes: '++id, candidateId',
};

/**
 * Version 3: every record a document with a ULID, updatedAt, author and tombstone. Candidates are
 * found by page through a unique index on their normalised URL, snapshots through their candidate's
 * id; a candidate's notes are stored together, in its note set (note-sets.ts).
 */
export const V3_STORES = { candidates: 'id, &url, updatedAt, roleId, *emails, nameKey', snapshots: 'id, &candidateId', notes: null, noteSets: 'candidateId', meta: 'key' };

/** Version 4: team sync's bookkeeping, every record already here pending (sync-state.ts). */
export const V4_STORES = { syncState: 'key, pendingSeq', syncMeta: 'name' };

/** The latest schema version of the database (backups keep their own: backup/format.ts). */
export const DB_VERSION = 4;

/** This Skillmark's version, as the database's `meta` record names its last writer. */
export const APP_VERSION: string = packageVersion;

/** Raised by every write while the database is read-only (written by a newer Skillmark). */
export class ReadOnlyError extends Error {
  override name = 'ReadOnlyError';
}

export class SkillmarkDB extends Dexie {
  candidates!: EntityTable<Candidate, 'id'>;
  snapshots!: EntityTable<Snapshot, 'id'>;
  noteSets!: EntityTable<NoteSet, 'candidateId'>;
  annotations!: EntityTable<Annotation, 'id'>;
  roles!: EntityTable<Role, 'id'>;
  settings!: EntityTable<Settings, 'key'>;
  meta!: EntityTable<Meta, 'key'>;
  /** Team sync's bookkeeping: one row per record that can travel, by document id (sync-state.ts). */
  syncState!: EntityTable<SyncStateRow, 'key'>;
  syncMeta!: EntityTable<SyncMetaRow, 'name'>;
  /** The recruiter's own changes, announced once committed (not sync's writes). */
  readonly localChanges: LocalChanges;
  /**
   * Why this database may only be read ("This data was written by Skillmark 0.4.0; …"), or null.
   * Known once the database is open (see `whyReadOnly`).
   */
  readOnly: string | null = null;

  constructor(name = 'skillmark', appVersion = APP_VERSION) {
    // Chrome's "strict" durability flushes to disk before every commit; "relaxed" (Firefox's only
    // mode) commits once the data is written, several times faster for imports. A browser crash
    // loses nothing either way; only a power cut in the same instant could.
    super(name, { chromeTransactionDurability: 'relaxed' });
    this.version(1).stores(V1_STORES);
    this.version(2).stores(V2_STORES).upgrade(moveProfilesToSnapshots);
    this.version(3).stores(V3_STORES).upgrade(giveRecordsGlobalIds(appVersion));
    this.version(4).stores(V4_STORES).upgrade(markEverythingPending);
    this.localChanges = new LocalChanges(`skillmark-local-changes:${name}`);
    this.on('ready', () => this.checkWriter(appVersion));
    this.use(syncTracking(() => this.localChanges.emit()));
    this.use({
      stack: 'dbcore',
      name: 'read-only-when-newer',
      create: (down) => ({
        ...down,
        table: (tableName) => {
          const table = down.table(tableName);
          return { ...table, mutate: (req) => (this.readOnly ? Promise.reject(new ReadOnlyError(this.readOnly)) : table.mutate(req)) };
        },
      }),
    });
  }

  /**
   * A database that a newer Skillmark wrote (a higher schema version, in IndexedDB's own version or
   * in the `meta` record) is opened read-only: this version would not know what it holds, so it
   * changes nothing. Otherwise the `meta` record names this version as the last writer.
   */
  private async checkWriter(appVersion: string): Promise<void> {
    const installed = Math.round(this.backendDB().version / 10);
    const stored = this.backendDB().objectStoreNames.contains('meta') ? Meta.safeParse(await this.meta.get('writer')) : null;
    const writer = stored?.success ? stored.data : null;
    const newer = Math.max(installed, writer?.schemaVersion ?? 0);
    if (newer > DB_VERSION) {
      const who = writer && writer.schemaVersion >= installed ? `Skillmark ${writer.appVersion}` : `a newer Skillmark (schema version ${newer})`;
      this.readOnly = `This data was written by ${who}; update Skillmark to edit it. Until then it can be read and exported, not changed.`;
      return;
    }
    this.readOnly = null;
    if (writer?.appVersion !== appVersion || writer.schemaVersion !== DB_VERSION) await this.meta.put({ key: 'writer', schemaVersion: DB_VERSION, appVersion });
  }
}

/** Why the database may only be read, or null: opens it first if need be. */
export async function whyReadOnly(db: SkillmarkDB): Promise<string | null> {
  await db.open();
  return db.readOnly;
}

let instance: SkillmarkDB | undefined;

/** The one database of this extension context, opened on first use (a cold service worker too). */
export function database(): SkillmarkDB {
  instance ??= new SkillmarkDB();
  return instance;
}
