import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The bootstrap is loaded on every page Skillmark may look at; everything else loads on profiles only.
// Read from the builds `npm run build:e2e` just made (the bootstrap has no e2e-only code).
const BUDGET_BYTES = 10_000;
const built = (dir: string, file = 'bootstrap.js') => readFileSync(join(import.meta.dirname, '..', '..', '.output', dir, file), 'utf8');

describe('the always-loaded bootstrap', () => {
  it.each(['chrome-mv3', 'firefox-mv2'])('%s: at most 10 KB minified, and without React or the overlay', (dir) => {
    const code = built(dir);
    expect(Buffer.byteLength(code)).toBeLessThanOrEqual(BUDGET_BYTES);
    expect(code).not.toMatch(/createRoot|useState|skillmark-highlight|shadowRoot/);
  });

  it.each(['chrome-mv3', 'firefox-mv2'])('%s: the overlay (the page side on profiles) carries neither React, Dexie nor Zod', (dir) => {
    // The panel's React, the database and Zod stay in the extension's frame; the page side checks
    // the panel's messages with valibot. Each library's own strings would survive minification.
    expect(built(dir, 'content-scripts/overlay.js')).not.toMatch(/react\.(transitional\.)?element|ZodError|Dexie/);
  });
});
