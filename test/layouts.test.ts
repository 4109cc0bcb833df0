import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../lib/cli/parse-html';
import { analyzeDocument } from '../lib/profile/extract';
import { SEED_NOW } from './golden';

/**
 * Small pages written for these tests in layouts the seeds do not have: profiles (a networking-site
 * profile, a freelance marketplace profile, an academic CV in a table, a plain bold-and-paragraph
 * resume, a two-row resume of the kind LaTeX templates made popular, a CV as a definition list, a portfolio with a one-line-per-role timeline, skills with years written every way, a minimal design portfolio, a vetted-developer marketplace profile) and pages that mention
 * people, dates and roles without being a profile (a career blog post, a changelog, team cards,
 * conference speakers, meetup events with their speakers, a course page, a company history, a
 * blog's about page, an author page, an encyclopedia biography, a job post without structured data).
 */
const DIR = join(import.meta.dirname, 'fixtures', 'layouts');
const analyze = (file: string) => analyzeDocument(parseHtmlDocument(readFileSync(join(DIR, file), 'utf8')), `https://example.com/${file}`, { now: SEED_NOW });

const KINDS: Record<string, string | null> = {
  'about-blog.html': null,
  'author-page.html': null,
  'bio-wiki.html': null,
  'blog-career.html': null,
  'company-history.html': null,
  'course.html': null,
  'dl-cv.html': 'resume',
  'docs-changelog.html': null,
  'events.html': null,
  'freelancer.html': 'resume',
  'job-nold.html': null,
  'linkedin-like.html': 'resume',
  'portfolio-min.html': 'portfolio',
  'resume-plain.html': 'resume',
  'skills-years.html': 'resume',
  'speakers.html': null,
  'table-resume.html': 'resume',
  'team-cards.html': null,
  'timeline-portfolio.html': 'portfolio',
  'toptal-like.html': 'resume',
  'two-row-resume.html': 'resume',
};

describe('detection on layouts the seeds do not have', () => {
  it('covers every page in the folder', () => {
    expect(readdirSync(DIR).filter((f) => f.endsWith('.html')).sort()).toEqual(Object.keys(KINDS).sort());
  });
  for (const [file, kind] of Object.entries(KINDS)) {
    it(`${file}: ${kind ?? 'not a profile'}`, () => {
      const { detection } = analyze(file);
      if (kind) expect(detection).toMatchObject({ isProfile: true, kind });
      else expect(detection.isProfile).toBe(false);
    });
  }
});

