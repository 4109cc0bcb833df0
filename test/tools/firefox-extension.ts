import { resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { ensureBrowsers, FIREFOX } from './browsers';

export const FIREFOX_BUILD = resolve(import.meta.dirname, '../../.output/firefox-mv2');

/** Debian's Firefox ESR, driven over WebDriver BiDi, with the built extension installed temporarily. */
export async function launchFirefoxWithExtension(build: string = FIREFOX_BUILD): Promise<Browser> {
  ensureBrowsers([FIREFOX]);
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  await browser.installExtension(build);
  return browser;
}
