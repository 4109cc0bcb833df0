import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { ProfileSummary } from '../../components/ProfileSummary';
import { request } from '../../lib/messaging/client';
import type { TabProfile } from '../../lib/messaging/protocol';

interface TabInfo {
  id: number;
  origin: string | null;
  profile: TabProfile | null;
  autoSite: boolean;
}

type State = { status: 'loading' } | { status: 'ready'; tab: TabInfo | null } | { status: 'error'; error: string };

async function loadCurrentTab(): Promise<State> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return { status: 'ready', tab: null };
  const [profile, settings] = await Promise.all([request({ type: 'tab:get-profile', tabId: tab.id }), request({ type: 'settings:get' })]);
  if (!profile.ok) return { status: 'error', error: profile.error };
  const url = profile.value?.url ?? tab.url;
  const origin = url && /^https?:/.test(url) ? new URL(url).origin : null;
  return { status: 'ready', tab: { id: tab.id, origin, profile: profile.value, autoSite: settings.ok && !!origin && settings.value.autoSites.includes(origin) } };
}

export function App() {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [message, setMessage] = useState<string | null>(null);
  const reload = useCallback(() => {
    loadCurrentTab().then(setState, (err: unknown) => setState({ status: 'error', error: err instanceof Error ? err.message : String(err) }));
  }, []);
  useEffect(reload, [reload]);

  const analyze = async (tabId: number) => {
    setMessage('Analyzing…');
    const r = await request({ type: 'tab:analyze', tabId });
    if (!r.ok) return setMessage(`Could not analyze this page: ${r.error}`);
    // The page reports what it found; give it a moment.
    setTimeout(() => {
      reload();
      setMessage(null);
    }, 800);
  };

  const alwaysAnalyze = async (origin: string) => {
    // Asked from this click, one origin at a time: the browser shows its own prompt.
    const granted = await browser.permissions.request({ origins: [`${origin}/*`] });
    if (!granted) return setMessage(`Skillmark was not allowed on ${origin}.`);
    const r = await request({ type: 'site:enable', origin });
    setMessage(r.ok ? `Profiles on ${origin} will be analyzed automatically.` : `Could not enable ${origin}: ${r.error}`);
    reload();
  };

  return (
    <main>
      <header className="bar">
        <h1>Skillmark</h1>
      </header>
      {state.status === 'loading' && <p className="muted">Loading…</p>}
      {state.status === 'error' && (
        <p role="alert" className="error">
          Skillmark could not read this tab: {state.error}
        </p>
      )}
      {state.status === 'ready' && state.tab && !state.tab.profile && (
        <section className="panel">
          <p className="muted">No candidate profile found on this page yet.</p>
          <button type="button" className="primary" onClick={() => void analyze(state.tab!.id)}>
            Analyze this page
          </button>
          <p className="hint">Shortcut: Alt+Shift+S, or right-click → Analyze this page with Skillmark.</p>
        </section>
      )}
      {state.status === 'ready' && state.tab?.profile && (
        <>
          <ProfileSummary profile={state.tab.profile.profile} />
          {state.tab.origin && !state.tab.autoSite && (
            <section className="panel">
              <button type="button" onClick={() => void alwaysAnalyze(state.tab!.origin!)}>
                Always analyze profiles on {new URL(state.tab.origin).host}
              </button>
            </section>
          )}
          {state.tab.autoSite && <p className="muted panel">Profiles on this site are analyzed automatically.</p>}
        </>
      )}
      {message && (
        <p role="status" className="panel">
          {message}
        </p>
      )}
      <footer className="panel">
        <button type="button" className="link" onClick={() => void browser.runtime.openOptionsPage()}>
          Settings
        </button>
      </footer>
    </main>
  );
}
