import { z } from 'zod';
import { SyncError, isAbort } from './errors';
import { linkedSignal } from './signals';

/**
 * A small client for the parts of CouchDB's HTTP API that replication needs, on `fetch` alone, so
 * that it runs in an MV3 service worker as well as in Node. Every answer is checked with Zod;
 * every failure becomes a SyncError. Credentials are sent to the configured origin only.
 */

import { CouchAuth, CouchConfig, DbName } from '../../shared/team-settings';

export { CouchAuth, CouchConfig, DbName };

/** CouchDB 2+ sequences are opaque strings; CouchDB 1 and pouchdb-server use numbers. Passed back as given. */
export const Seq = z.union([z.string().max(1000), z.number().int().nonnegative()]);
export type Seq = z.infer<typeof Seq>;

const Names = z.object({ names: z.array(z.string()).optional(), roles: z.array(z.string()).optional() }).passthrough();
export const SecurityObject = z.object({ admins: Names.optional(), members: Names.optional() }).passthrough();
export const ServerInfo = z.object({ version: z.string().max(100) }).passthrough();
export const DbInfo = z
  .object({ db_name: z.string(), doc_count: z.number().int().nonnegative(), doc_del_count: z.number().int().nonnegative().optional(), update_seq: Seq })
  .passthrough();
const UserCtx = z.object({ name: z.string().nullable(), roles: z.array(z.string()) }).passthrough();
const SessionInfo = z.object({ userCtx: UserCtx }).passthrough();
const LoginAnswer = z.object({ ok: z.literal(true), name: z.string().nullable(), roles: z.array(z.string()) }).passthrough();
const ChangeRow = z
  .object({
    id: z.string(),
    seq: Seq,
    changes: z.array(z.object({ rev: z.string() }).passthrough()),
    deleted: z.boolean().optional(),
    /** Checked by the caller against the documents' own schemas: a bad document must not spoil the batch. */
    doc: z.unknown().optional(),
  })
  .passthrough();
export const ChangesAnswer = z.object({ results: z.array(ChangeRow), last_seq: Seq, pending: z.number().optional() }).passthrough();
const BulkDocsRow = z
  .object({ id: z.string().optional(), rev: z.string().optional(), ok: z.boolean().optional(), error: z.string().optional(), reason: z.string().optional() })
  .passthrough();
const AllDocsRow = z
  .object({
    key: z.string(),
    id: z.string().optional(),
    value: z.object({ rev: z.string(), deleted: z.boolean().optional() }).passthrough().optional(),
    doc: z.unknown().optional(),
    error: z.string().optional(),
  })
  .passthrough();
const AllDocsAnswer = z.object({ rows: z.array(AllDocsRow) }).passthrough();
const PutAnswer = z.object({ ok: z.literal(true), id: z.string(), rev: z.string() }).passthrough();
const ErrorBody = z.object({ error: z.string().optional(), reason: z.string().optional() }).passthrough();

export type SecurityObject = z.infer<typeof SecurityObject>;
export type DbInfo = z.infer<typeof DbInfo>;
export type ChangeRow = z.infer<typeof ChangeRow>;
export type ChangesAnswer = z.infer<typeof ChangesAnswer>;
export type BulkDocsRow = z.infer<typeof BulkDocsRow>;
export type AllDocsRow = z.infer<typeof AllDocsRow>;

