import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { analyzePageInSlices } from '../../lib/page/profile/extract';
import { viewPage, type PageView } from '../../lib/page/profile/page';
import { PRESCREEN_SURE } from '../../lib/shared/prescreen';
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
      // A page the pre-screen is nearly sure of gets the panel's frame now, hidden: the frame loads
      // in the extension's process while this one extracts, and shows the page once judged.
      if (prescore >= PRESCREEN_SURE) {
        if (!(await mount(key, page, null))) return;
        await new Promise((r) => setTimeout(r, 0));
        if (key !== generation || ctx.isInvalid) return;
      }
      const analysis = await analyzePageInSlices(page, prescore, () => new Promise((r) => setTimeout(r, 0)));
      if (key !== generation || ctx.isInvalid) return;
      // A profile, or a page you asked about (popup button, shortcut, menu) that detection passes over.
      if (!(analysis.detection.isProfile || shared.asked === location.href)) return hide();
      if (ui?.mounted) ui.mounted.judged(analysis.detection, analysis.profile);
      else await mount(key, page, analysis);
    };

    /** Shows the page side in the page; false when a newer page view superseded this one meanwhile. */
    const mount = async (key: number, page: PageView, analysis: ConstructorParameters<typeof PageSide>[1]) => {
      const created = await createShadowRootUi(ctx, {
        name: 'skillmark-overlay',
        position: 'inline',
        anchor: 'body',
        append: 'last',
        mode: 'closed',
        isolateEvents: true,
        onMount: (_container, shadow, host) => new PageSide(page, analysis, shadow, host),
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
