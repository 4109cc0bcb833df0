import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { assertE2eBuild, CHROMIUM, ensureBrowsers, extensionArgs } from './browsers';

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
  assertE2eBuild(build);
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
  return parts.join('').replace(/\s+/g, ' ').trim();
}

interface CdpNode {
  nodeId: number;
  nodeType: number;
  attributes?: string[];
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

const BLOCKS = new Set(['div', 'p', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'section', 'header', 'aside', 'label', 'button', 'blockquote', 'form', 'details', 'summary', 'select', 'option', 'span']);

/** Text as a reader sees it: inline runs joined, blocks (and chips) separated by a space. */
function collectText(n: CdpNode, out: string[]) {
  if (n.localName === 'style' || n.localName === 'script') return;
  if (n.nodeType === 3 && n.nodeValue) out.push(n.nodeValue);
  const block = BLOCKS.has(n.localName ?? '') && n.localName !== 'span';
  if (block) out.push(' ');
  for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) collectText(c, out);
  if (block) out.push(' ');
}

function textOf(n: CdpNode): string {
  const parts: string[] = [];
  collectText(n, parts);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/**
 * Clicks an element inside the overlay's closed shadow root, found through the DevTools protocol:
 * the first element with that tag whose text (or aria-label) contains `label`.
 */
export async function clickInOverlay(context: BrowserContext, page: import('playwright-core').Page, tag: string, label: string): Promise<void> {
  const cdp = await context.newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const host = find(root, (n) => n.localName === 'skillmark-overlay');
    const attr = (n: CdpNode, name: string) => {
      const a = n.attributes ?? [];
      const i = a.indexOf(name);
      return i >= 0 ? a[i + 1] : undefined;
    };
    const target = host && find(host, (n) => n.localName === tag && (textOf(n).includes(label) || (attr(n, 'aria-label') ?? '').includes(label)));
    if (!target) throw new Error(`no <${tag}> "${label}" in the overlay`);
    // The panel may still be laying out (data arriving): click once the element stops moving.
    let box = '';
    let center = { x: 0, y: 0 };
    for (let i = 0; i < 20; i++) {
      const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: target.nodeId })) as { model: { content: number[] } };
      const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
      center = { x: (x1 + x3) / 2, y: (y1 + y3) / 2 };
      if (JSON.stringify(model.content) === box) break;
      box = JSON.stringify(model.content);
      await page.waitForTimeout(100);
    }
    await page.mouse.click(center.x, center.y);
  } finally {
    await cdp.detach();
  }
}

/**
 * Where an element of the overlay is on screen and how it is styled, through the DevTools protocol
 * (it sees into the closed shadow root): the first element with that tag whose text or aria-label
 * contains `label`, or null when the overlay shows none.
 */
export async function overlayElement(
  context: BrowserContext,
  page: import('playwright-core').Page,
  tag: string,
  label: string,
  properties: string[] = [],
): Promise<{ x: number; y: number; width: number; height: number; style: Record<string, string> } | null> {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const host = find(root, (n) => n.localName === 'skillmark-overlay');
    const aria = (n: CdpNode) => {
      const a = n.attributes ?? [];
      const i = a.indexOf('aria-label');
      return i >= 0 ? a[i + 1]! : '';
    };
    const target = host && find(host, (n) => n.localName === tag && (textOf(n).includes(label) || aria(n).includes(label)));
    if (!target) return null;
    const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: target.nodeId })) as { model: { border: number[]; width: number; height: number } };
    const { computedStyle } = (await cdp.send('CSS.getComputedStyleForNode', { nodeId: target.nodeId })) as { computedStyle: { name: string; value: string }[] };
    const style = Object.fromEntries(computedStyle.filter((p) => properties.includes(p.name)).map((p) => [p.name, p.value]));
    return { x: model.border[0]!, y: model.border[1]!, width: model.width, height: model.height, style };
  } finally {
    await cdp.detach();
  }
}

/** The id of the open tab whose URL contains `urlPart`, asked of the extension's service worker. */
export async function tabIdOf(browser: ExtensionBrowser, urlPart: string): Promise<number> {
  const worker = await browser.background();
  return (await worker.evaluate(async (part) => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number; url?: string }[]> } } }).chrome;
    return (await api.tabs.query({})).find((t) => t.url?.includes(part))!.id;
  }, urlPart)) as number;
}
