import { useEffect, useState } from 'react';
import { request } from '../../lib/shared/request';
import type { TeamView } from '../../lib/shared/team-settings';


/** The team's sharing as the background sees it, read again every few seconds while this page is open. Null until first read. */
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
    const timer = setInterval(() => setTick((n) => n + 1), 2000);
    return () => clearInterval(timer);
  }, []);
  const refresh = async () => setTick((n) => n + 1);
  return { view, refresh, error };
}
