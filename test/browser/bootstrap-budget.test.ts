import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';

// The bootstrap is loaded on every page Skillmark may look at; everything else loads on profiles only.
// Read from the builds `npm run build:e2e` just made (the bootstrap has no e2e-only code).
const BUDGET_BYTES = 10_000;
const built = (dir: string, file = 'bootstrap.js') => readFileSync(join(import.meta.dirname, '..', '..', '.output', dir, file), 'utf8');

describe('the always-loaded bootstrap', () => {
  it.each(['chrome-mv3', 'firefox-mv2'])('%s: at most 10 KB minified, and without React or the overlay', (dir) => {
    const code = built(dir);
    expect(Buffer.byteLength(code)).toBeLessThanOrEqual(BUDGET_BYTES);
    // (The overlay makes its closed shadow root; the bootstrap only reads web components' open ones.)
    expect(code).not.toMatch(/createRoot|useState|skillmark-highlight|attachShadow/);
  });

  it.each(['chrome-mv3', 'firefox-mv2'])('%s: the overlay (the page side on profiles) carries neither React, Dexie nor Zod', (dir) => {
    // The panel's React, the database and Zod stay in the extension's frame; the page side checks
    // the panel's messages with valibot. Each library's own strings would survive minification.
    expect(built(dir, 'content-scripts/overlay.js')).not.toMatch(/react\.(transitional\.)?element|ZodError|Dexie/);
  });

  it.each([
    ['chrome-mv3', 'chrome'],
    ['firefox-mv2', 'browser'],
  ])('%s: runs to its end on a page, asking its own namespace (%s) to load the overlay', async (dir, namespace) => {
    const { document } = parseHTML('<html><head><title>Jane Doe · CV</title></head><body><h1>Jane Doe</h1><h2>Experience</h2><p>Engineer, Acme</p><p>Jan 2020 – Present</p><p>jane@example.com</p></body></html>');
    const sent: unknown[] = [];
    const api = { runtime: { id: 'skillmark', sendMessage: async (message: unknown) => (sent.push(message), { ok: true }) } };
    const context = { document, location: { href: 'https://jane.example.com/cv' }, setInterval: () => 0, clearInterval: () => {}, console, [namespace]: api };
    // (WXT ends the script with its variable's name; the build drops it, or it is a ReferenceError on every page.)
    expect(() => runInNewContext(built(dir), context)).not.toThrow();
    await expect.poll(() => sent).toEqual([{ type: 'overlay:inject' }]);
  });
});
