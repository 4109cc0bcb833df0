import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHtmlDocument } from '../../lib/cli/parse-html';
import { analyzeDocument } from '../../lib/page/profile/extract';
import type { Detection, Profile } from '../../lib/shared/profile';
import { Expectation } from './expectation';

const ROOT = join(import.meta.dirname, '..', '..');
export const CORPUS_DIRS = [join(ROOT, 'seeds', 'profiles'), join(ROOT, 'seeds', 'non-profiles'), join(ROOT, 'test', 'fixtures', 'layouts'), join(ROOT, 'test', 'corpus')];

/** "present" on corpus pages that do not say otherwise. */
export const CORPUS_NOW = '2026-11-28';

export interface CorpusPage {
  /** Path from the repository root. */
  file: string;
  html: string;
  expected: Expectation;
}

function* htmlFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* htmlFiles(path);
    else if (name.endsWith('.html')) yield path;
  }
}

/** Every page with an expectation beside it; a seed non-profile needs none. An invalid expectation throws, naming its file. */
export function loadCorpus(dirs = CORPUS_DIRS): CorpusPage[] {
  const pages: CorpusPage[] = [];
  for (const dir of dirs) {
    for (const path of htmlFiles(dir)) {
      const file = relative(ROOT, path);
      const expectedPath = path.replace(/\.html$/, '.expected.json');
      let raw: unknown;
      try {
        raw = JSON.parse(readFileSync(expectedPath, 'utf8'));
      } catch (err) {
        if (dir.endsWith('non-profiles') && (err as NodeJS.ErrnoException).code === 'ENOENT') raw = { layout: 'seed-non-profile', source: 'seeds', isProfile: false };
        else throw new Error(`${file}: no readable expectation (${err instanceof Error ? err.message : String(err)})`);
      }
      const parsed = Expectation.safeParse(raw);
      if (!parsed.success) throw new Error(`${relative(ROOT, expectedPath)}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      pages.push({ file, html: readFileSync(path, 'utf8'), expected: parsed.data });
    }
  }
  return pages;
}

export function analyzeCorpusPage(page: CorpusPage): { detection: Detection; profile: Profile } {
  const url = page.expected.url ?? `http://localhost/${page.file}`;
  return analyzeDocument(parseHtmlDocument(page.html), url, { now: new Date(`${page.expected.now ?? CORPUS_NOW}T00:00:00Z`) });
}
