import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../../../cli/parse-html';
import { analyzeDocument } from '../../extract';
import { readPage } from '../../page';
import { recogniseSite } from '..';
import { site } from '../../../../shared/sites/vetted-talent';

const view = (body: string) => readPage(parseHtmlDocument(`<html><body>${body}</body></html>`), 'https://talent.example.com/p/1');
const resume = '<h1>Jane Doe</h1><h2>Experience</h2><h3>Platform Engineer</h3><p>Acme</p><p>Jan 2020 - Present</p><h2>Education</h2><p>BSc Computer Science</p>';
const landmarks = '<span>Vetted Talent</span><p>Years of Experience</p><p>8 years</p><h2>Skillsets</h2><ul><li>Go - 5 Years</li></ul><h2>Vetted For</h2><p>AI Screening</p><p>Score: 70/100</p>';

describe('recogniseSite', () => {
  it('names the layout of a page that has enough of its landmarks', () => {
    expect(recogniseSite(view(landmarks + resume))).toBe('vetted-talent');
  });

  it('names no layout for a page with fewer than three landmarks', () => {
    expect(recogniseSite(view(resume))).toBeNull();
    expect(recogniseSite(view('<span>Vetted Talent</span><h2>Skillsets</h2>' + resume))).toBeNull();
  });
});

describe('the vetted-talent adapter', () => {
  it('the vetted-talent layout with another person, and without its screening and summary cards', () => {
    const seed = readFileSync(join(import.meta.dirname, '..', '..', '..', '..', '..', site.pages[0]), 'utf8');
    const variant = seed
      .split(/(?=<section class="sc-card">)/)
      .filter((card) => !/<h2>(Vetted For|Professional Summary)<\/h2>/.test(card))
      .join('')
      .replaceAll('Sudeep Gupta', 'Anita Rao')
      .replaceAll('Avalara', 'Zalando')
      .replaceAll(/FARFETCH|Farfetch/g, 'Spotify')
      .replaceAll('15.25', '9.5')
      .replaceAll('- 6 Years', '- 3 Years');
    const { detection, profile } = analyzeDocument(parseHtmlDocument(variant), 'https://talent.example.com/p/anita', { now: new Date('2026-05-15T00:00:00Z') });
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
