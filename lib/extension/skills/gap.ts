import { coveredMonths } from '../../shared/months';
import type { Experience, Profile, Skill } from '../../shared/profile';
import { namesOf, type Role, type RoleSkill } from '../../shared/role';
import { PRACTICES, ROWS_OF } from './alternatives';
import { findSkills } from '../../shared/skills/match';
import type { Corrections } from '../../shared/records';
import { correctedProfile } from '../db/corrections';

export type GapStatus = 'matched' | 'partial' | 'missing';

export interface GapEvidence {
  /** The candidate's skill as it appears on the page. */
  skill: string;
  raw: string;
  /** Where the page shows it, in a recruiter's words. */
  where: string;
  years: number | null;
  yearsFrom: 'stated' | 'work history' | null;
  /** Which evidence gave the years, or why none were credited: "stated on the skill", "2 roles that work with it: …". */
  yearsBasis: string;
}

export interface RequiredResult {
  skill: RoleSkill;
  status: GapStatus;
  /** Why this status, in one phrase: "6 years stated", "near match: Puppet", "4 of 5 years". */
  reason: string;
  /** For a near match, why the candidate's skill stands in for the asked one (the alternatives table's row). */
  nearBecause?: string;
  evidence: GapEvidence | null;
}

export interface NiceResult {
  skill: RoleSkill;
  found: boolean;
  evidence: GapEvidence | null;
}

export interface Gap {
  roleId: string;
  roleTitle: string;
  required: RequiredResult[];
  niceToHave: NiceResult[];
  /** 0 to 100: each required skill counts once, matched 1 and partial ½, whatever the page repeats. */
  score: number;
  counts: Record<GapStatus, number>;
  /** The role's minimum experience overall against the candidate's years; null when the role sets none. */
  experience: { want: number; have: number | null; met: boolean | null } | null;
}

const WHERE: Record<Skill['source'], string> = {
  skills: 'skills list',
  tools: 'tools list',
  experience: 'work history',
  text: 'profile text',
};

const lower = (s: string) => s.toLowerCase();

/**
 * How the candidate measures against the role. Pure: the same profile and role always give the
 * same gap. Years come from the page's own skill years, or else from the dates of the roles that
 * work with the skill (see useIn); the evidence says which.
 */
export function computeGap(profile: Profile, role: Role, now: Date = new Date()): Gap {
  const bySkill = new Map(profile.skills.map((s) => [lower(s.name), s]));
  const direct = role.required.map((want) => judge(want, profile, bySkill, now));
  // The candidate's skills, best evidence first, each lower-cased once for every near-match search.
  const ranked = [...profile.skills].sort((a, b) => rank(a) - rank(b)).map((skill) => ({ skill, name: lower(skill.name) }));
  const near = assignNearMatches(direct.map((r, i) => (r ? [] : namesOf(role.required[i]!).flatMap((name) => nearCandidates(name, ranked)))));
  const required = direct.map((r, i): RequiredResult => {
    if (r) return r;
    const want = role.required[i]!;
    const match = near[i];
    if (!match) return { skill: want, status: 'missing', reason: 'not on the page', evidence: null };
    return { skill: want, status: 'partial', reason: `near match: ${match.skill.name}`, nearBecause: `${match.skill.name} is near ${want.name}: ${match.because}`, evidence: evidenceFor(match.skill, profile, now) };
  });
  const niceToHave = role.niceToHave.map((want) => {
    const have = firstHeld(want, bySkill);
    return { skill: want, found: !!have, evidence: have ? evidenceFor(have, profile, now) : null };
  });
  const counts = { matched: 0, partial: 0, missing: 0 };
  for (const r of required) counts[r.status]++;
  const score = required.length ? Math.round(((counts.matched + counts.partial / 2) / required.length) * 100) : 0;
  const want = role.minYearsExperience ?? null;
  const experience = want === null ? null : { want, have: profile.yearsOfExperience, met: profile.yearsOfExperience === null ? null : profile.yearsOfExperience >= want };
  return { roleId: role.id, roleTitle: role.title, required, niceToHave, score, counts, experience };
}

