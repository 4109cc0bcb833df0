import Papa from 'papaparse';
import type { Profile, Skill } from '../../shared/profile';
import type { Candidate, Note, Role, Snapshot } from '../../shared/records';
import { computeGap } from '../skills/gap';
import { correctedProfile } from '../db/corrections';

/**
 * A cell a spreadsheet may read as a formula (OWASP CSV injection): one whose first character, after
 * any whitespace, is = + - @ or a fullwidth form of them (East Asian Excel takes those as formulas
 * too), or whose leading whitespace holds a tab or carriage return.
 */
const FORMULA_START = /^\s*[=+\-@＝＋－＠\t\r]/u;

/**
 * Digits, spaces, + - ( ) . and an optional extension: a phone number or a plain number. Without
 * letters or = ! | " a spreadsheet can at most compute arithmetic from it, never call a function
 * or reach another cell or program, so it is left as written.
 */
const PLAIN_NUMBER = /^[\d\p{Zs}+\-().]+(?:,?\p{Zs}*(?:ext\.?|extension|x)\p{Zs}*\d{1,6}\p{Zs}*)?$/iu;

/** A cell a spreadsheet shows as text: one that could start a formula gains a leading apostrophe. */
export function guardCell(value: string): string {
  if (!FORMULA_START.test(value)) return value;
  return PLAIN_NUMBER.test(value) && /\d/.test(value) ? value : `'${value}`;
}

export const CSV_COLUMNS = [
  'name', 'headline', 'current_company', 'location', 'email', 'phone', 'profile_url', 'stage', 'rating', 'tags',
  'role', 'match_score', 'years_experience', 'top_skills', 'first_seen', 'last_seen', 'notes',
] as const;
export type CsvRow = Record<(typeof CSV_COLUMNS)[number], string>;

/** One row per candidate with what recruiters paste into a spreadsheet or an ATS; notes joined. */
export function candidateRows(candidates: Candidate[], notesOf: (id: string) => Note[], roles: Role[], snapshotOf: (id: string) => Snapshot | undefined = () => undefined, now = new Date()): CsvRow[] {
  const roleById = new Map(roles.map((r) => [r.id, r]));
  return candidates.map((c) => {
    const snapshot = snapshotOf(c.id);
    const profile = snapshot ? correctedProfile(snapshot.profile, c.corrections) : undefined;
    const role = c.roleId ? roleById.get(c.roleId) : undefined;
    return {
    name: c.name ?? '',
    headline: c.headline ?? '',
    current_company: c.company ?? '',
    location: c.location ?? (profile ? locationOf(profile) : null) ?? '',
    email: c.emails[0] ?? '',
    phone: c.phone ?? '',
    profile_url: c.pageUrl,
    stage: c.stage,
    rating: c.rating === null ? '' : String(c.rating),
    tags: c.tags.join('; '),
    role: role?.title ?? '',
    match_score: c.matchScore === null ? '' : String(c.matchScore),
    years_experience: c.yearsOfExperience === null ? '' : String(c.yearsOfExperience),
    // With the snapshot at hand, skills are ordered by relevance and carry their stated years.
    top_skills: (profile ? topSkills(profile, role, now).map((s) => (s.years !== null ? `${s.name} (${s.years}y)` : s.name)) : c.skills.slice(0, TOP_SKILLS)).join('; '),
    first_seen: c.firstSeen,
    last_seen: c.lastSeen,
    notes: notesOf(c.id).map((n) => n.body).join('\n---\n'),
    };
  });
}

/**
 * Excel reads a CSV file as UTF-8 only when it starts with a byte order mark; without one it takes
 * the system code page, and "José", "王小明" and en dashes arrive garbled.
 */
export const UTF8_BOM = '\uFEFF';

/** The CSV as a file to download: the byte order mark once, before the header. */
export function csvFile(csv: string): string {
  return UTF8_BOM + csv.replace(/^\uFEFF+/, '');
}

const TOP_SKILLS = 15;

/**
 * The skills a recruiter looks for first: those that meet the candidate's role, then those that
 * partly meet it (too few years, or a near match), each in the role's order; then the rest by
 * stated years, most first, page order among equals.
 */
function topSkills(profile: Profile, role: Role | undefined, now: Date): Skill[] {
  const byName = new Map(profile.skills.map((s) => [s.name.toLowerCase(), s]));
  const lead = new Set<Skill>();
  if (role) {
    const required = computeGap(profile, role, now).required;
    for (const status of ['matched', 'partial'] as const) {
      for (const r of required) {
        const skill = r.status === status && r.evidence ? byName.get(r.evidence.skill.toLowerCase()) : undefined;
        if (skill) lead.add(skill);
      }
    }
  }
  const rest = profile.skills.filter((s) => !lead.has(s)).sort((a, b) => (b.years ?? -1) - (a.years ?? -1));
  return [...lead, ...rest].slice(0, TOP_SKILLS);
}

/**
 * Where the candidate is: the profile's own location, else where their current role is. Some pages
 * state it only on the role ("Lead SRE, Acme, Gurugram"), which left the column empty.
 */
function locationOf(profile: Profile): string | null {
  return profile.location ?? profile.experience.find((x) => x.end === 'present' && x.location)?.location ?? null;
}

/** CSV text (with a header row) for the rows, every cell guarded against formula injection. */
export function rowsToCsv(rows: CsvRow[], header = true): string {
  const data = rows.map((r) => CSV_COLUMNS.map((k) => guardCell(r[k])));
  return Papa.unparse({ fields: header ? [...CSV_COLUMNS] : [], data }, { header, newline: '\r\n', quotes: false, escapeFormulae: false });
}
