import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../cli/parse-html';
import { prescreenPage } from './detect';
import { analyzePage, analyzePageInSlices, STAGES } from './extract';
import { readPage } from './page';

const seed = (name: string) => readPage(parseHtmlDocument(readFileSync(join(import.meta.dirname, '..', '..', '..', 'seeds', 'profiles', name), 'utf8')), 'https://example.com/p');

describe('analyzePageInSlices', () => {
  it('reads a page exactly as analyzePage does, pausing between stages once the budget is spent', async () => {
    for (const name of ['000-vetted-talent.html', '002-resume.html']) {
      const page = seed(name);
      const prescore = prescreenPage(page);
      const now = new Date('2026-11-28T00:00:00Z');
      let pauses = 0;
      const sliced = await analyzePageInSlices(page, prescore, async () => void pauses++, 0, { now });
      expect(sliced).toEqual(analyzePage(page, prescore, { now }));
      // A budget of nothing pauses after every stage.
      expect(pauses).toBe(STAGES.length);
    }
  });
});
