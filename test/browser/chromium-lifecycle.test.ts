import { describe, expect, it } from 'vitest';
import { overlayText } from '../tools/chromium-extension';
import { withChromium } from './suite';

// Its own browser: the extension is reloaded here, which leaves the suite's service worker handle stale.
describe('Chromium: when the extension context goes away', () => {
  const env = withChromium();

  it('an open profile page drops its panel once the extension is reloaded', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.server.url('profiles/002-resume.html'));
    await expect.poll(async () => (await overlayText(env.browser.context, page)) ?? '', { timeout: 15_000 }).toContain('Ravi Prakash');
    expect(await page.locator('skillmark-overlay').count()).toBe(1);

    // An update or a reload: the old content scripts are orphaned, the new extension does not run in
    // pages that were already open.
    const worker = await env.browser.background();
    await worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => undefined);
    await expect.poll(() => page.locator('skillmark-overlay').count(), { timeout: 10_000 }).toBe(0);

    await page.close();
  });
});
