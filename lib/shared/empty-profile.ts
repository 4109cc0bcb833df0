import type { Profile } from './profile';

/** A profile with nothing read yet: where extraction starts, and what tests build on. */
export function emptyProfile(): Profile {
  return {
    name: null,
    headline: null,
    location: null,
    summary: null,
    yearsOfExperience: null,
    emails: [],
    phones: [],
    links: [],
    skills: [],
    experience: [],
    education: [],
    projects: [],
    achievements: [],
    certifications: [],
    interests: [],
    assessment: null,
    warnings: [],
  };
}
