import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'puppeteer-core';
import { launchChromiumWithExtension, type ExtensionBrowser } from '../tools/chromium-extension';
import { launchFirefoxWithExtension } from '../tools/firefox-extension';
import { serveSeeds, type SeedServer } from '../tools/serve-seeds';

/** A suite's Chromium with the built extension and the seed pages served, opened once and closed after. */
export function withChromium(): { server: SeedServer; browser: ExtensionBrowser } {
  const env = {} as { server: SeedServer; browser: ExtensionBrowser };
  beforeAll(async () => {
    env.server = await serveSeeds();
    env.browser = await launchChromiumWithExtension();
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/** The same for Firefox; downloads go to `downloadDir()` when given (read when the suite starts). */
export function withFirefox(downloadDir?: () => string): { server: SeedServer; browser: Browser } {
  const env = {} as { server: SeedServer; browser: Browser };
  beforeAll(async () => {
    env.server = await serveSeeds();
    env.browser = await launchFirefoxWithExtension(undefined, downloadDir?.());
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
