import { z } from 'zod';

/**
 * Messages between the workspace and its data worker (worker.ts). Both ends are Skillmark's own
 * code, and both still check what they receive.
 */
const Id = z.number().int().nonnegative();

export const ExportFormat = z.enum(['backup', 'csv', 'markdown']);
export type ExportFormat = z.infer<typeof ExportFormat>;

export const DataRequest = z.discriminatedUnion('type', [
  /** The text of an export: everything (`ids` null) or these candidates. */
  z.object({ id: Id, type: z.literal('export'), format: ExportFormat, ids: z.array(z.string().max(64)).nullable() }).strict(),
  /** Read and check a backup file, and say what merging it would do; the worker keeps it for `apply`. */
  z.object({ id: Id, type: z.literal('read'), file: z.instanceof(Blob) }).strict(),
  /** Write the backup read last. */
  z.object({ id: Id, type: z.literal('apply'), mode: z.enum(['merge', 'replace']) }).strict(),
  /** Forget the backup read last. */
  z.object({ id: Id, type: z.literal('discard') }).strict(),
]);
export type DataRequest = z.infer<typeof DataRequest>;

const Count = z.number().int().nonnegative();
const TableCounts = z.object({ added: Count, updated: Count, deleted: Count, kept: Count }).strict();

export const ImportPreview = z
  .object({
    counts: z.object({ candidates: TableCounts, snapshots: TableCounts, notes: TableCounts, annotations: TableCounts, roles: TableCounts, settings: TableCounts }).strict(),
    conflicting: Count,
  })
  .strict();
export type ImportPreview = z.infer<typeof ImportPreview>;

export const DataReply = z.discriminatedUnion('type', [
  z.object({ id: Id, type: z.literal('progress'), done: Count, total: Count }).strict(),
  z.object({ id: Id, type: z.literal('exported'), text: z.string() }).strict(),
  z.object({ id: Id, type: z.literal('read'), exportedAt: z.string().max(40), preview: ImportPreview }).strict(),
  z.object({ id: Id, type: z.literal('applied') }).strict(),
  z.object({ id: Id, type: z.literal('discarded') }).strict(),
  /** What went wrong, in words for the recruiter. */
  z.object({ id: Id, type: z.literal('failed'), message: z.string().max(2000) }).strict(),
]);
export type DataReply = z.infer<typeof DataReply>;
