import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { anchor, describe, normalizeSpace } from '../../lib/page/anchoring/selectors';
import { parseHtmlDocument } from '../../lib/cli/parse-html';
import { buildTextModel } from '../../lib/page/profile/text-model';
import { PROFILE_DIR, profilePages } from '../golden';

export const ANCHOR_PAGE_CHARS = 12_000;

/**
 * Anchoring per annotation on a 12,000-character page (the seed profiles' text, as the text index
 * reads it): 100 annotations re-found after text was added above them (exact), and after a
 * character of each quote changed (fuzzy). Median milliseconds per annotation.
 */
export function anchoringFigures(median: (xs: number[]) => number): { exactMs: number; fuzzyMs: number; chars: number; refound: number } {
  const all = profilePages()
    .map((f) => buildTextModel(parseHtmlDocument(readFileSync(join(PROFILE_DIR, f), 'utf8'))).blocks.map((b) => b.text).join(' '))
    .join(' ');
  const text = normalizeSpace(all).slice(0, ANCHOR_PAGE_CHARS);
  const quotes = Array.from({ length: 100 }, (_, i) => {
    const start = Math.floor((((i * 7919) % 997) / 997) * (text.length - 200));
    return describe(text, start, start + 40 + (i % 60));
  });
  const moved = `A new paragraph was added at the top of the page. ${text}`;
  const perAnnotation = (cases: { text: string; q: (typeof quotes)[number] }[]) =>
    median(
      Array.from({ length: 7 }, () => {
        const s = performance.now();
        for (const c of cases) anchor(c.text, c.q);
        return (performance.now() - s) / cases.length;
      }),
    );
  const exactCases = quotes.map((q) => ({ text: moved, q }));
  const fuzzyCases = quotes.map((q) => ({ q, text: moved.replace(q.quote.exact, q.quote.exact.slice(0, 10) + 'x' + q.quote.exact.slice(11)) }));
  const refound = fuzzyCases.filter((c) => anchor(c.text, c.q) !== null).length;
  return { exactMs: perAnnotation(exactCases), fuzzyMs: perAnnotation(fuzzyCases), chars: moved.length, refound };
}
