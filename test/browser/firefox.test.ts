import { describe, expect, it } from 'vitest';
import { nonProfilePages, profilePages } from '../golden';
import { overlayExpectations, SETTLE_MS } from './expectations';
import { openExtensionPage, openPopupFor } from '../tools/firefox-extension';
import { withFirefox } from './suite';

describe('Firefox: the built extension on the seed pages', () => {
  const env = withFirefox();

  for (const file of profilePages()) {
    it(`shows exactly one closed overlay on ${file}`, async () => {
      const page = await env.browser.newPage();
      await page.goto(env.server.url(`profiles/${file}`));
      await page.waitForSelector('skillmark-overlay', { timeout: 15_000 });
      expect(await page.evaluate(() => document.querySelectorAll('skillmark-overlay').length)).toBe(1);
      expect(await page.evaluate(() => document.querySelector('skillmark-overlay')!.shadowRoot === null)).toBe(true);
      // The closed panel's name and match score, mirrored onto its host by e2e builds only.
      await page.waitForFunction(() => document.querySelector('skillmark-overlay')?.hasAttribute('data-e2e-summary'), { timeout: 15_000 });
      const summary = JSON.parse((await page.evaluate(() => document.querySelector('skillmark-overlay')!.getAttribute('data-e2e-summary')))!) as { name: string; score: number | null };
      expect(summary.name).toBe(overlayExpectations(file).name);
      expect(summary.score).toEqual(expect.any(Number));
      // Highlights are drawn with the Custom Highlight API (the demo role's skills are on this page).
      if (file === '000-vetted-talent.html') await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size > 0, { timeout: 10_000 });
      await page.close();
    });
  }

  it('single-page navigation keeps exactly one overlay on a profile and none elsewhere', async () => {
    const page = await env.browser.newPage();
    const count = () => page.evaluate(() => document.querySelectorAll('skillmark-overlay').length);
    const settle = async (want: number) => {
      for (let i = 0; i < 40 && (await count()) !== want; i++) await new Promise((r) => setTimeout(r, 250));
      return count();
    };
    await page.goto(env.server.url('spa/candidate/maria'));
    expect(await settle(1)).toBe(1);
    await page.click('a[href="/spa/jobs/sre"]');
    expect(await settle(0)).toBe(0);
    await page.click('a[href="/spa/candidate/maria"]');
    expect(await settle(1)).toBe(1);
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    expect(await count()).toBe(1);
    await page.close();
  });

  for (const file of nonProfilePages()) {
    it(`stays silent on ${file}`, async () => {
      const page = await env.browser.newPage();
      await page.goto(env.server.url(`non-profiles/${file}`));
      await new Promise((r) => setTimeout(r, SETTLE_MS));
      expect(await page.evaluate(() => document.querySelectorAll('skillmark-overlay').length)).toBe(0);
      await page.close();
    });
  }

  it('"Analyze this page" from the popup shows the panel on a page detection passes over', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.server.url('non-profiles/blog-post.html'));
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    expect(await page.evaluate(() => document.querySelectorAll('skillmark-overlay').length)).toBe(0);

    const popup = await openPopupFor(env.browser, env.server.origin, 'blog-post');
    await popup.waitForSelector('button.primary');
    expect(await popup.$eval('button.primary', (el) => el.textContent)).toBe('Analyze this page');
    await popup.click('button.primary');
    await page.waitForFunction(() => document.querySelector('skillmark-overlay')?.hasAttribute('data-e2e-summary'), { timeout: 15_000 });
    expect(await page.evaluate(() => document.querySelectorAll('skillmark-overlay').length)).toBe(1);
    await Promise.all([popup.close(), page.close()]);
  });

  it('"Always analyze profiles on <site>" registers with contentScripts.register, and Settings stops it', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.server.url('profiles/002-resume.html'));
    await page.waitForFunction(() => document.querySelector('skillmark-overlay')?.hasAttribute('data-e2e-summary'), { timeout: 15_000 });
    const origin = env.server.origin;

    const popup = await openPopupFor(env.browser, origin, '002-resume');
    const host = new URL(origin).hostname;
    const always = await popup.waitForSelector(`::-p-text(Always analyze profiles on ${host})`);
    await always!.click();
    // The e2e build already holds this local origin, so Firefox grants it without its prompt.
    await popup.waitForSelector(`::-p-text(Profiles on ${origin} will be analyzed automatically.)`, { timeout: 10_000 });

    const ws = await openExtensionPage(env.browser, origin, 'options.html#settings');
    const stop = await ws.waitForSelector(`button[aria-label="Stop analysing ${origin} automatically"]`);
    await stop!.click();
    await ws.waitForSelector('::-p-text(No site is analysed automatically.)', { timeout: 10_000 });
    await Promise.all([ws.close(), popup.close(), page.close()]);
  });
});
