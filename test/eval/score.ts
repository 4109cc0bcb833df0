import { canonicalSkill } from '../../lib/shared/skills/match';
import type { Detection, Profile } from '../../lib/shared/profile';
import type { Expectation, ExpectedRole, ExpectedSchool } from './expectation';

/** The fields the scoreboard reports, in its order. */
export const FIELDS = [
  'detection', 'kind', 'name', 'headline', 'location', 'years', 'emails', 'phones', 'links',
  'skills', 'skill years', 'experience', 'experience.title', 'experience.company', 'experience.start',
  'experience.end', 'experience.location', 'education', 'education.institution', 'education.degree', 'assessment',
] as const;
export type Field = (typeof FIELDS)[number];

/**
 * One checked fact. tp: the expected value was found; tn: nothing was expected and nothing found;
 * fn: the expected value is missing; fp: something reported that the page does not support;
 * wrong: a value was reported where another was expected (a miss and a false report at once).
 */
export type Outcome = 'tp' | 'tn' | 'fn' | 'fp' | 'wrong';
export interface Check {
  field: Field;
  outcome: Outcome;
  expected: unknown;
  actual: unknown;
}

export const isRight = (c: Check) => c.outcome === 'tp' || c.outcome === 'tn';

/** Case, spacing, dash and quote variants, and punctuation around the text, do not count. */
export function normText(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‐‑‒–—−]/g, '-')
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/^[\s\p{P}]+|[\s.,;:!?·|•–-]+$/gu, '')
    .trim();
}

type Text = string | string[] | null | undefined;
const forms = (t: Text): string[] => (t === null || t === undefined ? [] : Array.isArray(t) ? t : [t]);
const sameText = (expected: Text, actual: string | null): boolean => actual !== null && forms(expected).some((f) => normText(f) === normText(actual));

function scalar(field: Field, expected: Text, actual: string | null): Check {
  const none = forms(expected).length === 0;
  const outcome: Outcome = none ? (actual === null ? 'tn' : 'fp') : actual === null ? 'fn' : sameText(expected, actual) ? 'tp' : 'wrong';
  return { field, outcome, expected: expected ?? null, actual };
}

/** Every expected item found is a tp, every missing one an fn; every reported item the page does not support an fp. */
function set(field: Field, expected: string[], actual: string[], key: (s: string) => string, allowed: string[] = []): Check[] {
  const want = new Map(expected.map((e) => [key(e), e]));
  const ok = new Set([...want.keys(), ...allowed.map(key)]);
  const got = new Map(actual.map((a) => [key(a), a]));
  const checks: Check[] = [];
  for (const [k, e] of want) checks.push({ field, outcome: got.has(k) ? 'tp' : 'fn', expected: e, actual: got.get(k) ?? null });
  for (const [k, a] of got) if (!ok.has(k)) checks.push({ field, outcome: 'fp', expected: null, actual: a });
  if (!checks.length) checks.push({ field, outcome: 'tn', expected: [], actual: [] });
  return checks;
}

const digits = (s: string) => s.replace(/\D/g, '');
const lower = (s: string) => s.trim().toLowerCase();

export function urlKey(s: string): string {
  try {
    const u = new URL(s);
    return `${u.hostname.replace(/^www\./, '').toLowerCase()}${u.pathname.replace(/\/+$/, '')}${u.search}`;
  } catch {
    return s.trim().toLowerCase().replace(/\/+$/, '');
  }
}

/** A skill by its canonical name where the dictionary knows it, as written otherwise. */
// "Amazon Web Services (AWS)": a skill written with its abbreviation is the skill.
export const skillKey = (s: string) => normText(canonicalSkill(s) ?? canonicalSkill(s.replace(/\s*\([^()]*\)$/, '')) ?? s);

