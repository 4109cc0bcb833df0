import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../cli/parse-html';
import { detectProfile } from './extract';

const page = (ld: object, body: string) =>
  parseHtmlDocument(`<html><head><title>Page</title><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body>${body}</body></html>`);

// A thin page: a name and contact links, not enough to be a profile without what its JSON-LD says.
const thin = '<h1>Jane Doe</h1><p><a href="mailto:jane@example.com">Email</a></p><h2>About</h2><p>Platform engineer.</p>';

describe('detectProfile and JSON-LD', () => {
  it('a page declaring a Person (alone, in an array or a @graph) counts as one', () => {
    const before = detectProfile(parseHtmlDocument(`<html><body>${thin}</body></html>`)).confidence;
    for (const ld of [{ '@type': 'Person', name: 'Jane Doe' }, { '@type': ['Thing', 'Person'] }, { '@graph': [{ '@type': 'WebSite' }, { '@type': 'ProfilePage' }] }]) {
      expect(detectProfile(page(ld, thin)).confidence).toBeCloseTo(before + 0.3);
    }
  });

  it('an article or a job posting that names a Person is not a profile', () => {
    for (const type of ['BlogPosting', 'ScholarlyArticle', 'NewsArticle', 'JobPosting']) {
      const ld = { '@type': type, headline: 'On call', author: { '@type': 'Person', name: 'Jane Doe' } };
      expect(detectProfile(page(ld, thin))).toMatchObject({ isProfile: false, confidence: 0 });
    }
  });

  it('a type name must match whole: "PersonalTrainer" is no Person', () => {
    const before = detectProfile(parseHtmlDocument(`<html><body>${thin}</body></html>`)).confidence;
    expect(detectProfile(page({ '@type': 'PersonalTrainer' }, thin)).confidence).toBe(before);
  });

  it('"Résumé" in the page title counts as "Resume" does', () => {
    const titled = (title: string) => detectProfile(parseHtmlDocument(`<html><head><title>${title}</title></head><body>${thin}</body></html>`)).confidence;
    const plain = titled('Jane Doe');
    expect(titled('Jane Doe – Résumé')).toBeCloseTo(plain + 0.2);
    expect(titled('Jane Doe – Resume')).toBeCloseTo(plain + 0.2);
    expect(titled('Jane Doe – Resumes of the team')).toBeCloseTo(plain);
  });

  it('a screening of the candidate ("Screening results", "AI Screening") counts towards a profile', () => {
    const confidence = (extra: string) => detectProfile(parseHtmlDocument(`<html><body>${thin}${extra}</body></html>`)).confidence;
    const plain = confidence('');
    expect(confidence('<h2>Screening results</h2><p>Staff Engineer</p>')).toBeCloseTo(plain + 0.15);
    expect(confidence('<h2>AI Screening</h2><p>Score: 61/100</p>')).toBeCloseTo(plain + 0.15);
    expect(confidence('<h2>Risk assessment</h2><p>Low.</p>')).toBeCloseTo(plain);
  });
});
