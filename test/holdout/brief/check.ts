/**
 * The holdout writers' checker (BRIEF.md): `npx tsx test/holdout/brief/check.ts <folder>` parses every
 * expectation in the folder with the corpus's schema and checks the page beside it; `--avoid` prints the
 * layouts and sources already used (the brief's AVOID.txt), from every expectation in the repository.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Expectation } from '../../eval/expectation';

const root = join(import.meta.dirname, '..', '..', '..');

function expectationFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? expectationFiles(join(dir, e.name)) : e.name.endsWith('.expected.json') ? [join(dir, e.name)] : []));
}

function avoid(): string[] {
  const rows = new Set<string>();
  for (const dir of ['test/corpus', 'test/holdout', 'seeds']) {
    for (const f of expectationFiles(join(root, dir))) {
      const e = JSON.parse(readFileSync(f, 'utf8')) as { layout?: string; source?: string };
      rows.add(`${e.layout ?? ''}  |  ${e.source ?? ''}`);
    }
  }
  return [...rows].sort();
}

function problemsOf(dir: string): { count: number; profiles: number; problems: string[] } {
  const problems: string[] = [];
  let profiles = 0;
  const files = readdirSync(dir).filter((f) => f.endsWith('.expected.json'));
  for (const f of files) {
    const html = join(dir, f.replace(/\.expected\.json$/, '.html'));
    const page = existsSync(html) ? readFileSync(html, 'utf8') : null;
    if (page === null) problems.push(`${f}: no page beside it`);
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    } catch (e) {
      problems.push(`${f}: not JSON: ${String(e)}`);
      continue;
    }
    const parsed = Expectation.safeParse(data);
    if (!parsed.success) {
      problems.push(`${f}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      continue;
    }
    const e = parsed.data;
    if (e.isProfile) {
      profiles++;
      if (!e.kind || !e.name || !e.experience) problems.push(`${f}: a profile needs kind, name and experience (use [] when none)`);
    }
    if (page !== null && !/^\s*(<!doctype html|<\?xml)/i.test(page)) problems.push(`${f}: the page should be a whole HTML document starting with <!DOCTYPE html>`);
    const foreign = page === null ? undefined : [...page.matchAll(/[\w.+-]+@((?:[\w-]+\.)+[a-z]{2,})/gi)].find((m) => !/(?:^|\.)example\.(?:com|org|net)$/i.test(m[1]!));
    if (foreign) problems.push(`${f}: an address not on example.com / example.org: ${foreign[0]}`);
  }
  return { count: files.length, profiles, problems };
}

const arg = process.argv[2];
if (arg === '--avoid') console.log(avoid().join('\n'));
else if (arg) {
  const { count, profiles, problems } = problemsOf(arg);
  for (const p of problems) console.log(p);
  console.log(`${count} expectations, ${profiles} profiles, ${problems.length} problems`);
  process.exitCode = problems.length ? 1 : 0;
} else console.error('usage: check.ts <folder> | --avoid');
