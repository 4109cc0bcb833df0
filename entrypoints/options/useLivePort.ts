import { useEffect } from 'react';
import { browser } from 'wxt/browser';
import { LIVE_PORT } from '../../lib/shared/live-port';

/** While this Skillmark page (the workspace, the popup, a panel) is open, team changes travel both ways as they happen. */
export function useLivePort(): void {
  useEffect(() => {
    const port = browser.runtime.connect({ name: LIVE_PORT });
    return () => port.disconnect();
  }, []);
}
