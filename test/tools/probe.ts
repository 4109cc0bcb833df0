/**
 * `npm run probe [-- NAME]`: scores the corpus's profiles on pages changed in ways a reader would not notice
 * (an icon before each line, more wrapping divs, headings a level deeper) or would barely notice (headings
 * drawn as bold divs, lists as divs), against the pages as they are. A page read worse under a change no
 * reader notices is a rule that leans on markup rather than on what the page says: the probe found the icon
 * fixes that test/invariance.test.ts now keeps. Ends with one JSON line of each change's accuracy.
 */
import { parseHtmlDocument } from '../../lib/cli/parse-html';
import { analyzeDocument } from '../../lib/page/profile/extract';
import { CORPUS_NOW, loadCorpus } from '../eval/corpus';
import { isRight, scorePage } from '../eval/score';

type Change = (doc: Document) => void;
const each = (doc: Document, selector: string, change: (el: Element) => void) => Array.from(doc.querySelectorAll(selector)).forEach(change);
const rename = (doc: Document, el: Element, tag: string, cls?: string) => {
  const to = doc.createElement(tag);
  if (cls) to.setAttribute('class', cls);
  while (el.firstChild) to.appendChild(el.firstChild);
  el.replaceWith(to);
  return to;
};

const CHANGES: Record<string, Change> = {
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

const only = process.argv[2];
const pages = loadCorpus().filter((p) => p.expected.isProfile);
const read = (html: string, page: (typeof pages)[number], change?: Change) => {
  const doc = parseHtmlDocument(html);
  change?.(doc);
  const { detection, profile } = analyzeDocument(doc, page.expected.url ?? `http://localhost/${page.file}`, { now: new Date(`${page.expected.now ?? CORPUS_NOW}T00:00:00Z`) });
  const checks = scorePage(page.expected, detection, profile);
  return { right: checks.filter(isRight).length, all: checks.length };
};

const base = pages.map((p) => read(p.html, p));
const pct = (right: number, all: number) => Math.round((1000 * right) / all) / 10;
const figures: Record<string, number> = { as_written: pct(base.reduce((n, r) => n + r.right, 0), base.reduce((n, r) => n + r.all, 0)) };
console.log(`as written: ${figures.as_written} %`);
for (const [name, change] of Object.entries(CHANGES)) {
  if (only && name !== only) continue;
  let right = 0;
  let all = 0;
  const worse: string[] = [];
  pages.forEach((p, i) => {
    const r = read(p.html, p, change);
    right += r.right;
    all += r.all;
    if (r.right < base[i]!.right) worse.push(`${base[i]!.right - r.right} ${p.file}`);
  });
  figures[name] = pct(right, all);
  console.log(`${name}: ${figures[name]} %, ${worse.length} of ${pages.length} profiles read worse`);
  for (const w of worse.sort((a, b) => Number.parseInt(b) - Number.parseInt(a)).slice(0, 8)) console.log(`  ${w}`);
}
console.log(JSON.stringify(figures));