/** The requirement met by the skill itself, or null when only a near match (or nothing) could meet it. */
function judge(want: RoleSkill, profile: Profile, bySkill: Map<string, Skill>, now: Date): RequiredResult | null {
  const have = firstHeld(want, bySkill);
  if (!have) return null;
  const evidence = evidenceFor(have, profile, now);
  // Met by one of its alternatives ("Redux or Zustand"): say which.
  const via = lower(have.name) === lower(want.name) ? '' : `as ${have.name}: `;
  if (want.minYears !== null && evidence.years !== null && evidence.years < want.minYears) {
    return { skill: want, status: 'partial', reason: `${via}${fmt(evidence.years)} of ${fmt(want.minYears)} years`, evidence };
  }
  const reason = evidence.years !== null ? `${fmt(evidence.years)} years ${evidence.yearsFrom === 'stated' ? 'stated' : 'in work history'}` : want.minYears !== null ? 'present, years not shown' : `in ${evidence.where}`;
  return { skill: want, status: 'matched', reason: via + reason, evidence };
}

/** The candidate's skill that meets the requirement: its own name first, then its alternatives. */
function firstHeld(want: RoleSkill, bySkill: Map<string, Skill>): Skill | undefined {
  return namesOf(want).map((n) => bySkill.get(lower(n))).find((s) => s !== undefined);
}

/** The names a cloud's own services go by ("Amazon EKS", "Cloud Run", "Azure Functions"). */
const PLATFORM_PREFIXES: Record<string, string[]> = {
  aws: ['amazon ', 'aws '],
  gcp: ['google ', 'cloud ', 'gcp '],
  azure: ['azure ', 'microsoft azure'],
};

interface NearCandidate {
  skill: Skill;
  because: string;
}

/**
 * The candidate's skills that could stand in for the asked one, best first: a service of the asked
 * platform ("AWS Lambda" for "AWS"), or a genuine alternative from the table. A practice is never
 * near a tool, nor a tool near a practice.
 */
function nearCandidates(name: string, ranked: { skill: Skill; name: string }[]): NearCandidate[] {
  const key = lower(name);
  const practice = PRACTICES.has(key);
  const rows = ROWS_OF.get(key) ?? [];
  const prefixes = [`${key} `, ...(PLATFORM_PREFIXES[key] ?? [])];
  const seen = new Set<string>();
  const found: NearCandidate[] = [];
  for (const { skill: s, name: other } of ranked) {
    if (other === key || seen.has(other) || PRACTICES.has(other) !== practice) continue;
    seen.add(other);
    if (!practice && (prefixes.some((p) => other.startsWith(p)) || other.endsWith(` ${key}`))) {
      found.push({ skill: s, because: `a service or edition of ${name}` });
      continue;
    }
    const row = rows.find((r) => r.lowered.has(other));
    if (row) found.push({ skill: s, because: row.reason });
  }
  return found;
}

/**
 * One piece of evidence supports at most one near match: each of the candidate's skills is given to
 * one requirement, so that as many requirements as possible get one (a bipartite matching, earlier
 * requirements and better evidence first). One "Cloud Build" no longer makes three CI servers partial.
 */
function assignNearMatches(options: NearCandidate[][]): (NearCandidate | null)[] {
  const holder = new Map<string, number>();
  const chosen: (NearCandidate | null)[] = options.map(() => null);
  const tryAssign = (i: number, visited: Set<string>): boolean => {
    for (const option of options[i]!) {
      const key = lower(option.skill.name);
      if (visited.has(key)) continue;
      visited.add(key);
      const current = holder.get(key);
      if (current === undefined || tryAssign(current, visited)) {
        holder.set(key, i);
        chosen[i] = option;
        return true;
      }
    }
    return false;
  };
  options.forEach((_, i) => tryAssign(i, new Set()));
  return chosen;
}

function rank(s: Skill): number {
  return { skills: 0, tools: 1, experience: 2, text: 3 }[s.source] - (s.years ?? 0) / 100;
}

