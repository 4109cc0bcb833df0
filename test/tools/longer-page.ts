import { parseHtmlDocument } from '../../lib/cli/parse-html';

/**
 * The same page with every list's items (and table's rows) repeated `times` over: a profile with
 * ten times the roles, skills and bullets, for measuring how extraction scales with length.
 */
export function longerPage(html: string, times: number): string {
  const doc = parseHtmlDocument(html);
  for (const list of Array.from(doc.querySelectorAll('ul, ol, dl, tbody'))) {
    const items = Array.from(list.children);
    for (let t = 1; t < times; t++) for (const item of items) list.appendChild(item.cloneNode(true));
  }
  // linkedom serialises a node with toString(); this is a benchmark page built from a seed, never rendered.
  return `<!doctype html>${String(doc.documentElement)}`;
}
