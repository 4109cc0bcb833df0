import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../cli/parse-html';
import { detectProfile } from './detect';

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

  it('an article that names its author a Person is an article', () => {
    const ld = { '@type': 'BlogPosting', headline: 'On call', author: { '@type': 'Person', name: 'Jane Doe' } };
    expect(detectProfile(page(ld, thin))).toMatchObject({ isProfile: false, confidence: 0 });
  });

  it('a type name must match whole: "PersonalTrainer" is no Person', () => {
    const before = detectProfile(parseHtmlDocument(`<html><body>${thin}</body></html>`)).confidence;
    expect(detectProfile(page({ '@type': 'PersonalTrainer' }, thin)).confidence).toBe(before);
  });
});
