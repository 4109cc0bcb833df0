import { analyzeDocument } from '../../page/profile/extract';
import { attachDeclarativeShadowRoots } from '../../page/profile/declarative-shadow';
import { setCustomAliases } from '../../shared/skills/dictionary';
import type { PageAnalysis } from '../../shared/protocol';

/**
 * Reads a page's markup into a profile, in one of the extension's own documents (Chrome's offscreen
 * document, Firefox's background page), never on the page's main thread. The markup is parsed into an
 * inert document: its scripts do not run and nothing it names is fetched. The engine stays warm there
 * from page to page, where in each page it would start cold.
 */
export function analyzeHtml(html: string, url: string, aliases: string, parse: (html: string) => Document = parseInert, now = new Date()): PageAnalysis {
  setCustomAliases(aliases);
  const { detection, profile } = analyzeDocument(parse(html), url, { now });
  return { detection, profile, aliases };
}

function parseInert(html: string): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  // (DOMParser leaves a declared shadow tree in its template, where the page showed it: attached as the page's parser did.)
  attachDeclarativeShadowRoots(doc);
  return doc;
}
