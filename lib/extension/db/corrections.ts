import type { Profile, Skill } from '../../shared/profile';
import type { Corrections } from '../../shared/records';

/** The profile with the recruiter's corrections applied: what the gap, exports and summaries use. */
export function correctedProfile(profile: Profile, c: Corrections | undefined): Profile {
  if (!c) return profile;
  const removed = new Set((c.removedSkills ?? []).map((s) => s.toLowerCase()));
  const set = new Map(Object.entries(c.skills ?? {}).map(([name, years]) => [name.toLowerCase(), { name, years }]));
  const skills: Skill[] = profile.skills
    .filter((s) => !removed.has(s.name.toLowerCase()))
    .map((s) => {
      const mine = set.get(s.name.toLowerCase());
      return mine ? { ...s, years: mine.years } : s;
    });
  for (const [key, mine] of set) if (!skills.some((s) => s.name.toLowerCase() === key)) skills.push({ name: mine.name, raw: mine.name, years: mine.years, source: 'skills' });
  return {
    ...profile,
    name: c.name ?? profile.name,
    headline: c.headline ?? profile.headline,
    location: c.location ?? profile.location,
    yearsOfExperience: c.yearsOfExperience ?? profile.yearsOfExperience,
    skills,
  };
}

/** The employer the candidate works for now, as the page says it. */
export function currentCompany(profile: Profile): string | null {
  return (profile.experience.find((e) => e.end === 'present') ?? profile.experience[0])?.company ?? null;
}

export interface FactDifference {
  label: string;
  /** The recruiter's value. */
  yours: string;
  /** What the page says, or null when it says nothing. */
  page: string | null;
}

const years = (n: number | null) => (n === null ? null : `${n} years`);

/** Each corrected fact that differs from the page, with both values, for the panel and the detail to show. */
export function differences(profile: Profile, c: Corrections | undefined): FactDifference[] {
  if (!c) return [];
  const out: FactDifference[] = [];
  const scalar = (label: string, yours: string | undefined, page: string | null) => {
    if (yours !== undefined && yours !== page) out.push({ label, yours, page });
  };
  scalar('Name', c.name, profile.name);
  scalar('Headline', c.headline, profile.headline);
  scalar('Location', c.location, profile.location);
  scalar('Current company', c.company, currentCompany(profile));
  if (c.yearsOfExperience !== undefined) scalar('Experience', years(c.yearsOfExperience)!, years(profile.yearsOfExperience));
  for (const [name, mine] of Object.entries(c.skills ?? {})) {
    const theirs = profile.skills.find((s) => s.name.toLowerCase() === name.toLowerCase());
    const show = (y: number | null) => (y === null ? 'listed' : `${y} years`);
    if (!theirs) out.push({ label: name, yours: show(mine), page: null });
    else if (theirs.years !== mine) out.push({ label: name, yours: show(mine), page: show(theirs.years) });
  }
  for (const name of c.removedSkills ?? []) if (profile.skills.some((s) => s.name.toLowerCase() === name.toLowerCase())) out.push({ label: name, yours: 'not a skill of theirs', page: 'listed' });
  return out;
}
