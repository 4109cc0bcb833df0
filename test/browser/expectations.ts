import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROFILE_DIR } from '../golden';

/** What the overlay must say on each seed profile, taken from the hand-checked expected extraction. */
export function overlayExpectations(file: string): { name: string; score: string | null } {
  const expected = JSON.parse(readFileSync(join(PROFILE_DIR, file.replace(/\.html$/, '.expected.json')), 'utf8')) as {
    name: string | null;
    assessment: { score: number; maxScore: number } | null;
  };
  return {
    name: expected.name ?? 'Unnamed candidate',
    score: expected.assessment ? `${expected.assessment.score}/${expected.assessment.maxScore}` : null,
  };
}

/** Content scripts run at document_idle; this is how long a page gets before "no overlay" is believed. */
export const SETTLE_MS = 1500;
