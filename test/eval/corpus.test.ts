import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadCorpus } from './corpus';

describe('the corpus', () => {
  it('has a valid expectation beside every page', () => {
    // loadCorpus throws naming the first file whose expectation is missing or invalid.
    const pages = loadCorpus();
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) expect(page.expected.isProfile || page.expected.kind === undefined).toBe(true);
  });

  it('keeps its holdout out, with a valid expectation beside every holdout page', () => {
    const holdout = loadCorpus([join(import.meta.dirname, '..', 'holdout')]);
    expect(holdout.length).toBeGreaterThan(0);
    const corpus = new Set(loadCorpus().map((p) => p.html));
    expect(holdout.filter((p) => corpus.has(p.html)).map((p) => p.file)).toEqual([]);
  });
});

