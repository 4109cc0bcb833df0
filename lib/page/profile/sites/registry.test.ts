import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../../test/eval/corpus';
import { parseHtmlDocument } from '../../../cli/parse-html';
import { analyzeDocument } from '../extract';
import { ProfileKind } from '../../../shared/profile';
import { SITES, recogniseSite } from '.';
import { readPage } from '../page';
import { SITE_INFO, siteLabel } from '../../../shared/sites/registry';

const ROOT = join(import.meta.dirname, '..', '..', '..', '..');

describe('the site registry', () => {
  it('lists every adapter once, with a label and a kind of its own', () => {
    expect(SITES.map((s) => s.id)).toEqual(SITE_INFO.map((s) => s.id));
    for (const info of SITE_INFO) {
      expect(ProfileKind.parse(info.id)).toBe(info.id);
      expect(siteLabel(info.id)).toBe(info.label);
    }
  });

  for (const info of SITE_INFO) {
    it(`${info.id}: has pages, and each is recognised as the site`, () => {
      expect(info.pages.length).toBeGreaterThan(0);
      for (const file of info.pages) {
        const { detection } = analyzeDocument(parseHtmlDocument(readFileSync(join(ROOT, file), 'utf8')), 'https://example.com/p');
        expect(detection, file).toMatchObject({ isProfile: true, kind: info.id });
      }
    });

    // (It extracts every page of the corpus: about a minute on a busy two-core machine, far more than vitest's default 5 s.)
    // (Recognised by the adapter: a page of another marketplace may be judged the same kind of page without being the site's.)
    it(`${info.id}: no other page of the corpus is taken for the site`, { timeout: 180_000 }, () => {
      const others = loadCorpus().filter((p) => !(info.pages as readonly string[]).includes(p.file));
      const taken = others.filter((p) => recogniseSite(readPage(parseHtmlDocument(p.html), p.expected.url ?? `http://localhost/${p.file}`)) === info.id).map((p) => p.file);
      expect(taken).toEqual([]);
    });
  }
});
