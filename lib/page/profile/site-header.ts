import type { TextModel } from './text-model';

// The page's banner, and a toolbar in it: where a site draws its own menu.
const BANNER = 'header, [role=banner], [role=toolbar]';
// A link to one of the site's own pages other than its home ("/competitions", "edu.html"), not to a place on this page.
const SITE_PATH = /^(?:\/(?!\/)[^#]+|(?![a-z][a-z\d+.-]*:|[/#?])[^#\s]+)$/i;

/**
 * A site's menu drawn as links in its banner, outside any <nav> ("<header><div role="toolbar"><a href="/competitions">대회</a>
 * <a href="/edu">교육</a>…"): three or more lines each only a link to another of the site's pages are its navigation, as <nav>
 * is. A link home, the name in a logo, stays. (Here, not in the text model: the detecting bootstrap carries that.)
 */
export function markSiteHeaderMenus(model: TextModel): void {
  const links = new Map<Element, number[]>();
  model.blocks.forEach((b, i) => {
    if (b.nav || b.heading) return;
    const link = b.el.closest('a[href]');
    if (!link || (link.textContent ?? '').trim() !== b.text || !SITE_PATH.test((link.getAttribute('href') ?? '').trim())) return;
    const banner = link.closest(BANNER);
    if (banner) (links.get(banner) ?? links.set(banner, []).get(banner)!).push(i);
  });
  // (Its links are the site's, its link home among them, whichever line the model filed each under.)
  const hrefs = new Set<string>();
  for (const [banner, blocks] of links) {
    if (new Set(blocks).size < 3) continue;
    for (const i of blocks) model.blocks[i]!.nav = true;
    for (const a of banner.querySelectorAll('a[href]')) hrefs.add((a.getAttribute('href') ?? '').trim());
  }
  for (const a of model.anchors) if (hrefs.has(a.href.trim())) a.nav = true;
}