/** Order-preserving alignment of expected entries with extracted ones, maximising matched fields. */
export function align<E, A>(expected: E[], actual: A[], similarity: (e: E, a: A) => number): (number | null)[] {
  const n = expected.length;
  const m = actual.length;
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const s = similarity(expected[i]!, actual[j]!);
      best[i]![j] = Math.max(best[i + 1]![j]!, best[i]![j + 1]!, s > 0 ? s + best[i + 1]![j + 1]! : 0);
    }
  }
  const out: (number | null)[] = new Array<number | null>(n).fill(null);
  for (let i = 0, j = 0; i < n && j < m; ) {
    const s = similarity(expected[i]!, actual[j]!);
    if (s > 0 && best[i]![j] === s + best[i + 1]![j + 1]!) out[i++] = j++;
    else if (best[i]![j] === best[i + 1]![j]) i++;
    else j++;
  }
  return out;
}

type Role = Profile['experience'][number];
type School = Profile['education'][number];

function roleSimilarity(e: ExpectedRole, a: Role): number {
  const text = (x: Text, y: string | null) => (x !== undefined && y !== null && sameText(x, y) ? 1 : 0);
  const named = text(e.title, a.title) + text(e.company, a.company);
  const dated = (e.start !== undefined && e.start === a.start ? 1 : 0) + (e.end !== undefined && e.end === a.end ? 1 : 0);
  // A pair must share a name, or both its dates.
  return named || dated === 2 ? named * 2 + dated : 0;
}

function schoolSimilarity(e: ExpectedSchool, a: School): number {
  return (e.institution !== undefined && sameText(e.institution, a.institution) ? 1 : 0) + (e.degree !== undefined && sameText(e.degree, degreeAsWritten(e.degree, a)) ? 1 : 0);
}

/** The extracted degree, or the degree with its field in the form the expectation writes, when that is how the page has it. */
function degreeAsWritten(expected: Text, a: School): string | null {
  if (!a.degree || !a.field) return a.degree;
  const joined = [`${a.degree} in ${a.field}`, `${a.degree} ${a.field}`, `${a.degree}, ${a.field}`, `${a.degree} of ${a.field}`, `${a.degree} - ${a.field}`, `${a.degree} – ${a.field}`];
  return joined.find((j) => sameText(expected, j)) ?? a.degree;
}

function entries<E extends object, A>(
  field: Field,
  expected: E[],
  actual: A[],
  similarity: (e: E, a: A) => number,
  fields: [Field, (e: E) => Text | undefined, (a: A, e: E) => string | null][],
  describe: (a: A) => string,
): Check[] {
  const pairs = align(expected, actual, similarity);
  const checks: Check[] = [];
  pairs.forEach((j, i) => {
    const e = expected[i]!;
    const a = j === null ? null : actual[j]!;
    checks.push({ field, outcome: a ? 'tp' : 'fn', expected: e, actual: a && describe(a) });
    for (const [f, want, got] of fields) {
      const w = want(e);
      if (w === undefined) continue;
      checks.push(scalar(f, w, a ? got(a, e) : null));
      // An entry that was never found cannot have reported a wrong value: its fields are misses.
      if (!a && w !== null) checks[checks.length - 1]!.outcome = 'fn';
    }
  });
  const used = new Set(pairs.filter((j) => j !== null));
  actual.forEach((a, j) => {
    if (!used.has(j)) checks.push({ field, outcome: 'fp', expected: null, actual: describe(a) });
  });
  if (!expected.length && !actual.length) checks.push({ field, outcome: 'tn', expected: [], actual: [] });
  return checks;
}

