import { useState, type FormEvent } from 'react';
import { TeamSettings, WHAT_IS_SHARED, type TeamCheck, type TeamView } from '../lib/shared/team-settings';

/** When the last sync was, in words a recruiter reads at a glance. */
export function syncedAgo(iso: string | null, now = Date.now()): string {
  if (!iso) return 'not yet';
  const minutes = Math.round((now - Date.parse(iso)) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  return hours < 24 ? `${hours} h ago` : new Date(iso).toLocaleDateString();
}

/** One line of sync status: shown in Settings → Team and in the popup. */
export function SyncStatusLine({ view }: { view: TeamView }) {
  if (!view.enabled) return null;
  const progress = view.progress && view.progress.total > 0 ? ` (${view.progress.done} of ${view.progress.total})` : '';
  return (
    <p className={view.error ? 'sync-status problem' : 'sync-status'} role="status">
      {view.inProgress ? `Syncing with ${view.db}${progress}…` : `Shared with ${view.db}: last synced ${syncedAgo(view.lastSyncedAt)}`}
      {view.pending > 0 && ` · ${view.pending} change${view.pending === 1 ? '' : 's'} waiting`}
      {view.error && <span className="sync-error"> · {view.error.message}</span>}
    </p>
  );
}

/**
 * Settings → Team: the team's CouchDB server, database and the recruiter's own user; a check before
 * anything is shared, what will be shared, and starting or stopping. The page asks the browser for
 * the server's origin (`onPermission`) before it checks or starts.
 */
export function TeamPanel(props: {
  view: TeamView;
  onPermission(origin: string): Promise<boolean>;
  onCheck(settings: TeamSettings): Promise<TeamCheck>;
  onStart(settings: TeamSettings): Promise<TeamCheck>;
  onStop(): Promise<void>;
  onSync(): Promise<void>;
}) {
  const { view } = props;
  const [url, setUrl] = useState(view.url ?? 'https://');
  const [db, setDb] = useState(view.db ?? '');
  const [username, setUsername] = useState(view.username ?? '');
  const [password, setPassword] = useState('');
  const [session, setSession] = useState(view.authKind === 'session');
  const [result, setResult] = useState<TeamCheck | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const settings = (): TeamSettings | null => {
    const parsed = TeamSettings.safeParse({ url: url.trim().replace(/\/+$/, ''), db: db.trim(), auth: { kind: session ? 'session' : 'basic', username: username.trim(), password } });
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    setProblem(issue?.path.includes('password') ? 'Enter your CouchDB password.' : issue?.path.includes('username') ? 'Enter your CouchDB user name.' : (issue?.message ?? 'Check the settings.'));
    return null;
  };

  const act = async (start: boolean) => {
    setProblem(null);
    setResult(null);
    const s = settings();
    if (!s) return;
    setBusy(true);
    try {
      // The browser asks once for this origin: without it Skillmark cannot reach the server.
      if (!(await props.onPermission(new URL(s.url).origin))) {
        setProblem('Skillmark may not reach this server: the browser was not allowed to. Nothing was shared.');
        return;
      }
      const r = await (start ? props.onStart(s) : props.onCheck(s));
      setResult(r);
      if (r.ok && start) setPassword('');
    } catch (err) {
      setProblem(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  // A password that changed, a membership taken away or a database renamed needs the form again.
  const editing = !view.enabled || ['unauthorized', 'forbidden', 'not-found', 'no-permission'].includes(view.error?.kind ?? '');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void act(true);
  };

  return (
    <div className="team">
      <SyncStatusLine view={view} />
      {view.enabled && (
        <p>
          Sharing with <strong>{view.db}</strong> on {view.url} as <strong>{view.username}</strong>.
        </p>
      )}
      {view.enabled && (
        <div className="buttons">
          <button type="button" disabled={busy} onClick={() => void props.onSync()}>
            Sync now
          </button>
          <button type="button" className="danger" disabled={busy} onClick={() => void props.onStop().catch((err: unknown) => setProblem(err instanceof Error ? err.message : String(err)))}>
            Stop sharing
          </button>
        </div>
      )}
      {editing && (
        <form className="settings-form" onSubmit={submit} aria-describedby="team-shared">
          <p id="team-shared" className="muted">
            Off until you start it. {WHAT_IS_SHARED} Stopping keeps everything on this computer.
          </p>
          <label className="field">
            CouchDB server address
            <input type="url" name="url" value={url} onChange={(e) => setUrl(e.target.value)} autoComplete="url" required />
          </label>
          <label className="field">
            Team database
            <input name="db" value={db} onChange={(e) => setDb(e.target.value)} autoCapitalize="none" spellCheck={false} required />
          </label>
          <label className="field">
            Your CouchDB user
            <input name="username" value={username} onChange={(e) => setUsername(e.target.value)} autoComplete="username" autoCapitalize="none" spellCheck={false} required />
          </label>
          <label className="field">
            Password
            <input type="password" name="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" required />
          </label>
          <label>
            <input type="checkbox" checked={session} onChange={(e) => setSession(e.target.checked)} /> Log in once and keep CouchDB's session cookie (instead of sending the password with each request)
          </label>
          <div className="buttons">
            <button type="button" disabled={busy} onClick={() => void act(false)}>
              Check the connection
            </button>
            <button type="submit" className="primary" disabled={busy}>
              Start sharing
            </button>
          </div>
        </form>
      )}
      <div role="status" aria-live="polite">
        {result?.ok && (
          <p className="ok">
            Connected to CouchDB {result.serverVersion} as {result.user}: the database is for its members only{result.documents ? ` and holds ${result.documents} records` : ''}.
          </p>
        )}
      </div>
      <div role="alert">
        {(problem ?? (result && !result.ok ? result.error.message : null)) && <p className="error">{problem ?? (result && !result.ok ? result.error.message : '')}</p>}
      </div>
    </div>
  );
}
