import { z } from 'zod';
import { CouchClient } from './couch';
import { TeamSettings, type TeamCheck, type TeamView } from '../../shared/team-settings';
import { SyncError } from './errors';
import type { LocalStore } from './local-store';
import { Replicator, type SyncStatus } from './replicator';

export { TeamSettings, WHAT_IS_SHARED, type TeamCheck, type TeamView } from '../../shared/team-settings';

/**
 * A team's sharing, as the background runs it: the settings (server, database, the recruiter's own
 * CouchDB user), the check before anything is shared, starting and stopping, a sync now and then
 * (alarms) and live while a Skillmark page is open, and a status in words. Stopping keeps every
 * local record; nothing is sent until the recruiter starts sharing, and only to the one origin
 * they configured and granted.
 */

/**
 * What is kept: the settings, whether sharing is on, and this browser's replica id (its checkpoint's
 * name). Sharing stopped keeps the server, database and user but not the password.
 */
export const TeamRecord = z
  .object({
    settings: TeamSettings.extend({ auth: z.object({ kind: z.enum(['basic', 'session']), username: z.string().min(1).max(200), password: z.string().max(1000) }).strict() }),
    enabled: z.boolean(),
    replicaId: z.string().regex(/^[0-9A-Za-z_-]{1,100}$/),
  })
  .strict()
  .refine((r) => !r.enabled || r.settings.auth.password.length > 0, 'Sharing needs a password.');
export type TeamRecord = z.infer<typeof TeamRecord>;

export interface TeamDeps {
  store: LocalStore;
  load(): Promise<TeamRecord | null>;
  save(record: TeamRecord | null): Promise<void>;
  /** Whether the browser lets Skillmark reach this origin (an optional host permission the recruiter granted). */
  hasPermission(origin: string): Promise<boolean>;
  newReplicaId(): string;
  fetch?: typeof fetch;
  online?: () => boolean;
  /** Replicator tuning, for tests. */
  replicator?: { longpollMs?: number; backoffMs?: { first: number; max: number } };
}

const errorView = (error: SyncError) => ({ kind: error.kind, message: error.message });

export class TeamSync {
  private replicator: Replicator | null = null;
  private record: TeamRecord | null = null;
  private liveStop: AbortController | null = null;
  private liveUsers = 0;
  private lastError: SyncError | null = null;
  private readonly listeners = new Set<(view: TeamView) => void>();
  private loaded: Promise<void> | null = null;
  /** Why the kept settings could not be read, until sharing is started again. */
  private unreadable: string | null = null;

  constructor(private readonly deps: TeamDeps) {}

  /** Reads the kept settings once; sharing that was on carries on. */
  private ready(): Promise<void> {
    // Kept settings that cannot be read are reported, and taken as none: starting again replaces them.
    this.loaded ??= this.deps.load().then(
      (record) => {
        this.record = record;
        if (record?.enabled) this.replicator = this.makeReplicator(record);
      },
      (error: unknown) => {
        this.record = null;
        this.unreadable = error instanceof Error ? error.message.slice(0, 300) : 'The team settings kept on this computer cannot be read.';
      },
    );
    return this.loaded;
  }

  async view(): Promise<TeamView> {
    await this.ready();
    return this.snapshot();
  }

