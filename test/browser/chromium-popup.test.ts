import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { overlayText, tabIdOf } from '../tools/chromium-extension';
import { withChromium } from './suite';

const SHOTS = resolve(import.meta.dirname, '../../.output/screenshots');

describe('Chromium: the popup for a profile tab, from a cold service worker', () => {
  const env = withChromium();

  it('saves the candidate, sets stage, rating and tag, and keeps a note typed without a save button', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.server.url('profiles/002-resume.html'));
    await expect.poll(async () => (await overlayText(env.browser.context, page)) ?? '').toContain('Ravi Prakash');
    const tabId = await tabIdOf(env.browser, '002-resume');

    // The service worker is stopped, as the env.browser does when it idles; the popup must wake it.
    const pageCdp = await env.browser.context.newCDPSession(page);
    await pageCdp.send('ServiceWorker.enable');
    await pageCdp.send('ServiceWorker.stopAllWorkers');

    const popup = await env.browser.context.newPage();
    await popup.setViewportSize({ width: 360, height: 600 });
    await popup.goto(`chrome-extension://${env.browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.getByRole('button', { name: 'Save candidate' }).click();
    await popup.getByLabel('Stage').selectOption('screening');
    await popup.getByLabel('Rating').selectOption('4');
    await popup.getByLabel('Add a tag').fill('golang');
    await popup.getByLabel('Add a tag').press('Enter');
    await popup.getByLabel('Note').fill('Call back on Monday about the Pinot work');
    await expect.poll(() => popup.locator('.note-state').textContent()).toBe('Saved.');
    await popup.screenshot({ path: `${SHOTS}/popup-candidate.png` });

    const ws = await env.browser.context.newPage();
    await ws.goto(`chrome-extension://${env.browser.extensionId}/options.html#candidates`);
    await ws.getByLabel('Search candidates').fill('pinot monday');
    await expect.poll(() => ws.locator('.row').count()).toBe(1);
    await expect.poll(() => ws.locator('.row').first().textContent()).toMatch(/Ravi Prakash.*screening.*★★★★.*golang/);
    await Promise.all([ws.close(), popup.close(), page.close()]);
  });

  it('keeps every keystroke of a note when the popup closes right after the last one, and lets notes be edited and deleted with an Undo', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.server.url('profiles/005-json-resume.html'));
    await page.locator('skillmark-overlay').waitFor({ state: 'attached', timeout: 15_000 });
    // The page is read and the panel has told the background what it shows: the popup reads that once, when it opens.
    await expect.poll(async () => (await overlayText(env.browser.context, page)) ?? '').toMatch(/Match \d+%/);
    const tabId = await tabIdOf(env.browser, '005-json-resume');
    const open = async () => {
      const popup = await env.browser.context.newPage();
      await popup.goto(`chrome-extension://${env.browser.extensionId}/popup.html?tab=${tabId}`);
      return popup;
    };
    let popup = await open();
    await popup.getByRole('button', { name: 'Save candidate' }).click();
    await popup.getByLabel('Note').click();
    await popup.keyboard.type('Asked 95k; flexible on start date');
    // Closed at 0 ms after the last key: no blur, no debounce, no wait.
    await popup.close();

    popup = await open();
    await expect.poll(() => popup.locator('.note-list').textContent()).toContain('Asked 95k; flexible on start date');
    await expect.poll(() => popup.locator('.note-state').textContent()).toBe('1 note so far');

    await popup.getByRole('button', { name: 'Edit note: Asked 95k; flexible on start date' }).click();
    await popup.getByRole('textbox', { name: 'Edit note: Asked 95k; flexible on start date' }).fill('Asked 100k; flexible on start date');
    await popup.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => popup.locator('.note-list').textContent()).toContain('Asked 100k; flexible on start date');
    await expect.poll(() => popup.locator('.note-list time').first().textContent()).toContain('edited');

    await popup.getByRole('button', { name: /^Delete note: Asked 100k/ }).click();
    await expect.poll(() => popup.locator('.undo-bar').textContent()).toContain('Note deleted.');
    await expect.poll(() => popup.locator('.note-state').textContent()).toBe('0 notes so far');
    await popup.locator('.undo-bar').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => popup.locator('.note-list').textContent()).toContain('Asked 100k; flexible on start date');
    await expect.poll(() => popup.locator('.note-state').textContent()).toBe('1 note so far');
    await Promise.all([popup.close(), page.close()]);
  });

  it('opened before the page is read, shows the candidate as soon as it is', async () => {
    // The popup opens on a tab with no profile yet (here: a blog post); the tab then becomes a
    // profile page, as a page still being read does, and the popup follows without being reopened.
    const page = await env.browser.context.newPage();
    await page.goto(env.server.url('non-profiles/blog-post.html'));
    const tabId = await tabIdOf(env.browser, 'blog-post');
    const popup = await env.browser.context.newPage();
    await popup.goto(`chrome-extension://${env.browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.getByRole('button', { name: 'Analyze this page' }).waitFor();
    await page.goto(env.server.url('profiles/006-personal-portfolio.html'));
    await popup.getByRole('button', { name: 'Save candidate' }).waitFor({ timeout: 10_000 });
    await Promise.all([popup.close(), page.close()]);
  });

  it('"Analyze this page" looks again at a page whose content changed without a new URL', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.server.url('non-profiles/job-posting.html'));
    const tabId = await tabIdOf(env.browser, 'job-posting');
    // The bootstrap has looked and found a job post; nothing is shown.
    await page.waitForTimeout(1000);
    expect(await page.locator('skillmark-overlay').count()).toBe(0);

    // The site swaps in a resume by script, keeping its URL: nothing tells the bootstrap to look again.
    const resume = await (await fetch(env.server.url('profiles/002-resume.html'))).text();
    await page.evaluate((html) => {
      const next = new DOMParser().parseFromString(html, 'text/html');
      document.title = next.title;
      document.body.replaceWith(document.importNode(next.body, true));
    }, resume);
    await page.waitForTimeout(1000);
    expect(await page.locator('skillmark-overlay').count()).toBe(0);

    const popup = await env.browser.context.newPage();
    await popup.goto(`chrome-extension://${env.browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.getByText('No candidate profile found on this page yet.').waitFor();
    await popup.getByRole('button', { name: 'Analyze this page' }).click();
    await expect.poll(async () => (await overlayText(env.browser.context, page)) ?? '', { timeout: 15_000 }).toContain('Ravi Prakash');
    expect(await page.locator('skillmark-overlay').count()).toBe(1);
    // The popup shows what was found once the page reports it.
    await popup.getByRole('button', { name: 'Save candidate' }).waitFor({ timeout: 15_000 });
    await Promise.all([popup.close(), page.close()]);
  });

  it('"Always analyze profiles on <site>" registers the bootstrap for that origin, and Settings stops it', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.server.url('profiles/001-portfolio.html'));
    const origin = new URL(page.url()).origin;
    await expect.poll(async () => (await overlayText(env.browser.context, page)) ?? '').not.toBe('');
    const worker = await env.browser.background();
    const tabId = await tabIdOf(env.browser, '001-portfolio');
    const registered = () =>
      worker.evaluate(async () => {
        const api = (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<{ matches?: string[]; js?: string[] }[]> } } }).chrome;
        return (await api.scripting.getRegisteredContentScripts()).map((s) => ({ matches: s.matches, js: s.js }));
      });
    expect(await registered()).toEqual([]);

    // The e2e build already holds this local origin, so the browser grants it without its prompt;
    // a store build asks here, from this click.
    const popup = await env.browser.context.newPage();
    await popup.goto(`chrome-extension://${env.browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.getByRole('button', { name: `Always analyze profiles on ${new URL(origin).hostname}` }).click();
    await popup.getByText(`Profiles on ${origin} will be analyzed automatically.`).waitFor();
    // The pattern leaves the port out: Firefox refuses patterns that name one, and both browsers match any port without it.
    expect(await registered()).toEqual([{ matches: [`${new URL(origin).protocol}//${new URL(origin).hostname}/*`], js: ['bootstrap.js'] }]);

    const ws = await env.browser.context.newPage();
    await ws.goto(`chrome-extension://${env.browser.extensionId}/options.html#settings`);
    await ws.getByRole('button', { name: `Stop analysing ${origin} automatically` }).click();
    await ws.getByText('No site is analysed automatically.', { exact: false }).waitFor();
    expect(await registered()).toEqual([]);
    await Promise.all([ws.close(), popup.close(), page.close()]);
  });

  it('"Analyze this page" on a page that is no profile shows what it reads, says so, and leaves with the URL', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.server.url('non-profiles/blog-post.html'));
    const tabId = await tabIdOf(env.browser, 'blog-post');
    await page.waitForTimeout(1000);
    expect(await page.locator('skillmark-overlay').count()).toBe(0);

    const popup = await env.browser.context.newPage();
    await popup.goto(`chrome-extension://${env.browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.getByRole('button', { name: 'Analyze this page' }).click();
    await expect.poll(async () => (await overlayText(env.browser.context, page)) ?? '', { timeout: 15_000 }).toContain('shown because you asked to analyze it');
    expect(await overlayText(env.browser.context, page)).toMatch(/^Skillmark ?Page/);
    expect(await page.locator('skillmark-overlay').count()).toBe(1);
    await page.screenshot({ path: `${SHOTS}/chromium-asked-blog-post.png` });

    // Asking was for this page: the next view of a single-page site is detected as usual.
    await page.evaluate(() => history.pushState(null, '', '/non-profiles/blog-post.html?next'));
    await expect.poll(() => page.locator('skillmark-overlay').count(), { timeout: 10_000 }).toBe(0);
    await Promise.all([popup.close(), page.close()]);
  });
});
