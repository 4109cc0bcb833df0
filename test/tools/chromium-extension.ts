import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type ElementHandle, type Frame, type Page, type Worker } from 'playwright-core';
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

/**
 * The panel's frame: a page of the extension's own origin inside the overlay's closed shadow root.
 * Playwright reaches it as one of the page's frames (an out-of-process frame in Chromium).
 */
export function panelFrame(page: Page): Frame | null {
  return page.frames().find((f) => /^chrome-extension:\/\/[^/]+\/panel\.html/.test(f.url())) ?? null;
}

/** The panel's text as a reader sees it, or null while no panel is shown. */
export async function overlayText(_context: BrowserContext, page: Page): Promise<string | null> {
  const frame = panelFrame(page);
  if (!frame || !(await page.locator('skillmark-overlay').count())) return null;
  try {
    // The text as written (not as CSS transforms it), blocks and chips apart.
    const text = await frame.evaluate(() => {
      const inline = new Set(['SPAN', 'STRONG', 'EM', 'B', 'I', 'Q', 'A', 'SMALL', 'CODE']);
      const out: string[] = [];
      const walk = (n: Node) => {
        if (n.nodeType === 3) out.push((n as Text).data);
        if (n.nodeType !== 1 || ['STYLE', 'SCRIPT'].includes((n as Element).tagName)) return;
        const block = !inline.has((n as Element).tagName);
        if (block) out.push(' ');
        for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
        if (block) out.push(' ');
      };
      walk(document.body);
      return out.join('');
    });
    return (text as string).replace(/\s+/g, ' ').trim();
  } catch {
    // The frame navigated or went away while being read.
    return null;
  }
}

/** The first element of the panel with that tag whose text or aria-label contains `label`. */
async function panelElement(page: Page, tag: string, label: string): Promise<ElementHandle | null> {
  const frame = panelFrame(page);
  if (!frame) return null;
  for (const el of await frame.$$(tag)) {
    const [text, aria] = await el.evaluate((e) => [(e as HTMLElement).innerText ?? e.textContent ?? '', e.getAttribute('aria-label') ?? '']);
    if (text.replace(/\s+/g, ' ').includes(label) || aria.includes(label)) return el;
  }
  return null;
}

/**
 * The page side's own controls (the Annotate button beside a selection) live in the overlay host's
 * closed shadow root, outside the frame: found through the DevTools protocol, which sees into it.
 */
async function hostElementBox(context: BrowserContext, page: Page, tag: string, label: string): Promise<{ x: number; y: number; width: number; height: number } | null> {
  const cdp = await context.newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const host = find(root, (n) => n.localName === 'skillmark-overlay');
    const target = host && find(host, (n) => n.localName === tag && textOf(n).includes(label));
    if (!target) return null;
    const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: target.nodeId }).catch(() => ({ model: null }))) as { model: { border: number[]; width: number; height: number } | null };
    return model && model.width ? { x: model.border[0]!, y: model.border[1]!, width: model.width, height: model.height } : null;
  } finally {
    await cdp.detach();
  }
}

interface CdpNode {
  nodeId: number;
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

function textOf(n: CdpNode): string {
  const parts: string[] = [];
  const walk = (c: CdpNode) => {
    if (c.nodeType === 3 && c.nodeValue) parts.push(c.nodeValue);
    for (const k of [...(c.shadowRoots ?? []), ...(c.children ?? [])]) walk(k);
  };
  walk(n);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Clicks an element of the panel (or of the page side, as the Annotate button) as a person would. */
export async function clickInOverlay(context: BrowserContext, page: Page, tag: string, label: string): Promise<void> {
  for (let i = 0; i < 50; i++) {
    const el = await panelElement(page, tag, label);
    if (el) return el.click();
    const box = await hostElementBox(context, page, tag, label);
    if (box) return page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForTimeout(100);
  }
  throw new Error(`no <${tag}> "${label}" in the overlay`);
}

/**
 * Where an element of the panel is on screen (page coordinates) and how it is styled: the first
 * element with that tag whose text or aria-label contains `label`, or null when the panel shows none.
 */
export async function overlayElement(
  _context: BrowserContext,
  page: Page,
  tag: string,
  label: string,
  properties: string[] = [],
): Promise<{ x: number; y: number; width: number; height: number; style: Record<string, string> } | null> {
  const el = await panelElement(page, tag, label);
  const box = el && (await el.boundingBox());
  if (!el || !box) {
    const outside = await hostElementBox(_context, page, tag, label);
    return outside && { ...outside, style: {} };
  }
  const style = (await el.evaluate((e, props) => Object.fromEntries(props.map((p) => [p, getComputedStyle(e as Element).getPropertyValue(p)])), properties)) as Record<string, string>;
  return { ...box, style };
}

/** The id of the open tab whose URL contains `urlPart`, asked of the extension's service worker. */
export async function tabIdOf(browser: ExtensionBrowser, urlPart: string): Promise<number> {
  const worker = await browser.background();
  return (await worker.evaluate(async (part) => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number; url?: string }[]> } } }).chrome;
    return (await api.tabs.query({})).find((t) => t.url?.includes(part))!.id;
  }, urlPart)) as number;
}
