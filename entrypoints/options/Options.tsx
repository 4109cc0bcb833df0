import { useCallback, useEffect, useState } from 'react';
import { SiteList } from '../../components/SiteList';
import { request } from '../../lib/messaging/client';
import type { Settings } from '../../lib/db/records';

export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    void request({ type: 'settings:get' }).then((r) => (r.ok ? setSettings(r.value) : setError(r.error)));
  }, []);
  useEffect(load, [load]);
  return (
    <main>
      <h1>Skillmark settings</h1>
      <section aria-labelledby="sites">
        <h2 id="sites">Sites analysed automatically</h2>
        {settings && (
          <SiteList
            sites={settings.autoSites}
            onRemove={(origin) => void request({ type: 'site:disable', origin }).then((r) => (r.ok ? load() : setError(r.error)))}
          />
        )}
      </section>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </main>
  );
}
