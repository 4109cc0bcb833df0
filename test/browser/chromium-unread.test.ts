import { describe, expect, it } from 'vitest';
import { overlayText } from '../tools/chromium-extension';
import { withChromium } from './suite';

describe('Chromium: a page the extension cannot read', () => {
  const env = withChromium();

  it('says so in the panel, rather than showing nothing as if the page were no profile', async () => {
    // The page reader fails: no offscreen document, and none can be made (as where a policy forbids it).
    const worker = await env.browser.background();
    await worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { offscreen: { closeDocument(): Promise<void>; createDocument(): Promise<void>; hasDocument(): Promise<boolean> } } }).chrome.offscreen;
      await api.closeDocument().catch(() => undefined);
      api.hasDocument = async () => false;
      api.createDocument = async () => {
        throw new Error('offscreen documents are turned off');
      };
    });
    const page = await env.browser.context.newPage();
    await page.goto(env.server.url('profiles/000-vetted-talent.html'));
    await expect.poll(async () => (await overlayText(env.browser.context, page)) ?? '').toContain('could not read this page: offscreen documents are turned off');
    await page.close();
  });
});
