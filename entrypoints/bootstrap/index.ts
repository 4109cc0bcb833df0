import type { browser as Browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { MessageOf } from '../../lib/shared/protocol';
import { prescreenPage } from '../../lib/page/profile/detect';
import { PRESCREEN } from '../../lib/shared/prescreen';
import { buildTextModel } from '../../lib/page/profile/text-model';
import { bridge } from '../../lib/page/bridge';

/**
 * The bootstrap: the only script that runs on pages Skillmark may look at (the tab you asked it to
 * analyse, sites you enabled; localhost in e2e builds). It pre-screens the page, and only on a page
 * that may be a profile asks the background to load the overlay, which extracts and decides
 * (extraction, the fitted signal table, React, highlights). An unlisted script rather than a
 * WXT content script, to stay small: it watches URL changes itself and stops when the extension
 * context goes away (an update or uninstall), as WXT's ctx would.
 */
// Each build's own namespace, chosen when it is built: wxt/browser's choice, made on every page, costs the bootstrap bytes.
// (In an isolated world the page cannot define either.)
const namespaces = globalThis as unknown as Record<'browser' | 'chrome', typeof Browser>;
const browser = import.meta.env.FIREFOX ? namespaces.browser : namespaces.chrome;

export default defineUnlistedScript(() => {
  const shared = bridge();
  // Injected again (you pressed Analyze on a site that already runs it): look again, once.
  if (shared.analyze) return void shared.analyze();

  // The extension context is gone (updated, reloaded or removed): this script is an orphan.
  const alive = () => browser.runtime?.id != null;
  const analyze = async () => {
    const page = { doc: document, url: location.href, model: buildTextModel(document) };
    const prescore = prescreenPage(page);
    shared.page = page;
    shared.prescore = prescore;
    if (prescore < PRESCREEN) return shared.overlay?.hide();
    if (shared.overlay) return shared.overlay.update();
    // (Not lib/shared/request: its Result plumbing costs the bootstrap bytes it needs for detection.)
    const inject: MessageOf<'overlay:inject'> = { type: 'overlay:inject' };
    // (A failure to send is its message: a string has no `ok`.)
    const reply = (await browser.runtime.sendMessage(inject).catch(String)) as { ok?: boolean } | undefined;
    if (!reply?.ok) console.warn('Skillmark', reply);
  };
  shared.analyze = analyze;

  // A single-page site changes the URL before it renders the new view (pushState, back and
  // forward): look one poll after the change is seen, once it has rendered, and two polls later for
  // views that load their data first.
  let url = location.href;
  let polls = Infinity; // since the URL last changed
  const poll = setInterval(() => {
    if (!alive()) return stop();
    if (location.href !== url) {
      url = location.href;
      polls = 0;
    } else if (++polls === 1 || polls === 3) void analyze();
  }, 500);
  function stop() {
    clearInterval(poll);
    shared.overlay?.hide();
  }
  void analyze();
});
