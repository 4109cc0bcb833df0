import { createRoot, type Root } from 'react-dom/client';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { OVERLAY_CSS } from '../../components/overlay-styles';
import { viewPage } from '../../lib/profile/page';
import { analyzePage } from '../../lib/profile/extract';
import { customAliases } from '../../lib/skills/dictionary';
import { bridge } from '../bootstrap/bridge';
import { OverlayApp } from './OverlayApp';

/**
 * The overlay: loaded by the background into a tab whose bootstrap found a profile. It extracts,
 * asks the store about the candidate, and shows the panel in a closed shadow root whose events
 * stay inside it, with highlights drawn on the page.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  async main(ctx) {
    const shared = bridge();
    let ui: ShadowRootContentScriptUi<Root> | null = null;
    let generation = 0;

    const hide = () => {
      ui?.remove();
      ui = null;
    };
    const show = async () => {
      const { page: text, prescore } = shared;
      hide();
      if (!text || prescore === undefined || ctx.isInvalid) return;
      const page = viewPage(text);
      const { detection, profile } = analyzePage(page, prescore);
      // What judging the page extracted, and with which of the recruiter's aliases: the panel reuses it when they still hold.
      const judged = { profile, aliases: customAliases() };
      // A profile, or a page you asked about (popup button, shortcut, menu) that detection passes over.
      if (!(detection.isProfile || shared.asked === location.href)) return;
      const key = ++generation;
      let created: ShadowRootContentScriptUi<Root> | undefined = undefined;
      created = await createShadowRootUi(ctx, {
        name: 'skillmark-overlay',
        position: 'inline',
        anchor: 'body',
        append: 'last',
        mode: 'closed',
        isolateEvents: true,
        onMount(container, shadow, host) {
          const style = document.createElement('style');
          style.textContent = OVERLAY_CSS;
          shadow.appendChild(style);
          if (__SKILLMARK_E2E__) exposeControlsForTests(host, shadow);
          const root = createRoot(container);
          // e2e builds only: what the closed panel shows, readable by browser tests that cannot see inside
          // it (Firefox over WebDriver BiDi). Compiled out of store builds.
          const onSummary = __SKILLMARK_E2E__ ? (summary: object) => created?.shadowHost.setAttribute('data-e2e-summary', JSON.stringify(summary)) : undefined;
          root.render(<OverlayApp key={key} page={page} detection={detection} judged={judged} onSummary={onSummary} />);
          return root;
        },
        onRemove(root) {
          root?.unmount();
        },
      });
      // A newer page view may have started while this one was being created.
      if (key !== generation || ctx.isInvalid) return;
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

/**
 * e2e builds only (compiled out of store builds): on a "skillmark-e2e-measure" event, write where the
 * panel's controls are on screen onto the host, so tests over WebDriver BiDi, which cannot see into
 * a closed shadow root, can click and type in it as a person would. Read-only: nothing is triggered.
 */
function exposeControlsForTests(host: HTMLElement, shadow: ShadowRoot) {
  host.addEventListener('skillmark-e2e-measure', () => {
    const at: Record<string, [number, number]> = {};
    for (const el of Array.from(shadow.querySelectorAll('button, textarea, select, input'))) {
      const label = el.getAttribute('aria-label') || el.textContent?.trim() || '';
      const r = el.getBoundingClientRect();
      if (label && r.width) at[label] ??= [r.x + r.width / 2, r.y + r.height / 2];
    }
    host.setAttribute('data-e2e-controls', JSON.stringify(at));
  });
}
