import { describe, expect, it } from 'vitest';
import { loadCorpus } from './corpus';

describe('the corpus', () => {
  it('has a valid expectation beside every page', () => {
    // loadCorpus throws naming the first file whose expectation is missing or invalid.
    const pages = loadCorpus();
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) expect(page.expected.isProfile || page.expected.kind === undefined).toBe(true);
  });
});
