import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { analyzePage } from '../../lib/page/profile/extract';
import { viewPage } from '../../lib/page/profile/page';
import { bridge } from '../../lib/page/bridge';
import { PageSide } from './page-side';

/**
 * The overlay: loaded by the background into a tab whose bootstrap found a profile. It judges and
 * extracts the page, then shows the panel: a frame of the extension's own origin inside a closed
 * shadow root, so what the recruiter types and reads there is out of the page's reach. What must
 * touch the page (highlights, the selection to annotate, scrolling to a mention) stays here.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  async main(ctx) {
    const shared = bridge();
    let ui: ShadowRootContentScriptUi<PageSide> | null = null;
    let generation = 0;

    const hide = () => {
      ui?.remove();
      ui = null;
    };
    const show = async () => {
      // Each call supersedes the ones before it, from its first step: only the newest may mount.
      const key = ++generation;
      hide();
      const { page: text, prescore } = shared;
      if (!text || prescore === undefined || ctx.isInvalid) return;
      // Loading this script is one task of the page's; judging and extracting the page is the next,
      // so neither keeps the page's main thread long.
      await new Promise((r) => setTimeout(r, 0));
      if (key !== generation || ctx.isInvalid) return;
      const page = viewPage(text);
      const { detection, profile } = analyzePage(page, prescore);
      // A profile, or a page you asked about (popup button, shortcut, menu) that detection passes over.
      if (!(detection.isProfile || shared.asked === location.href)) return;
      const created = await createShadowRootUi(ctx, {
        name: 'skillmark-overlay',
        position: 'inline',
        anchor: 'body',
        append: 'last',
        mode: 'closed',
        isolateEvents: true,
        onMount: (_container, shadow, host) => new PageSide(page, detection, profile, shadow, host),
        onRemove: (side) => side?.destroy(),
      });
      // A newer page view may have started while this one was being created.
      if (key !== generation || ctx.isInvalid) return;
      hide();
      ui = created;
      ui.mount();
    };

    shared.overlay = { update: () => void show(), hide };
    ctx.onInvalidated(() => {
      hide();
      if (shared.overlay?.hide === hide) shared.overlay = null;
    });
    await show();
  },
});
