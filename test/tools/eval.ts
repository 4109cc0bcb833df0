/**
 * `npm run eval [-- --diff [TEXT]] [-- --groups] [-- --dir PATH]`: runs extraction over the corpus
 * (seed pages and test/corpus) and prints, per field, how many checks were right, precision and
 * recall; the pages fully right; and a last JSON line of the figures. `--diff` lists each wrong
 * check (of the pages whose path contains TEXT); `--groups` adds accuracy per corpus folder;
 * `--dir` scores the pages of another folder instead (a holdout set kept out of the corpus).
 */
import { dirname, resolve } from 'node:path';
import { analyzeCorpusPage, loadCorpus } from '../eval/corpus';
import { isRight, scoreboard, scorePage, type Check } from '../eval/score';

const args = process.argv.slice(2);
const diffAt = args.indexOf('--diff');
const diffFilter = diffAt >= 0 ? (args[diffAt + 1] && !args[diffAt + 1]!.startsWith('--') ? args[diffAt + 1]! : '') : null;

const dirAt = args.indexOf('--dir');
const pages = dirAt >= 0 && args[dirAt + 1] ? loadCorpus([resolve(args[dirAt + 1]!)]) : loadCorpus();
const all: Check[] = [];
const byGroup = new Map<string, Check[]>();
let fullyRight = 0;
let profilesFullyRight = 0;
for (const page of pages) {
  const { detection, profile } = analyzeCorpusPage(page);
  const checks = scorePage(page.expected, detection, profile);
  all.push(...checks);
  const group = dirname(page.file);
  byGroup.set(group, [...(byGroup.get(group) ?? []), ...checks]);
  const wrong = checks.filter((c) => !isRight(c));
  if (!wrong.length) {
    fullyRight++;
    if (page.expected.isProfile) profilesFullyRight++;
  }
  if (diffFilter !== null && wrong.length && page.file.includes(diffFilter)) {
    console.log(`\n${page.file}  (${page.expected.layout})`);
    for (const c of wrong) console.log(`  ${c.outcome.padEnd(5)} ${c.field.padEnd(22)} expected ${JSON.stringify(c.expected)}  got ${JSON.stringify(c.actual)}`);
  }
}

const pct = (x: number | null) => (x === null ? '   -  ' : `${(x * 100).toFixed(1).padStart(5)}%`);
console.log(`\n${'field'.padEnd(24)}${'checks'.padStart(7)}${'right'.padStart(9)}${'precision'.padStart(11)}${'recall'.padStart(9)}`);
for (const f of scoreboard(all)) {
  if (!f.checks) continue;
  console.log(`${f.field.padEnd(24)}${String(f.checks).padStart(7)}${pct(f.right / f.checks).padStart(9)}${pct(f.precision).padStart(11)}${pct(f.precision === null ? null : f.recall).padStart(9)}`);
}
if (args.includes('--groups')) {
  console.log(`\n${'group'.padEnd(36)}${'checks'.padStart(7)}${'right'.padStart(9)}`);
  for (const [group, checks] of byGroup) console.log(`${group.padEnd(36)}${String(checks.length).padStart(7)}${pct(checks.filter(isRight).length / checks.length).padStart(9)}`);
}

const profiles = pages.filter((p) => p.expected.isProfile);
const nonProfiles = pages.length - profiles.length;
const fieldChecks = all.filter((c) => c.field !== 'detection');
const skills = scoreboard(all).find((f) => f.field === 'skills')!;
const detection = all.filter((c) => c.field === 'detection');
const round = (x: number | null, digits = 1) => (x === null ? null : Math.round(x * 10 ** digits) / 10 ** digits);
const figures = {
  pages: pages.length,
  profiles: profiles.length,
  non_profiles: nonProfiles,
  layouts: new Set(profiles.map((p) => p.expected.layout)).size,
  non_profile_layouts: new Set(pages.filter((p) => !p.expected.isProfile).map((p) => p.expected.layout)).size,
  field_accuracy: round((fieldChecks.filter(isRight).length / fieldChecks.length) * 100),
  checks: fieldChecks.length,
  wrong: fieldChecks.length - fieldChecks.filter(isRight).length,
  skills_precision: round(skills.precision === null ? null : skills.precision * 100),
  skills_recall: round(skills.recall === null ? null : skills.recall * 100),
  profiles_detected: detection.filter((c) => c.outcome === 'tp').length,
  non_profiles_detected: detection.filter((c) => c.outcome === 'fp').length,
  pages_fully_right: fullyRight,
  profiles_fully_right: profilesFullyRight,
};
console.log(`\npages fully right: ${fullyRight} of ${pages.length} (profiles ${profilesFullyRight} of ${profiles.length})`);
console.log(JSON.stringify(figures));
