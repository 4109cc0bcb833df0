import { resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { assertE2eBuild, ensureBrowsers, FIREFOX } from './browsers';

export const FIREFOX_BUILD = resolve(import.meta.dirname, '../../.output/firefox-mv2');

/** The extension's moz-extension:// host, fixed by preference so tests can open its pages. */
export const FIREFOX_EXTENSION_UUID = '5c1d7e2a-6b8f-4f4e-9a51-2d7c3e9b8a10';
export const FIREFOX_EXTENSION_ORIGIN = `moz-extension://${FIREFOX_EXTENSION_UUID}`;

/**
 * Debian's Firefox ESR, driven over WebDriver BiDi, with the built extension installed temporarily.
 * Downloads go straight to `downloadDir` when given.
 */
export async function launchFirefoxWithExtension(build: string = FIREFOX_BUILD, downloadDir?: string): Promise<Browser> {
  ensureBrowsers([FIREFOX]);
  assertE2eBuild(build);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ 'skillmark@skillmark.app': FIREFOX_EXTENSION_UUID }),
      ...(downloadDir
        ? {
            'browser.download.folderList': 2,
            'browser.download.dir': downloadDir,
            'browser.download.useDownloadDir': true,
            'browser.download.always_ask_before_handling_new_types': false,
            'browser.helperApps.neverAsk.saveToDisk': 'text/csv,application/json,text/markdown',
          }
        : {}),
    },
  });
  await browser.installExtension(build);
  return browser;
}

/**
 * Opens one of the extension's pages in a new tab. BiDi refuses to navigate to moz-extension://
 * itself, so a local test page does it (e2e builds make these pages reachable from localhost).
 */
export async function openExtensionPage(browser: Browser, fromOrigin: string, path: string) {
  const page = await browser.newPage();
  await page.goto(`${fromOrigin}/non-profiles/blog-post.html`);
  await page.evaluate((url) => void (location.href = url), `${FIREFOX_EXTENSION_ORIGIN}/${path}`);
  // Puppeteer does not see this navigation finish; the page's own location does.
  await page.waitForFunction(() => location.protocol === 'moz-extension:' && document.readyState === 'complete', { timeout: 10_000 });
  return page;
}

/** The popup for the open tab whose URL contains `urlPart`, as the toolbar button would show it. */
export async function openPopupFor(browser: Browser, fromOrigin: string, urlPart: string) {
  const finder = await openExtensionPage(browser, fromOrigin, 'popup.html');
  const tabId = await finder.evaluate(async (part) => {
    const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id: number; url?: string }[]> } } }).browser;
    return (await api.tabs.query({})).find((t) => t.url?.includes(part))!.id;
  }, urlPart);
  await finder.close();
  return openExtensionPage(browser, fromOrigin, `popup.html?tab=${tabId}`);
}
