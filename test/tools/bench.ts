/**
 * `npm run bench`: extraction speed on the seed pages in Node, against the floor any extractor
 * must pay (reading every character of the page's text once), on the longest corpus page, and on a
 * page ten times longer; then the browser and workspace figures. Prints a table, then one JSON
 * line with the figures.
 * A script, not a test: numbers vary by machine, and nothing here passes or fails.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtmlDocument } from '../../lib/cli/parse-html';
import { analyzeDocument } from '../../lib/page/profile/extract';
import { execSync } from 'node:child_process';
import { resolve } from 'node:path';
import { anchoringFigures } from './bench-anchoring';
import { readTextFloor } from '../../lib/page/profile/text-model';
import { loadCorpus } from '../eval/corpus';
import { longerPage } from './longer-page';
import { NON_PROFILE_DIR, nonProfilePages, PROFILE_DIR, profilePages } from '../golden';
import { measureInBrowser } from './bench-browser';
import { measureWorkspace } from './bench-workspace';
import { measureSync } from './bench-sync';
import { measureTeamInBrowser } from './bench-team-browser';

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
  const walk = time(() => readTextFloor(doc));
  const extract = time(() => analyzeDocument(doc, url));
  rows.push({ page: path.split('/').slice(-2).join('/'), kb: html.length / 1024, extract, walk });
}

const pad = (s: string, n: number) => s.padEnd(n);
console.log(`${pad('page', 40)}${pad('KB', 8)}${pad('extract ms', 12)}${pad('char floor ms', 14)}ratio`);
for (const r of rows) console.log(`${pad(r.page, 40)}${pad(r.kb.toFixed(1), 8)}${pad(r.extract.toFixed(3), 12)}${pad(r.walk.toFixed(3), 14)}${(r.extract / r.walk).toFixed(1)}×`);
const profiles = rows.filter((r) => r.page.startsWith('profiles/'));
const extractMs = profiles.reduce((a, r) => a + r.extract, 0) / profiles.length;
const ratio = profiles.reduce((a, r) => a + r.extract, 0) / profiles.reduce((a, r) => a + r.walk, 0);
console.log(`\nmedian of ${RUNS} runs after ${WARMUP} warm-up runs, Node ${process.version}, linkedom DOM`);
console.log(`extraction per seed profile page: ${extractMs.toFixed(2)} ms; ${ratio.toFixed(2)}× the character floor (aim: within 5×)`);

// The longest page of the corpus, and a page ten times longer than the vetted-talent seed (its lists' items repeated).
const longest = loadCorpus().sort((a, b) => b.html.length - a.html.length)[0]!;
const longestDoc = parseHtmlDocument(longest.html);
const longestMs = time(() => analyzeDocument(longestDoc, 'http://localhost/longest'));
console.log(`longest corpus page (${longest.file}, ${(longest.html.length / 1024).toFixed(0)} KB): ${longestMs.toFixed(2)} ms`);
const seedHtml = readFileSync(join(PROFILE_DIR, '000-vetted-talent.html'), 'utf8');
const once = parseHtmlDocument(seedHtml);
const tenfold = parseHtmlDocument(longerPage(seedHtml, 10));
const onceMs = time(() => analyzeDocument(once, 'http://localhost/once'));
const tenfoldMs = time(() => analyzeDocument(tenfold, 'http://localhost/tenfold'));
const scaling = tenfoldMs / onceMs;
console.log(`the vetted-talent page ten times longer: ${tenfoldMs.toFixed(2)} ms against ${onceMs.toFixed(2)} ms, ${scaling.toFixed(1)}× (aim ≤ 11)`);

const anchoring = anchoringFigures(median);
const exactMs = anchoring.exactMs;
const fuzzyMs = anchoring.fuzzyMs;
console.log(`anchoring per annotation on a ${anchoring.chars}-character page: ${exactMs.toFixed(3)} ms exact after a move, ${fuzzyMs.toFixed(3)} ms fuzzy after an edit (aim < 1 ms); ${anchoring.refound} of 100 edited quotes re-found`);

if (process.env.BENCH_NODE_ONLY) {
  console.log(JSON.stringify({ extract_ms_per_page: Number(extractMs.toFixed(3)), extract_vs_textwalk_ratio: Number(ratio.toFixed(2)), extract_longest_page_ms: Number(longestMs.toFixed(2)), extract_scaling_10x: Number(scaling.toFixed(2)), anchor_ms_per_annotation: Number(exactMs.toFixed(4)), anchor_fuzzy_ms_per_annotation: Number(fuzzyMs.toFixed(3)) }));
  process.exit(0);
}

console.error('\nBuilding the e2e extension for the browser figures…');
execSync('npx wxt build', { cwd: resolve(import.meta.dirname, '../..'), stdio: 'ignore', env: { ...process.env, SKILLMARK_E2E: '1' } });
const b = await measureInBrowser();
console.log(`\nheadless Chromium, e2e build: bootstrap ${b.bootstrap_kb} KB (aim ≤ 10), overlay script ${b.overlay_kb} KB (loaded on profiles only)`);
for (const f of Object.keys(b.overlay_ms)) {
  const drawn = b.highlights_ms[f];
  console.log(`${pad(f, 40)}panel ${b.overlay_ms[f]} ms, ${drawn === undefined ? 'no highlights (the page mentions none of the role\'s skills)' : `highlights ${drawn} ms`} after DOMContentLoaded`);
}
console.log(`the page's main thread, DevTools trace of each seed profile: Skillmark script ${b.page_main_thread_ms} ms in all (median; aim ≤ 60), longest task ${b.page_longest_task_ms} ms (worst page; aim ≤ 50), panel drawn in its frame ${b.panel_shown_ms} ms after DOMContentLoaded (median; aim ≤ 150)`);
console.log(`what the page gains with the panel shown: ${b.page_memory_kb} kB of JS heap (its content scripts' world included), ${b.page_dom_nodes} DOM nodes (median over the seed profiles)`);
console.log(`highlight pass on the vetted-talent page: ${b.highlight_ms} ms; mark.js on the same terms: ${b.markjs_ms} ms; ratio ${b.highlight_vs_markjs_ratio} (aim ≤ 0.2)`);

console.error('\nThe workspace with 10,000 candidates and 50,000 notes…');
const w = await measureWorkspace();
console.log(`\nworkspace, headless Chromium, 10,000 candidates and 50,000 notes (a ${w.backup_mb} MB backup):`);
console.log(`import ${w.db_import_10k_ms} ms (checking ${w.import_check_ms} ms, writing ${w.import_write_ms} ms; aim ≤ 5000)`);
console.log(`table first render ${w.table_first_render_ms} ms (aim ≤ 300), search ${w.search_ms} ms (aim ≤ 50), CSV export ${w.export_csv_10k_ms} ms (aim ≤ 1500)`);

console.error('\nTeam sync: 10,000 candidates and 50,000 notes through pouchdb-server…');
const sync = await measureSync((line) => console.error(line));
console.error('\nTeam sync in two browser profiles…');
const team = await measureTeamInBrowser((line) => console.error(line));
console.log(`\nteam sync, headless Chromium profiles (e2e build) against pouchdb-server in memory: first sync of 10,000 candidates and 50,000 notes into an empty profile ${team.sync_initial_10k_browser_ms} ms (aim ≤ 60000), one note from one workspace to another ${team.sync_incremental_browser_ms} ms (aim ≤ 1000)`);
console.log(`the engine alone, in Node: first sync ${sync.sync_initial_10k_ms} ms into an in-memory store, ${sync.sync_initial_10k_dexie_ms} ms into the DexieStore under fake-indexeddb; one changed note from A to B ${sync.sync_incremental_ms} ms`);

const avg = (o: Record<string, number>) => Math.round(Object.values(o).reduce((a, x) => a + x, 0) / Math.max(1, Object.values(o).length));
console.log(
  JSON.stringify({
    extract_ms_per_page: Number(extractMs.toFixed(3)),
    extract_vs_textwalk_ratio: Number(ratio.toFixed(2)),
    extract_longest_page_ms: Number(longestMs.toFixed(2)),
    extract_scaling_10x: Number(scaling.toFixed(2)),
    bootstrap_kb: b.bootstrap_kb,
    overlay_shown_ms_avg: avg(b.overlay_ms),
    page_main_thread_ms: b.page_main_thread_ms,
    page_longest_task_ms: b.page_longest_task_ms,
    panel_shown_ms: b.panel_shown_ms,
    page_memory_kb: b.page_memory_kb,
    page_dom_nodes: b.page_dom_nodes,
    overlay_kb: b.overlay_kb,
    highlights_drawn_ms_avg: avg(b.highlights_ms),
    highlight_ms: b.highlight_ms,
    markjs_ms: b.markjs_ms,
    highlight_vs_markjs_ratio: b.highlight_vs_markjs_ratio,
    anchor_ms_per_annotation: Number(exactMs.toFixed(4)),
    anchor_fuzzy_ms_per_annotation: Number(fuzzyMs.toFixed(3)),
    db_import_10k_ms: w.db_import_10k_ms,
    table_first_render_ms: w.table_first_render_ms,
    search_ms: w.search_ms,
    export_csv_10k_ms: w.export_csv_10k_ms,
    sync_initial_10k_ms: team.sync_initial_10k_browser_ms,
    sync_incremental_ms: team.sync_incremental_browser_ms,
    sync_initial_10k_node_ms: sync.sync_initial_10k_ms,
    sync_initial_10k_dexie_node_ms: sync.sync_initial_10k_dexie_ms,
    sync_incremental_node_ms: sync.sync_incremental_ms,
    pages: profiles.length,
    runs: RUNS,
  }),
);