/** Every check of one page's extraction against its expectation. */
export function scorePage(exp: Expectation, detection: Detection, profile: Profile): Check[] {
  const checks: Check[] = [];
  const detected = detection.isProfile;
  checks.push({ field: 'detection', outcome: exp.isProfile ? (detected ? 'tp' : 'fn') : detected ? 'fp' : 'tn', expected: exp.isProfile, actual: detected });
  if (!exp.isProfile) return checks;
  if (exp.kind) checks.push({ field: 'kind', outcome: exp.kind === detection.kind ? 'tp' : 'wrong', expected: exp.kind, actual: detection.kind });
  if (exp.name !== undefined) checks.push(scalar('name', exp.name, profile.name));
  if (exp.headline !== undefined) checks.push(scalar('headline', exp.headline, profile.headline));
  if (exp.location !== undefined) checks.push(scalar('location', exp.location, profile.location));
  if (exp.yearsOfExperience !== undefined) {
    const e = exp.yearsOfExperience;
    const a = profile.yearsOfExperience;
    const outcome: Outcome = e === null ? (a === null ? 'tn' : 'fp') : a === null ? 'fn' : Math.abs(a - e) < 0.05 ? 'tp' : 'wrong';
    checks.push({ field: 'years', outcome, expected: e, actual: a });
  }
  if (exp.emails) checks.push(...set('emails', exp.emails, profile.emails, lower));
  if (exp.phones) checks.push(...set('phones', exp.phones, profile.phones, digits));
  if (exp.links) checks.push(...set('links', exp.links, profile.links.map((l) => l.url), urlKey));
  if (exp.skills) {
    checks.push(...set('skills', exp.skills, profile.skills.map((s) => s.name), skillKey, exp.skillsMentioned ?? []));
  }
  if (exp.skillYears) {
    const years = new Map(profile.skills.map((s) => [skillKey(s.name), s.years]));
    for (const [skill, want] of Object.entries(exp.skillYears)) {
      const got = years.get(skillKey(skill)) ?? null;
      const outcome: Outcome = got === null ? 'fn' : Math.abs(got - want) < 0.05 ? 'tp' : 'wrong';
      checks.push({ field: 'skill years', outcome, expected: `${skill}: ${want}`, actual: got === null ? null : `${skill}: ${got}` });
    }
  }
  if (exp.experience) {
    checks.push(
      ...entries('experience', exp.experience, profile.experience, roleSimilarity, [
        ['experience.title', (e) => e.title, (a) => a.title],
        ['experience.company', (e) => e.company, (a) => a.company],
        ['experience.start', (e) => e.start, (a) => a.start],
        ['experience.end', (e) => e.end, (a) => a.end],
        ['experience.location', (e) => e.location, (a) => a.location],
      ], (a) => [a.title, a.company, a.start && `${a.start}–${a.end ?? '?'}`].filter(Boolean).join(' · ')),
    );
  }
  if (exp.education) {
    checks.push(
      ...entries('education', exp.education, profile.education, schoolSimilarity, [
        ['education.institution', (e) => e.institution, (a) => a.institution],
        // The degree as the page writes it may include its field ("MSc in Computer Science").
        ['education.degree', (e) => e.degree, (a, e) => degreeAsWritten(e.degree, a)],
      ], (a) => [a.degree, a.institution].filter(Boolean).join(' · ')),
    );
  }
  if (exp.assessment !== undefined) {
    const e = exp.assessment;
    const a = profile.assessment;
    const same = e && a && a.score === e.score && a.maxScore === e.maxScore;
    const outcome: Outcome = e === null ? (a === null ? 'tn' : 'fp') : a === null ? 'fn' : same ? 'tp' : 'wrong';
    checks.push({ field: 'assessment', outcome, expected: e, actual: a && { score: a.score, maxScore: a.maxScore } });
  }
  return checks;
}

export interface FieldScore {
  field: Field;
  checks: number;
  right: number;
  precision: number | null;
  recall: number | null;
}

/** Precision, recall and accuracy per field over many pages' checks. */
export function scoreboard(checks: Check[]): FieldScore[] {
  return FIELDS.map((field) => {
    const mine = checks.filter((c) => c.field === field);
    const count = (o: Outcome) => mine.filter((c) => c.outcome === o).length;
    const [tp, fp, fn, wrong] = [count('tp'), count('fp'), count('fn'), count('wrong')];
    const ratio = (a: number, b: number) => (b ? a / b : null);
    return { field, checks: mine.length, right: mine.filter(isRight).length, precision: ratio(tp, tp + fp + wrong), recall: ratio(tp, tp + fn + wrong) };
  });
}
