import { useState } from 'react';
import { currentCompany, differences } from '../lib/extension/db/corrections';
import type { Profile } from '../lib/shared/profile';
import type { Corrections } from '../lib/shared/records';
import { canonicalSkill } from '../lib/shared/skills/match';

export type Fix = Omit<Corrections, 'at'>;

const TEXT_FIELDS = [
  ['name', 'Name', 200],
  ['headline', 'Headline', 500],
  ['location', 'Location', 200],
  ['company', 'Current company', 200],
] as const;

interface SkillRow {
  name: string;
  years: string;
  /** The page lists it; unticking says it is not the candidate's. */
  onPage: boolean;
  keep: boolean;
}

function pageValue(profile: Profile, field: (typeof TEXT_FIELDS)[number][0]): string {
  return (field === 'company' ? currentCompany(profile) : profile[field]) ?? '';
}

/** The form's rows: the page's skills as corrected, then those the recruiter added. */
function rowsOf(profile: Profile, c: Corrections | undefined): SkillRow[] {
  const removed = new Set((c?.removedSkills ?? []).map((s) => s.toLowerCase()));
  const mine = new Map(Object.entries(c?.skills ?? {}).map(([n, y]) => [n.toLowerCase(), y]));
  const rows: SkillRow[] = profile.skills.map((s) => {
    const years = mine.has(s.name.toLowerCase()) ? mine.get(s.name.toLowerCase())! : s.years;
    return { name: s.name, years: years === null ? '' : String(years), onPage: true, keep: !removed.has(s.name.toLowerCase()) };
  });
  for (const [name, years] of Object.entries(c?.skills ?? {})) {
    if (!profile.skills.some((s) => s.name.toLowerCase() === name.toLowerCase())) rows.push({ name, years: years === null ? '' : String(years), onPage: false, keep: true });
  }
  return rows;
}

/** The corrections the form says: only what differs from the page. */
export function fixOf(profile: Profile, values: Record<string, string>, yearsText: string, rows: SkillRow[]): Fix {
  const fix: Fix = {};
  for (const [field] of TEXT_FIELDS) {
    const v = values[field]!.trim();
    if (v && v !== pageValue(profile, field)) fix[field] = v;
  }
  const years = yearsText.trim() === '' ? null : Number(yearsText);
  if (years !== null && Number.isFinite(years) && years !== profile.yearsOfExperience) fix.yearsOfExperience = years;
  const skills: Record<string, number | null> = {};
  for (const r of rows.filter((r) => r.keep)) {
    const y = r.years.trim() === '' ? null : Number(r.years);
    const theirs = profile.skills.find((s) => s.name === r.name);
    if (!theirs || theirs.years !== y) skills[r.name] = y !== null && Number.isFinite(y) ? y : null;
  }
  if (Object.keys(skills).length) fix.skills = skills;
  const removed = rows.filter((r) => r.onPage && !r.keep).map((r) => r.name);
  if (removed.length) fix.removedSkills = removed;
  return fix;
}

/**
 * Corrects the facts read from the page: name, headline, location, current company, years, and
 * each skill with its years. What the recruiter sets is theirs and stays when the page is read
 * again; each correction is listed beside what the page says.
 */
export function CorrectFacts(props: { profile: Profile; corrections: Corrections | undefined; onSave(fix: Fix | null): Promise<boolean> }) {
  const { profile: p, corrections: c } = props;
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(TEXT_FIELDS.map(([f]) => [f, c?.[f] ?? pageValue(p, f)])));
  const [yearsText, setYearsText] = useState(() => String(c?.yearsOfExperience ?? p.yearsOfExperience ?? ''));
  const [rows, setRows] = useState(() => rowsOf(p, c));
  const [added, setAdded] = useState('');
  const diffs = differences(p, c);
  const setRow = (i: number, patch: Partial<SkillRow>) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  return (
    <details className="correct-facts">
      <summary>Correct the facts{diffs.length ? ` (${diffs.length} corrected)` : ''}</summary>
      {diffs.length > 0 && (
        <ul className="corrections">
          {diffs.map((d) => (
            <li key={d.label}>
              <strong>{d.label}</strong>: {d.yours} <span className="muted">(yours; the page says {d.page ?? 'nothing'})</span>
            </li>
          ))}
        </ul>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const fix = fixOf(p, values, yearsText, rows);
          void props.onSave(Object.keys(fix).length ? fix : null);
        }}
      >
        {TEXT_FIELDS.map(([field, label, max]) => (
          <label key={field} className="field">
            <span>{label}</span>
            <input value={values[field]} maxLength={max} onChange={(e) => setValues((v) => ({ ...v, [field]: e.target.value }))} />
          </label>
        ))}
        <label className="field">
          <span>Years of experience</span>
          <input type="number" min={0} max={80} step="any" value={yearsText} onChange={(e) => setYearsText(e.target.value)} />
        </label>
        <fieldset>
          <legend>Skills</legend>
          <ul className="skill-rows">
            {rows.map((r, i) => (
              <li key={r.name}>
                <label>
                  <input type="checkbox" checked={r.keep} onChange={(e) => setRow(i, { keep: e.target.checked })} /> {r.name}
                </label>
                <label>
                  <span>years</span>
                  <input type="number" min={0} max={60} step="any" value={r.years} aria-label={`Years of ${r.name}`} onChange={(e) => setRow(i, { years: e.target.value })} />
                </label>
              </li>
            ))}
          </ul>
          <label className="field">
            <span>Add a skill</span>
            <input value={added} maxLength={80} onChange={(e) => setAdded(e.target.value)} />
          </label>
          <button
            type="button"
            disabled={!added.trim()}
            onClick={() => {
              const name = canonicalSkill(added.trim()) ?? added.trim();
              if (!rows.some((r) => r.name.toLowerCase() === name.toLowerCase())) setRows((rs) => [...rs, { name, years: '', onPage: false, keep: true }]);
              setAdded('');
            }}
          >
            Add skill
          </button>
        </fieldset>
        <div className="buttons">
          <button type="submit" className="primary">
            Save corrections
          </button>
          {c && (
            <button type="button" onClick={() => void props.onSave(null)}>
              Use the page's facts
            </button>
          )}
        </div>
      </form>
    </details>
  );
}
