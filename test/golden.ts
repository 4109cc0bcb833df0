import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtmlDocument } from '../lib/cli/parse-html';
import { analyzeDocument } from '../lib/page/profile/extract';

export const SEEDS = join(import.meta.dirname, '..', 'seeds');
export const PROFILE_DIR = join(SEEDS, 'profiles');
export const NON_PROFILE_DIR = join(SEEDS, 'non-profiles');

/** The seed pages were captured in May 2026 ("Mar, 2024 - Present 2 yr 2 months"): goldens use that "now". */
export const SEED_NOW = new Date('2026-05-15T00:00:00Z');

export const profilePages = () => readdirSync(PROFILE_DIR).filter((f) => f.endsWith('.html')).sort();
export const nonProfilePages = () => readdirSync(NON_PROFILE_DIR).filter((f) => f.endsWith('.html')).sort();

/** A seed page as the extension sees it: parsed, with a stable URL for link resolution. */
export function analyzeSeed(dir: string, file: string) {
  const html = readFileSync(join(dir, file), 'utf8');
  return analyzeDocument(parseHtmlDocument(html), `http://localhost/${file}`, { now: SEED_NOW });
}