function evidenceFor(have: Skill, profile: Profile, now: Date): GapEvidence {
  const base = { skill: have.name, raw: have.raw };
  if (have.years !== null) return { ...base, where: WHERE[have.source], years: have.years, yearsFrom: 'stated', yearsBasis: `stated with the skill (${have.raw})` };
  const uses = profile.experience.map((role) => ({ role, use: useIn(have.name, role) })).filter((u) => u.use !== null);
  const working = uses.filter((u) => u.use !== 'mentioned once');
  const ranges = working.filter((u) => u.role.start && u.role.end).map((u) => ({ start: u.role.start!, end: u.role.end! }));
  const months = ranges.length ? coveredMonths(ranges, now) : 0;
  const first = uses[0]?.role;
  const where = first ? `work history: ${label(first)}` : WHERE[have.source];
  if (months) {
    const roles = working.map((u) => `${label(u.role)} (${u.use})`).join('; ');
    return { ...base, where, years: Math.round((months / 12) * 10) / 10, yearsFrom: 'work history', yearsBasis: `the dates of ${working.length === 1 ? 'the role' : `${working.length} roles`} that work with it: ${roles}` };
  }
  const yearsBasis = uses.length ? `no years: only mentioned once in ${uses.length === 1 ? 'a role' : `${uses.length} roles`}, which does not show how long it was used` : 'no years shown on the page';
  return { ...base, where, years: null, yearsFrom: null, yearsBasis };
}

/**
 * A role's own stack line: "Tech used - Go, Kafka", "Technologies: …", "Environment: …". What it
 * names was the role's daily work, not a passing mention.
 */
const STACK_LINE = /\b(?:tech(?:nolog(?:y|ies))?(?: stack| used)?|stack|tools(?: used)?|environment|tooling|built with)\s*[:\-–—]\s*(.+)$/i;

type Use = 'in the title' | 'in its stack' | 'in several of its lines' | 'mentioned once';

/**
 * How a role works with a skill: named in its title or its stack line, or in two or more of its
 * lines, credits the role's dates to the skill; a single mention in a bullet does not.
 */
function useIn(skill: string, role: Experience): Use | null {
  const key = lower(skill);
  const read = readRole(role);
  if (read.title.has(key)) return 'in the title';
  const lines = read.lines.filter((l) => l.has(key)).length;
  if (!lines) return null;
  if (read.stack.has(key)) return 'in its stack';
  return lines >= 2 ? 'in several of its lines' : 'mentioned once';
}

interface RoleSkills {
  title: Set<string>;
  /** The skills of each line, and of each sentence of a paragraph: "several" means separate statements, not one list. */
  lines: Set<string>[];
  stack: Set<string>;
}

/** Each role's skills, read once per role object: a gap asks about every requirement, exports about every candidate. */
const readRoles = new WeakMap<Experience, RoleSkills>();
function readRole(role: Experience): RoleSkills {
  let read = readRoles.get(role);
  if (!read) {
    const skillsOf = (text: string) => new Set(findSkills(text).map((m) => lower(m.canonical)));
    const lines = (role.description ?? '').split(/\n|(?<=[.;!?])\s+(?=\p{Lu})/u);
    read = {
      title: skillsOf(role.title ?? ''),
      lines: lines.map(skillsOf),
      stack: new Set(lines.flatMap((l) => [...skillsOf(STACK_LINE.exec(l)?.[1] ?? '')])),
    };
    readRoles.set(role, read);
  }
  return read;
}

function label(role: Experience): string {
  return [role.title, role.company].filter(Boolean).join(' at ') || 'a role';
}

/**
 * A saved candidate's match against a role: the page's profile with the recruiter's corrections.
 * Every surface (the panel, popup, workspace, exports and the stored score) computes it here.
 */
export function gapOfCandidate(profile: Profile, corrections: Corrections | undefined, role: Role, now: Date = new Date()): Gap {
  return computeGap(correctedProfile(profile, corrections), role, now);
}

/** The whole judgement of one requirement, for a tooltip: why this status, and which evidence gave the years. */
export function explain(r: RequiredResult): string {
  const lines = [`${r.skill.name}: ${r.reason}`];
  if (r.nearBecause) lines.push(r.nearBecause);
  if (r.evidence) lines.push(`Seen in the ${r.evidence.where.replace(/^work history: /, 'work history, ')} as "${r.evidence.raw}"`, `Years: ${r.evidence.yearsBasis}`);
  return lines.join('\n');
}

/** "Experience: 6 years, the role asks 5+" in a recruiter's words. */
export function experienceLine(e: NonNullable<Gap['experience']>): string {
  if (e.have === null) return `Experience: not shown on the page; the role asks ${fmt(e.want)}+ years`;
  return `Experience: ${fmt(e.have)} years, the role asks ${fmt(e.want)}+${e.met ? '' : ' (short)'}`;
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1).replace(/\.0$/, '');
}
