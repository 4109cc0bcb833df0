import { describe, expect, it } from 'vitest';
import { type Detection, type Profile } from '../../lib/shared/profile';
import { emptyProfile } from '../../lib/shared/empty-profile';
import type { Expectation } from './expectation';
import { align, normText, scoreboard, scorePage, skillKey, urlKey } from './score';

const found: Detection = { isProfile: true, kind: 'resume', confidence: 0.9 };
const base: Expectation = { layout: 't', source: 's', isProfile: true };
const profile = (p: Partial<Profile>): Profile => ({ ...emptyProfile(), ...p });
const role = (title: string | null, company: string | null, start: string | null = null, end: string | null = null) =>
  ({ title, company, start, end, location: null, description: null }) as Profile['experience'][number];

describe('scorePage', () => {
  it('counts a silent non-profile right and a detected one as a false positive', () => {
    const exp = { ...base, isProfile: false };
    expect(scorePage(exp, { isProfile: false, kind: 'unknown', confidence: 0.1 }, emptyProfile()).map((c) => c.outcome)).toEqual(['tn']);
    expect(scorePage(exp, found, emptyProfile()).map((c) => c.outcome)).toEqual(['fp']);
  });

  it('compares text without case, spacing or trailing punctuation, and accepts any listed form', () => {
    const checks = scorePage({ ...base, name: ['Li Ming', '李明'], headline: 'Senior  Engineer', location: null }, found, profile({ name: '李明', headline: 'senior engineer.', location: 'Mars' }));
    expect(checks.slice(1).map((c) => [c.field, c.outcome])).toEqual([['name', 'tp'], ['headline', 'tp'], ['location', 'fp']]);
  });

  it('scores skills both ways through the alias dictionary: a listed one missing, an unsupported one reported', () => {
    const p = profile({ skills: ['Kubernetes', 'Go', 'Redis', 'Jekyll'].map((name) => ({ name, raw: name, years: name === 'Go' ? 6 : null, source: 'skills' as const })) });
    const checks = scorePage({ ...base, skills: ['k8s', 'Golang', 'Terraform'], skillsMentioned: ['Redis'], skillYears: { Go: 5 } }, found, p);
    const skills = checks.filter((c) => c.field === 'skills').map((c) => [c.outcome, c.expected ?? c.actual]);
    expect(skills).toEqual([['tp', 'k8s'], ['tp', 'Golang'], ['fn', 'Terraform'], ['fp', 'Jekyll']]);
    expect(checks.find((c) => c.field === 'skill years')?.outcome).toBe('wrong');
  });

  it('aligns roles in order, scores each field, and counts roles the page does not have', () => {
    const exp = { ...base, experience: [{ title: 'Staff Engineer', company: 'Acme', start: '2021-03', end: 'present' as const }, { title: 'Engineer', company: 'Initech', start: '2018' }] };
    const got = profile({ experience: [role('Staff Engineer', 'Acme', '2021-03', '2024-01'), role('Speaker', 'Conf', '2019', '2019'), role('Engineer', 'Initech', '2018', '2020')] });
    const checks = scorePage(exp, found, got).filter((c) => c.field.startsWith('experience'));
    expect(checks.map((c) => [c.field, c.outcome])).toEqual([
      ['experience', 'tp'], ['experience.title', 'tp'], ['experience.company', 'tp'], ['experience.start', 'tp'], ['experience.end', 'wrong'],
      ['experience', 'tp'], ['experience.title', 'tp'], ['experience.company', 'tp'], ['experience.start', 'tp'],
      ['experience', 'fp'],
    ]);
  });

  it('counts every field of a role that was never found as a miss', () => {
    const checks = scorePage({ ...base, experience: [{ title: 'CTO', company: 'Acme' }] }, found, emptyProfile());
    expect(checks.slice(1).map((c) => c.outcome)).toEqual(['fn', 'fn', 'fn']);
  });
});

describe('scoreboard', () => {
  it('gives precision and recall per field, a wrong value counting against both', () => {
    const checks = scorePage({ ...base, name: 'A B', headline: 'X', location: 'Y', emails: ['a@example.com'] }, found, profile({ name: 'A B', headline: 'Z', emails: ['a@example.com', 'b@example.com'] }));
    const board = Object.fromEntries(scoreboard(checks).map((f) => [f.field, [f.precision, f.recall]]));
    expect(board.name).toEqual([1, 1]);
    expect(board.headline).toEqual([0, 0]);
    expect(board.location).toEqual([null, 0]);
    expect(board.emails).toEqual([0.5, 1]);
  });
});

describe('keys', () => {
  it('normalises text, URLs and skills', () => {
    expect(normText(' Jane  DOE. ')).toBe('jane doe');
    expect(normText('Site Reliability Engineer – Platform')).toBe('site reliability engineer - platform');
    expect(urlKey('https://www.GitHub.com/jane/')).toBe(urlKey('http://github.com/jane'));
    expect(skillKey('Postgres')).toBe(skillKey('PostgreSQL'));
    expect(skillKey('C++')).not.toBe(skillKey('C'));
    expect(skillKey('Amazon Web Services (AWS)')).toBe(skillKey('AWS'));
  });

  it('align keeps order and leaves unmatched entries out', () => {
    expect(align([1, 2, 3], [2, 9, 3], (a, b) => (a === b ? 1 : 0))).toEqual([null, 0, 2]);
  });
});
