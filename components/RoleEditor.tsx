import { useState } from 'react';
import { roleFromText } from '../lib/extension/roles/from-text';
import type { Role, RoleSkill } from '../lib/shared/role';
import { canonicalSkill } from '../lib/shared/skills/match';

export interface RoleDraftState {
  id: string | null;
  title: string;
  required: RoleSkill[];
  niceToHave: RoleSkill[];
  minYearsExperience: number | null;
}

export const draftOf = (role: Role | null): RoleDraftState =>
  role
    ? { id: role.id, title: role.title, required: role.required, niceToHave: role.niceToHave, minYearsExperience: role.minYearsExperience ?? null }
    : { id: null, title: '', required: [], niceToHave: [], minYearsExperience: null };

/** "React or Vue.js": a requirement and the alternatives that meet it as well. */
const skillLabel = (s: RoleSkill) => [s.name, ...(s.anyOf ?? [])].join(' or ');

/**
 * Edits a role: its title, required skills with optional minimum years, and nice-to-haves. A pasted
 * job description drafts the skills with the same dictionary as profiles; everything stays editable
 * until Save.
 */
export function RoleEditor({ initial, onSave, onCancel }: { initial: RoleDraftState; onSave(draft: RoleDraftState): Promise<string | null>; onCancel(): void }) {
  const [draft, setDraft] = useState(initial);
  const [jd, setJd] = useState('');
  const [newSkill, setNewSkill] = useState('');
  const [error, setError] = useState<string | null>(null);
  const set = (patch: Partial<RoleDraftState>) => setDraft((d) => ({ ...d, ...patch }));
  const add = (list: 'required' | 'niceToHave') => {
    const name = canonicalSkill(newSkill.trim()) ?? newSkill.trim();
    if (!name) return;
    if ([...draft.required, ...draft.niceToHave].flatMap((s) => [s.name, ...(s.anyOf ?? [])]).some((n) => n.toLowerCase() === name.toLowerCase())) return setError(`${name} is already in this role.`);
    set({ [list]: [...draft[list], { name, minYears: null }] });
    setNewSkill('');
    setError(null);
  };

  return (
    <form
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onCancel();
        }
      }}
      className="role-editor"
      aria-label={draft.id ? `Edit role ${draft.title}` : 'New role'}
      onSubmit={(e) => {
        e.preventDefault();
        void onSave(draft).then(setError);
      }}
    >
      <label className="field">
        <span>Title</span>
        <input value={draft.title} onChange={(e) => set({ title: e.target.value })} required maxLength={200} autoFocus />
      </label>

      <details open={!draft.id}>
        <summary>Draft from a job description</summary>
        <label className="field">
          <span>Paste the job description</span>
          <textarea value={jd} rows={6} onChange={(e) => setJd(e.target.value)} />
        </label>
        <button
          type="button"
          disabled={!jd.trim()}
          onClick={() => {
            const d = roleFromText(jd);
            setDraft((cur) => ({ ...cur, title: cur.title || d.title, required: d.required, niceToHave: d.niceToHave, minYearsExperience: d.minYearsExperience }));
          }}
        >
          Draft skills from this text
        </button>
      </details>

      <label className="field">
        <span>Minimum years of experience overall</span>
        <input
          type="number"
          min={0}
          max={60}
          step={0.5}
          value={draft.minYearsExperience ?? ''}
          onChange={(e) => set({ minYearsExperience: e.target.value === '' ? null : Number(e.target.value) })}
        />
      </label>

      <fieldset>
        <legend>Required skills</legend>
        {draft.required.length === 0 && <p className="muted">None yet.</p>}
        <ul className="skill-rows">
          {draft.required.map((s, i) => (
            <li key={s.name}>
              <span className="skill-name">{skillLabel(s)}</span>
              <label>
                <span>min. years</span>
                <input
                  type="number"
                  min={0}
                  max={60}
                  step={0.5}
                  value={s.minYears ?? ''}
                  aria-label={`Minimum years of ${skillLabel(s)}`}
                  onChange={(e) => set({ required: draft.required.map((r, j) => (j === i ? { ...r, minYears: e.target.value === '' ? null : Number(e.target.value) } : r)) })}
                />
              </label>
              <button type="button" aria-label={`Remove ${skillLabel(s)}`} onClick={() => set({ required: draft.required.filter((_, j) => j !== i) })}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      </fieldset>

      <fieldset>
        <legend>Nice to have</legend>
        {draft.niceToHave.length === 0 && <p className="muted">None yet.</p>}
        <ul className="skill-rows">
          {draft.niceToHave.map((s, i) => (
            <li key={s.name}>
              <span className="skill-name">{skillLabel(s)}</span>
              <button type="button" aria-label={`Remove ${skillLabel(s)}`} onClick={() => set({ niceToHave: draft.niceToHave.filter((_, j) => j !== i) })}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      </fieldset>

      <div className="add-skill">
        <label className="field">
          <span>Add a skill</span>
          <input value={newSkill} onChange={(e) => setNewSkill(e.target.value)} maxLength={80} placeholder="e.g. k8s, Postgres, Terraform" />
        </label>
        <button type="button" onClick={() => add('required')} disabled={!newSkill.trim()}>
          Add as required
        </button>
        <button type="button" onClick={() => add('niceToHave')} disabled={!newSkill.trim()}>
          Add as nice to have
        </button>
      </div>

      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="buttons">
        <button type="submit" className="primary" disabled={!draft.title.trim() || draft.required.length === 0}>
          Save role
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
