import type { Profile } from '../../shared/profile';

/** A JSON Resume (jsonresume.org schema v1) document for one candidate's extracted profile. */
export function toJsonResume(p: Profile, url: string): Record<string, unknown> {
  const current = p.experience.find((e) => e.end === 'present');
  return {
    $schema: 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json',
    basics: {
      name: p.name ?? '',
      label: p.headline ?? current?.title ?? '',
      email: p.emails[0] ?? '',
      phone: p.phones[0] ?? '',
      url,
      summary: p.summary ?? '',
      location: p.location ? { address: p.location } : {},
      profiles: p.links.map((l) => ({ network: l.label, url: l.url })),
    },
    work: p.experience.map((e) => ({
      name: e.company ?? '',
      position: e.title ?? '',
      location: e.location ?? undefined,
      startDate: e.start ?? undefined,
      endDate: e.end && e.end !== 'present' ? e.end : undefined,
      summary: e.description ?? '',
    })),
    education: p.education.map((e) => ({ institution: e.institution ?? '', area: e.field ?? '', studyType: e.degree ?? '', startDate: e.start ?? undefined, endDate: e.end ?? undefined })),
    skills: p.skills.map((s) => ({ name: s.name, ...(s.years !== null ? { level: `${s.years} years` } : {}), keywords: s.raw !== s.name ? [s.raw] : [] })),
    projects: p.projects.map((x) => ({ name: x.name, description: x.description ?? '', ...(x.url ? { url: x.url } : {}) })),
    awards: p.achievements.map((title) => ({ title })),
    certificates: p.certifications.map((name) => ({ name })),
    interests: p.interests.map((name) => ({ name })),
  };
}
