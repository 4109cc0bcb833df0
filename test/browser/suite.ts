import { afterAll, beforeAll } from 'vitest';
import { launchChromiumWithExtension, type ExtensionBrowser } from '../tools/chromium-extension';
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
