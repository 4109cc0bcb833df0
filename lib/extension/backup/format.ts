import { z } from 'zod';
import { Annotation, Candidate, CandidateV1, Note, Role, Settings, Snapshot } from '../../shared/records';
import { DB_VERSION } from '../db/db';

/** The backup file's own format: a versioned envelope around every table. */
export const BACKUP_FORMAT = 'skillmark-backup';
/** The database schema version the tables are in (SkillmarkDB's latest version). */
export const SCHEMA_VERSION = DB_VERSION;

/** The envelope every backup version shares, around that version's tables. */
function envelope<V extends number, T extends z.ZodRawShape>(version: V, tables: T) {
  return z
    .object({
      format: z.literal(BACKUP_FORMAT),
      schemaVersion: z.literal(version),
      exportedAt: z.string().max(40),
      appVersion: z.string().max(40),
      tables: z.object(tables).strict(),
    })
    .strict();
}

const COMMON_TABLES = { notes: z.array(Note), annotations: z.array(Annotation), roles: z.array(Role.strict()), settings: z.array(Settings).max(1) };

export const Backup = envelope(SCHEMA_VERSION, { candidates: z.array(Candidate), snapshots: z.array(Snapshot), ...COMMON_TABLES });
export type Backup = z.infer<typeof Backup>;
export type BackupTables = Backup['tables'];

/** The backup as a JSON string. Pure: the caller provides the data, the time and the version. */
export function buildBackup(tables: BackupTables, meta: { now: Date; appVersion: string }): string {
  const backup: Backup = { format: BACKUP_FORMAT, schemaVersion: SCHEMA_VERSION, exportedAt: meta.now.toISOString(), appVersion: meta.appVersion, tables };
  return JSON.stringify(backup, null, 1);
}

/** A version 1 backup, from before snapshots had a table of their own. */
export const BackupV1 = envelope(1, { candidates: z.array(CandidateV1), ...COMMON_TABLES });
export type BackupV1 = z.infer<typeof BackupV1>;
