/**
 * Bundled by the benchmark into a plain script and run in the page's own world next to mark.js,
 * so both highlighters work on the same document, with the same terms, in the same run.
 */
import { buildTextIndex } from '../../lib/anchoring/text-index';
import { Highlighter, skillRanges } from '../../lib/highlight/highlighter';

(globalThis as unknown as { skillmarkBench: unknown }).skillmarkBench = {
  highlight(terms: string[]): number {
    const wanted = new Set(terms);
    const t = performance.now();
    const index = buildTextIndex(document.body);
    const { byKind } = skillRanges(index, (name) => (wanted.has(name) ? 'matched' : undefined));
    new Highlighter(document).draw(byKind, { matched: '#b7f0c9', partial: '#ffe3a3', nice: '#cfe0ff' });
    return performance.now() - t;
  },
};
