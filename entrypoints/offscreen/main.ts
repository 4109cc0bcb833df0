import { browser } from 'wxt/browser';
import { analyzeHtml } from '../../lib/extension/analysis/analyze-html';
import { OFFSCREEN_TARGET, type OffscreenAnalyze } from '../../lib/extension/analysis/offscreen-message';

/**
 * Chrome's offscreen document: the service worker has no DOM to parse a page's markup into, so it
 * asks here. Only the background may ask (content scripts reach extension pages' listeners too, so a
 * message from a tab is ignored); the background checks the answer against its schema.
 */
browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse) => {
  const m = raw as Partial<OffscreenAnalyze> | null;
  if (m?.target !== OFFSCREEN_TARGET || sender.id !== browser.runtime.id || sender.tab) return undefined;
  if (typeof m.html !== 'string' || typeof m.url !== 'string' || typeof m.aliases !== 'string') return undefined;
  try {
    sendResponse({ ok: true, value: analyzeHtml(m.html, m.url, m.aliases) });
  } catch (err) {
    sendResponse({ ok: false, error: err instanceof Error ? err.message : String(err) });
  }
  return undefined;
});
