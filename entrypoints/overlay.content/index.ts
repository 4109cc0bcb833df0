import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PRESCREEN_SURE } from '../../lib/shared/prescreen';
import { bridge } from '../../lib/page/bridge';
import { pageMarkup } from '../../lib/page/page-markup';
import { request } from '../../lib/shared/request';
import type { PageAnalysis } from '../../lib/shared/protocol';
import { PageSide, type PageRef } from './page-side';

/**
 * The overlay: loaded by the background into a tab whose bootstrap found a profile. It has the
 * page's markup read into a profile in the extension's own process (the engine is warm there, and
 * the page's main thread only serialises), then shows the panel: a frame of the extension's own
 * origin inside a closed shadow root, so what the recruiter types and reads there is out of the
 * page's reach. What must touch the page (highlights, the selection to annotate, scrolling to a
 * mention) stays here.
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
      const page: PageRef = { doc: text.doc, url: text.url };
      // A page the pre-screen is nearly sure of gets the panel's frame first, hidden: it loads in the
      // extension's process while the page is read, and shows once judged.
      if (prescore >= PRESCREEN_SURE && !(await mount(key, page, null))) return;
      const reply = await read(page);
      if (key !== generation || ctx.isInvalid) return;
      if (!reply.ok) {
        // Shown where a panel was to appear (a page nearly sure to be a profile, or one you asked
        // about), so a failure is not mistaken for "no profile here".
        if (!ui?.mounted && shared.asked === location.href && !(await mount(key, page, null))) return;
        if (ui?.mounted) ui.mounted.unread(reply.error);
        return;
      }
      const analysis = reply.value;
      // A profile, or a page you asked about (popup button, shortcut, menu) that detection passes over.
      if (!(analysis.detection.isProfile || shared.asked === location.href)) return hide();
      if (ui?.mounted) ui.mounted.judged(analysis);
      else await mount(key, page, analysis);
    };

    /** The page's markup, read into a profile by the extension (lib/extension/analysis). */
    const read = (page: PageRef) => request({ type: 'page:analyze', url: (page.url ?? location.href).slice(0, 2048), html: pageMarkup(page.doc) });

    /** Shows the page side in the page; false when a newer page view superseded this one meanwhile. */
    const mount = async (key: number, page: PageRef, analysis: PageAnalysis | null) => {
      const created = await createShadowRootUi(ctx, {
        name: 'skillmark-overlay',
        position: 'inline',
        anchor: 'body',
        append: 'last',
        mode: 'closed',
        isolateEvents: true,
        onMount: (_container, shadow, host) => new PageSide(page, analysis, shadow, host, () => read(page)),
        onRemove: (side) => side?.destroy(),
      });
      if (key !== generation || ctx.isInvalid) return false;
      hide();
      ui = created;
      ui.mount();
      return true;
    };

    shared.overlay = { update: () => void show(), hide };
    ctx.onInvalidated(() => {
      hide();
      if (shared.overlay?.hide === hide) shared.overlay = null;
    });
    await show();
  },
});
