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

  it('counts the facts a theme\'s demo writes in its fields\' own words ("Your Name", "Company Name", "City, Country")', () => {
    const profile = { ...emptyProfile(), name: 'Your Name', headline: 'Your Job Title', location: 'City, Country', experience: [role('Job Title', 'Company Name')], education: [school('University Name', 'Degree Name')] };
    expect(placeholderFacts(profile)).toBe(7);
    expect(isFillInTemplate(profile)).toBe(true);
    // (A real person's facts that happen to hold such words are none.)
    const real = { ...emptyProfile(), name: 'Jane Name', headline: 'Job Title Analyst at HR Data Co', location: 'Kansas City, Missouri', experience: [role('Company Secretary', 'Name Studio')] };
    expect(placeholderFacts(real)).toBe(0);
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
