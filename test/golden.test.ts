import { describe, expect, it } from 'vitest';
import { Profile } from '../lib/shared/profile';
import { analyzeCorpusPage, loadCorpus } from './eval/corpus';
import { FIELDS, isRight, scorePage } from './eval/score';
import { analyzeSeed, NON_PROFILE_DIR, nonProfilePages, PROFILE_DIR, profilePages } from './golden';

describe('seed pages, field by field against their hand-checked expectations', () => {
  it('has the four product seeds and the published-template fixtures', () => {
    expect(profilePages()).toEqual(['000-vetted-talent.html', '001-portfolio.html', '002-resume.html', '003-cv.html', '004-template-resume.html', '005-json-resume.html', '006-personal-portfolio.html']);
  });

  for (const page of loadCorpus([PROFILE_DIR])) {
    describe(page.file, () => {
      const { profile, detection } = analyzeCorpusPage(page);
      const checks = scorePage(page.expected, detection, profile);
      it('is a valid Profile', () => expect(Profile.parse(profile)).toEqual(profile));
      for (const field of FIELDS) {
        const mine = checks.filter((c) => c.field === field);
        if (mine.length) it(field, () => expect(mine.filter((c) => !isRight(c))).toEqual([]));
      }
    });
  }
});

describe('detection matrix', () => {
  const kinds: Record<string, string> = {
    '000-vetted-talent.html': 'vetted-talent',
    '001-portfolio.html': 'portfolio',
    '002-resume.html': 'resume',
    '003-cv.html': 'resume',
    '004-template-resume.html': 'resume',
    '005-json-resume.html': 'resume',
    '006-personal-portfolio.html': 'portfolio',
  };
  for (const file of profilePages()) {
    it(`${file} is a ${kinds[file]} profile`, () => {
      const { detection } = analyzeSeed(PROFILE_DIR, file);
      expect(detection).toMatchObject({ isProfile: true, kind: kinds[file] });
      expect(detection.confidence).toBeGreaterThanOrEqual(0.5);
    });
  }
  it('has non-profile pages of every kind the product must ignore', () => {
    expect(nonProfilePages()).toEqual(['blog-post.html', 'documentation.html', 'job-posting.html', 'team-page.html']);
  });
  for (const file of nonProfilePages()) {
    it(`${file} is not a profile`, () => {
      const { detection } = analyzeSeed(NON_PROFILE_DIR, file);
      expect(detection).toEqual({ isProfile: false, kind: 'unknown', confidence: detection.confidence });
      expect(detection.confidence).toBeLessThan(0.5);
    });
  }
});

