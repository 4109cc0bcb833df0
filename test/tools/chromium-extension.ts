import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { CHROMIUM, ensureBrowsers, extensionArgs } from './browsers';

export const CHROME_BUILD = resolve(import.meta.dirname, '../../.output/chrome-mv3');

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  background(): Promise<Worker>;
  close(): Promise<void>;
}

/** Debian's Chromium with the built extension loaded, in a throwaway profile. */
export async function launchChromiumWithExtension(options: { headless?: boolean; build?: string } = {}): Promise<ExtensionBrowser> {
  ensureBrowsers([CHROMIUM]);
  const build = options.build ?? CHROME_BUILD;
  const userDataDir = mkdtempSync(join(tmpdir(), 'skillmark-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    args: extensionArgs(build),
    viewport: { width: 1280, height: 900 },
  });
  const background = async () => context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const worker = await background();
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    background,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** What content scripts reported per tab, read inside the extension's service worker. */
export async function readTabProfiles(worker: Worker): Promise<unknown[]> {
  return worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { session: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome;
    return Object.values(await api.storage.session.get(null));
  });
}

/** The overlay's text, read through the DevTools protocol, which sees into closed shadow roots. */
export async function overlayText(context: BrowserContext, page: import('playwright-core').Page): Promise<string | null> {
  const cdp = await context.newCDPSession(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  await cdp.detach();
  const host = find(root, (n) => n.localName === 'skillmark-overlay');
  if (!host) return null;
  const parts: string[] = [];
  collectText(host, parts);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

interface CdpNode {
  nodeType: number;
  localName?: string;
  nodeValue?: string;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

function find(n: CdpNode, test: (n: CdpNode) => boolean): CdpNode | null {
  if (test(n)) return n;
  for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) {
    const hit = find(c, test);
    if (hit) return hit;
  }
  return null;
}

function collectText(n: CdpNode, out: string[]) {
  if (n.localName === 'style' || n.localName === 'script') return;
  if (n.nodeType === 3 && n.nodeValue) out.push(n.nodeValue);
  for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) collectText(c, out);
}
