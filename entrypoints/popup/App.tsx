import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { ProfileSummary } from '../../components/ProfileSummary';
import { database } from '../../lib/extension/db/db';
import { activeRole, saveCandidate } from '../../lib/extension/db/repository';
import { candidateByUrl, listCandidates } from '../../lib/extension/db/reads';
import { request } from '../../lib/shared/request';
import type { TabProfile } from '../../lib/shared/protocol';
import { sitePattern } from '../../lib/extension/permissions/site-pattern';
import { CandidateControls } from './CandidateControls';
import { SyncStatusLine } from '../../components/TeamPanel';
import { useTeam } from '../options/useTeam';
import { useLivePort } from '../options/useLivePort';
import { useReadOnly } from '../../components/useReadOnly';

const db = database();

interface TabInfo {
  id: number;
  origin: string | null;
  profile: TabProfile | null;
  autoSite: boolean;
}

/** How often, and how many times, the popup asks again for the profile of a page still being read. */
const PROFILE_CHECK_MS = 250;
const PROFILE_CHECKS = 12;

type State = { status: 'loading' } | { status: 'ready'; tab: TabInfo | null } | { status: 'error'; error: string };

/** The tab the popup is about: the active one, or ?tab=ID when the popup is opened as a page. */
async function loadTab(): Promise<State> {
  const forced = Number(new URLSearchParams(location.search).get('tab'));
  const tab = forced ? await browser.tabs.get(forced) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (tab?.id === undefined) return { status: 'ready', tab: null };
  const [profile, settings] = await Promise.all([request({ type: 'tab:get-profile', tabId: tab.id }), request({ type: 'settings:get' })]);
  if (!profile.ok) return { status: 'error', error: profile.error };
  const url = profile.value?.url ?? tab.url;
  const origin = url && /^https?:/.test(url) ? new URL(url).origin : null;
  return { status: 'ready', tab: { id: tab.id, origin, profile: profile.value, autoSite: settings.ok && !!origin && settings.value.autoSites.includes(origin) } };
}

export function App() {
  useLivePort();
  const [state, setState] = useState<State>({ status: 'loading' });
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(() => {
    loadTab().then(setState, (err: unknown) => setState({ status: 'error', error: err instanceof Error ? err.message : String(err) }));
  }, []);
  useEffect(reload, [reload]);

  // The page may still be being read when the popup opens (or just after Analyze this page): while
  // the tab has no profile, it is asked again for a few seconds, and shown as soon as there is one.
  const waiting = state.status === 'ready' && state.tab !== null && state.tab.profile === null;
  useEffect(() => {
    if (!waiting) return;
    let tries = 0;
    const timer = setInterval(() => {
      if (++tries > PROFILE_CHECKS) return clearInterval(timer);
      void loadTab().then((next) => {
        if (next.status === 'ready' && next.tab?.profile) setState(next);
      });
    }, PROFILE_CHECK_MS);
    return () => clearInterval(timer);
  }, [waiting, state]);

  const tabProfile = state.status === 'ready' ? state.tab?.profile : null;
  const pageUrl = tabProfile?.url;
  const saved = useLiveQuery(async () => (pageUrl ? ((await candidateByUrl(db, pageUrl)) ?? undefined) : undefined), [pageUrl]);
  const recent = useLiveQuery(() => listCandidates(db, 5), []) ?? [];
  const readOnly = useReadOnly();

  // After Save candidate or Analyze this page, the button pressed is gone: focus goes to the first
  // control of what replaced it, not back to the top of the popup.
  const main = useRef<HTMLElement>(null);
  const savedId = saved?.id;
  useEffect(() => {
    if (document.activeElement === document.body) main.current?.querySelector<HTMLElement>('.panel select, .panel button, .panel textarea')?.focus();
  }, [savedId, pageUrl]);

  const analyze = async (tabId: number) => {
    setMessage('Analyzing…');
    const r = await request({ type: 'tab:analyze', tabId });
    if (!r.ok) return setMessage(`Could not analyze this page: ${r.error}`);
    setTimeout(() => {
      reload();
      setMessage(null);
    }, 800);
  };

  const save = async (tp: TabProfile) => {
    try {
      const role = await activeRole(db);
      await saveCandidate(db, { url: tp.url, profile: tp.profile, detection: tp.detection, roleId: role?.id ?? null });
      setError(null);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };

  const alwaysAnalyze = async (origin: string) => {
    // Asked from this click, one site at a time: the browser shows its own prompt.
    let granted: boolean;
    try {
      granted = await browser.permissions.request({ origins: [sitePattern(origin)] });
    } catch (err) {
      return setError(`Could not ask for ${origin}: ${err instanceof Error ? err.message : String(err)}`);
    }
    if (!granted) return setMessage(`Skillmark was not allowed on ${origin}.`);
    const r = await request({ type: 'site:enable', origin });
    setMessage(r.ok ? `Profiles on ${origin} will be analyzed automatically.` : `Could not enable ${origin}: ${r.error}`);
    reload();
  };

  return (
    <main ref={main}>
      <header className="bar">
        <h1>Skillmark</h1>
        <button type="button" className="bar-link" onClick={() => void browser.runtime.openOptionsPage()}>
          Open workspace
        </button>
      </header>
      {readOnly && (
        <p role="alert" className="error panel">
          {readOnly}
        </p>
      )}
      {state.status === 'loading' && <p className="muted panel">Loading…</p>}
      {state.status === 'error' && (
        <p role="alert" className="error panel">
          Skillmark could not read this tab: {state.error}
        </p>
      )}
      {state.status === 'ready' && !tabProfile && state.tab && (
        <section className="panel">
          <p className="muted">No candidate profile found on this page yet.</p>
          <button type="button" className="primary" onClick={() => void analyze(state.tab!.id)}>
            Analyze this page
          </button>
          <p className="hint">Shortcut: Alt+Shift+S, or right-click → Analyze this page with Skillmark.</p>
        </section>
      )}
      {tabProfile && state.status === 'ready' && (
        <>
          <ProfileSummary profile={tabProfile.profile} />
          <section className="panel">
            {saved ? (
              <CandidateControls candidate={saved} onError={setError} />
            ) : (
              <button type="button" className="primary" onClick={() => void save(tabProfile)}>
                Save candidate
              </button>
            )}
          </section>
          {state.tab?.origin && !state.tab.autoSite && (
            <section className="panel">
              <button type="button" onClick={() => void alwaysAnalyze(state.tab!.origin!)}>
                Always analyze profiles on {new URL(state.tab.origin).hostname}
              </button>
            </section>
          )}
        </>
      )}
      {error && (
        <p role="alert" className="error panel">
          {error}
        </p>
      )}
      {message && (
        <p role="status" className="panel">
          {message}
        </p>
      )}
      {recent.length > 0 && (
        <section className="panel recent" aria-labelledby="recent">
          <h2 id="recent">Recent candidates</h2>
          <ul>
            {recent.map((c) => (
              <li key={c.id}>
                <a href={/^https?:\/\//.test(c.pageUrl) ? c.pageUrl : undefined} target="_blank" rel="noreferrer noopener">
                  {c.name ?? c.url}
                </a>{' '}
                <span className="muted">
                  {c.stage}
                  {c.matchScore !== null ? ` · ${c.matchScore}%` : ''}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <TeamStatus />
    </main>
  );
}

/** The team's sync, one line, when sharing is on. */
function TeamStatus() {
  const { view } = useTeam();
  return view ? <SyncStatusLine view={view} /> : null;
}
