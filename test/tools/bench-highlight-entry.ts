/**
 * Skillmark's highlighter as a plain script for the page's own world. The benchmark runs it next to
 * mark.js, so both work on the same document, with the same terms, in the same run; the fallback
 * test runs it after taking the CSS Custom Highlight API away.
 */
import { buildTextIndex } from '../../lib/page/anchoring/text-index';
import { Highlighter, skillRanges } from '../../lib/page/highlight/highlighter';

const highlighter = new Highlighter(document);
(globalThis as unknown as { skillmarkBench: unknown }).skillmarkBench = {
  native: highlighter.native,
  /** Marks every mention of the terms; returns the milliseconds it took. */
  highlight(terms: string[]): number {
    const wanted = new Set(terms);
    highlighter.clear(); // the previous run's, outside the measured pass
    const t = performance.now();
    const index = buildTextIndex(document.body);
    const { byKind } = skillRanges(index, (name) => (wanted.has(name) ? 'matched' : undefined));
    highlighter.draw(byKind, { matched: '#b7f0c9', partial: '#ffe3a3', nice: '#cfe0ff' });
    return performance.now() - t;
  },
  clear: () => highlighter.clear(),
};
