import type { Profile } from '../../shared/profile';
import type { Candidate } from '../../shared/records';

const MAX_SEARCH = 100_000;

/** The candidate fields that come from the profile snapshot. */
export function summaryOf(profile: Profile): Pick<Candidate, 'name' | 'headline' | 'company' | 'location' | 'emails' | 'phone' | 'nameKey' | 'skills' | 'yearsOfExperience'> {
  const current = profile.experience.find((e) => e.end === 'present') ?? profile.experience[0];
  const company = current?.company?.slice(0, 200) ?? null;
  return {
    name: profile.name?.slice(0, 200) ?? null,
    headline: profile.headline?.slice(0, 500) ?? null,
    company,
    location: profile.location?.slice(0, 200) ?? null,
    emails: profile.emails.slice(0, 20),
    phone: profile.phones[0]?.slice(0, 40) ?? null,
    nameKey: profile.name ? `${profile.name}|${company ?? ''}`.toLowerCase().slice(0, 400) : null,
    skills: profile.skills.slice(0, 80).map((s) => s.name.slice(0, 80)),
    yearsOfExperience: profile.yearsOfExperience === null ? null : Math.min(80, profile.yearsOfExperience),
  };
}

/** What search scans, lower-cased once when written, so a query is a substring test per candidate. */
export function searchTextOf(c: Pick<Candidate, 'name' | 'headline' | 'company' | 'skills' | 'tags'>, notes: string[]): string {
  return [c.name, c.headline, c.company, c.skills.join(' '), c.tags.join(' '), ...notes].filter(Boolean).join('\n').toLowerCase().slice(0, MAX_SEARCH);
}
