/**
 * Changes to a page's markup that a reader would not notice (an icon before each line, more wrapping
 * divs, headings a level deeper) or would barely notice (headings drawn as bold divs, lists as divs):
 * what `npm run probe` scores the corpus under, and test/invariance.test.ts keeps pages invariant to.
 */
export type Change = (doc: Document) => void;
const each = (doc: Document, selector: string, change: (el: Element) => void) => Array.from(doc.querySelectorAll(selector)).forEach(change);
const rename = (doc: Document, el: Element, tag: string) => {
  const to = doc.createElement(tag);
  while (el.firstChild) to.appendChild(el.firstChild);
  el.replaceWith(to);
  return to;
};

export const CHANGES: Record<string, Change> = {
  // Unnoticed: an icon font's empty <i> and an inline SVG before every heading, item and paragraph.
  icons: (doc) =>
    each(doc, 'h1, h2, h3, h4, li, p', (el) => {
      const font = doc.createElement('i');
      font.setAttribute('class', 'fa fa-circle');
      const svg = doc.createElement('svg');
      svg.setAttribute('aria-hidden', 'true');
      el.insertBefore(font, el.firstChild);
      el.insertBefore(svg, el.firstChild);
    }),
  // Unnoticed: every paragraph inside two more divs.
  divSoup: (doc) =>
    each(doc, 'p', (p) => {
      const outer = doc.createElement('div');
      const inner = doc.createElement('div');
      p.replaceWith(outer);
      outer.appendChild(inner);
      inner.appendChild(p);
    }),
  // Unnoticed: headings a level deeper.
  deeper: (doc) => each(doc, 'h2, h3, h4, h5', (h) => rename(doc, h, `h${Number(h.localName[1]) + 1}`)),
  // Barely noticed: headings under the first drawn as bold divs, as page builders draw them.
  boldDivs: (doc) =>
    each(doc, 'h2, h3, h4', (h) => {
      const strong = rename(doc, h, 'strong');
      const div = doc.createElement('div');
      div.setAttribute('class', 'text-lg font-bold');
      strong.replaceWith(div);
      div.appendChild(strong);
    }),
  // Barely noticed: lists as divs of divs.
  noLists: (doc) => each(doc, 'ul, ol', (list) => { for (const li of Array.from(list.children)) rename(doc, li, 'div'); rename(doc, list, 'div'); }),
};
