import { defineContentScript } from 'wxt/utils/define-content-script';
import { request } from '../../lib/messaging/client';
import { detectPage } from '../../lib/profile/detect';
import { readPage } from '../../lib/profile/page';
import { bridge } from './bridge';

/**
 * The bootstrap: the only script that runs on every page Skillmark may look at. It detects, and
 * only on a profile asks the background to load the overlay (React, extraction, highlights).
 */
export default defineContentScript({
  // Registered at run time only (activeTab, sites the recruiter enabled; localhost in the e2e build).
  registration: 'runtime',
  matches: [],
  async main(ctx) {
    const shared = bridge();
    const analyze = async () => {
      if (ctx.isInvalid) return;
      const page = readPage(document, location.href);
      const detection = detectPage(page);
      shared.page = page;
      shared.detection = detection;
      if (!detection.isProfile) {
        shared.overlay?.hide();
        return;
      }
      if (shared.overlay) shared.overlay.update();
      else {
        const reply = await request({ type: 'overlay:inject' });
        if (!reply.ok) console.warn(`Skillmark could not load its panel: ${reply.error}`);
      }
    };
    await analyze();
    // A single-page site announces the new URL before it renders the new view: look once the
    // view has had time to render, and once more later for views that load their data first.
    let timers: number[] = [];
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      timers.forEach((t) => clearTimeout(t));
      timers = [ctx.setTimeout(() => void analyze(), 300), ctx.setTimeout(() => void analyze(), 1500)];
    });
    ctx.onInvalidated(() => shared.overlay?.hide());
  },
});
