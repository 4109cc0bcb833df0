import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detectPage } from '../../lib/profile/detect';
import { extractFromPage } from '../../lib/profile/extract';
import { readPage } from '../../lib/profile/page';
import type { Message } from '../../lib/messaging/protocol';
import { mountOverlay, type OverlayHandle } from './overlay';

export default defineContentScript({
  // Registered at run time only (and for local pages in the e2e build, see wxt.config.ts):
  // Skillmark never asks for every site up front.
  registration: 'runtime',
  matches: [],
  async main(ctx) {
    let overlay: OverlayHandle | null = null;
    const analyze = async () => {
      const page = readPage(document, location.href);
      const detection = detectPage(page);
      overlay?.remove();
      overlay = null;
      if (!detection.isProfile || ctx.isInvalid) return;
      const profile = extractFromPage(page, detection);
      overlay = await mountOverlay(ctx, profile, detection);
      const message: Message = { type: 'profile:detected', url: location.href, detection, profile };
      await browser.runtime.sendMessage(message).catch(() => {
        // The background may be restarting; the overlay works without it.
      });
    };
    await analyze();
    ctx.addEventListener(window, 'wxt:locationchange', () => void analyze());
  },
});

export type { ContentScriptContext };