export interface ChangesQuery {
  since: Seq;
  limit?: number;
  includeDocs?: boolean;
  /** `longpoll`: wait for the next change, or `timeoutMs`, whichever comes first. */
  feed?: 'normal' | 'longpoll';
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** Who the server says we are, and what the database's `_security` means for us. */
export interface Access {
  user: string | null;
  roles: string[];
  /** Only its members (or admins) can read the database; otherwise anyone who reaches the server can. */
  membersOnly: boolean;
  isMember: boolean;
  isAdmin: boolean;
}

export interface CouchOptions {
  fetch?: typeof fetch;
  /** Tells "offline" from "server unreachable" when a request fails; the browser's navigator.onLine by default. */
  online?: () => boolean;
  /** For each request but long polls. */
  timeoutMs?: number;
}

type Query = Record<string, string | number | boolean | undefined>;
interface RequestOptions {
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
  timeoutMs?: number;
  /** The database's own requests: a 401 there may mean "not a member" (pouchdb-server answers so). */
  inDb?: boolean;
}

const DEFAULT_TIMEOUT_MS = 30_000;
const TIMED_OUT = 'no answer in time';
/** Allowed beyond a long poll's own timeout before we stop waiting (pouchdb-server ignores `timeout`). */
const LONGPOLL_SLACK_MS = 5_000;

const browserOnline = (): boolean => (typeof navigator === 'undefined' || typeof navigator.onLine !== 'boolean' ? true : navigator.onLine);

function basicAuth(username: string, password: string): string {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

export class CouchClient {
  readonly origin: string;
  private readonly base: URL;
  private readonly fetchImpl: typeof fetch;
  private readonly online: () => boolean;
  private readonly timeoutMs: number;
  /** The session cookie where the runtime lets us read it (Node); a browser keeps it in its own jar. */
  private cookie: string | null = null;
  private loggedIn = false;

  constructor(
    readonly config: CouchConfig,
    options: CouchOptions = {},
  ) {
    CouchConfig.parse(config);
    this.base = new URL(config.url.endsWith('/') ? config.url : `${config.url}/`);
    this.origin = this.base.origin;
    this.fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
    this.online = options.online ?? browserOnline;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  get username(): string | null {
    return this.config.auth.kind === 'none' ? null : this.config.auth.username;
  }

  serverInfo(signal?: AbortSignal) {
    return this.request('GET', [], ServerInfo, { signal });
  }

  dbInfo(signal?: AbortSignal) {
    return this.request('GET', [this.config.db], DbInfo, { signal, inDb: true });
  }

  security(signal?: AbortSignal) {
    return this.request('GET', [this.config.db, '_security'], SecurityObject, { signal, inDb: true });
  }

  /** Logs in to `_session` (cookie authentication). Called by itself when the auth is `session`. */
  async login(signal?: AbortSignal): Promise<void> {
    const auth = this.config.auth;
    if (auth.kind !== 'session') return;
    this.cookie = null;
    await this.request('POST', ['_session'], LoginAnswer, { body: { name: auth.username, password: auth.password }, signal }, false);
    this.loggedIn = true;
  }

  async session(signal?: AbortSignal) {
    return (await this.request('GET', ['_session'], SessionInfo, { signal })).userCtx;
  }

  /** Whether we may read the database and whether anyone else who is not a member may. */
  async access(signal?: AbortSignal): Promise<Access> {
    const user = await this.session(signal);
    const security = await this.security(signal);
    const members = { names: security.members?.names ?? [], roles: security.members?.roles ?? [] };
    const admins = { names: security.admins?.names ?? [], roles: security.admins?.roles ?? [] };
    const has = (group: { names: string[]; roles: string[] }) =>
      (user.name !== null && group.names.includes(user.name)) || user.roles.some((role) => group.roles.includes(role));
    const serverAdmin = user.roles.includes('_admin');
    const isAdmin = serverAdmin || has(admins);
    return {
      user: user.name,
      roles: user.roles,
      membersOnly: members.names.length > 0 || members.roles.length > 0,
      isMember: isAdmin || has(members),
      isAdmin,
    };
  }

  async changes(query: ChangesQuery): Promise<ChangesAnswer> {
    const longpoll = query.feed === 'longpoll';
    const waitMs = query.timeoutMs ?? 25_000;
    const params: Query = {
      since: query.since,
      limit: query.limit,
      include_docs: query.includeDocs ? true : undefined,
      style: 'all_docs',
      feed: longpoll ? 'longpoll' : undefined,
      timeout: longpoll ? waitMs : undefined,
    };
    try {
      return await this.request('GET', [this.config.db, '_changes'], ChangesAnswer, {
        query: params,
        signal: query.signal,
        timeoutMs: longpoll ? waitMs + Math.min(LONGPOLL_SLACK_MS, Math.max(500, waitMs / 5)) : undefined,
        inDb: true,
      });
    } catch (error) {
      // A long poll that outlived its wait without news is no error; the caller's own abort is passed on.
      if (longpoll && error instanceof SyncError && error.detail.endsWith(TIMED_OUT)) return { results: [], last_seq: query.since };
      throw error;
    }
  }

  /** Writes documents; each row says whether its document was written, or why not (conflict, forbidden). */
  bulkDocs(docs: readonly object[], signal?: AbortSignal): Promise<BulkDocsRow[]> {
    return this.request('POST', [this.config.db, '_bulk_docs'], z.array(BulkDocsRow), { body: { docs }, signal, inDb: true });
  }

  /** The current documents by id (`_all_docs` with `keys`); a missing one has `error`, a deleted one `doc: null`. */
  async allDocs(ids: readonly string[], signal?: AbortSignal): Promise<AllDocsRow[]> {
    if (ids.length === 0) return [];
    const answer = await this.request('POST', [this.config.db, '_all_docs'], AllDocsAnswer, {
      query: { include_docs: true },
      body: { keys: ids },
      signal,
      inDb: true,
    });
    return answer.rows;
  }

  /** A `_local` document (never replicated, no history): null when there is none. */
  async getLocal<T extends z.ZodTypeAny>(id: string, schema: T, signal?: AbortSignal): Promise<(z.infer<T> & { _rev?: string }) | null> {
    try {
      return await this.request('GET', [this.config.db, `_local/${id}`], schema, { signal, inDb: true });
    } catch (error) {
      // A missing database is "not-found" too; the database info tells them apart.
      if (error instanceof SyncError && error.kind === 'not-found' && error.detail.includes('reason=missing')) return null;
      throw error;
    }
  }

  async putLocal(id: string, body: Record<string, unknown>, signal?: AbortSignal): Promise<string> {
    const answer = await this.request('PUT', [this.config.db, `_local/${id}`], PutAnswer, { body, signal, inDb: true });
    return answer.rev;
  }

  private url(segments: string[], query: Query = {}): URL {
    // `_local/<id>` and `_design/<id>` keep their slash; everything else is one segment (a database name may hold a "/").
    const path = segments.map((segment) => (/^_(local|design)\//.test(segment) ? segment.replace(/[^/]+$/, encodeURIComponent) : encodeURIComponent(segment))).join('/');
    const url = new URL(path, this.base);
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined) url.searchParams.set(key, typeof value === 'string' ? value : JSON.stringify(value));
    }
    if (url.origin !== this.origin) throw new Error('A request left the configured server');
    return url;
  }

  private headers(hasBody: boolean): Headers {
    const headers = new Headers({ Accept: 'application/json' });
    if (hasBody) headers.set('Content-Type', 'application/json');
    const auth = this.config.auth;
    if (auth.kind === 'basic') headers.set('Authorization', basicAuth(auth.username, auth.password));
    if (auth.kind === 'session' && this.cookie) headers.set('Cookie', this.cookie);
    return headers;
  }

  private async request<T extends z.ZodTypeAny>(method: string, segments: string[], schema: T, options: RequestOptions = {}, relogin = true): Promise<z.infer<T>> {
    const auth = this.config.auth;
    const isLogin = segments[0] === '_session' && method === 'POST';
    if (auth.kind === 'session' && !this.loggedIn && !isLogin) await this.login(options.signal);
    const url = this.url(segments, options.query);
    const linked = linkedSignal([options.signal], options.timeoutMs ?? this.timeoutMs);
    try {
      return await this.send(method, url, schema, options, relogin, linked.signal);
    } finally {
      linked.dispose();
    }
  }

  private async send<T extends z.ZodTypeAny>(method: string, url: URL, schema: T, options: RequestOptions, relogin: boolean, signal: AbortSignal): Promise<z.infer<T>> {
    const auth = this.config.auth;
    const isLogin = url.pathname.endsWith('/_session') && method === 'POST';
    const where = `${method} ${url.pathname}`;
    let response: Response;
    try {
      response = await this.fetchImpl(url, {
        method,
        headers: this.headers(options.body !== undefined),
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal,
        // Never follow a redirect: it could carry the Authorization header elsewhere.
        redirect: 'manual',
        // Basic auth needs no cookie; a session's cookie lives in the browser's jar for this origin.
        credentials: auth.kind === 'session' ? 'include' : 'omit',
      });
    } catch (error) {
      if (options.signal?.aborted) throw error;
      if (isAbort(error)) throw new SyncError('unreachable', `${where}: ${TIMED_OUT}`);
      throw new SyncError(this.online() ? 'unreachable' : 'offline', where);
    }
    if (auth.kind === 'session' && isLogin) {
      const cookie = response.headers.get('set-cookie')?.match(/AuthSession=[^;]*/)?.[0];
      if (cookie) this.cookie = cookie;
    }
    const text = await this.readText(response, where, options.signal, signal);
    if (response.ok) return this.parse(text, schema, where);

    if (response.status === 401 && auth.kind === 'session' && !isLogin && relogin) {
      // The session cookie expired: log in once more and try again.
      this.loggedIn = false;
      await this.login(options.signal);
      return this.send(method, url, schema, options, false, signal);
    }
    throw await this.failure(response, text, where, options);
  }

  /**
   * The answer's body, given up when `linked` aborts (the caller's stop, a wake-up or the request's
   * time): Node's fetch does not always end a body it is still reading when its signal aborts after
   * the headers came, and a long poll on a server that ignores `timeout` would then wait for ever.
   */
  private async readText(response: Response, where: string, signal: AbortSignal | undefined, linked: AbortSignal): Promise<string> {
    let stop: () => void = () => undefined;
    const aborted = new Promise<never>((_, reject) => {
      stop = () => reject(linked.reason instanceof Error ? linked.reason : new DOMException('Aborted', 'AbortError'));
      if (linked.aborted) stop();
      else linked.addEventListener('abort', stop, { once: true });
    });
    try {
      return await Promise.race([response.text(), aborted]);
    } catch (error) {
      response.body?.cancel().catch(() => undefined);
      if (signal?.aborted) throw error;
      if (isAbort(error)) throw new SyncError('unreachable', `${where}: ${TIMED_OUT}`);
      throw new SyncError(this.online() ? 'unreachable' : 'offline', `${where}: the answer was cut off`);
    } finally {
      linked.removeEventListener('abort', stop);
    }
  }

  private parse<T extends z.ZodTypeAny>(text: string, schema: T, where: string): z.infer<T> {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new SyncError('invalid-response', `${where}: not JSON`);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new SyncError('invalid-response', `${where}: ${parsed.error.issues[0]?.path.join('.') ?? ''} ${parsed.error.issues[0]?.message ?? ''}`);
    return parsed.data;
  }

  private async failure(response: Response, text: string, where: string, options: RequestOptions): Promise<SyncError> {
    const status = response.status;
    let body: z.infer<typeof ErrorBody> = {};
    try {
      body = ErrorBody.parse(JSON.parse(text));
    } catch {
      // An HTML error page from a proxy, say: the status alone decides.
    }
    const detail = `${where} → ${status}${body.error ? ` error=${body.error}` : ''}${body.reason ? ` reason=${body.reason}` : ''}`;
    if (response.type === 'opaqueredirect' || (status >= 300 && status < 400)) return new SyncError('redirected', detail, status);
    if (status === 401) {
      // CouchDB answers 403 to a known user who is not a member; pouchdb-server answers 401. If the
      // same credentials open a session, the password is right and the user is not a member.
      if (options.inDb && this.username !== null && (await this.sessionName(options.signal)) === this.username) {
        return new SyncError('forbidden', detail, status);
      }
      return new SyncError('unauthorized', detail, status);
    }
    if (status === 403) return new SyncError('forbidden', detail, status);
    if (status === 404) return new SyncError('not-found', detail, status);
    if (status >= 500) return new SyncError('server', detail, status);
    return new SyncError('invalid-response', detail, status);
  }

  private async sessionName(signal?: AbortSignal): Promise<string | null> {
    try {
      return (await this.session(signal)).name;
    } catch {
      return null;
    }
  }
}
