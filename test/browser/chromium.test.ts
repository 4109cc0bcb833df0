import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { nonProfilePages, profilePages } from '../golden';
import { overlayText, readTabProfiles } from '../tools/chromium-extension';
import { overlayExpectations, SETTLE_MS } from './expectations';
import { withChromium } from './suite';

const SHOTS = resolve(import.meta.dirname, '../../.output/screenshots');

describe('Chromium: the built extension on the seed pages', () => {
  const env = withChromium();
  beforeAll(() => {
    mkdirSync(SHOTS, { recursive: true });
  });

  for (const file of profilePages()) {
    it(`shows the overlay with the candidate on ${file}`, async () => {
      const page = await env.browser.context.newPage();
      await page.goto(env.server.url(`profiles/${file}`));
      await page.locator('skillmark-overlay').waitFor({ state: 'attached', timeout: 15_000 });
      expect(await page.evaluate(() => document.querySelectorAll('skillmark-overlay').length)).toBe(1);
      // A closed shadow root: the page cannot reach into Skillmark's panel.
      expect(await page.evaluate(() => document.querySelector('skillmark-overlay')!.shadowRoot)).toBeNull();
      const want = overlayExpectations(file);
      // The panel fills in once the store has answered.
      await expect.poll(async () => (await overlayText(env.browser.context, page)) ?? '').toContain(want.name);
      const text = await overlayText(env.browser.context, page);
      if (want.score) expect(text).toContain(want.score);
      await page.screenshot({ path: `${SHOTS}/chromium-${file.replace('.html', '.png')}` });
      await page.close();
    });
  }

  for (const file of nonProfilePages()) {
    it(`stays silent on ${file}`, async () => {
      const page = await env.browser.context.newPage();
      await page.goto(env.server.url(`non-profiles/${file}`));
      await page.waitForTimeout(SETTLE_MS);
      expect(await page.locator('skillmark-overlay').count()).toBe(0);
      await page.close();
    });
  }

  it('reports a profile tab to the background, not a non-profile tab, and forgets closed tabs', async () => {
    const profile = await env.browser.context.newPage();
    const other = await env.browser.context.newPage();
    await profile.goto(env.server.url('profiles/000-vetted-talent.html'));
    await other.goto(env.server.url('non-profiles/job-posting.html'));
    await profile.locator('skillmark-overlay').waitFor({ state: 'attached' });
    await other.waitForTimeout(SETTLE_MS);
    const reported = (await readTabProfiles(await env.browser.background())) as { url: string; profile: { name: string | null } }[];
    expect(reported.map((r) => new URL(r.url).pathname)).toEqual(['/profiles/000-vetted-talent.html']);
    expect(reported[0]!.profile.name).toBe('Sudeep Gupta');
    await profile.close();
    await other.close();
    await expect.poll(async () => (await readTabProfiles(await env.browser.background())).length).toBe(0);
  });

  it('the popup opens and answers for its own tab', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`chrome-extension://${env.browser.extensionId}/popup.html`);
    await expect(page.getByText('No candidate profile found on this page yet.').waitFor({ timeout: 10_000 })).resolves.toBeUndefined();
    await page.close();
  });
});