describe('facts every seed must keep', () => {
  it('vetted-talent: the screening, the skills with years, the whole work history', () => {
    const { profile } = analyzeSeed(PROFILE_DIR, '000-vetted-talent.html');
    expect(profile.name).toBe('Sudeep Gupta');
    expect(profile.yearsOfExperience).toBe(15.25);
    expect(profile.assessment).toEqual({
      score: 61,
      maxScore: 100,
      role: 'Staff, Software Engineer (SRE)',
      skillsAssessed: ['Ansible', 'ArgoCD', 'BuildKite', 'Chef', 'CircleCI', 'Puppet', 'Spinakker', 'DevOps', 'SRE', 'Terraform', 'AWS', 'Docker', 'Jenkins', 'Kubernetes', 'System Design'],
    });
    const years = Object.fromEntries(profile.skills.filter((s) => s.years !== null).map((s) => [s.name, s.years]));
    expect(years).toEqual({ Hadoop: 6, Python: 10, Kubernetes: 6, Prometheus: 4, Terraform: 4, Grafana: 4, Docker: 6 });
    // "Argo CD" and "ArgoCD", "Apache Airflow" and "Airflow" are one skill each.
    expect(profile.skills.filter((s) => s.name === 'ArgoCD')).toHaveLength(1);
    expect(profile.skills.filter((s) => s.name === 'Airflow')).toHaveLength(1);
    expect(profile.skills.find((s) => s.raw === 'Google Cloud')?.name).toBe('GCP');
    expect(profile.experience.map((e) => [e.title, e.company, e.start, e.end])).toEqual([
      ['Lead Site Reliability Engineer', 'Avalara', '2024-03', 'present'],
      ['Lead Site Reliability Engineer Cloud Infrastructure Platform', 'Avalara', null, null],
      ['Senior Infrastructure Engineer', 'FARFETCH', '2020-04', '2024-03'],
      ['Infrastructure Engineer', 'FARFETCH', '2020-04', '2022-04'],
      ['Associate', 'BlackRock', '2017-07', '2020-04'],
      ['Senior Data Engineer', 'Fractal', '2016-10', '2017-07'],
      ['Data Engineer', 'Fractal', '2016-01', '2016-10'],
      ['Data Scientist and Technical Lead', 'Stealth Mode Start-up', '2015-01', '2016-01'],
    ]);
    expect(profile.achievements).toHaveLength(8);
    expect(profile.projects.map((p) => p.name)).toEqual(['Automating SRE Compliance', 'Context-Aware Template Rendering Engine', 'Airflow Platform', 'Low Latency/Interactive Analytics Data Lake Platform']);
    expect(profile.interests).toEqual(['Watching Movies', 'Photography', 'Walking', 'Reading', 'Cooking', 'Writing']);
    expect(profile.education.map((e) => [e.institution, e.degree, e.end])).toEqual([
      ['IIIT-Delhi', 'Master of Technology', '2014'],
      ['GGSIPU', 'Bachelor of Technology', '2012'],
    ]);
    expect(profile.warnings).toEqual([]);
  });

  it('cv: both date problems are reported, nothing else', () => {
    const { profile } = analyzeSeed(PROFILE_DIR, '003-cv.html');
    expect(profile.warnings).toHaveLength(2);
    expect(profile.warnings[0]).toMatch(/Doctoral Researcher at INRIA.*end date \(2012-12\) is before the start date \(2019-12\)/);
    expect(profile.warnings[1]).toMatch(/Master Research Intern at INRIA.*2019-03/);
    expect(profile.experience).toHaveLength(10);
    expect(profile.experience[0]).toMatchObject({ title: 'Staff Software Engineer', company: 'Stripe', start: '2020-12', end: 'present' });
  });

  it('resume: contacts, several date ranges on one line, education with its field', () => {
    const { profile } = analyzeSeed(PROFILE_DIR, '002-resume.html');
    expect(profile.emails).toEqual(['ravi.prakash@example.com']);
    expect(profile.phones).toEqual(['+91 90000 00000']);
    expect(profile.links.map((l) => l.label)).toEqual(expect.arrayContaining(['Github', 'LinkedIn', 'Blog']));
    expect(profile.experience.at(-1)).toMatchObject({ title: 'Software Engineer Intern', company: 'Constems AI Systems', location: 'IIM Lucknow', start: '2017-05', end: '2017-12' });
    expect(profile.education[0]).toMatchObject({ institution: 'NSIT', degree: 'Bachelor in Engineering', field: 'Computer Engineering', start: '2014', end: '2018' });
    expect(profile.skills.find((s) => s.raw === 'Postgres')?.name).toBe('PostgreSQL');
    expect(profile.skills.find((s) => s.raw === 'Golang')?.name).toBe('Go');
    expect(profile.skills.find((s) => s.raw === 'NodeJS')?.name).toBe('Node.js');
  });

  it('portfolio: the role, its projects and the technologies', () => {
    const { profile } = analyzeSeed(PROFILE_DIR, '001-portfolio.html');
    expect(profile.experience).toEqual([expect.objectContaining({ title: 'Machine Learning Engineer', company: 'CARS24', start: '2021-09', end: '2024-04', location: 'Gurgaon, India' })]);
    expect(profile.projects).toHaveLength(10);
    expect(profile.achievements).toEqual(['Rookie Award Q3 2022']);
    expect(profile.skills.filter((s) => s.source === 'skills')).toHaveLength(22);
  });
});
