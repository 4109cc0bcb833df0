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
import { CHANGES, type Change } from '../eval/markup-changes';
import { isRight, scorePage } from '../eval/score';

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
