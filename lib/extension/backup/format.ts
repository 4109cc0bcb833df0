import { z } from 'zod';
import { Annotation, Candidate, Note, Role, Settings, Snapshot } from '../../shared/records';
import { AnnotationV2, CandidateV1, CandidateV2, NoteV2, RoleV2, SettingsV2, SnapshotV2 } from '../../shared/legacy-records';
import { IsoDateTime } from '../../shared/record-fields';

/** The backup file's own format: a versioned envelope around every table. */
export const BACKUP_FORMAT = 'skillmark-backup';
/**
 * The schema version of the records a backup holds. Database version 4 added only this browser's
 * sync bookkeeping, which is not backed up, so backups stay at version 3.
 */
export const SCHEMA_VERSION = 3;

/** The envelope every backup version shares, around that version's tables. */
function envelope<V extends number, T extends z.ZodRawShape>(version: V, tables: T, exportedAt: z.ZodString = z.string().max(40)) {
  return z
    .object({
      format: z.literal(BACKUP_FORMAT),
      schemaVersion: z.literal(version),
      exportedAt,
      appVersion: z.string().max(40),
      tables: z.object(tables).strict(),
    })
    .strict();
}

/** The tables of a version 3 backup: every record as the database holds it, tombstones included. */
export const BackupTables = z
  .object({
    candidates: z.array(Candidate),
    snapshots: z.array(Snapshot),
    notes: z.array(Note),
    annotations: z.array(Annotation),
    roles: z.array(Role.strict()),
    settings: z.array(Settings).max(1),
  })
  .strict();
export type BackupTables = z.infer<typeof BackupTables>;

export const Backup = envelope(SCHEMA_VERSION, BackupTables.shape, IsoDateTime);
export type Backup = z.infer<typeof Backup>;

/** The backup as a JSON string. Pure: the caller provides the data, the time and the version. */
export function buildBackup(tables: BackupTables, meta: { now: Date; appVersion: string }): string {
  const backup: Backup = { format: BACKUP_FORMAT, schemaVersion: SCHEMA_VERSION, exportedAt: meta.now.toISOString(), appVersion: meta.appVersion, tables };
  return JSON.stringify(backup, null, 1);
}

const LEGACY_TABLES = { notes: z.array(NoteV2), annotations: z.array(AnnotationV2), roles: z.array(RoleV2), settings: z.array(SettingsV2).max(1) };

/** A version 2 backup: candidates keyed by URL, numbered notes. */
export const BackupV2 = envelope(2, { candidates: z.array(CandidateV2), snapshots: z.array(SnapshotV2), ...LEGACY_TABLES });
export type BackupV2 = z.infer<typeof BackupV2>;

/** A version 1 backup, from before snapshots had a table of their own. */
export const BackupV1 = envelope(1, { candidates: z.array(CandidateV1), ...LEGACY_TABLES });
export type BackupV1 = z.infer<typeof BackupV1>;
