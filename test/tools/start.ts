/**
 * `npm start`: builds the extension, serves the seed pages on localhost and opens Chromium with
 * Skillmark on the vetted-talent page. With a display it stays open for you to browse; without one
 * it saves .output/demo.png and prints the profile the extension extracted, then exits.
 */
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromiumWithExtension, overlayText, readTabProfiles } from './chromium-extension';
import { serveSeeds } from './serve-seeds';

const root = resolve(import.meta.dirname, '../..');
const headless = !process.env.DISPLAY || process.env.SKILLMARK_HEADLESS === '1';

console.error('Building Skillmark (e2e build: runs on localhost pages)…');
execSync('npx wxt build', { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, SKILLMARK_E2E: '1' } });

const server = await serveSeeds();
const browser = await launchChromiumWithExtension({ headless });
const page = browser.context.pages()[0] ?? (await browser.context.newPage());
const url = server.url('profiles/000-vetted-talent.html');
await page.goto(url);
await page.locator('skillmark-overlay').waitFor({ state: 'attached', timeout: 15_000 });

if (!headless) {
  console.error(`Skillmark is running on ${url}. Other seed pages: ${server.origin}/profiles/ and ${server.origin}/non-profiles/. Press Ctrl+C to stop.`);
  process.on('SIGINT', () => void browser.close().then(() => server.close()).then(() => process.exit(0)));
} else {
  const out = resolve(root, '.output/demo.png');
  mkdirSync(resolve(root, '.output'), { recursive: true });
  // The panel is a frame of the extension's own: wait until it shows the candidate and the match.
  for (let i = 0; i < 100 && !/Match \d+%/.test((await overlayText(browser.context, page)) ?? ''); i++) await page.waitForTimeout(100);
  await page.waitForTimeout(300);
  await page.screenshot({ path: out });
  const worker = await browser.background();
  const stored = await readTabProfiles(worker).then((all) => all[0] ?? null);
  console.error(`No display: saved a screenshot of ${url} with Skillmark on it to ${out}`);
  console.error('The profile Skillmark extracted from the page:');
  console.log(JSON.stringify(stored, null, 2));
  await browser.close();
  await server.close();
}