describe('extraction on layouts the seeds do not have', () => {
  it('an academic CV in a table: each date comes before its position', () => {
    const { profile } = analyze('table-resume.html');
    expect(profile.name).toBe('Dr. Helena Weiss');
    expect(profile.experience.map((e) => [e.title, e.company, e.start, e.end])).toEqual([
      ['Professor of Computer Science', 'University of Zurich', '2019', 'present'],
      ['Assistant Professor', 'ETH Zurich', '2014', '2019'],
      ['Postdoctoral Researcher', 'MIT CSAIL', '2012', '2014'],
    ]);
  });

  it('a resume that opens on the name in bold, with degree and school on one line', () => {
    const { profile } = analyze('resume-plain.html');
    expect(profile.name).toBe('Sam Carter');
    expect(profile.education.map((e) => [e.degree, e.institution, e.start, e.end])).toEqual([['B.S. Computer Science', 'Oregon State University', '2013', '2017']]);
    expect(profile.experience.map((e) => [e.start, e.end])).toEqual([
      ['2021', 'present'],
      ['2017', '2021'],
    ]);
  });

  it('a networking-site profile: employer without its employment type, each line in its own role', () => {
    const { profile } = analyze('linkedin-like.html');
    expect(profile.name).toBe('Priya Nair');
    // "Dublin", the first role's place, stands between its dates and the next role: it stays with the first.
    expect(profile.experience.map((e) => [e.title, e.company, e.location, e.start, e.end])).toEqual([
      ['Staff Data Engineer', 'Stripe', 'Dublin', '2021-01', 'present'],
      ['Senior Data Engineer', 'Intercom', null, '2017-03', '2020-12'],
      ['Data Engineer', 'Accenture', null, '2014-07', '2017-02'],
    ]);
    expect(profile.education[0]).toMatchObject({ institution: 'Trinity College Dublin', start: '2012', end: '2014' });
  });

  it('a minimal portfolio: its projects', () => {
    const { profile } = analyze('portfolio-min.html');
    expect(profile.name).toBe('Lee Park');
    expect(profile.projects.map((p) => p.name)).toEqual(['Atlas dashboard', 'Fintech onboarding', 'Design system']);
  });

  it('a two-row resume: title and dates over employer and city, projects with their stack', () => {
    const { profile } = analyze('two-row-resume.html');
    expect(profile.name).toBe('Jordan Lee');
    expect(profile.experience.map((e) => [e.title, e.company, e.location, e.start, e.end])).toEqual([
      ['Site Reliability Engineer', 'Northwind Labs', 'Chicago, IL', '2021-07', 'present'],
      ['Undergraduate Research Assistant', 'Lakeside University', 'Madison, WI', '2019-01', '2021-05'],
    ]);
    expect(profile.experience[0]!.description).toMatch(/^Moved 40 services/);
    expect(profile.education.map((e) => [e.degree, e.field, e.institution, e.location, e.start, e.end])).toEqual([
      ['Bachelor of Science', 'Computer Science, Minor in Statistics', 'Lakeside University', 'Madison, WI', '2017-08', '2021-05'],
    ]);
    expect(profile.projects).toEqual([{ name: 'Pagerbot', description: 'Go, Prometheus, Slack API\nAn on-call assistant that turns Prometheus alerts into Slack threads with their runbooks', url: null }]);
  });

  it('a CV as a definition list: dates as terms, "Title, Employer" as their descriptions', () => {
    const { profile } = analyze('dl-cv.html');
    expect(profile.experience.map((e) => [e.title, e.company, e.start, e.end, e.description])).toEqual([
      ['Senior Backend Developer', 'Allegro', '2020-03', 'present', 'Payments platform in Java and Kotlin on Kubernetes.'],
      ['Backend Developer', 'Comarch', '2016-09', '2020-02', 'Billing systems in Java, Oracle and Kafka.'],
    ]);
    expect(profile.education.map((e) => [e.degree, e.institution, e.start, e.end])).toEqual([['MSc in Computer Science', 'AGH University of Science and Technology', '2011', '2016']]);
  });

  it('a portfolio timeline, one line per role; "Freelance" is no employer', () => {
    const { profile } = analyze('timeline-portfolio.html');
    expect(profile.experience.map((e) => [e.title, e.company, e.start, e.end])).toEqual([
      ['Frontend Engineer', 'Vercel', '2022', 'present'],
      ['UI Developer', 'Shopify', '2019', '2022'],
      ['Web Developer', null, '2017', '2019'],
    ]);
    expect(profile.projects.map((p) => p.name)).toEqual(['a11y-lint', 'Color contrast checker']);
  });

  it('skills with years however they are written, and a tools table with a years column', () => {
    const { profile } = analyze('skills-years.html');
    expect(Object.fromEntries(profile.skills.filter((s) => s.source === 'skills' || s.source === 'tools').map((s) => [s.name, s.years]))).toEqual({
      Python: 5,
      Go: 3,
      Kubernetes: 4,
      Terraform: 2,
      AWS: 3,
      Docker: 6,
      PostgreSQL: 4,
      Kafka: 1.5,
      Ansible: 3,
      Jenkins: 5,
    });
  });

  it('the vetted-talent layout with another person, and without its screening and summary cards', () => {
    const seed = readFileSync(join(import.meta.dirname, '..', 'seeds', 'profiles', '000-vetted-talent.html'), 'utf8');
    const variant = seed
      .split(/(?=<section class="sc-card">)/)
      .filter((card) => !/<h2>(Vetted For|Professional Summary)<\/h2>/.test(card))
      .join('')
      .replaceAll('Sudeep Gupta', 'Anita Rao')
      .replaceAll('Avalara', 'Zalando')
      .replaceAll(/FARFETCH|Farfetch/g, 'Spotify')
      .replaceAll('15.25', '9.5')
      .replaceAll('- 6 Years', '- 3 Years');
    const { detection, profile } = analyzeDocument(parseHtmlDocument(variant), 'https://talent.example.com/p/anita', { now: SEED_NOW });
    expect(detection).toMatchObject({ isProfile: true, kind: 'vetted-talent' });
    expect([profile.name, profile.headline, profile.yearsOfExperience, profile.assessment]).toEqual(['Anita Rao', 'Lead Site Reliability Engineer', 9.5, null]);
    expect(Object.fromEntries(profile.skills.filter((s) => s.years !== null).map((s) => [s.name, s.years]))).toEqual({ Hadoop: 3, Python: 10, Kubernetes: 3, Prometheus: 4, Terraform: 4, Grafana: 4, Docker: 3 });
    expect(profile.experience.map((e) => e.company)).toEqual(['Zalando', 'Zalando', 'Spotify', 'Spotify', 'BlackRock', 'Fractal', 'Fractal', 'Stealth Mode Start-up']);
    // The layout moved: the adapter says which landmarks are gone.
    expect(profile.warnings).toEqual([
      'vetted-talent layout: the "Vetted For" section was not found; the page may have changed',
      'vetted-talent layout: an AI screening result was not found; the page may have changed',
      'vetted-talent layout: a "Score: N/100" line was not found; the page may have changed',
    ]);
  });
});
