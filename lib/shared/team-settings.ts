import { z } from 'zod';

/** The team server's settings as Skillmark keeps and checks them: what both the background and the workspace need. */

const HttpUrl = z
  .string()
  .url()
  .max(2048)
  .refine((text) => /^https?:$/.test(new URL(text).protocol), 'The server address must start with https:// (or http:// for a server on this computer).')
  .refine((text) => new URL(text).username === '' && new URL(text).password === '', 'Put the user name and password in their own fields, not in the address.')
  .refine((text) => new URL(text).search === '' && new URL(text).hash === '', 'The server address has no ? or # part.');

/** CouchDB's rule for database names. */
export const DbName = z.string().regex(/^[a-z][a-z0-9_$()+/-]*$/, 'A database name starts with a lower-case letter (a–z, 0–9, _$()+-/ after it).').max(238);

export const CouchAuth = z.discriminatedUnion('kind', [
  /** HTTP Basic on every request. */
  z.object({ kind: z.literal('basic'), username: z.string().min(1).max(200), password: z.string().min(1).max(1000) }),
  /** One login to `_session`, then its cookie. */
  z.object({ kind: z.literal('session'), username: z.string().min(1).max(200), password: z.string().min(1).max(1000) }),
  z.object({ kind: z.literal('none') }),
]);

export const CouchConfig = z.object({ url: HttpUrl, db: DbName, auth: CouchAuth }).strict();
export type CouchConfig = z.infer<typeof CouchConfig>;
export type CouchAuth = z.infer<typeof CouchAuth>;

/** What the recruiter enters in Settings → Team. Basic sends the password with every request; a session logs in once and keeps CouchDB's cookie. */
export const TeamSettings = z
  .object({
    url: CouchConfig.shape.url,
    db: DbName,
    auth: z.discriminatedUnion('kind', [CouchAuth.options[0], CouchAuth.options[1]]),
  })
  .strict();
export type TeamSettings = z.infer<typeof TeamSettings>;

/** What went wrong, in the recruiter's words (errors.ts in lib/extension/sync has the kinds). */
export interface TeamProblem {
  kind: string;
  message: string;
}

/** What a screen may show of the team's sharing: never the password. */
export interface TeamView {
  configured: boolean;
  enabled: boolean;
  url: string | null;
  db: string | null;
  username: string | null;
  authKind: 'basic' | 'session' | null;
  lastSyncedAt: string | null;
  pending: number;
  inProgress: boolean;
  progress: { done: number; total: number } | null;
  error: TeamProblem | null;
}

export type TeamCheck = { ok: true; serverVersion: string; user: string | null; documents: number } | { ok: false; error: TeamProblem };

/** What is shared, in the words Settings → Team shows before sharing starts. */
export const WHAT_IS_SHARED =
  'Every candidate you save, with the profile as it was read, your notes, annotations, tags, rating and stage, and your roles. Settings, site permissions and your password stay on this computer.';
