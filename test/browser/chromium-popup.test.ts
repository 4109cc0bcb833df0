import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromiumWithExtension, overlayText, type ExtensionBrowser } from '../tools/chromium-extension';
import { serveSeeds, type SeedServer } from '../tools/serve-seeds';

const SHOTS = resolve(import.meta.dirname, '../../.output/screenshots');

describe('Chromium: the popup for a profile tab, from a cold service worker', () => {
  let server: SeedServer;
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    server = await serveSeeds();
    browser = await launchChromiumWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('saves the candidate, sets stage, rating and tag, and keeps a note typed without a save button', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('profiles/002-resume.html'));
    await expect.poll(async () => (await overlayText(browser.context, page)) ?? '').toContain('Ravi Prakash');
    const tabId = (await (await browser.background()).evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number; url: string }[]> } } }).chrome;
      return (await api.tabs.query({})).find((t) => t.url?.includes('002-resume'))!.id;
    })) as number;

    // The service worker is stopped, as the browser does when it idles; the popup must wake it.
    const cdp = await browser.context.browser()?.newBrowserCDPSession();
    await cdp?.send('ServiceWorker.enable').catch(() => undefined);
    const pageCdp = await browser.context.newCDPSession(page);
    await pageCdp.send('ServiceWorker.enable');
    await pageCdp.send('ServiceWorker.stopAllWorkers');

    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 360, height: 600 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.getByRole('button', { name: 'Save candidate' }).click();
    await popup.getByLabel('Stage').selectOption('screening');
    await popup.getByLabel('Rating').selectOption('4');
    await popup.getByLabel('Add a tag').fill('golang');
    await popup.getByLabel('Add a tag').press('Enter');
    await popup.getByLabel('Note').fill('Call back on Monday about the Pinot work');
    await expect.poll(() => popup.locator('.controls').textContent()).toContain('saved');
    await popup.screenshot({ path: `${SHOTS}/popup-candidate.png` });

    const ws = await browser.context.newPage();
    await ws.goto(`chrome-extension://${browser.extensionId}/options.html#candidates`);
    await ws.getByLabel('Search candidates').fill('pinot monday');
    await expect.poll(() => ws.locator('.row').count()).toBe(1);
    await expect(ws.locator('.row').first().textContent()).resolves.toMatch(/Ravi Prakash.*screening.*★★★★.*golang/);
    await Promise.all([ws.close(), popup.close(), page.close()]);
  });
});
