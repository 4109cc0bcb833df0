/**
 * `npm run bench`: extraction speed on the seed pages in Node, against a bare pass that only
 * walks the same document's text nodes. Prints a table, then one JSON line with the figures.
 * A script, not a test: numbers vary by machine, and nothing here passes or fails.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtmlDocument } from '../../lib/cli/parse-html';
import { analyzeDocument } from '../../lib/profile/extract';
import { walkTextNodes } from '../../lib/profile/text-model';
import { NON_PROFILE_DIR, nonProfilePages, PROFILE_DIR, profilePages } from '../golden';

const RUNS = Number(process.env.BENCH_RUNS ?? 60);
const WARMUP = 15;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(fn: () => unknown): number {
  for (let i = 0; i < WARMUP; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return median(samples);
}

const pages = [...profilePages().map((f) => join(PROFILE_DIR, f)), ...nonProfilePages().map((f) => join(NON_PROFILE_DIR, f))];
const rows: { page: string; kb: number; extract: number; walk: number }[] = [];
for (const path of pages) {
  const html = readFileSync(path, 'utf8');
  const doc = parseHtmlDocument(html);
  const url = `http://localhost/${path}`;
  const walk = time(() => walkTextNodes(doc));
  const extract = time(() => analyzeDocument(doc, url));
  rows.push({ page: path.split('/').slice(-2).join('/'), kb: html.length / 1024, extract, walk });
}

const pad = (s: string, n: number) => s.padEnd(n);
console.log(`${pad('page', 40)}${pad('KB', 8)}${pad('extract ms', 12)}${pad('text walk ms', 14)}ratio`);
for (const r of rows) console.log(`${pad(r.page, 40)}${pad(r.kb.toFixed(1), 8)}${pad(r.extract.toFixed(3), 12)}${pad(r.walk.toFixed(3), 14)}${(r.extract / r.walk).toFixed(1)}×`);
const profiles = rows.filter((r) => r.page.startsWith('profiles/'));
const extractMs = profiles.reduce((a, r) => a + r.extract, 0) / profiles.length;
const ratio = profiles.reduce((a, r) => a + r.extract, 0) / profiles.reduce((a, r) => a + r.walk, 0);
console.log(`\nmedian of ${RUNS} runs after ${WARMUP} warm-up runs, Node ${process.version}, linkedom DOM`);
console.log(`extraction per seed profile page: ${extractMs.toFixed(2)} ms; ${ratio.toFixed(2)}× the bare text walk (aim: within 5×)`);
console.log(JSON.stringify({ extract_ms_per_page: Number(extractMs.toFixed(3)), extract_vs_textwalk_ratio: Number(ratio.toFixed(2)), pages: profiles.length, runs: RUNS }));
