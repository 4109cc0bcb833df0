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
  const evidence = evidenceReader(profile, now);
  const direct = role.required.map((want) => judge(want, bySkill, evidence));
  const ranked = rankedSkills(profile.skills);
  const near = assignNearMatches(direct.map((r, i) => (r ? [] : nearOptions(role.required[i]!, ranked))));
  const required = direct.map((r, i): RequiredResult => {
    if (r) return r;
    const want = role.required[i]!;
    const match = near[i];
    if (!match) return { skill: want, status: 'missing', reason: 'not on the page', evidence: null };
    return { skill: want, status: 'partial', reason: `near match: ${match.skill.name}`, nearBecause: `${match.skill.name} is near ${want.name}: ${match.because}`, evidence: evidence(match.skill) };
  });
  const niceToHave = role.niceToHave.map((want) => {
    const have = firstHeld(want, bySkill);
    return { skill: want, found: !!have, evidence: have ? evidence(have) : null };
  });
  const counts = { matched: 0, partial: 0, missing: 0 };
  for (const r of required) counts[r.status]++;
  const score = required.length ? Math.round(((counts.matched + counts.partial / 2) / required.length) * 100) : 0;
  const want = role.minYearsExperience ?? null;
  const experience = want === null ? null : { want, have: profile.yearsOfExperience, met: profile.yearsOfExperience === null ? null : profile.yearsOfExperience >= want };
  return { roleId: role.id, roleTitle: role.title, required, niceToHave, score, counts, experience };
}

/** The requirement met by the skill itself, or null when only a near match (or nothing) could meet it. */
function judge(want: RoleSkill, bySkill: Map<string, Skill>, evidenceOf: (have: Skill) => GapEvidence): RequiredResult | null {
  const have = firstHeld(want, bySkill);
  if (!have) return null;
  const evidence = evidenceOf(have);
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
  const names = loweredNames(want);
  for (let i = 0; i < names.length; i++) {
    const have = bySkill.get(names[i]!);
    if (have) return have;
  }
  return undefined;
}

