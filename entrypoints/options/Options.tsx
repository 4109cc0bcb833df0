import { useCallback, useEffect, useState } from 'react';
import { DataPanel } from './DataPanel';
import { Workspace } from './Workspace';
import { draftOf, RoleEditor, type RoleDraftState } from '../../components/RoleEditor';
import { SettingsForm } from '../../components/SettingsForm';
import { SiteList } from '../../components/SiteList';
import { database } from '../../lib/extension/db/db';
import { updateSettings } from '../../lib/extension/db/repository';
import { request } from '../../lib/shared/request';
import type { Role, Settings } from '../../lib/shared/records';

type Tab = 'candidates' | 'roles' | 'settings' | 'data';
const TABS: [Tab, string][] = [
  ['candidates', 'Candidates'],
  ['roles', 'Roles'],
  ['settings', 'Settings'],
  ['data', 'Data'],
];
const tabFromHash = (): Tab => (TABS.find(([t]) => `#${t}` === location.hash)?.[0] ?? 'candidates');

/** The workspace: candidates, roles, settings and data, one section at a time (the URL hash remembers which). */
export function Options() {
  const [tab, setTab] = useState<Tab>(tabFromHash);
  useEffect(() => {
    const on = () => setTab(tabFromHash());
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [roles, setRoles] = useState<Role[]>([]);
  const [editing, setEditing] = useState<RoleDraftState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    void request({ type: 'settings:get' }).then((r) => (r.ok ? setSettings(r.value) : setError(r.error)));
    void request({ type: 'roles:list' }).then((r) => (r.ok ? setRoles(r.value) : setError(r.error)));
  }, []);
  useEffect(load, [load]);

  const save = async (draft: RoleDraftState): Promise<string | null> => {
    const now = new Date().toISOString();
    const existing = roles.find((r) => r.id === draft.id);
    const role: Role = { id: draft.id ?? crypto.randomUUID(), title: draft.title.trim(), required: draft.required, niceToHave: draft.niceToHave, minYearsExperience: draft.minYearsExperience, createdAt: existing?.createdAt ?? now, updatedAt: now };
    const r = await request({ type: 'role:save', role });
    if (!r.ok) return r.error;
    setEditing(null);
    load();
    return null;
  };

  return (
    <main>
      <header className="top">
        <h1>Skillmark</h1>
        <nav aria-label="Workspace sections">
          {TABS.map(([t, label]) => (
            <a key={t} href={`#${t}`} aria-current={tab === t ? 'page' : undefined}>
              {label}
            </a>
          ))}
        </nav>
      </header>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {tab === 'candidates' && <Workspace onError={setError} />}
      {tab === 'data' && <DataPanel onError={setError} />}
      {tab === 'roles' && (
      <section aria-labelledby="roles">
        <h2 id="roles">Roles you are hiring for</h2>
        {editing ? (
          <RoleEditor initial={editing} onSave={save} onCancel={() => setEditing(null)} />
        ) : (
          <>
            <ul className="roles">
              {roles.map((r) => (
                <li key={r.id}>
                  <div>
                    <strong>{r.title}</strong>
                    <span className="muted">
                      {' '}
                      · {r.required.length} required, {r.niceToHave.length} nice to have
                    </span>
                  </div>
                  <div className="buttons">
                    <button type="button" onClick={() => setEditing(draftOf(r))} aria-label={`Edit ${r.title}`}>
                      Edit
                    </button>
                    <button
                      type="button"
                      aria-label={`Delete ${r.title}`}
                      onClick={() => {
                        if (confirm(`Delete the role “${r.title}”? Saved candidates keep their scores.`)) void request({ type: 'role:delete', roleId: r.id }).then((x) => (x.ok ? load() : setError(x.error)));
                      }}
                    >
                      Delete
                    </button>
                  </div>
                </li>
              ))}
            </ul>
            <button type="button" className="primary" onClick={() => setEditing(draftOf(null))}>
              New role
            </button>
          </>
        )}
      </section>
      )}
      {tab === 'settings' && settings && (
        <section aria-labelledby="look">
          <h2 id="look">Highlights and skills</h2>
          <SettingsForm
            colors={settings.highlightColors}
            aliases={settings.skillAliases}
            onSave={(highlightColors, skillAliases) =>
              updateSettings(database(), { highlightColors, skillAliases }).then(
                (next) => (setSettings(next), null),
                (err: unknown) => (err instanceof Error ? err.message : String(err)),
              )
            }
          />
        </section>
      )}
      {tab === 'settings' && (
      <section aria-labelledby="sites">
        <h2 id="sites">Sites analysed automatically</h2>
        {settings && (
          <SiteList
            sites={settings.autoSites}
            onRemove={(origin) => void request({ type: 'site:disable', origin }).then((r) => (r.ok ? load() : setError(r.error)))}
          />
        )}
      </section>
      )}
    </main>
  );
}
