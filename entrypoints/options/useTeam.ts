import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { request } from '../../lib/shared/request';
import type { TeamView } from '../../lib/shared/team-settings';
import { LIVE_PORT } from '../../lib/shared/live-port';


/**
 * The team's sharing as the background sees it, read again every few seconds while this page is
 * open; holding the page open also keeps the background syncing live. Null until first read.
 */
export function useTeam(): { view: TeamView | null; refresh(): Promise<void>; error: string | null } {
  const [view, setView] = useState<TeamView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let alive = true;
    void request({ type: 'team:get' }).then((r) => {
      if (!alive) return;
      setView(r.ok ? r.value : null);
      setError(r.ok ? null : r.error);
    });
    return () => {
      alive = false;
    };
  }, [tick]);
  useEffect(() => {
    const port = browser.runtime.connect({ name: LIVE_PORT });
    const timer = setInterval(() => setTick((n) => n + 1), 2000);
    return () => {
      clearInterval(timer);
      port.disconnect();
    };
  }, []);
  const refresh = async () => setTick((n) => n + 1);
  return { view, refresh, error };
}
