/**
 * What can go wrong while syncing, in the recruiter's words. A SyncError never carries a password,
 * a cookie or an Authorization header: only the kind, an HTTP status and the path asked for.
 */
export const SYNC_ERROR_KINDS = [
  'offline',
  'unreachable',
  'unauthorized',
  'forbidden',
  'not-found',
  'server',
  'refused',
  'invalid-response',
  'redirected',
  'local',
  'no-permission',
  'not-members-only',
] as const;
export type SyncErrorKind = (typeof SYNC_ERROR_KINDS)[number];

const MESSAGES: Record<SyncErrorKind, string> = {
  offline: 'You are offline. Your changes are kept on this computer and will be shared when you are back online.',
  unreachable: 'The team server did not answer: it may be down, or its address may be wrong. Your changes are kept on this computer and will be shared later.',
  unauthorized: 'The team server did not accept your user name or password. Check them in Settings → Team.',
  forbidden: 'Your user is not a member of the team database, so the server will not share it with you. Ask whoever runs the server to add you.',
  'not-found': 'The team database does not exist on the server. Check its name in Settings → Team.',
  server: 'The team server had an error of its own. Skillmark will try again; your changes are kept on this computer.',
  refused: 'The team server refused some changes: its rules for the database did not accept them. They are kept on this computer.',
  'invalid-response': 'The team server answered in a way Skillmark does not understand. Is the address that of a CouchDB server?',
  redirected: 'The team server sent Skillmark to another address. Enter the final address (with https://) in Settings → Team.',
  local: 'Skillmark could not save what came from the team server on this computer. It will try again; nothing you saved is lost.',
  'no-permission': 'Skillmark may not reach the team server yet: allow it when the browser asks (Settings → Team).',
  'not-members-only':
    'Anyone who can reach the team server can read this database: it has no members. Add the team’s users as members in its _security before sharing candidates there.',
};

export class SyncError extends Error {
  override readonly name = 'SyncError';
  constructor(
    readonly kind: SyncErrorKind,
    /** For a developer: method, path and status; never credentials. */
    readonly detail = '',
    readonly status: number | null = null,
  ) {
    super(MESSAGES[kind]);
  }

  /** Errors worth retrying by themselves later (the server may come back); the others need a person. */
  get transient(): boolean {
    return this.kind === 'offline' || this.kind === 'unreachable' || this.kind === 'server';
  }
}

export const isAbort = (error: unknown): boolean =>
  error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError');
