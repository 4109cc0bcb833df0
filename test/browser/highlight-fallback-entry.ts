/**
 * Bundled by the highlight fallback test into a plain script for the page's own world, where the
 * test can take the CSS Custom Highlight API away first.
 */
import { buildTextIndex } from '../../lib/anchoring/text-index';
import { Highlighter, skillRanges } from '../../lib/highlight/highlighter';

const highlighter = new Highlighter(document);
(globalThis as unknown as { skillmarkFallback: unknown }).skillmarkFallback = {
  native: highlighter.native,
  draw(terms: string[]): void {
    const wanted = new Set(terms);
    const { byKind } = skillRanges(buildTextIndex(document.body), (name) => (wanted.has(name) ? 'matched' : undefined));
    highlighter.draw(byKind, { matched: '#b7f0c9', partial: '#ffe3a3', nice: '#cfe0ff' });
  },
  clear: () => highlighter.clear(),
};