  onChange(listener: (view: TeamView) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Connects with these settings and reads the database's `_security`, writing nothing. */
  async check(settings: TeamSettings): Promise<TeamCheck> {
    const parsed = TeamSettings.safeParse(settings);
    if (!parsed.success) return { ok: false, error: { kind: 'invalid-response', message: parsed.error.issues[0]?.message ?? 'Invalid settings.' } };
    if (!(await this.deps.hasPermission(new URL(parsed.data.url).origin))) return { ok: false, error: errorView(new SyncError('no-permission')) };
    const client = this.client(parsed.data);
    try {
      const server = await client.serverInfo();
      const info = await client.dbInfo();
      const access = await client.access();
      if (!access.isMember) return { ok: false, error: errorView(new SyncError('forbidden')) };
      if (!access.membersOnly) return { ok: false, error: errorView(new SyncError('not-members-only')) };
      return { ok: true, serverVersion: server.version, user: access.user, documents: info.doc_count };
    } catch (error) {
      return { ok: false, error: errorView(error instanceof SyncError ? error : new SyncError('invalid-response')) };
    }
  }

  /** Checks, keeps the settings and starts sharing: the first sync begins at once. */
  async start(settings: TeamSettings): Promise<TeamCheck> {
    await this.ready();
    const checked = await this.check(settings);
    if (!checked.ok) return checked;
    const same = this.record && this.record.settings.url === settings.url && this.record.settings.db === settings.db;
    const record: TeamRecord = { settings, enabled: true, replicaId: same ? this.record!.replicaId : this.deps.newReplicaId() };
    await this.deps.store.begin?.();
    await this.deps.save(record);
    this.unreadable = null;
    this.stopLive();
    this.record = record;
    this.lastError = null;
    this.replicator = this.makeReplicator(record);
    if (this.liveUsers > 0) this.startLive();
    else void this.syncNow();
    this.emit();
    return checked;
  }

  /** Stops sharing. Every local record stays; the settings are kept (sharing can start again), the password is not. */
  async stop(): Promise<void> {
    await this.ready();
    this.stopLive();
    this.replicator = null;
    this.lastError = null;
    await this.deps.store.end?.();
    if (this.record) {
      this.record = { ...this.record, enabled: false, settings: { ...this.record.settings, auth: { ...this.record.settings.auth, password: '' } } };
      await this.deps.save(this.record);
    }
    this.emit();
  }

  /** One sync cycle now (an alarm, or the recruiter's "Sync now"); never throws: the status says what happened. */
  async syncNow(): Promise<TeamView> {
    await this.ready();
    const replicator = this.replicator;
    if (!replicator || !this.record) return this.snapshot();
    if (!(await this.deps.hasPermission(new URL(this.record.settings.url).origin))) {
      this.lastError = new SyncError('no-permission');
      this.emit();
      return this.snapshot();
    }
    this.lastError = null;
    try {
      await replicator.syncOnce();
    } catch {
      // The replicator's status carries the error.
    }
    this.emit();
    return this.snapshot();
  }

  /**
   * A Skillmark page opened (`true`) or closed (`false`): while any is open, changes travel both ways
   * as they happen (a long poll on `_changes`); otherwise the periodic alarm catches up.
   */
  async setLive(on: boolean): Promise<void> {
    await this.ready();
    this.liveUsers = Math.max(0, this.liveUsers + (on ? 1 : -1));
    if (this.liveUsers > 0) this.startLive();
    else this.stopLive();
  }

  /** A local change was saved: a live sync pushes it at once. */
  nudge(): void {
    this.replicator?.nudge();
  }

  private startLive(): void {
    if (this.liveStop || !this.replicator) return;
    const stop = new AbortController();
    this.liveStop = stop;
    void this.replicator.live(stop.signal).finally(() => {
      if (this.liveStop === stop) this.liveStop = null;
    });
  }

  private stopLive(): void {
    this.liveStop?.abort();
    this.liveStop = null;
  }

  private client(settings: TeamSettings): CouchClient {
    return new CouchClient({ url: settings.url, db: settings.db, auth: settings.auth }, { fetch: this.deps.fetch, online: this.deps.online });
  }

  private makeReplicator(record: TeamRecord): Replicator {
    return new Replicator({
      client: this.client(TeamSettings.parse(record.settings)),
      store: this.deps.store,
      replicaId: record.replicaId,
      ...this.deps.replicator,
      onStatus: () => this.emit(),
      onProgress: () => this.emit(),
    });
  }

  private snapshot(): TeamView {
    const record = this.record;
    const status: SyncStatus | null = this.replicator?.status ?? null;
    const error = this.unreadable ? { kind: 'local', message: this.unreadable } : this.lastError ? errorView(this.lastError) : status?.error ? errorView(status.error) : null;
    return {
      configured: record !== null,
      enabled: record?.enabled ?? false,
      url: record?.settings.url ?? null,
      db: record?.settings.db ?? null,
      username: record?.settings.auth.username ?? null,
      authKind: record?.settings.auth.kind ?? null,
      lastSyncedAt: status?.lastSyncedAt ?? null,
      pending: status?.pending ?? 0,
      inProgress: status?.inProgress ?? false,
      progress: status?.progress ?? null,
      error,
    };
  }

  private emit(): void {
    const view = this.snapshot();
    for (const listener of this.listeners) listener(view);
  }
}
