import { coveredMonths } from '../../shared/months';
import type { Experience, Profile, Skill } from '../../shared/profile';
import type { Role, RoleSkill } from '../../shared/role';
import { FAMILY_OF } from './families';
import { findSkills } from '../../shared/skills/match';

export type GapStatus = 'matched' | 'partial' | 'missing';

export interface GapEvidence {
  /** The candidate's skill as it appears on the page. */
  skill: string;
  raw: string;
  /** Where the page shows it, in a recruiter's words. */
  where: string;
  years: number | null;
  yearsFrom: 'stated' | 'work history' | null;
}

export interface RequiredResult {
  skill: RoleSkill;
  status: GapStatus;
  /** Why this status, in one phrase: "6 years stated", "near match: Puppet", "4 of 5 years". */
  reason: string;
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
 * same gap. Years come from the page's own skill years, or else from the dates of the roles whose
 * title or description mention the skill.
 */
export function computeGap(profile: Profile, role: Role, now: Date = new Date()): Gap {
  const bySkill = new Map(profile.skills.map((s) => [lower(s.name), s]));
  const required = role.required.map((want) => judge(want, profile, bySkill, now));
  const niceToHave = role.niceToHave.map((want) => {
    const have = bySkill.get(lower(want.name));
    return { skill: want, found: !!have, evidence: have ? evidenceFor(have, profile, now) : null };
  });
  const counts = { matched: 0, partial: 0, missing: 0 };
  for (const r of required) counts[r.status]++;
  const score = required.length ? Math.round(((counts.matched + counts.partial / 2) / required.length) * 100) : 0;
  return { roleId: role.id, roleTitle: role.title, required, niceToHave, score, counts };
}

function judge(want: RoleSkill, profile: Profile, bySkill: Map<string, Skill>, now: Date): RequiredResult {
  const have = bySkill.get(lower(want.name));
  if (have) {
    const evidence = evidenceFor(have, profile, now);
    if (want.minYears !== null && evidence.years !== null && evidence.years < want.minYears) {
      return { skill: want, status: 'partial', reason: `${fmt(evidence.years)} of ${fmt(want.minYears)} years`, evidence };
    }
    const reason = evidence.years !== null ? `${fmt(evidence.years)} years ${evidence.yearsFrom === 'stated' ? 'stated' : 'in work history'}` : want.minYears !== null ? 'present, years not shown' : `in ${evidence.where}`;
    return { skill: want, status: 'matched', reason, evidence };
  }
  const near = nearMatch(want.name, profile.skills);
  if (near) return { skill: want, status: 'partial', reason: `near match: ${near.name}`, evidence: evidenceFor(near, profile, now) };
  return { skill: want, status: 'missing', reason: 'not on the page', evidence: null };
}

/** The names a cloud's own services go by ("Amazon EKS", "Cloud Run", "Azure Functions"). */
const PLATFORM_PREFIXES: Record<string, string[]> = {
  aws: ['amazon ', 'aws '],
  gcp: ['google ', 'cloud ', 'gcp '],
  azure: ['azure ', 'microsoft azure'],
};

/** A related skill: one of the same family, or a service of the asked-for platform ("AWS Lambda" for "AWS"). */
function nearMatch(name: string, skills: Skill[]): Skill | null {
  const key = lower(name);
  const families = FAMILY_OF.get(key);
  const ranked = [...skills].sort((a, b) => rank(a) - rank(b));
  const prefixes = [`${key} `, ...(PLATFORM_PREFIXES[key] ?? [])];
  for (const s of ranked) {
    const other = lower(s.name);
    if (prefixes.some((p) => other.startsWith(p)) || other.endsWith(` ${key}`)) return s;
  }
  if (!families) return null;
  for (const s of ranked) {
    const theirs = FAMILY_OF.get(lower(s.name));
    if (theirs && [...theirs].some((f) => families.has(f))) return s;
  }
  return null;
}

function rank(s: Skill): number {
  return { skills: 0, tools: 1, experience: 2, text: 3 }[s.source] - (s.years ?? 0) / 100;
}

function evidenceFor(have: Skill, profile: Profile, now: Date): GapEvidence {
  if (have.years !== null) return { skill: have.name, raw: have.raw, where: WHERE[have.source], years: have.years, yearsFrom: 'stated' };
  const roles = rolesMentioning(have.name, profile.experience);
  const ranges = roles.filter((e) => e.start && e.end).map((e) => ({ start: e.start!, end: e.end! }));
  const months = ranges.length ? coveredMonths(ranges, now) : 0;
  const where = roles.length ? `work history: ${[roles[0]!.title, roles[0]!.company].filter(Boolean).join(' at ')}` : WHERE[have.source];
  return { skill: have.name, raw: have.raw, where, years: months ? Math.round((months / 12) * 10) / 10 : null, yearsFrom: months ? 'work history' : null };
}

function rolesMentioning(skill: string, experience: Experience[]): Experience[] {
  const key = lower(skill);
  return experience.filter((e) => findSkills([e.title, e.description].filter(Boolean).join('\n')).some((m) => lower(m.canonical) === key));
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1).replace(/\.0$/, '');
}
