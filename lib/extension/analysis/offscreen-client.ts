import { browser } from 'wxt/browser';
import { PageAnalysis } from '../../shared/protocol';
import { OFFSCREEN_TARGET, type OffscreenAnalyze } from './offscreen-message';

const OFFSCREEN_URL = '/offscreen.html';

interface OffscreenApi {
  hasDocument?(): Promise<boolean>;
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
}

let creating: Promise<void> | null = null;

/** Chrome's offscreen document, created once and kept (a DOM_PARSER document is not closed by the browser). */
async function ensureDocument(): Promise<void> {
  const offscreen = (browser as unknown as { offscreen?: OffscreenApi }).offscreen;
  if (!offscreen) throw new Error('this browser has no offscreen documents');
  if (await offscreen.hasDocument?.()) return;
  creating ??= offscreen
    .createDocument({ url: OFFSCREEN_URL, reasons: ['DOM_PARSER'], justification: "Reads the markup of a profile page into candidate fields, off the page's main thread." })
    .catch((err: unknown) => {
      // Another request created it first: that is the one wanted.
      if (!/single offscreen|already/i.test(String(err))) throw err;
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}

/** A page's markup read into a profile by the offscreen document; its answer checked like any message. */
export async function analyzeOffscreen(html: string, url: string, aliases: string): Promise<PageAnalysis> {
  await ensureDocument();
  const ask: OffscreenAnalyze = { target: OFFSCREEN_TARGET, html, url, aliases };
  const reply = (await browser.runtime.sendMessage(ask)) as { ok: boolean; value?: unknown; error?: string } | undefined;
  if (!reply?.ok) throw new Error(reply?.error ?? 'the page reader did not answer');
  return PageAnalysis.parse(reply.value);
}
