import { findSkills, type SkillMention } from '../../shared/skills/match';
import type { RoleSkill } from '../../shared/role';
import { ROWS_OF } from '../skills/alternatives';

export interface RoleDraft {
  title: string;
  required: RoleSkill[];
  niceToHave: RoleSkill[];
  /** "5+ years of experience" with no skill named: the role's minimum experience overall. */
  minYearsExperience: number | null;
}

const NICE = /^(nice[- ]to[- ]haves?|bonus( points)?|preferred( qualifications| skills)?|pluses|good to have|desirable|it'?s a plus|extra credit)\b/i;
const REQUIRED = /^(requirements?|required|must[- ]haves?|qualifications|what you('ll)? (need|bring)|who you are|skills|you have|minimum qualifications|basic qualifications)\b/i;
/** A line that is itself nice to have, wherever it stands: "Kubernetes is a plus", "Bonus: GraphQL". */
const NICE_INLINE = /\b(nice[- ]to[- ]have|bonus|(is|are|would be) a (big )?plus|a plus\b|preferred|good to have|desirable|ideally|advantageous|not required)\b/i;
const HEADING = /^[^.]{2,60}:?$/;

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
/** "5+ years", "3-5 yrs", "at least three years", "minimum 2 years". */
const YEARS = /(?:at least |minimum( of)? |min\.? )?(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten)\s*\+?\s*(?:(?:-|–|to)\s*\d+\s*\+?\s*)?(?:yrs?|years?)\b/gi;
/** What may stand between a skill and the years that follow it: "Kubernetes - 3 years", "React (4+ years)". */
const SKILL_THEN_YEARS = /^\s*(?:[-–—:,(]\s*)?(?:experience\s*)?(?:[-–—:,(]\s*)?$/i;
/** Where a clause ends: what follows is no longer what the years are about. */
const CLAUSE_END = /[(;.:!?]|\s[-–—]\s/;
/** Joins two skills into one requirement either meets: "Redux or Zustand", "AWS/GCP", "Python, Go, or Java". */
const OR_JOIN = /^\s*(?:,\s*)?(?:or|and\/or)\s+$|^\s*\/\s*$/i;
const COMMA_JOIN = /^\s*,\s*$/;

interface Group {
  names: string[];
  start: number;
  end: number;
  years: number | null;
}

/**
 * A role drafted from a pasted job description: its skills found with the same dictionary as
 * profiles, sorted into required and nice-to-have by the section or the line they appear in, "X or
 * Y" as one requirement either meets, years put on the skills the years phrase is about, and an
 * overall "N+ years of experience" as the role's minimum experience. The recruiter edits the draft
 * before saving it.
 */
export function roleFromText(text: string): RoleDraft {
  const lines = text.split(/\r?\n/).map((l) => l.replace(/^[\s•*·\-–—]+/, '').trim()).filter(Boolean);
  const title = lines.find((l) => l.length <= 100 && !NICE.test(l) && !REQUIRED.test(l)) ?? 'New role';
  const required = new Map<string, RoleSkill>();
  const nice = new Map<string, RoleSkill>();
  const owner = new Map<string, string>();
  let minYearsExperience: number | null = null;
  let bucket: 'required' | 'nice' = 'required';
  for (const line of lines) {
    if (NICE.test(line)) bucket = 'nice';
    else if (REQUIRED.test(line) && HEADING.test(line.split(':')[0]! + ':')) bucket = 'required';
    const { groups, overallYears } = readLine(line);
    if (overallYears !== null) minYearsExperience = Math.max(minYearsExperience ?? 0, overallYears);
    const here = bucket === 'nice' || NICE_INLINE.test(line) ? 'nice' : 'required';
    for (const g of groups) {
      const names = g.names.filter((n) => {
        const key = n.toLowerCase();
        const was = owner.get(key);
        if (!was) return true;
        // A skill listed as nice to have but required elsewhere is required.
        const single = (list: Map<string, RoleSkill>) => list.get(was)?.name.toLowerCase() === key && !list.get(was)!.anyOf?.length;
        if (here === 'required' && single(nice)) {
          nice.delete(was);
          owner.delete(key);
          return true;
        }
        // Named again with years ("DevOps Engineer", then "5+ yrs of DevOps"): the years count.
        const known = required.get(was);
        if (here === 'required' && known && g.years !== null && known.minYears === null) known.minYears = g.years;
        return false;
      });
      if (!names.length) continue;
      const skill: RoleSkill = { name: names[0]!, minYears: here === 'required' ? g.years : null, ...(names.length > 1 ? { anyOf: names.slice(1) } : {}) };
      const key = names[0]!.toLowerCase();
      for (const n of names) owner.set(n.toLowerCase(), key);
      (here === 'nice' ? nice : required).set(key, skill);
    }
  }
  return { title, required: [...required.values()], niceToHave: [...nice.values()], minYearsExperience };
}

/** One line's requirements (skills joined by "or" as one), with the years each phrase is about. */
function readLine(line: string): { groups: Group[]; overallYears: number | null } {
  const groups = groupAlternatives(line, findSkills(line));
  let overallYears: number | null = null;
  for (const y of line.matchAll(YEARS)) {
    const years = Number(NUMBER_WORDS[y[2]!.toLowerCase()] ?? y[2]);
    if (!(years >= 1 && years <= 40)) continue;
    const at = y.index!;
    const after = at + y[0].length;
    // "Kubernetes - 3 years minimum": the skill just before, with nothing but a separator between.
    const before = groups.filter((g) => g.end <= at && SKILL_THEN_YEARS.test(line.slice(g.end, at))).at(-1);
    if (before) {
      before.years ??= years;
      continue;
    }
    // "3+ years of React and TypeScript (Redux or Zustand)": the skills of the clause that follows.
    const rest = line.slice(after);
    const end = after + (CLAUSE_END.exec(rest)?.index ?? rest.length);
    const about = groups.filter((g) => g.start >= after && g.end <= end);
    if (about.length) for (const g of about) g.years ??= years;
    // "5+ years of experience building services", "3+ years in application security".
    else if (/\bexperience\b/i.test(line) || at === 0) overallYears = Math.max(overallYears ?? 0, years);
  }
  return { groups, overallYears };
}

/**
 * Skills of one line as requirements: a run joined by "or" (or "/") is one requirement either
 * meets, and so is a comma list ending in "or" ("Kafka, Airflow or Spark"), unless the "or" joins
 * two skills of one kind that the skill before them is not ("Python, PyTorch or TensorFlow" is
 * Python, and one of the two frameworks).
 */
function groupAlternatives(line: string, mentions: SkillMention[]): Group[] {
  // Segments: skills joined by "or"; segments are joined to each other by commas, or not at all.
  const segments: SkillMention[][][] = [];
  let run: SkillMention[][] = [];
  for (const m of mentions) {
    const prev = run.at(-1)?.at(-1);
    const between = prev ? line.slice(prev.end, m.start) : '';
    if (prev && OR_JOIN.test(between)) run.at(-1)!.push(m);
    else if (prev && COMMA_JOIN.test(between)) run.push([m]);
    else {
      if (run.length) segments.push(run);
      run = [[m]];
    }
  }
  if (run.length) segments.push(run);
  const groups: Group[] = [];
  for (const commaRun of segments) {
    for (let i = commaRun.length - 2; i >= 0; i--) {
      const [one, next] = [commaRun[i]!, commaRun[i + 1]!];
      if (one.length !== 1 || next.length < 2) continue;
      // The "or" binds a pair of the same kind tighter than the comma before it.
      const pair = next.map((m) => m.canonical);
      if (!sameJob(pair[0]!, pair.slice(1)) || sameJob(one[0]!.canonical, pair)) commaRun.splice(i, 2, [...one, ...next]);
    }
    for (const seg of commaRun) {
      const names = [...new Set(seg.map((m) => m.canonical))].filter((n) => !groups.some((g) => g.names.includes(n)));
      if (names.length) groups.push({ names, start: seg[0]!.start, end: seg.at(-1)!.end, years: null });
    }
  }
  return groups;
}

function sameJob(skill: string, others: string[]): boolean {
  const lower = (s: string) => s.toLowerCase();
  return (ROWS_OF.get(lower(skill)) ?? []).some((row) => others.every((o) => row.members.some((m) => lower(m) === lower(o))));
}
