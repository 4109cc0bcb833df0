import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import { nonProfilePages, profilePages } from '../golden';
import { launchFirefoxWithExtension } from '../tools/firefox-extension';
import { serveSeeds, type SeedServer } from '../tools/serve-seeds';
import { SETTLE_MS } from './expectations';

describe('Firefox: the built extension on the seed pages', () => {
  let server: SeedServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await serveSeeds();
    browser = await launchFirefoxWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const file of profilePages()) {
    it(`shows exactly one closed overlay on ${file}`, async () => {
      const page = await browser.newPage();
      await page.goto(server.url(`profiles/${file}`));
      await page.waitForSelector('skillmark-overlay', { timeout: 15_000 });
      expect(await page.evaluate(() => document.querySelectorAll('skillmark-overlay').length)).toBe(1);
      expect(await page.evaluate(() => document.querySelector('skillmark-overlay')!.shadowRoot === null)).toBe(true);
      await page.close();
    });
  }

  for (const file of nonProfilePages()) {
    it(`stays silent on ${file}`, async () => {
      const page = await browser.newPage();
      await page.goto(server.url(`non-profiles/${file}`));
      await new Promise((r) => setTimeout(r, SETTLE_MS));
      expect(await page.evaluate(() => document.querySelectorAll('skillmark-overlay').length)).toBe(0);
      await page.close();
    });
  }
});
