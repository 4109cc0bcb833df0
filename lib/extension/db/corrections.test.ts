import { describe, expect, it } from 'vitest';
import { emptyProfile } from '../../shared/empty-profile';
import type { Profile } from '../../shared/profile';
import { correctedProfile, differences } from './corrections';

const page: Profile = {
  ...emptyProfile(),
  name: 'J. Doe',
  headline: 'Engineer',
  location: 'Berlin',
  yearsOfExperience: 4,
  skills: [
    { name: 'Go', raw: 'Golang', years: 2, source: 'skills' },
    { name: 'Java', raw: 'Java', years: null, source: 'text' },
  ],
  experience: [{ title: 'Engineer', company: 'Acme', start: '2021-01', end: 'present', location: null, description: null }],
};

describe('corrections', () => {
  it('win over the page, field by field, and leave the rest as the page says', () => {
    const c = { name: 'Jane Doe', yearsOfExperience: 6, skills: { Go: 5, Kafka: null }, removedSkills: ['Java'], at: '2026-11-28T00:00:00.000Z' };
    const p = correctedProfile(page, c);
    expect(p).toMatchObject({ name: 'Jane Doe', headline: 'Engineer', location: 'Berlin', yearsOfExperience: 6 });
    expect(p.skills.map((s) => [s.name, s.years])).toEqual([['Go', 5], ['Kafka', null]]);
    expect(correctedProfile(page, undefined)).toBe(page);
  });

  it('are shown beside what the page says when they differ', () => {
    const c = { name: 'Jane Doe', headline: 'Engineer', company: 'Acme Labs', skills: { Go: 5, Kafka: null }, removedSkills: ['Java'], at: '2026-11-28T00:00:00.000Z' };
    expect(differences(page, c)).toEqual([
      { label: 'Name', yours: 'Jane Doe', page: 'J. Doe' },
      { label: 'Current company', yours: 'Acme Labs', page: 'Acme' },
      { label: 'Go', yours: '5 years', page: '2 years' },
      { label: 'Kafka', yours: 'listed', page: null },
      { label: 'Java', yours: 'not a skill of theirs', page: 'listed' },
    ]);
  });
});
