import { z } from 'zod';
import { Annotation, Candidate, CandidateV1, Note, Role, Settings, Snapshot } from '../db/records';
import { DB_VERSION } from '../db/db';

/** The backup file's own format: a versioned envelope around every table. */
export const BACKUP_FORMAT = 'skillmark-backup';
/** The database schema version the tables are in (SkillmarkDB's latest version). */
export const SCHEMA_VERSION = DB_VERSION;

export const Backup = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    schemaVersion: z.literal(SCHEMA_VERSION),
    exportedAt: z.string().max(40),
    appVersion: z.string().max(40),
    tables: z
      .object({
        candidates: z.array(Candidate),
        snapshots: z.array(Snapshot),
        notes: z.array(Note),
        annotations: z.array(Annotation),
        roles: z.array(Role.strict()),
        settings: z.array(Settings).max(1),
      })
      .strict(),
  })
  .strict();
export type Backup = z.infer<typeof Backup>;
export type BackupTables = Backup['tables'];

/** The backup as a JSON string. Pure: the caller provides the data, the time and the version. */
export function buildBackup(tables: BackupTables, meta: { now: Date; appVersion: string }): string {
  const backup: Backup = { format: BACKUP_FORMAT, schemaVersion: SCHEMA_VERSION, exportedAt: meta.now.toISOString(), appVersion: meta.appVersion, tables };
  return JSON.stringify(backup, null, 1);
}

/** A version 1 backup, from before snapshots had a table of their own. */
export const BackupV1 = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    schemaVersion: z.literal(1),
    exportedAt: z.string().max(40),
    appVersion: z.string().max(40),
    tables: z
      .object({
        candidates: z.array(CandidateV1),
        notes: z.array(Note),
        annotations: z.array(Annotation),
        roles: z.array(Role.strict()),
        settings: z.array(Settings).max(1),
      })
      .strict(),
  })
  .strict();
export type BackupV1 = z.infer<typeof BackupV1>;
