import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../lib/cli/parse-html';
import { analyzeDocument } from '../lib/page/profile/extract';
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
    expect(profile.education.map((e) => [e.degree, e.field, e.institution, e.start, e.end])).toEqual([['MSc', 'Computer Science', 'AGH University of Science and Technology', '2011', '2016']]);
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

});
