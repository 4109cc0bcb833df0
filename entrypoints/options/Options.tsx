import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { DataPanel } from './DataPanel';
import { Workspace } from './Workspace';
import { draftOf, RoleEditor, type RoleDraftState } from '../../components/RoleEditor';
import { SettingsForm } from '../../components/SettingsForm';
import { SiteList } from '../../components/SiteList';
import { database } from '../../lib/extension/db/db';
import { useReadOnly } from '../../components/useReadOnly';
import { liveRoles } from '../../lib/extension/db/reads';
import { newId } from '../../lib/shared/ids';
import { readSettings, resetSettings, updateSettings } from '../../lib/extension/db/repository';
import { request } from '../../lib/shared/request';
import { TeamPanel } from '../../components/TeamPanel';
import { sitePattern } from '../../lib/extension/permissions/site-pattern';
import { useTeam } from './useTeam';
import { useLivePort } from './useLivePort';
import { browser } from 'wxt/browser';
import type { Role } from '../../lib/shared/records';

const db = database();

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
  useLivePort();
  const [tab, setTab] = useState<Tab>(tabFromHash);
  useEffect(() => {
    const on = () => setTab(tabFromHash());
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  // Read live, as the workspace reads candidates: a change made anywhere (the popup, the panel,
  // "Delete everything", an import) shows here without a reload.
  const stored = useLiveQuery(() => readSettings(db), []);
  const settings = stored?.settings ?? null;
  const roles = useLiveQuery(() => liveRoles(db), []) ?? [];
  const readOnly = useReadOnly();
  const [editing, setEditing] = useState<RoleDraftState | null>(null);
  // Closing the role editor (saved or cancelled) puts focus back on "New role", not the top of the page.
  const newRole = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    if (!editing && wasEditing.current) newRole.current?.focus();
    wasEditing.current = editing !== null;
  }, [editing]);
  const [error, setError] = useState<string | null>(null);

  const save = async (draft: RoleDraftState): Promise<string | null> => {
    const now = new Date().toISOString();
    const existing = roles.find((r) => r.id === draft.id);
    // The background stamps author and time as it stores the role.
    const role: Role = { id: draft.id ?? newId(), title: draft.title.trim(), required: draft.required, niceToHave: draft.niceToHave, minYearsExperience: draft.minYearsExperience, createdAt: existing?.createdAt ?? now, updatedAt: now, author: settings?.displayName ?? '', deletedAt: null };
    const r = await request({ type: 'role:save', role });
    if (!r.ok) return r.error;
    setEditing(null);
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
      {readOnly && (
        <p role="alert" className="error">
          {readOnly}
        </p>
      )}
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
            {roles.length === 0 && <p className="muted">No roles yet. Add the role you are hiring for, or draft one from a job description, to see each candidate's skill gap.</p>}
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
                        if (confirm(`Delete the role “${r.title}”? Saved candidates keep their scores.`)) void request({ type: 'role:delete', roleId: r.id }).then((x) => !x.ok && setError(x.error));
                      }}
                    >
                      Delete
                    </button>
                  </div>
                </li>
              ))}
            </ul>
            <button ref={newRole} type="button" className="primary" onClick={() => setEditing(draftOf(null))}>
              New role
            </button>
          </>
        )}
      </section>
      )}
      {tab === 'settings' && stored?.problem && (
        <div role="alert" className="error">
          <p>{stored.problem}</p>
          <button type="button" onClick={() => void resetSettings(db).catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)))}>
            Reset the settings to the defaults
          </button>
        </div>
      )}
      {tab === 'settings' && settings && (
        <section aria-labelledby="look">
          <h2 id="look">Your name, highlights and skills</h2>
          <SettingsForm
            colors={settings.highlightColors}
            aliases={settings.skillAliases}
            displayName={settings.displayName}
            onSave={(highlightColors, skillAliases, displayName) =>
              updateSettings(db, { highlightColors, skillAliases, displayName }).then(
                () => null,
                (err: unknown) => (err instanceof Error ? err.message : String(err)),
              )
            }
          />
        </section>
      )}
      {tab === 'settings' && <TeamSection onError={setError} />}
      {tab === 'settings' && (
      <section aria-labelledby="sites">
        <h2 id="sites">Sites analysed automatically</h2>
        {settings && (
          <SiteList
            sites={settings.autoSites}
            onRemove={(origin) => void request({ type: 'site:disable', origin }).then((r) => !r.ok && setError(r.error))}
          />
        )}
      </section>
      )}
    </main>
  );
}

/** Settings → Team: sharing candidates with a team through its own CouchDB. */
function TeamSection({ onError }: { onError(message: string): void }) {
  const team = useTeam();
  const replyOf = async <T,>(p: Promise<{ ok: true; value: T } | { ok: false; error: string }>): Promise<T> => {
    const r = await p;
    if (!r.ok) throw new Error(r.error);
    return r.value;
  };
  return (
    <section aria-labelledby="team">
      <h2 id="team">Team sharing</h2>
      {team.error && <p role="alert" className="error">{team.error}</p>}
      {team.view && (
        <TeamPanel
          view={team.view}
          onPermission={(origin) => browser.permissions.request({ origins: [sitePattern(origin)] })}
          onCheck={(settings) => replyOf(request({ type: 'team:check', settings }))}
          onStart={async (settings) => {
            const r = await replyOf(request({ type: 'team:start', settings }));
            await team.refresh();
            return r;
          }}
          onStop={async () => {
            await replyOf(request({ type: 'team:stop' }));
            await team.refresh();
          }}
          onSync={() => replyOf(request({ type: 'team:sync' })).then(() => team.refresh(), (err: unknown) => onError(err instanceof Error ? err.message : String(err)))}
        />
      )}
    </section>
  );
}
