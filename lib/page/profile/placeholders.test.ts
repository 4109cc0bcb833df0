import { describe, expect, it } from 'vitest';
import { isFillInTemplate, placeholderFacts } from './placeholders';
import type { Profile } from '../../shared/profile';
import { emptyProfile } from '../../shared/empty-profile';

const school = (institution: string, degree: string | null) => ({ institution, degree, field: null, start: null, end: null, location: null, details: [] }) as Profile['education'][number];
const role = (title: string, company: string) => ({ title, company, start: '2020', end: null, location: null, description: null }) as Profile['experience'][number];

describe('a fill-in template', () => {
  it('counts the facts that are bracketed placeholders, alone or joined by a dash', () => {
    const profile = { ...emptyProfile(), summary: '[Two or three lines: who you are]', education: [school('[University] – [City]', '[Degree in …]')] };
    expect(placeholderFacts(profile)).toBe(3);
    expect(isFillInTemplate(profile)).toBe(true);
  });

  it('is not a CV whose facts merely contain brackets', () => {
    const profile = {
      ...emptyProfile(),
      name: 'Jane Doe',
      summary: 'Backend engineer [open to relocation]',
      experience: [role('Engineer [contract]', 'Acme'), role('[REDACTED]', 'Globex')],
      education: [school('University of Porto [PT]', 'MSc')],
    };
    expect(placeholderFacts(profile)).toBe(1);
    expect(isFillInTemplate(profile)).toBe(false);
  });
});
