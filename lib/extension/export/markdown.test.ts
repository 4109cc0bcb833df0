import { describe, expect, it } from 'vitest';
import { analyzeSeed, PROFILE_DIR, SEED_NOW } from '../../../test/golden';
import type { Candidate } from '../../shared/records';
import { DEMO_ROLE } from '../roles/demo';
import { computeGap } from '../skills/gap';
import { toJsonResume } from './json-resume';
import { candidateMarkdown, escapeMarkdown } from './markdown';

const { profile } = analyzeSeed(PROFILE_DIR, '000-vetted-talent.html');
const candidate: Candidate = {
  id: 'https://talent.example.com/sudeep', url: 'https://talent.example.com/sudeep', name: profile.name, headline: profile.headline, company: 'Avalara', location: null, emails: [], phone: null, nameKey: null,
  kind: 'vetted-talent', skills: [], yearsOfExperience: 15.25, notesCount: 1, searchText: '', tags: ['sre'], rating: 4, stage: 'interview', roleId: DEMO_ROLE.id, matchScore: 60,
  firstSeen: '2026-05-01T00:00:00.000Z', lastSeen: '2026-05-02T00:00:00.000Z', updatedAt: '2026-05-02T00:00:00.000Z',
};

describe('Markdown dossier', () => {
  it('escapes what Markdown would act on', () => {
    expect(escapeMarkdown('[click](javascript:alert(1)) *x* <img>')).toBe('\\[click\\]\\(javascript:alert\\(1\\)\\) \\*x\\* \\<img\\>');
  });
  it('has the facts, the match, the history, the notes and annotations', () => {
    const md = candidateMarkdown(candidate, profile, [{ id: 1, candidateId: candidate.id, body: 'Great *Airflow* story', created: '2026-05-02T10:00:00.000Z', updated: '' }], [], DEMO_ROLE, computeGap(profile, DEMO_ROLE, SEED_NOW));
    expect(md).toMatch(/^# Sudeep Gupta\n/);
    expect(md).toContain('- **Stage:** interview');
    expect(md).toContain('- **Screening:** 61/100 (Staff, Software Engineer \\(SRE\\))');
    expect(md).toMatch(/## Match: Staff Software Engineer \\\(SRE\\\) — demo role: \d+%/);
    expect(md).toContain('- **Lead Site Reliability Engineer, Avalara** 2024-03 – present');
    expect(md).toContain('- 2026-05-02: Great \\*Airflow\\* story');
  });
});

describe('JSON Resume', () => {
  it('maps the profile onto the JSON Resume schema', () => {
    const r = toJsonResume(profile, candidate.url) as { basics: { name: string }; work: { name: string; position: string; startDate?: string; endDate?: string }[]; skills: { name: string; level?: string }[]; education: unknown[] };
    expect(r.basics.name).toBe('Sudeep Gupta');
    expect(r.work[0]).toMatchObject({ name: 'Avalara', position: 'Lead Site Reliability Engineer', startDate: '2024-03' });
    expect(r.work[0]!.endDate).toBeUndefined();
    expect(r.skills.find((s) => s.name === 'Python')?.level).toBe('10 years');
    expect(r.education).toHaveLength(2);
  });
});
