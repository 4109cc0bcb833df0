import { z } from 'zod';
import { ULID_PATTERN } from './ids';

/** Zod's own datetime() builds its regular expression again for every value: 170,000 times in a large import. */
const ISO_DATE_TIME = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/**
 * A moment, as ISO 8601 date and time ("2026-05-02T10:05:00.000Z", an offset allowed). Free text
 * is refused: it would compare wrongly against real times when deciding which version is newer.
 */
export const IsoDateTime = z.string().max(40).regex(ISO_DATE_TIME, 'must be an ISO 8601 date and time, like 2026-05-02T10:05:00.000Z');

/** A record's id: a ULID (see ids.ts). */
export const RecordId = z.string().regex(ULID_PATTERN, 'must be a ULID (26 characters of Crockford base 32)');

/**
 * What every record that can travel between browsers (a backup, later a team's CouchDB) carries:
 * a global id, when and by whom it last changed, and a tombstone instead of a hard delete, so a
 * delete can travel too. A record with `deletedAt` set is gone for every reader.
 */
export const travelling = {
  id: RecordId,
  updatedAt: IsoDateTime,
  /** The recruiter's display name (Settings) when the record last changed; "" when none was set. */
  author: z.string().max(200),
  deletedAt: IsoDateTime.nullable(),
};

/** Newer first, by the instant (not the text: offsets and precision vary). */
export const later = (a: string, b: string): boolean => Date.parse(a) > Date.parse(b);
