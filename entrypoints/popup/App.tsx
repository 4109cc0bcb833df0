import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { ProfileSummary } from '../../components/ProfileSummary';
import { request } from '../../lib/messaging/client';
import type { TabProfile } from '../../lib/messaging/protocol';

type State = { status: 'loading' } | { status: 'ready'; tab: TabProfile | null } | { status: 'error'; error: string };

async function loadCurrentTab(): Promise<State> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return { status: 'ready', tab: null };
  const reply = await request({ type: 'tab:get-profile', tabId: tab.id });
  return reply.ok ? { status: 'ready', tab: reply.value } : { status: 'error', error: reply.error };
}

export function App() {
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    loadCurrentTab().then(setState, (err: unknown) => setState({ status: 'error', error: err instanceof Error ? err.message : String(err) }));
  }, []);
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
      {state.status === 'ready' && !state.tab && <p className="muted">No candidate profile found on this page.</p>}
      {state.status === 'ready' && state.tab && <ProfileSummary profile={state.tab.profile} />}
    </main>
  );
}
