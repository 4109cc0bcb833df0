import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { request } from '../../lib/messaging/client';
import { detectPage } from '../../lib/profile/detect';
import { buildTextModel } from '../../lib/profile/text-model';
import { bridge } from './bridge';

/**
 * The bootstrap: the only script that runs on pages Skillmark may look at (the tab you asked it to
 * analyse, sites you enabled; localhost in e2e builds). It detects, and only on a profile asks the
 * background to load the overlay (extraction, React, highlights). An unlisted script rather than a
 * WXT content script, to stay small: it watches URL changes itself and stops when the extension
 * context goes away (an update or uninstall), as WXT's ctx would.
 */
export default defineUnlistedScript(() => {
  const shared = bridge();
  // Injected again (you pressed Analyze on a site that already runs it): look again, once.
  if (shared.analyze) return void shared.analyze();

  const alive = () => {
    try {
      return Boolean(browser.runtime?.id);
    } catch {
      return false;
    }
  };
  const analyze = async () => {
    if (!alive()) return stop();
    const page = { doc: document, url: location.href, model: buildTextModel(document) };
    const detection = detectPage(page);
    shared.page = page;
    shared.detection = detection;
    if (!detection.isProfile) return shared.overlay?.hide();
    if (shared.overlay) return shared.overlay.update();
    const reply = await request({ type: 'overlay:inject' });
    if (!reply.ok) console.warn(`Skillmark could not load its panel: ${reply.error}`);
  };
  shared.analyze = analyze;

  // A single-page site changes the URL before it renders the new view: look once it has had time
  // to render, and once more for views that load their data first.
  let url = location.href;
  let timers: ReturnType<typeof setTimeout>[] = [];
  const onUrl = () => {
    if (!alive()) return stop();
    if (location.href === url) return;
    url = location.href;
    timers.forEach(clearTimeout);
    timers = [setTimeout(analyze, 300), setTimeout(analyze, 1500)];
  };
  const poll = setInterval(onUrl, 500);
  addEventListener('popstate', onUrl);
  function stop() {
    clearInterval(poll);
    timers.forEach(clearTimeout);
    removeEventListener('popstate', onUrl);
    shared.overlay?.hide();
  }
  void analyze();
});