/** A requirement's names, lower-cased once per role skill rather than once per candidate. */
const LOWERED = new WeakMap<RoleSkill, string[]>();
function loweredNames(want: RoleSkill): string[] {
  let names = LOWERED.get(want);
  if (!names) LOWERED.set(want, (names = namesOf(want).map(lower)));
  return names;
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

/** One of the candidate's skills as the near-match search reads it. */
interface RankedSkill {
  skill: Skill;
  name: string;
  practice: boolean;
}

/**
 * The candidate's skills, best evidence first, each name once (lower-cased): read once per gap and
 * shared by every requirement's near-match search.
 */
function rankedSkills(skills: Skill[]): RankedSkill[] {
  const seen = new Set<string>();
  const out: RankedSkill[] = [];
  for (const skill of [...skills].sort((a, b) => rank(a) - rank(b))) {
    const name = lower(skill.name);
    if (seen.has(name)) continue;
    seen.add(name);
    out.push({ skill, name, practice: PRACTICES.has(name) });
  }
  return out;
}

/** What stands in for one asked skill: its platform's prefixes, and each alternative's reason (the table's first row that names it). */
interface NearTable {
  practice: boolean;
  prefixes: string[];
  suffix: string;
  reasons: Map<string, string>;
}

/** The near-match table of each asked skill, built on first use: exports ask it for every candidate. */
const NEAR_TABLES = new Map<string, NearTable>();
function nearTable(key: string): NearTable {
  let table = NEAR_TABLES.get(key);
  if (!table) {
    const reasons = new Map<string, string>();
    for (const row of ROWS_OF.get(key) ?? []) for (const name of row.lowered) if (!reasons.has(name)) reasons.set(name, row.reason);
    table = { practice: PRACTICES.has(key), prefixes: [`${key} `, ...(PLATFORM_PREFIXES[key] ?? [])], suffix: ` ${key}`, reasons };
    NEAR_TABLES.set(key, table);
  }
  return table;
}

/**
 * The candidate's skills that could stand in for the asked one, best first: a service of the asked
 * platform ("AWS Lambda" for "AWS"), or a genuine alternative from the table. A practice is never
 * near a tool, nor a tool near a practice.
 */
function nearOptions(want: RoleSkill, ranked: RankedSkill[]): NearCandidate[] {
  const names = namesOf(want);
  const keys = loweredNames(want);
  return names.flatMap((name, i) => nearCandidates(name, keys[i]!, ranked));
}

function nearCandidates(name: string, key: string, ranked: RankedSkill[]): NearCandidate[] {
  const { practice, prefixes, suffix, reasons } = nearTable(key);
  const found: NearCandidate[] = [];
  for (let i = 0; i < ranked.length; i++) {
    const { skill: s, name: other, practice: otherPractice } = ranked[i]!;
    if (other === key || otherPractice !== practice) continue;
    if (!practice && (startsWithAny(other, prefixes) || other.endsWith(suffix))) {
      found.push({ skill: s, because: `a service or edition of ${name}` });
      continue;
    }
    const because = reasons.get(other);
    if (because !== undefined) found.push({ skill: s, because });
  }
  return found;
}

// Indexed loops, no closure or iterator: this runs for every skill of every candidate in an export.
function startsWithAny(text: string, prefixes: string[]): boolean {
  for (let i = 0; i < prefixes.length; i++) if (text.startsWith(prefixes[i]!)) return true;
  return false;
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

/**
 * The evidence for each of the candidate's skills, worked out once per skill, reading each role's
 * skills once: a gap asks about every requirement and nice-to-have, an export about every candidate.
 */
function evidenceReader(profile: Profile, now: Date): (have: Skill) => GapEvidence {
  const roles = new Map<Experience, RoleSkills>();
  const read = (role: Experience) => {
    let r = roles.get(role);
    if (!r) roles.set(role, (r = readRole(role)));
    return r;
  };
  const found = new Map<Skill, GapEvidence>();
  return (have) => {
    let e = found.get(have);
    if (!e) found.set(have, (e = evidenceFor(have, profile, now, read)));
    return e;
  };
}

function evidenceFor(have: Skill, profile: Profile, now: Date, read: (role: Experience) => RoleSkills): GapEvidence {
  if (have.years !== null) return { skill: have.name, raw: have.raw, where: WHERE[have.source], years: have.years, yearsFrom: 'stated', yearsBasis: `stated with the skill (${have.raw})` };
  const key = lower(have.name);
  const uses = profile.experience.map((role) => ({ role, use: useIn(key, read(role)) })).filter((u) => u.use !== null);
  const working = uses.filter((u) => u.use !== 'mentioned once');
  const ranges = working.filter((u) => u.role.start && u.role.end).map((u) => ({ start: u.role.start!, end: u.role.end! }));
  const months = ranges.length ? coveredMonths(ranges, now) : 0;
  const first = uses[0]?.role;
  const where = first ? `work history: ${label(first)}` : WHERE[have.source];
  if (months) {
    const roles = working.map((u) => `${label(u.role)} (${u.use})`).join('; ');
    return { skill: have.name, raw: have.raw, where, years: Math.round((months / 12) * 10) / 10, yearsFrom: 'work history', yearsBasis: `the dates of ${working.length === 1 ? 'the role' : `${working.length} roles`} that work with it: ${roles}` };
  }
  const yearsBasis = uses.length ? `no years: only mentioned once in ${uses.length === 1 ? 'a role' : `${uses.length} roles`}, which does not show how long it was used` : 'no years shown on the page';
  return { skill: have.name, raw: have.raw, where, years: null, yearsFrom: null, yearsBasis };
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
function useIn(key: string, read: RoleSkills): Use | null {
  if (read.title.has(key)) return 'in the title';
  let lines = 0;
  for (const l of read.lines) if (l.has(key)) lines++;
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

/** The skills a role names in its title, in each of its statements, and in its stack line. */
function readRole(role: Experience): RoleSkills {
  const skillsOf = (text: string) => new Set(findSkills(text).map((m) => lower(m.canonical)));
  const lines = (role.description ?? '').split(/\n|(?<=[.;!?])\s+(?=\p{Lu})/u);
  return {
    title: skillsOf(role.title ?? ''),
    lines: lines.map(skillsOf),
    stack: new Set(lines.flatMap((l) => [...skillsOf(STACK_LINE.exec(l)?.[1] ?? '')])),
  };
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
